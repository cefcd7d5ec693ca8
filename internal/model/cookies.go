package model

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/mod/semver"
)

// Override replaces some defaults of a CookieType when the boolean Field
// holds true.
type Override struct {
	Field string
	Attrs Attrs
}

// SameDefaultMode is http.SameSiteDefaultMode: like SameUnset it emits no
// attribute, but gin's SetCookieData replaces it (and only it) with the
// context's SameSite.
const SameDefaultMode Value = "DefaultMode"

// SameDisabled is fiber's "disabled": no attribute, and unlike the empty
// string not replaced by the Lax default.
const SameDisabled Value = "disabled"

// ModuleVersion returns the version of the module that provides obj, as
// far as the build tells: the "@vX.Y.Z" element of the path of the file
// that declares it. The go command compiles a dependency from the module
// cache (or with -trimpath from "module@version/...") and records that
// path in the export data, so the version the analyzed module selects can
// be read back from any object of the dependency. It returns "" when the
// path carries no version (vendor directories, replace directives pointing
// at a directory, GOPATH mode, the standard library); callers then ask
// modulescan.SelectedVersion, which also reads the main module's
// vendor/modules.txt and go.mod.
func ModuleVersion(fset *token.FileSet, obj types.Object) string {
	if fset == nil || obj == nil || !obj.Pos().IsValid() {
		return ""
	}
	f := fset.File(obj.Pos())
	if f == nil {
		return ""
	}
	return versionFromPath(f.Name())
}

// versionFromPath extracts the module version from a file path such as
// /root/go/pkg/mod/github.com/gorilla/sessions@v1.2.1/store.go.
func versionFromPath(path string) string {
	// Split on both separators: export data written on Windows is read
	// anywhere.
	for _, elem := range strings.FieldsFunc(path, func(r rune) bool { return r == '/' || r == '\\' }) {
		i := strings.LastIndex(elem, "@")
		if i < 0 {
			continue
		}
		if v := elem[i+1:]; semver.IsValid(v) {
			return v
		}
	}
	return ""
}

// DefaultsAt returns the attributes a constructor gives the cookie when
// nothing is configured, for the module version v ("" means the newest).
func (c *ConfigSite) DefaultsAt(v string) Attrs {
	if v == "" || !semver.IsValid(v) {
		return c.Defaults
	}
	best := ""
	var attrs Attrs
	for _, vd := range c.VersionDefaults {
		// The entry with the lowest Before that is still above v wins.
		if semver.Compare(v, vd.Before) < 0 && (best == "" || semver.Compare(vd.Before, best) < 0) {
			best, attrs = vd.Before, vd.Defaults
		}
	}
	if attrs != nil {
		return attrs
	}
	return c.Defaults
}
