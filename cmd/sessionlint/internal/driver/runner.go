package driver

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/gob"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/output"
)

// The runner analyses one package described by a vet config in this
// process, as unitchecker does, but returns instead of exiting, so that a
// worker (worker.go) analyses package after package in one process. Its
// facts files are its own (gob-encoded records named by objectpath), read
// only by itself: go vet's path (vetMain) keeps unitchecker and its
// format.

// A unitReport receives what the analysis of a unit finds.
type unitReport struct {
	finding  func(output.Diagnostic)
	failure  func(msg string)
	typeErrs []string // the package does not parse or type-check
}

// A factRecord is one fact in a facts file: about package Pkg when Object
// is empty, else about the object at that path in it.
type factRecord struct {
	Pkg    string
	Object objectpath.Path
	Fact   analysis.Fact
}

// A factKey names a fact in memory: its object (or package) and type.
type factKey struct {
	obj any // types.Object or *types.Package
	typ reflect.Type
}

// maxTypeErrors is how many type errors of a package are reported.
const maxTypeErrors = 10

// runUnit analyses the package cfg describes with the analyzers (all of
// them when report is set; otherwise only those that compute facts, and
// what they require), reporting findings only when report is set, and
// writes its facts to cfg.VetxOutput. A file edits names is read from the
// file it names, under its own name.
func runUnit(cfg *unitchecker.Config, edits map[string]string, analyzers []*analysis.Analyzer, report bool, out *unitReport, known *importCache) error {
	fset, imports := known.fset, known.imports
	var files []*ast.File
	for _, name := range cfg.GoFiles {
		var src any
		if e, ok := edits[name]; ok {
			text, err := os.ReadFile(e)
			if err != nil {
				return err
			}
			src = text
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			out.typeErrs = append(out.typeErrs, errorLines(err)...)
			continue
		}
		files = append(files, f)
	}
	if len(out.typeErrs) > 0 {
		return nil
	}

	tc := &types.Config{
		Importer:  exportImporter{cfg: cfg, known: known},
		Sizes:     types.SizesFor("gc", build.Default.GOARCH),
		GoVersion: cfg.GoVersion,
		Error: func(err error) {
			// As the compiler: the first ten, then a note.
			if n := len(out.typeErrs); n < maxTypeErrors {
				out.typeErrs = append(out.typeErrs, errorLines(err)...)
			} else if n == maxTypeErrors {
				out.typeErrs = append(out.typeErrs, "too many errors")
			}
		},
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	pkg, _ := tc.Check(cfg.ImportPath, fset, files, info)
	if len(out.typeErrs) > 0 {
		return nil
	}

	var run []*analysis.Analyzer // dependencies first
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		run = append(run, a)
	}
	for _, a := range analyzers {
		if usesFacts(a) || report {
			visit(a)
		}
	}
	facts := map[factKey]analysis.Fact{}
	if err := readFacts(cfg, imports, exportImporter{cfg: cfg, known: known}, facts); err != nil {
		return err
	}

	var module *analysis.Module
	if cfg.ModulePath != "" {
		module = &analysis.Module{Path: cfg.ModulePath, Version: cfg.ModuleVersion, GoVersion: cfg.GoVersion}
	}
	readable := map[string]bool{}
	for _, list := range [][]string{cfg.GoFiles, cfg.NonGoFiles, cfg.IgnoredFiles} {
		for _, name := range list {
			readable[name] = true
		}
	}
	results := map[*analysis.Analyzer]any{}
	failed := map[*analysis.Analyzer]bool{}
	for _, a := range run {
		inputs := map[*analysis.Analyzer]any{}
		skip := false
		for _, req := range a.Requires {
			skip = skip || failed[req]
			inputs[req] = results[req]
		}
		if skip {
			failed[a] = true // its prerequisite's failure is reported
			continue
		}
		own := map[reflect.Type]bool{}
		for _, f := range a.FactTypes {
			own[reflect.TypeOf(f)] = true
		}
		pass := &analysis.Pass{
			Analyzer:     a,
			Fset:         fset,
			Files:        files,
			OtherFiles:   cfg.NonGoFiles,
			IgnoredFiles: cfg.IgnoredFiles,
			Pkg:          pkg,
			TypesInfo:    info,
			TypesSizes:   tc.Sizes,
			ResultOf:     inputs,
			Module:       module,
			Report: func(d analysis.Diagnostic) {
				if report {
					out.finding(convert(fset, a, d))
				}
			},
			ReadFile: func(name string) ([]byte, error) {
				if !readable[name] {
					return nil, fmt.Errorf("%s is not a file of package %s", name, cfg.ImportPath)
				}
				return os.ReadFile(name)
			},
			ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
				return importFact(facts, obj, fact)
			},
			ImportPackageFact: func(p *types.Package, fact analysis.Fact) bool {
				return importFact(facts, p, fact)
			},
			ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
				if obj.Pkg() != pkg {
					panic(fmt.Sprintf("analyzer %s exported a fact about %s, which is not in package %s", a.Name, obj, pkg.Path()))
				}
				facts[factKey{obj, reflect.TypeOf(fact)}] = fact
			},
			ExportPackageFact: func(fact analysis.Fact) {
				facts[factKey{pkg, reflect.TypeOf(fact)}] = fact
			},
			AllObjectFacts: func() []analysis.ObjectFact {
				var all []analysis.ObjectFact
				for k, f := range facts {
					if obj, ok := k.obj.(types.Object); ok && own[k.typ] {
						all = append(all, analysis.ObjectFact{Object: obj, Fact: f})
					}
				}
				return all
			},
			AllPackageFacts: func() []analysis.PackageFact {
				var all []analysis.PackageFact
				for k, f := range facts {
					if p, ok := k.obj.(*types.Package); ok && own[k.typ] {
						all = append(all, analysis.PackageFact{Package: p, Fact: f})
					}
				}
				return all
			},
		}
		result, err := runContained(a, pass)
		if err != nil {
			failed[a] = true
			out.failure(failure(a.Name, pkg.Path(), err))
			continue
		}
		results[a] = result
	}
	return writeFacts(cfg.VetxOutput, pkg, facts)
}

