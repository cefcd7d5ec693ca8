// Package modulescan is sessionlint's view of the whole module a package
// belongs to: which session stores the module constructs, and in which
// programs. Applications configure their session store in main (or in a
// package of their own) while the handlers that use the sessions live in
// packages main imports; analysing one package at a time, with facts flowing
// from dependencies to dependents, never shows a handler its store. The
// scan reads the module's source files syntactically (imports first, then
// only the files that import a session library), so it costs a fraction of
// type-checking and works the same under every driver: go vet, the
// standalone driver, golangci-lint and analysistest.
//
// What a scan knows:
//   - the module's packages (non-test files that match the build
//     constraints of this platform), their names and their imports within
//     the module, hence its programs: each main package with the packages
//     it imports, directly or not;
//   - every call of a modelled store constructor (model SessionModel
//     Stateless and ServerSide), and of unmodelled constructors that look
//     like stores (a New...Store function of a third-party package called
//     in a file that imports a session library), and types declaring a
//     gorilla-style Save(r, w, *sessions.Session) method: stores of the
//     module's own.
//
// The module is found by walking up from the package's directory to the
// nearest go.mod. In GOPATH layout (analysistest fixtures: .../src/<path>
// with no go.mod) the "module" is the first element of the import path.
// Nested modules, vendor, testdata and directories starting with "." or "_"
// are not part of the module.
package modulescan

import (
	"go/build"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Kind is what a constructed store keeps.
type Kind int

const (
	// Stateless: the whole session lives in a signed cookie.
	Stateless Kind = iota
	// ServerSide: the session has an ID whose data the server keeps.
	ServerSide
	// Unmodelled: a store sessionlint has no model of (a third-party or
	// the module's own store); counted as server-side.
	Unmodelled
	// ServerSideByCookie: server-side, and its Save finds the record by
	// the request's cookie, whatever Session.ID says
	// (model.SessionModel.RecordByCookie).
	ServerSideByCookie
	// ServerSideForRequest: ServerSideByCookie, and the store keeps the
	// record it found for the request (model.SessionModel.RecordForRequest).
	ServerSideForRequest
)

// Construction is one store constructed in the module.
type Construction struct {
	// Lib is the library whose sessions the store backs.
	Lib *model.Library
	// Kind is what the store keeps.
	Kind Kind
	// Func is what constructs it ("sessions.NewCookieStore", or the
	// declaring type of a store of the module's own).
	Func string
	// Where is the position, relative to the module root (file.go:line).
	Where string
	// Branches are the sides of the if statements the construction is
	// under ("file.go:line:then", "...:else"): two constructions on the
	// two sides of one if are alternatives, chosen at run time.
	Branches []string
	// dir is the package directory, relative to the module root.
	dir string
}

// Alternative reports whether c and d are on the two sides of one if
// statement: a program builds one or the other (a Redis store when one is
// configured, a cookie store otherwise).
func (c Construction) Alternative(d Construction) bool {
	for _, b := range c.Branches {
		at, side, ok := cutSide(b)
		for _, e := range d.Branches {
			if at2, side2, ok2 := cutSide(e); ok && ok2 && at == at2 && side != side2 {
				return true
			}
		}
	}
	return false
}

// cutSide splits a branch into its if statement's position and its side.
func cutSide(b string) (at, side string, ok bool) {
	i := strings.LastIndexByte(b, ':')
	if i < 0 {
		return "", "", false
	}
	return b[:i], b[i+1:], true
}

// Scan is one module's scan.
type Scan struct {
	// Root is the module's directory.
	Root string
	// Path is the module path (or, in GOPATH layout, the first element of
	// the import paths under Root).
	Path string

	pkgs  map[string]*pkgInfo // by directory relative to Root ("." for the root)
	cons  []Construction
	mains []string // directories of the main packages

	reachOnce sync.Once
	reach     map[string]map[string]bool // main dir -> dirs it imports

	// assigned memoizes Assigned, by package path.
	assignMu sync.Mutex
	assigned map[string][]Assignment

	versionsOnce sync.Once
	versions     map[string]string // module path -> selected version

	scriptsOnce sync.Once
	scripts     map[string]string // cookie name -> where a script reads it

	textMu      sync.Mutex
	textMatches map[string]textMatch // GoTextMatch by pattern

	// selectors index, once per scan, the names selected (x.name) in the
	// module's plain and test files: Referenced and TestsRefer ask about
	// every exported function of a package, and reading the module once
	// per name made that quadratic.
	selectorsOnce, testSelectorsOnce sync.Once
	selectors, testSelectors         map[string][]string
}

// Assignment is an assignment, in another package of the module, to a
// field reached from a package-level variable: middleware.Store.Options.Secure
// = cfg.UseTLS in main, for the Store of package middleware.
type Assignment struct {
	// Path is the selector path from the variable: "Store.Options.Secure".
	Path string
	// Where is the position, relative to the module root (file.go:line).
	Where string
}

type pkgInfo struct {
	name    string
	imports map[string]bool // module-internal imports, as dirs relative to Root
}

var (
	scansMu sync.Mutex
	scans   = map[string]*Scan{}
)

// ForDir returns the scan of the module that holds the package directory
// dir, or nil when none can be found. Scans are memoized per module root:
// a driver that analyses many packages in one process scans once.
func ForDir(dir string) *Scan {
	root, modPath := ModuleOf(dir)
	if root == "" {
		return nil
	}
	scansMu.Lock()
	defer scansMu.Unlock()
	if s, ok := scans[root]; ok {
		return s
	}
	s := scan(root, modPath)
	scans[root] = s
	return s
}

// PackageDir returns the directory of the package a pass analyses (that of
// its first file), "" when it has none.
func PackageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		// The position of the package clause, after any line directive:
		// go vet analyses a file an overlay replaces under the
		// replacement's name (see the driver's -embed-overlay).
		if name := pass.Fset.Position(f.Package).Filename; name != "" {
			return filepath.Dir(name)
		}
	}
	return ""
}

