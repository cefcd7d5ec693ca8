package driver

import (
	"bytes"
	"context"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/output"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/stdlib"
)

// A tool is how analyze runs the analyzers on one package: the command
// (this executable, in vet-tool mode) and its environment.
type tool struct {
	command []string // program and leading arguments
	env     []string // added to the environment
}

// A unit is one package analyse runs the tool on.
type unit struct {
	pkg     *packages.Package
	root    bool    // asked for by the user: its findings are reported
	deps    []*unit // units among its direct imports: run first
	vetx    string  // the facts file it writes
	cfgFile string
	cfg     *unitchecker.Config
	done    chan struct{}

	// Results.
	findings []output.Diagnostic
	failures []string // analyzers that failed
	errs     []string // the package could not be analysed (type errors)
	observed []modulescan.Observation
}

// A plan is what analyze runs: the units, dependencies first.
type plan struct {
	units []*unit
	// edited names, for each file the load changed (a blank import of a
	// package not in the checkout dropped), the file holding its new text.
	edited map[string]string
}

// Which dependencies are analysed for facts (-deps).
const (
	depsModule = "module" // those in the user's own modules (see ownModule)
	depsAll    = "all"    // every one the policy asks for
	depsUsage  = "which dependencies to analyse for facts about their functions: `module` (those of your own modules: the main module, a workspace's, a local replacement, the modules of the packages named) or all (also third-party modules; slower)"
)

// ownModule reports whether m is one of the user's own modules: one with
// no version (the main module, a workspace module) or replaced by a
// local directory. Third-party modules come at a version.
func ownModule(m *packages.Module) bool {
	if m.Replace != nil {
		return m.Replace.Version == ""
	}
	return m.Version == ""
}

// planUnits chooses the packages to analyse (their config and facts
// files go in dir): the roots, and those of
// their dependencies whose facts the roots may need, by the policy,
// within the user's own modules and the roots' unless deps is depsAll. Every other
// dependency is known to the analysis through its export data only.
func planUnits(roots []*packages.Package, needsFacts factPolicy, deps string, dir string) *plan {
	isRoot := map[*packages.Package]bool{}
	modules := map[string]bool{}
	for _, r := range roots {
		isRoot[r] = true
		if r.Module != nil {
			modules[r.Module.Path] = true
		}
	}
	inScope := func(p *packages.Package) bool {
		return deps == depsAll || (p.Module != nil && (modules[p.Module.Path] || ownModule(p.Module)))
	}
	units := map[*packages.Package]*unit{}
	pl := &plan{}
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.PkgPath == "unsafe" || len(p.CompiledGoFiles) == 0 {
			return // nothing to analyse (go vet skips unsafe too)
		}
		var deps []*unit
		var imports []string
		byPath := map[string]bool{}
		for _, imp := range p.Imports {
			imports = append(imports, imp.PkgPath)
			if u := units[imp]; u != nil {
				deps = append(deps, u)
				byPath[imp.PkgPath] = true
			}
		}
		if !isRoot[p] {
			if needsFacts == nil || !inScope(p) ||
				!needsFacts(p.PkgPath, stdlib.IsStd(p.PkgPath), imports, func(path string) bool { return byPath[path] }) {
				return
			}
		}
		n := len(pl.units)
		u := &unit{
			pkg:     p,
			root:    isRoot[p],
			deps:    deps,
			vetx:    filepath.Join(dir, strconv.Itoa(n)+".vetx"),
			cfgFile: filepath.Join(dir, strconv.Itoa(n)+".cfg"),
			done:    make(chan struct{}),
		}
		units[p] = u
		pl.units = append(pl.units, u)
	})
	return pl
}

