package modulescan

import (
	"bufio"
	"bytes"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Some findings depend on the version of a library the module selects
// (gorilla/sessions' CookieStore defaults changed in v1.3.0; fiber v2.52.5
// stopped adopting client-chosen session IDs). The go command compiles a
// dependency from the module cache, so the "@vX.Y.Z" in the path of its
// files (kept in the export data) says which version the build uses. With
// -mod=vendor, a replace directive pointing at a directory or in GOPATH
// mode there is none; the version is then what the main module records:
// vendor/modules.txt, else the requirements of its go.mod (complete since
// Go 1.17's module graph pruning) after its replace directives.

// SelectedVersion returns the version of module modPath the analysed
// package is built with, "" when nothing tells: first the file paths of
// the module's packages in the package's import graph (obj, when it
// belongs to that module, else any package of it), then the main module's
// vendor/modules.txt and go.mod.
func SelectedVersion(pass *analysis.Pass, modPath string, obj types.Object) string {
	if obj != nil && obj.Pkg() != nil && inModule(obj.Pkg().Path(), modPath) {
		if v := model.ModuleVersion(pass.Fset, obj); v != "" {
			return v
		}
	}
	if pkg := importedFrom(pass.Pkg, modPath); pkg != nil {
		for _, name := range pkg.Scope().Names() {
			if v := model.ModuleVersion(pass.Fset, pkg.Scope().Lookup(name)); v != "" {
				return v
			}
		}
	}
	return ForDir(PackageDir(pass)).Version(modPath)
}

// InRange reports whether version v is at or after since and before
// before (an empty bound is no bound). An unknown version ("") is in no
// bounded range: a security linter assumes neither the fix nor the flaw.
func InRange(v, since, before string) bool {
	if since == "" && before == "" {
		return true
	}
	return v != "" && (since == "" || semver.Compare(v, since) >= 0) && (before == "" || semver.Compare(v, before) < 0)
}

// inModule reports whether the package path belongs to module modPath
// (not to a nested major version such as modPath/v2).
func inModule(pkgPath, modPath string) bool {
	rest, ok := strings.CutPrefix(pkgPath, modPath)
	if !ok || rest != "" && rest[0] != '/' {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimPrefix(rest, "/"), "/")
	_, major, _ := module.SplitPathVersion("x/" + first)
	return major == "" || rest == ""
}

// importedFrom returns a package of module modPath that pkg imports,
// directly or not (the first by path), nil when there is none.
func importedFrom(pkg *types.Package, modPath string) *types.Package {
	var found *types.Package
	for path, p := range model.TransitiveImports(pkg) {
		if p != pkg && inModule(path, modPath) && (found == nil || path < found.Path()) {
			found = p
		}
	}
	return found
}

// Version returns the version of module modPath that the module selects by
// its vendor/modules.txt or go.mod, "" when neither says (GOPATH layout, a
// replacement by a directory, a module it does not require).
func (s *Scan) Version(modPath string) string {
	if s == nil {
		return ""
	}
	v := s.version(modPath)
	s.observe("version", func() ([]string, any) { return []string{modPath}, v })
	return v
}

func (s *Scan) version(modPath string) string {
	s.versionsOnce.Do(s.readVersions)
	return s.versions[modPath]
}

func (s *Scan) readVersions() {
	s.versions = map[string]string{}
	if data, err := os.ReadFile(filepath.Join(s.Root, "vendor", "modules.txt")); err == nil {
		readModulesTxt(data, s.versions)
		return
	}
	data, err := os.ReadFile(filepath.Join(s.Root, "go.mod"))
	if err != nil {
		return
	}
	f, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		return
	}
	for _, r := range f.Require {
		s.versions[r.Mod.Path] = r.Mod.Version
	}
	for _, r := range f.Replace {
		if r.Old.Version != "" && s.versions[r.Old.Path] != r.Old.Version {
			continue // replaces a version the module does not select
		}
		if r.New.Version == "" || !semver.IsValid(r.New.Version) {
			delete(s.versions, r.Old.Path) // a directory: unknown
			continue
		}
		s.versions[r.Old.Path] = r.New.Version
	}
}

// readModulesTxt reads the "# path version [=> replacement [version]]"
// lines of vendor/modules.txt.
func readModulesTxt(data []byte, versions map[string]string) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "# ")
		if !ok {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 2 || !semver.IsValid(fields[1]) {
			continue
		}
		v := fields[1]
		if i := strings.Index(line, "=>"); i >= 0 {
			repl := strings.Fields(line[i+2:])
			switch {
			case len(repl) >= 2 && semver.IsValid(repl[1]):
				v = repl[1]
			default:
				continue // replaced by a directory: unknown
			}
		}
		versions[fields[0]] = v
	}
}