// usesFacts reports whether a or an analyzer it requires has facts; gob
// learns the fact types on the way.
func usesFacts(a *analysis.Analyzer) bool {
	uses := false
	for _, f := range a.FactTypes {
		gob.Register(f)
		uses = true
	}
	for _, req := range a.Requires {
		uses = usesFacts(req) || uses
	}
	return uses
}

func importFact(facts map[factKey]analysis.Fact, obj any, fact analysis.Fact) bool {
	f, ok := facts[factKey{obj, reflect.TypeOf(fact)}]
	if ok {
		reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
	}
	return ok
}

// errorLines returns the lines of a parse or type error, one per error.
func errorLines(err error) []string {
	var list scanner.ErrorList
	if errors.As(err, &list) {
		var lines []string
		for _, e := range list {
			lines = append(lines, e.Error())
		}
		return lines
	}
	return []string{err.Error()}
}

// An importCache holds the packages imported from export data, and the
// file set of their positions. A worker keeps one from package to package
// (see forConfig), so that the export data of the libraries most packages
// import is read once per worker, not once per package.
type importCache struct {
	fset    *token.FileSet
	imports map[string]*types.Package // every package the export data mentioned
	files   map[string]string         // the export data file read for a package
	shared  bool                      // for the packages that are not test variants
}

// maxCachedPackages bounds the packages an importCache holds, and so the
// memory a worker keeps between packages; a package with more than
// largePackage bytes of Go source starts from an empty cache, so that what
// earlier packages imported does not add to the memory its own analysis
// takes (the largest of a run), of which reading its imports is a small
// part.
const (
	maxCachedPackages = 5000
	largePackage      = 1 << 20
)

func newImportCache() *importCache {
	return &importCache{fset: token.NewFileSet(), imports: map[string]*types.Package{}, files: map[string]string{}}
}

// forConfig returns the cache to type-check the package of cfg with: c as
// it is when cfg's view of its dependencies is the one c holds, else c
// emptied (never a second cache: the worker's memory would hold both). A
// test variant, or a package that imports one, sees its own builds of its
// dependencies, and shares them with no other package; every other
// package of one run sees the same build of each dependency, which the
// files c read confirm.
func (c *importCache) forConfig(cfg *unitchecker.Config) *importCache {
	shared := !strings.Contains(cfg.ID, " [")
	fits := shared && c.shared && len(c.imports) <= maxCachedPackages && sourceSize(cfg.GoFiles) <= largePackage
	for path, file := range c.files {
		if f, ok := cfg.PackageFile[path]; fits && ok && f != file {
			fits = false
		}
	}
	if !fits {
		*c = *newImportCache()
		c.shared = shared
	}
	return c
}

// sourceSize returns the size of the files.
func sourceSize(files []string) int64 {
	var n int64
	for _, name := range files {
		if info, err := os.Stat(name); err == nil {
			n += info.Size()
		}
	}
	return n
}