// config writes the unit's vet config: its files, and for every package
// in its import graph the export data file, and the facts file of those
// analysed.
func (pl *plan) config(u *unit, facts, extras map[*packages.Package]string) error {
	p := u.pkg
	cfg := unitchecker.Config{
		ID:           p.ID,
		Compiler:     "gc",
		Dir:          p.Dir,
		ImportPath:   p.PkgPath,
		GoFiles:      p.CompiledGoFiles,
		NonGoFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		ImportMap:    map[string]string{},
		PackageFile:  map[string]string{},
		PackageVetx:  map[string]string{},
		VetxOnly:     !u.root,
		VetxOutput:   u.vetx,
	}
	if m := p.Module; m != nil {
		cfg.ModulePath, cfg.ModuleVersion = m.Path, m.Version
		if m.GoVersion != "" {
			cfg.GoVersion = "go" + m.GoVersion
		}
	}
	for path, imp := range p.Imports {
		cfg.ImportMap[path] = imp.PkgPath
	}
	seen := map[*packages.Package]bool{}
	var visit func(*packages.Package)
	visit = func(q *packages.Package) {
		for _, imp := range q.Imports {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			if imp.ExportFile != "" {
				cfg.PackageFile[imp.PkgPath] = imp.ExportFile
			}
			if vetx, ok := facts[imp]; ok {
				cfg.PackageVetx[imp.PkgPath] = vetx
			}
			visit(imp)
		}
	}
	visit(p)
	// A later round of moduleRounds: the facts of the module's packages
	// this one does not import, from the round before.
	for q, vetx := range extras {
		if q == p || seen[q] || q.ExportFile == "" {
			continue
		}
		cfg.ImportMap[moduleFactsKey+q.PkgPath] = q.PkgPath
		cfg.PackageFile[q.PkgPath] = q.ExportFile
		cfg.PackageVetx[q.PkgPath] = vetx
	}
	u.cfg = &cfg
	data, err := json.Marshal(cfg)
	if err != nil {
		return err
	}
	if err := os.WriteFile(u.cfgFile, data, 0o666); err != nil {
		return err
	}
	return pl.writeEdits(u)
}

// writeEdits writes, beside the unit's config, which of its files are
// read from another file (see readEdits); nothing when none is.
func (pl *plan) writeEdits(u *unit) error {
	edits := map[string]string{}
	for _, f := range u.pkg.CompiledGoFiles {
		if e, ok := pl.edited[f]; ok {
			edits[f] = e
		}
	}
	if len(edits) == 0 {
		return nil
	}
	data, err := json.Marshal(edits)
	if err != nil {
		return err
	}
	return os.WriteFile(u.cfgFile+editsSuffix, data, 0o666)
}

// editsSuffix ends the name of the file beside a unit's config that maps
// the unit's files the load changed to the files holding their new text.
const editsSuffix = ".edits"

// readEdits reads what writeEdits wrote for the config cfgFile: nil when
// no file is read from another.
func readEdits(cfgFile string) (map[string]string, error) {
	data, err := os.ReadFile(cfgFile + editsSuffix)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var edits map[string]string
	return edits, json.Unmarshal(data, &edits)
}

// run runs the tool on every unit, at most parallel at once (0: one per
// CPU), each after the units it imports.
func (pl *plan) run(ctx context.Context, t tool, args []string, parallel int, progress func(done, total int), rc *resultCache) error {
	return pl.runUnits(ctx, pl.units, nil, t, args, parallel, progress, rc)
}

// runUnits runs the tool on units (each after those it imports, which are
// in units or done), with the facts of extras' packages too (see config).
func (pl *plan) runUnits(ctx context.Context, units []*unit, extras map[*packages.Package]string, t tool, args []string, parallel int, progress func(done, total int), rc *resultCache) error {
	facts := map[*packages.Package]string{}
	for _, u := range pl.units {
		facts[u.pkg] = u.vetx
	}
	for _, u := range units {
		if err := pl.config(u, facts, extras); err != nil {
			return err
		}
	}
	if parallel <= 0 {
		parallel = runtime.NumCPU()
	}
	// At most parallel workers, started when first needed (nil: none yet).
	workers := make(chan *worker, parallel)
	for range parallel {
		workers <- nil
	}
	var wg sync.WaitGroup
	var done atomic.Int64
	for _, u := range units {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(u.done)
			for _, d := range u.deps {
				<-d.done
			}
			w := <-workers
			defer func() { workers <- w }()
			if ctx.Err() == nil {
				key := ""
				if rc != nil {
					key = rc.key(u.cfg)
				}
				if key == "" || !rc.restore(u, key) {
					w = u.analyse(ctx, w, t, args)
					if key != "" && ctx.Err() == nil {
						rc.save(u, key)
					}
				}
			}
			if progress != nil {
				progress(int(done.Add(1)), len(units))
			}
		}()
	}
	wg.Wait()
	close(workers)
	for w := range workers {
		if w != nil {
			w.close()
		}
	}
	return nil
}