// OtherTests returns the test that names the exported functions of the
// pass's package written for other packages' tests: no program of the
// module refers to them, and _test.go files of another package do (see
// Referenced and TestsRefer). For ssautil.TestOnly.
func OtherTests(pass *analysis.Pass) func(name string) bool {
	dir := PackageDir(pass)
	scan := ForDir(dir)
	return func(name string) bool {
		// TestsRefer first: it reads only the module's test files, and
		// most names no test names, so the index of every file Referenced
		// reads is built only when some test refers to a name.
		return scan != nil && scan.TestsRefer(dir, name) && !scan.Referenced(dir, name)
	}
}

// ModuleOf returns the root directory and the path of the module that holds
// the package directory dir (see findRoot), without scanning it; "" when
// there is none.
func ModuleOf(dir string) (root, path string) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", ""
	}
	return findRoot(abs)
}

// findRoot returns the module root and module path for dir: the nearest
// go.mod above it, or, when there is none, in GOPATH layout (a "src"
// directory) src/<first element>. A module's own src directory
// (module/src/main) is no GOPATH.
func findRoot(dir string) (root, modPath string) {
	var below []string // path elements between the current dir and dir
	gopathRoot, gopathMod := "", ""
	for d := dir; ; d = filepath.Dir(d) {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			if mp := modfile.ModulePath(data); mp != "" {
				return d, mp
			}
			return "", ""
		}
		if filepath.Base(d) == "src" && len(below) > 0 && gopathRoot == "" {
			first := below[len(below)-1]
			gopathRoot, gopathMod = filepath.Join(d, first), first
		}
		parent := filepath.Dir(d)
		if parent == d {
			return gopathRoot, gopathMod
		}
		below = append(below, filepath.Base(d))
	}
}

