// Package stdlib tells the standard library's packages by their import
// paths. File paths cannot be trusted for it: -trimpath, Bazel and other
// build systems rewrite them, and GOROOT may be elsewhere or absent. A
// dotless first path element is not enough either: analysistest's
// packages ("a", "nethttp") and GOPATH-mode code have dotless paths too.
// A path is standard when its first element is one of the standard
// library's top-level directories (as of Go 1.26), or one that the GOROOT
// of this build holds, when it can be read.
package stdlib

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// roots are the first elements of the standard library's import paths
// (go list std), with cmd.
var roots = map[string]bool{
	"archive": true, "bufio": true, "bytes": true, "cmd": true, "cmp": true, "compress": true,
	"container": true, "context": true, "crypto": true, "database": true, "debug": true,
	"embed": true, "encoding": true, "errors": true, "expvar": true, "flag": true, "fmt": true,
	"go": true, "hash": true, "html": true, "image": true, "index": true, "internal": true,
	"io": true, "iter": true, "log": true, "maps": true, "math": true, "mime": true, "net": true,
	"os": true, "path": true, "plugin": true, "reflect": true, "regexp": true, "runtime": true,
	"slices": true, "sort": true, "strconv": true, "strings": true, "structs": true, "sync": true,
	"syscall": true, "testing": true, "text": true, "time": true, "unicode": true,
	"unique": true, "unsafe": true, "vendor": true, "weak": true,
	"C": true, // cgo's pseudo-package
}

// gorootRoots adds the top-level directories of this build's GOROOT/src
// (a newer standard library's), when it is there to read.
var gorootRoots = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	if build.Default.GOROOT == "" {
		return m
	}
	entries, err := os.ReadDir(filepath.Join(build.Default.GOROOT, "src"))
	if err != nil {
		return m
	}
	for _, e := range entries {
		if e.IsDir() && !strings.ContainsAny(e.Name(), ".") && e.Name() != "testdata" {
			m[e.Name()] = true
		}
	}
	return m
})

// IsStd reports whether importPath is a standard-library package (a test
// variant's "fmt [fmt.test]" too).
func IsStd(importPath string) bool {
	importPath, _, _ = strings.Cut(importPath, " ")
	first, _, _ := strings.Cut(importPath, "/")
	if first == "" || strings.Contains(first, ".") {
		return false
	}
	return roots[first] || gorootRoots()[first]
}