// analyse has a worker analyse the unit (w, or a new one when w is nil)
// and returns the worker for the next unit (nil when it died).
func (u *unit) analyse(ctx context.Context, w *worker, t tool, args []string) *worker {
	if w == nil {
		var err error
		if w, err = startWorker(ctx, t, args); err != nil {
			u.failures = append(u.failures, fmt.Sprintf("analysing package %s: %v", u.pkg.PkgPath, err))
			return nil
		}
	}
	alive := w.analyse(u)
	// Those that import the unit read its facts file: if the analysis
	// failed before writing it (the failure is reported), they go on
	// without.
	if _, err := os.Stat(u.vetx); err != nil {
		os.WriteFile(u.vetx, nil, 0o666)
	}
	if !alive {
		return nil
	}
	return w
}

// errInterrupted is analyze's error when an interrupt stopped it.
var errInterrupted = errors.New("interrupted")

// analyze runs the analyzers on the packages, in worker processes (the
// tool, see worker.go) that analyse one package at a time, and returns their findings and the one-line descriptions
// of the analyzers that failed. Packages that do not type-check are
// reported in partial (their errors), the findings of the others kept.
func analyze(ctx context.Context, t tool, args []string, roots []*packages.Package, edited map[string][]byte, needsFacts factPolicy, rounds roundsPolicy, deps string, parallel int, relative func(string) string, progress func(done, total int), rc *resultCache) (_ []output.Diagnostic, failures []string, partial *loadError, _ error) {
	dir, err := os.MkdirTemp("", "sessionlint-")
	if err != nil {
		return nil, nil, nil, err
	}
	defer os.RemoveAll(dir)
	pl := planUnits(roots, needsFacts, deps, dir)
	for path, content := range edited {
		if pl.edited == nil {
			pl.edited = map[string]string{}
		}
		name := filepath.Join(dir, fmt.Sprintf("edited-%d.go", len(pl.edited)))
		if err := os.WriteFile(name, content, 0o666); err != nil {
			return nil, nil, nil, err
		}
		pl.edited[path] = name
	}
	if err := pl.run(ctx, t, args, parallel, progress, rc); err != nil {
		return nil, nil, nil, err
	}
	if err := pl.moduleRounds(ctx, roots, rounds, t, args, parallel, rc); err != nil {
		return nil, nil, nil, err
	}
	if ctx.Err() != nil {
		return nil, nil, nil, errInterrupted
	}

	var diags []output.Diagnostic
	var errLines []string
	seen := map[string]bool{}
	broken := 0
	for _, u := range pl.units {
		diags = append(diags, u.findings...)
		for _, f := range u.failures {
			if !seen[f] {
				seen[f] = true
				failures = append(failures, f)
			}
		}
		if len(u.errs) > 0 {
			broken++
			for _, line := range u.errs {
				errLines = append(errLines, relative(line))
			}
		}
	}
	if len(errLines) > 0 {
		partial = &loadError{lines: errLines, summary: fmt.Sprintf("%s could not be analysed", countNoun(broken, "package", "packages"))}
	}
	return diags, failures, partial, nil
}

// maxModuleRounds bounds the rounds moduleRounds runs after the first.
const maxModuleRounds = 3

// A roundsPolicy reads the package facts of every package of the
// analysed modules (by path) and names those that need another round with
// every package's facts (sessionops.ModuleRounds: they call, through an
// interface, a session method implemented in a package they do not
// import).
type roundsPolicy func(facts map[string][]analysis.Fact) map[string]bool

