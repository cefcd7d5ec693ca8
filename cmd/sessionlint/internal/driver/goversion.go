package driver

import (
	"bufio"
	"bytes"
	"fmt"
	"go/version"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// builtWith is the Go release that built this program ("go1.26.8"); tests
// replace it.
var builtWith = runtime.Version()

// A goTooNewError says that the code needs a newer Go than the one that
// built sessionlint: its type checker cannot read the code (a go line
// newer than itself) or the export data a newer compiler wrote.
type goTooNewError struct {
	what string // "module example.com/m (go 1.27)", "go vet's compiler go1.27.0"
	need string // the Go version needed, "go1.27" or "go1.27.2"
}

func (e *goTooNewError) Error() string {
	need := strings.TrimPrefix(version.Lang(goPrefixed(e.need)), "go")
	return fmt.Sprintf("%s needs Go %s, but this sessionlint was built with %s and cannot read it; rebuild sessionlint with Go %s or newer: %s",
		e.what, need, builtWith, need, rebuildCommand(e.need))
}

// goPrefixed returns a Go version with its "go" prefix: "1.27" → "go1.27".
func goPrefixed(v string) string {
	if v == "" || strings.HasPrefix(v, "go") {
		return v
	}
	return "go" + v
}

// newerThanBuilt reports whether Go version v (with or without the "go"
// prefix) is a newer language version than the one that built the
// program; false when either is unknown (a development build).
func newerThanBuilt(v string) bool {
	built := version.Lang(builtWith)
	need := version.Lang(goPrefixed(v))
	return built != "" && need != "" && version.Compare(need, built) > 0
}

// rebuildCommand is the command that installs this sessionlint again with
// the toolchain of Go version need: from the module proxy at the installed
// version, or, for a build of a checkout, from that checkout.
func rebuildCommand(need string) string {
	toolchain := goPrefixed(need)
	if version.Lang(toolchain) == toolchain {
		toolchain += ".0" // "go1.27" is the language; its first release is go1.27.0
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Path != "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return fmt.Sprintf("GOTOOLCHAIN=%s go install %s/cmd/sessionlint@%s", toolchain, info.Main.Path, info.Main.Version)
	}
	return fmt.Sprintf("GOTOOLCHAIN=%s go install ./cmd/sessionlint (in your sessionlint checkout)", toolchain)
}

// checkGoVersions returns a goTooNewError for the newest go line among the
// modules of the packages to analyse and of the user's own modules, when
// it is newer than the Go that built sessionlint; nil otherwise.
func checkGoVersions(pkgs []*packages.Package) error {
	var newest *packages.Module
	consider := func(p *packages.Package) {
		m := p.Module
		if m == nil || !newerThanBuilt(m.GoVersion) {
			return
		}
		if newest == nil || version.Compare("go"+m.GoVersion, "go"+newest.GoVersion) > 0 {
			newest = m
		}
	}
	for _, p := range pkgs {
		consider(p)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Module != nil && p.Module.Main {
			consider(p)
		}
	})
	if newest == nil {
		return nil
	}
	return &goTooNewError{what: fmt.Sprintf("module %s (go %s)", newest.Path, newest.GoVersion), need: newest.GoVersion}
}

// checkUnitGoVersion is checkGoVersions under go vet, for one package: its
// module's go line (goVersion, "go1.27"), and the compiler that wrote its
// imports' export data (the first of files that says which it is).
func checkUnitGoVersion(importPath, goVersion string, exportFiles map[string]string) error {
	if newerThanBuilt(goVersion) {
		return &goTooNewError{what: fmt.Sprintf("package %s (%s)", importPath, goVersion), need: goVersion}
	}
	paths := make([]string, 0, len(exportFiles))
	for p := range exportFiles {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		if compiler := exportCompiler(exportFiles[p]); compiler != "" {
			if newerThanBuilt(compiler) {
				return &goTooNewError{what: fmt.Sprintf("the export data of go vet's compiler (%s)", compiler), need: compiler}
			}
			return nil
		}
	}
	return nil
}

// exportCompiler returns the Go release named in the header of a compiled
// package ("go object linux amd64 go1.27.0 ..."), "" when the file has
// none or cannot be read.
func exportCompiler(name string) string {
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(io.LimitReader(f, 4096))
	for sc.Scan() {
		fields := bytes.Fields(sc.Bytes())
		if len(fields) >= 5 && string(fields[0]) == "go" && string(fields[1]) == "object" {
			return string(fields[4])
		}
	}
	return ""
}

// reportOncePerRun reports whether this process is the first of the go
// command's run (whose work directory holds the vet config cfgFile) to
// claim the message name: go vet starts one process per package, and a
// message about the whole run is printed by one of them only. Outside a
// work directory that can be written, every process reports.
func reportOncePerRun(cfgFile, name string) bool {
	work := filepath.Dir(filepath.Dir(cfgFile))
	f, err := os.OpenFile(filepath.Join(work, "sessionlint-"+name), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
	if err != nil {
		return !os.IsExist(err)
	}
	f.Close()
	return true
}