// scan reads the module at root, or loads what an earlier process read
// when no file of the module has changed since (see cache.go): under go vet
// every package is analysed in a process of its own, and reading the
// module in each would cost as much as the packages' own analysis.
func scan(root, modPath string) *Scan {
	files := goFiles(root)
	key := fingerprint(root, modPath, files)
	if s := loadCached(root, key); s != nil {
		return s
	}
	s := &Scan{Root: root, Path: modPath, pkgs: map[string]*pkgInfo{}}
	fset := token.NewFileSet()
	for _, f := range files {
		if compiled(f.path) {
			s.scanFile(fset, f.path)
		}
	}
	s.findMains()
	saveCached(s, key)
	return s
}

func (s *Scan) findMains() {
	for dir, p := range s.pkgs {
		if p.name == "main" {
			s.mains = append(s.mains, dir)
		}
	}
	slices.Sort(s.mains)
}

// buildContext decides which files are compiled: this platform's, with
// no extra tags.
var buildContext = build.Default

// compiled reports whether the file is compiled on this platform (its
// build constraints and file name).
func compiled(path string) bool {
	ok, err := buildContext.MatchFile(filepath.Dir(path), filepath.Base(path))
	return err == nil && ok
}

// where renders a position as file:line relative to the module root.
func (s *Scan) where(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	rel, err := filepath.Rel(s.Root, p.Filename)
	if err != nil {
		rel = p.Filename
	}
	return filepath.ToSlash(rel) + ":" + strconv.Itoa(p.Line)
}

// goFile is a Go source file of the module, with what tells a change.
type goFile struct {
	path  string
	size  int64
	mtime int64
}

// goFiles lists the module's non-test Go files: not in vendor, testdata,
// directories starting with "." or "_", or nested modules.
func goFiles(root string) []goFile { return walkGoFiles(root, false) }

// testGoFiles returns the _test.go files of the module at root, in the
// same walk as goFiles.
func testGoFiles(root string) []goFile { return walkGoFiles(root, true) }

func walkGoFiles(root string, tests bool) []goFile {
	var files []goFile
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable: skip
		}
		if d.IsDir() {
			if p == root {
				return nil
			}
			name := d.Name()
			if name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir // a nested module
			}
			return nil
		}
		name := d.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") != tests {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		files = append(files, goFile{path: p, size: info.Size(), mtime: info.ModTime().UnixNano()})
		return nil
	})
	return files
}

// sessionImports are the package paths whose import makes a file worth a
// full parse: the packages of every library with a session model, and
// those of the store constructors.
var sessionImports = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, lib := range model.All {
		if lib.Session == nil {
			continue
		}
		for _, p := range lib.Packages {
			m[p] = true
		}
		for _, f := range slices.Concat(lib.Session.Stateless, lib.Session.ServerSide) {
			m[f.Pkg] = true
		}
	}
	return m
})

func (s *Scan) scanFile(fset *token.FileSet, filename string) {
	f, err := parser.ParseFile(fset, filename, nil, parser.ImportsOnly|parser.SkipObjectResolution)
	if err != nil || f.Name == nil {
		return
	}
	rel, err := filepath.Rel(s.Root, filepath.Dir(filename))
	if err != nil {
		return
	}
	dir := filepath.ToSlash(rel)
	p := s.pkgs[dir]
	if p == nil {
		p = &pkgInfo{name: f.Name.Name, imports: map[string]bool{}}
		s.pkgs[dir] = p
	}
	relevant := false
	for _, imp := range f.Imports {
		ip, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		if d, ok := s.dirOf(ip); ok {
			p.imports[d] = true
		}
		if sessionImports()[model.Canonical(ip)] {
			relevant = true
		}
	}
	if !relevant {
		return
	}
	full, err := parser.ParseFile(fset, filename, nil, parser.SkipObjectResolution)
	if err != nil {
		return
	}
	s.constructions(fset, full, dir)
}

// dirOf returns the directory, relative to the root, of a module-internal
// import path.
func (s *Scan) dirOf(importPath string) (string, bool) {
	switch {
	case importPath == s.Path:
		return ".", true
	case strings.HasPrefix(importPath, s.Path+"/"):
		return strings.TrimPrefix(importPath, s.Path+"/"), true
	}
	return "", false
}

// storeLike is the name of an unmodelled function that constructs a store.
var storeLike = regexp.MustCompile(`^New\w*Store\w*$`)