// moduleRounds analyses again the packages of the roots' modules that
// the policy names, and those that import them, each time with the facts
// every package of those modules had at the end of the round before,
// until the policy names none, their facts no longer change, or
// maxModuleRounds have run. A package's last round's findings replace its
// earlier ones. go vet cannot do this: a package there sees the facts of
// its imports only.
func (pl *plan) moduleRounds(ctx context.Context, roots []*packages.Package, policy roundsPolicy, t tool, args []string, parallel int, rc *resultCache) error {
	if policy == nil {
		return nil
	}
	modules := map[string]bool{}
	for _, r := range roots {
		if r.Module != nil {
			modules[r.Module.Path] = true
		}
	}
	var mod []*unit
	for _, u := range pl.units {
		if m := u.pkg.Module; m != nil && (modules[m.Path] || ownModule(m)) {
			mod = append(mod, u)
		}
	}
	for round := 2; round <= 1+maxModuleRounds && ctx.Err() == nil; round++ {
		facts := map[string][]analysis.Fact{}
		extras := map[*packages.Package]string{}
		for _, u := range mod {
			facts[u.pkg.PkgPath] = packageFacts(u)
			extras[u.pkg] = u.vetx
		}
		rerun := importersOf(mod, policy(facts))
		if len(rerun) == 0 {
			return nil
		}
		before := map[*unit]string{}
		for _, u := range rerun {
			before[u] = u.vetx
			suffix := ".r" + strconv.Itoa(round)
			u.vetx = strings.TrimSuffix(u.vetx, ".vetx") + suffix + ".vetx"
			u.cfgFile = strings.TrimSuffix(u.cfgFile, ".cfg") + suffix + ".cfg"
			u.done = make(chan struct{})
			u.findings, u.failures, u.errs, u.observed = nil, nil, nil, nil
		}
		if err := pl.runUnits(ctx, rerun, extras, t, args, parallel, nil, rc); err != nil {
			return err
		}
		if !slices.ContainsFunc(rerun, func(u *unit) bool { return !sameContent(before[u], u.vetx) }) {
			return nil
		}
	}
	return nil
}

// importersOf returns the units of mod whose package is named, with those
// of mod that import them, directly or not, in mod's order (dependencies
// first).
func importersOf(mod []*unit, named map[string]bool) []*unit {
	in := map[*unit]bool{}
	var out []*unit
	for _, u := range mod {
		take := named[u.pkg.PkgPath]
		for _, d := range u.deps {
			take = take || in[d]
		}
		if take {
			in[u] = true
			out = append(out, u)
		}
	}
	return out
}

// packageFacts returns the facts about its own package in the unit's
// facts file.
func packageFacts(u *unit) []analysis.Fact {
	data, err := os.ReadFile(u.vetx)
	if err != nil || len(data) == 0 {
		return nil
	}
	var records []factRecord
	if gob.NewDecoder(bytes.NewReader(data)).Decode(&records) != nil {
		return nil
	}
	var out []analysis.Fact
	for _, r := range records {
		if r.Object == "" && r.Pkg == u.pkg.PkgPath {
			out = append(out, r.Fact)
		}
	}
	return out
}

// sameContent reports whether two files hold the same bytes.
func sameContent(a, b string) bool {
	x, errA := os.ReadFile(a)
	y, errB := os.ReadFile(b)
	return errA == nil && errB == nil && bytes.Equal(x, y)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// convert resolves the positions and the URL of an analysis.Diagnostic.
func convert(fset *token.FileSet, a *analysis.Analyzer, d analysis.Diagnostic) output.Diagnostic {
	out := output.Diagnostic{
		Analyzer: a.Name,
		Category: d.Category,
		Message:  d.Message,
		URL:      resolveURL(a, d),
		Posn:     span(fset, d.Pos, d.End),
	}
	for _, r := range d.Related {
		out.Related = append(out.Related, output.Related{Message: r.Message, Posn: span(fset, r.Pos, r.End)})
	}
	for _, f := range d.SuggestedFixes {
		fix := output.Fix{Message: f.Message}
		for _, e := range f.TextEdits {
			fix.Edits = append(fix.Edits, output.Edit{Posn: span(fset, e.Pos, e.End), NewText: string(e.NewText)})
		}
		out.Fixes = append(out.Fixes, fix)
	}
	return out
}

// resolveURL is the diagnostic's URL as the go/analysis drivers resolve
// it: relative to the analyzer's URL, which is the default; the category
// is the fragment when the diagnostic has no URL of its own.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) string {
	if d.URL == "" && a.URL == "" {
		return ""
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return d.URL
	}
	u, err := base.Parse(d.URL)
	if err != nil {
		return d.URL
	}
	if d.URL == "" && d.Category != "" {
		u.Fragment = d.Category
	}
	return u.String()
}

func span(fset *token.FileSet, pos, end token.Pos) output.Range {
	start := fset.Position(pos)
	stop := start
	if end.IsValid() && end >= pos {
		stop = fset.Position(end)
	}
	return output.Range{File: start.Filename, Start: point(start), End: point(stop)}
}

func point(p token.Position) output.Point {
	if !p.IsValid() {
		return output.Point{Offset: -1}
	}
	return output.Point{Line: p.Line, Column: p.Column, Offset: p.Offset}
}