// An exportImporter imports packages from the export data files of a
// vet config, into its cache.
type exportImporter struct {
	cfg   *unitchecker.Config
	known *importCache
}

func (im exportImporter) Import(importPath string) (*types.Package, error) {
	if importPath == "unsafe" {
		return types.Unsafe, nil
	}
	path, ok := im.cfg.ImportMap[importPath]
	if !ok {
		return nil, fmt.Errorf("cannot resolve import %q", importPath)
	}
	if p := im.known.imports[path]; p != nil && p.Complete() {
		return p, nil
	}
	file, ok := im.cfg.PackageFile[path]
	if !ok {
		return nil, fmt.Errorf("no export data for %q", path)
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("reading export data for %q: %v", path, err)
	}
	p, err := gcexportdata.Read(r, im.known.fset, im.known.imports, path)
	if err == nil {
		im.known.files[path] = file
	}
	return p, err
}

// moduleFactsKey prefixes the ImportMap keys of the packages of the
// module a unit does not import but whose facts it reads (a later round
// of moduleRounds); no import path has this form.
const moduleFactsKey = "sessionlint:module/"

// readFacts reads the facts files of the package's direct imports that
// were analysed: their facts, and the facts they pass on about the
// objects of their own imports (see writeFacts), when the type checker met
// those packages (the others cannot be asked about) and objectpath finds
// the objects. These are the facts unitchecker makes visible, so that
// both drivers see the same; in a later round of moduleRounds, also those
// of the module's packages named under moduleFactsKey.
func readFacts(cfg *unitchecker.Config, imports map[string]*types.Package, im types.Importer, facts map[factKey]analysis.Fact) error {
	for _, key := range slices.Sorted(maps.Keys(cfg.ImportMap)) {
		path := cfg.ImportMap[key]
		file, ok := cfg.PackageVetx[path]
		if !ok {
			continue
		}
		if strings.HasPrefix(key, moduleFactsKey) && imports[path] == nil {
			// A package of the module this one does not import, whose
			// facts the standalone driver passes on in a later round
			// (see moduleRounds): its types come from its export data.
			if _, err := im.Import(key); err != nil {
				continue
			}
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return fmt.Errorf("reading the facts of %s: %v", path, err)
		}
		if len(data) == 0 {
			continue
		}
		var records []factRecord
		if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&records); err != nil {
			return fmt.Errorf("decoding the facts of %s: %v", path, err)
		}
		for _, r := range records {
			p := imports[r.Pkg]
			switch {
			case p == nil:
			case r.Object == "":
				facts[factKey{p, reflect.TypeOf(r.Fact)}] = r.Fact
			default:
				if obj, err := objectpath.Object(p, r.Object); err == nil {
					facts[factKey{obj, reflect.TypeOf(r.Fact)}] = r.Fact
				}
			}
		}
	}
	return nil
}

// writeFacts writes the facts about pkg and its objects that objectpath
// can name and, as unitchecker does, passes on those it imported about
// methods, fields and types of other packages (facts about their
// package-level functions and variables, and about the packages, are
// visible to direct importers only). The order is stable: the result
// cache keys dependents by these bytes.
func writeFacts(name string, pkg *types.Package, facts map[factKey]analysis.Fact) error {
	var enc objectpath.Encoder
	var records []factRecord
	for k, f := range facts {
		switch x := k.obj.(type) {
		case *types.Package:
			if x == pkg {
				records = append(records, factRecord{Pkg: pkg.Path(), Fact: f})
			}
		case types.Object:
			if x.Pkg() == nil {
				continue
			}
			if _, isType := x.(*types.TypeName); x.Pkg() != pkg && !isType && x.Parent() == x.Pkg().Scope() {
				continue
			}
			if path, err := enc.For(x); err == nil {
				records = append(records, factRecord{Pkg: x.Pkg().Path(), Object: path, Fact: f})
			}
		}
	}
	if len(records) == 0 {
		return os.WriteFile(name, nil, 0o666)
	}
	slices.SortFunc(records, func(a, b factRecord) int {
		return cmp.Or(
			strings.Compare(a.Pkg, b.Pkg),
			strings.Compare(string(a.Object), string(b.Object)),
			strings.Compare(reflect.TypeOf(a.Fact).String(), reflect.TypeOf(b.Fact).String()))
	})
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(records); err != nil {
		return fmt.Errorf("encoding the facts of %s: %v", pkg.Path(), err)
	}
	return os.WriteFile(name, buf.Bytes(), 0o666)
}
