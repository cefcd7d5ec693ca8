package driver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
)

// loadOptions says what to load and where.
type loadOptions struct {
	dir      string   // working directory of the go command
	env      []string // environment of the go command; nil means os.Environ()
	patterns []string // package patterns, as for go vet
	tests    bool     // include test files (test variants of the packages)
	tags     string   // build tags, as for go build -tags
}

// A loadError is a problem with the packages themselves (a pattern that
// does not load, a file that does not parse or type-check): the user's to
// fix, reported as a usage error.
type loadError struct {
	lines   []string // "file:line:col: message", or "message" without position
	summary string
	fatal   bool // the patterns themselves do not load
	// packages counts the packages (by path: a package and its test
	// variant are one) the errors are in.
	packages int
}

func (e *loadError) Error() string { return e.summary }

// detail is the whole report: each line, then the summary.
func (e *loadError) detail() string {
	return strings.Join(append(slices.Clone(e.lines), e.summary), "\n")
}

// errorDetail is what a failed run records (the SARIF notification): a
// load error's lines with its summary, any other error's text.
func errorDetail(err error) string {
	var lerr *loadError
	if errors.As(err, &lerr) {
		return lerr.detail()
	}
	return err.Error()
}

// load lists the packages matched by the patterns and all their
// dependencies (files, imports, modules), has the go command compile the
// dependencies' export data (the build cache usually has it), and returns
// the packages to analyze. It parses and type-checks nothing: each
// package is analysed later by a worker process (see analyze), which
// reads its imports' types from the export data, so that no process holds
// more than one package's syntax at a time.
//
// A package that does not load or compile is reported (partial: its
// errors, the compiler's included) and left out with the packages that
// import it; the others are returned, to be analysed. Only when nothing is
// left, or the patterns themselves do not load, is the error fatal (err).
// A //go:embed pattern that matches no file (a front-end build that is not
// in the checkout) does not keep a package from loading: it is given a
// placeholder file in an overlay, and notes say so. Nor does a blank
// import of a package of the module that is not in the checkout (swag's
// generated docs, imported by main for their side effect): the importing
// file is analysed without that import, and a note says so.
//
// edited holds the text of the files changed so (by absolute path), for
// the analysis to read in their place.
func load(ctx context.Context, opts loadOptions, relative func(string) string) (_ []*packages.Package, edited map[string][]byte, partial *loadError, notes []string, err error) {
	cfg := &packages.Config{
		Context: ctx,
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedDeps | packages.NeedExportFile |
			packages.NeedModule | packages.NeedForTest,
		Dir: opts.dir,
		Env: opts.env,
		// Tests adds, for each package with tests, its test variant
		// ("p [p.test]"), which holds the package's files plus its
		// in-package tests, the external test package ("p_test [p.test]")
		// and the generated test main ("p.test").
		Tests: opts.tests,
	}
	if opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.tags}
	}
	pkgs, missing, err := loadWithPlaceholders(ctx, cfg, opts.patterns)
	for _, m := range missing {
		if m.blankImport {
			notes = append(notes, fmt.Sprintf("note: %s: blank import of %s, a package of the module that is not in the checkout (generated code not generated?); analysed without that import", relative(m.pos), m.pattern))
			continue
		}
		notes = append(notes, fmt.Sprintf("note: %s: //go:embed pattern %s matches no file (a build step not run?); analysed with a placeholder in its place", relative(m.pos), m.pattern))
	}
	if ctx.Err() != nil {
		return nil, nil, nil, nil, errInterrupted
	}
	if err != nil {
		return nil, nil, nil, nil, &loadError{summary: fmt.Sprintf("cannot load %s: %s", strings.Join(opts.patterns, " "), oneLine(err.Error()))}
	}
	if len(pkgs) == 0 {
		complaint := goListComplaint(ctx, cfg, opts.patterns)
		if len(complaint) > 0 {
			// The go command's own error says why (no go.mod, a go line
			// newer than the go command); "no packages matched" would
			// only mislead.
			return nil, nil, nil, nil, &loadError{lines: complaint, summary: fmt.Sprintf("the go command cannot list %s: see its error above", strings.Join(opts.patterns, " "))}
		}
		return nil, nil, nil, nil, &loadError{summary: fmt.Sprintf("no packages matched %s", strings.Join(opts.patterns, " "))}
	}
	lerr, broken := packageErrors(pkgs, relative, opts.patterns)
	if lerr == nil {
		return roots(pkgs), edits(cfg.Overlay), nil, notes, nil
	}
	if lerr.fatal {
		return nil, nil, nil, notes, lerr
	}
	a := analysable(pkgs, broken)
	if len(a.kept) == 0 {
		lerr.summary += "; nothing was analyzed"
		return nil, nil, nil, notes, lerr
	}
	sep := ": "
	if a.lost > 0 {
		subject := plural(a.lost, "it was", "they were")
		if a.lost != lerr.packages {
			subject = countNoun(a.lost, "package was", "packages were")
		}
		lerr.summary += sep + subject + " not analysed"
		if a.importers > 0 {
			lerr.summary += fmt.Sprintf(", nor the %s that %s %s", countNoun(a.importers, "package", "packages"),
				plural(a.importers, "imports", "import"), plural(a.lost, "it", "them"))
		}
		sep = "; "
	}
	if a.untested > 0 {
		lerr.summary += sep + fmt.Sprintf("%s whose tests do not compile %s analysed without them",
			countNoun(a.untested, "package", "packages"), plural(a.untested, "was", "were"))
	}
	return a.kept, edits(cfg.Overlay), lerr, notes, nil
}

// loadWithPlaceholders is packages.Load, again with a placeholder in an
// overlay (cfg.Overlay, filled) for each //go:embed pattern that matches no
// file, and the importing file without the import for each blank import of
// a missing package of the module, until none is left: the go command
// reports one per package at a time.
func loadWithPlaceholders(ctx context.Context, cfg *packages.Config, patterns []string) ([]*packages.Package, []missingEmbed, error) {
	pkgs, err := packages.Load(cfg, patterns...)
	var all []missingEmbed
	for range maxEmbedRounds {
		overlay, missing := embedPlaceholders(pkgs)
		dropped, blanks := missingBlankImports(pkgs, cfg.Overlay)
		if overlay == nil {
			overlay = dropped
		} else {
			maps.Copy(overlay, dropped)
		}
		missing = append(missing, blanks...)
		if err != nil || ctx.Err() != nil || len(overlay) == 0 {
			break
		}
		if cfg.Overlay == nil {
			cfg.Overlay = map[string][]byte{}
		}
		maps.Copy(cfg.Overlay, overlay)
		all = append(all, missing...)
		pkgs, err = packages.Load(cfg, patterns...)
	}
	return pkgs, all, err
}

// writeEmbedOverlay writes to name the overlay, in the go command's
// -overlay format, that loadWithPlaceholders would use for the patterns
// (each placeholder replaced by an empty file written beside it), so that
// go vet can analyse packages whose //go:embed files are not built; it
// returns the patterns given a placeholder.
func writeEmbedOverlay(ctx context.Context, opts loadOptions, name string) ([]missingEmbed, error) {
	cfg := &packages.Config{Context: ctx, Mode: packages.NeedName | packages.NeedFiles | packages.NeedEmbedFiles | packages.NeedEmbedPatterns | packages.NeedImports | packages.NeedModule, Dir: opts.dir, Env: opts.env, Tests: opts.tests}
	if opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.tags}
	}
	_, missing, err := loadWithPlaceholders(ctx, cfg, opts.patterns)
	if err != nil {
		return nil, err
	}
	empty := name + ".empty"
	if err := os.WriteFile(empty, nil, 0o666); err != nil {
		return nil, err
	}
	if abs, err := filepath.Abs(empty); err == nil {
		empty = abs
	}
	overlay := struct{ Replace map[string]string }{Replace: map[string]string{}}
	for _, path := range slices.Sorted(maps.Keys(cfg.Overlay)) {
		content := cfg.Overlay[path]
		if content == nil {
			overlay.Replace[path] = empty
			continue
		}
		// A file without a blank import, written beside the overlay; go vet
		// analyses it under its own name, which a line directive gives
		// back to its positions.
		changed := fmt.Sprintf("%s.%d.go", strings.TrimSuffix(empty, ".empty"), len(overlay.Replace))
		directive := fmt.Sprintf("//line %s:1:1\n", path)
		if err := os.WriteFile(changed, append([]byte(directive), content...), 0o666); err != nil {
			return nil, err
		}
		overlay.Replace[path] = changed
	}
	data, err := json.MarshalIndent(overlay, "", "\t")
	if err != nil {
		return nil, err
	}
	return missing, os.WriteFile(name, append(data, '\n'), 0o666)
}

// What analysable keeps of the loaded packages, and what it leaves out.
type analysed struct {
	kept []*packages.Package
	// lost counts the broken packages left out, importers those left out
	// for an import alone, untested those analysed without their tests
	// (some test file does not compile); each by package path.
	lost, importers, untested int
}

// analysable returns the roots of pkgs that neither are broken nor import
// a broken package. Where a package's test variant is left out but the
// package itself loads, the package is analysed in place of the variant:
// test files that do not compile cost only the tests.
func analysable(pkgs []*packages.Package, broken map[*packages.Package]bool) analysed {
	tainted := map[*packages.Package]bool{}
	var taints func(p *packages.Package) bool
	taints = func(p *packages.Package) bool {
		if t, ok := tainted[p]; ok {
			return t
		}
		tainted[p] = broken[p]
		for _, imp := range p.Imports {
			if taints(imp) {
				tainted[p] = true
				break
			}
		}
		return tainted[p]
	}
	var out analysed
	done := map[string]bool{} // package paths analysed, with or without their tests
	var left []*packages.Package
	for _, r := range roots(pkgs) {
		if taints(r) {
			left = append(left, r)
			continue
		}
		out.kept = append(out.kept, r)
		if r.ForTest == "" || r.ForTest == r.PkgPath {
			done[r.PkgPath] = true
		}
	}
	// A package whose variant is left out, analysed without its tests.
	for _, p := range pkgs {
		if p.ForTest == "" && !done[p.PkgPath] && !taints(p) {
			out.kept = append(out.kept, p)
			done[p.PkgPath] = true
		}
	}
	importers, untested := map[string]bool{}, map[string]bool{}
	for _, r := range left {
		switch {
		case r.ForTest != "" && done[r.ForTest]:
			untested[r.ForTest] = true
		case !broken[r]:
			importers[r.PkgPath] = true
		}
	}
	// Every broken package is lost (a dependency too) but the tests of a
	// package analysed without them.
	lost := map[string]bool{}
	for p := range broken {
		if p.ForTest == "" || !done[p.ForTest] {
			lost[p.PkgPath] = true
		}
	}
	for p := range broken {
		if p.ForTest != "" && done[p.ForTest] && p.PkgPath == p.ForTest {
			delete(lost, p.PkgPath) // the variant broke, not the package
		}
	}
	out.lost, out.importers, out.untested = len(lost), len(importers), len(untested)
	return out
}

func countNoun(n int, one, many string) string { return fmt.Sprintf("%d %s", n, plural(n, one, many)) }

// maxEmbedRounds bounds the loads that add placeholders for //go:embed
// patterns that match no file.
const maxEmbedRounds = 8

// A missingEmbed is a //go:embed pattern that matches no file, or, with
// blankImport, the path of a package of the module a blank import names
// that is not in the checkout.
type missingEmbed struct {
	pos, pattern string
	blankImport  bool
}

// embedMissing matches the go command's errors for a //go:embed pattern
// that matches no file: none at all, or a directory holding only files
// embedding leaves out (a front-end's build directory kept in git by a
// .gitkeep).
var embedMissing = regexp.MustCompile(`^pattern (\S+): (?:no matching files found|cannot embed directory \S+: contains no embeddable files)$`)

// embedPlaceholders returns an overlay that gives each //go:embed pattern
// of pkgs (and their dependencies) that matches no file a placeholder to
// match: the file itself when the pattern names one with an extension
// (web/main.wasm), else a file in the directory it names (dist, dist/*,
// dist/*.html). Type-checking and analysis never read embedded files.
func embedPlaceholders(pkgs []*packages.Package) (map[string][]byte, []missingEmbed) {
	var overlay map[string][]byte
	var missing []missingEmbed
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			m := embedMissing.FindStringSubmatch(e.Msg)
			if m == nil || p.Dir == "" {
				continue
			}
			name := placeholderFor(m[1])
			if name == "" {
				continue
			}
			if overlay == nil {
				overlay = map[string][]byte{}
			}
			overlay[filepath.Join(p.Dir, filepath.FromSlash(name))] = nil
			missing = append(missing, missingEmbed{pos: e.Pos, pattern: m[1]})
		}
	})
	return overlay, missing
}

// placeholderFor returns the slash-separated path, relative to the
// package's directory, of a file that pattern matches; "" when the pattern
// is one it cannot satisfy (a character class, all:).
func placeholderFor(pattern string) string {
	pattern = strings.TrimPrefix(pattern, "all:")
	if strings.ContainsAny(pattern, "[]\\") {
		return ""
	}
	dir, base := path.Split(pattern)
	switch {
	case strings.ContainsAny(dir, "*?"):
		return ""
	case strings.ContainsAny(base, "*?"):
		base = strings.NewReplacer("*", "placeholder", "?", "x").Replace(base)
		return dir + base
	case path.Ext(base) != "":
		return pattern
	}
	return path.Join(pattern, "sessionlint-placeholder")
}

// goListComplaint returns what the go command itself says about patterns
// that match nothing ("go: go.mod file not found in current directory or
// any parent directory..."), which go/packages does not pass on; nil when
// it has nothing to say.
func goListComplaint(ctx context.Context, cfg *packages.Config, patterns []string) []string {
	args := append([]string{"list", "-find"}, cfg.BuildFlags...)
	cmd := exec.CommandContext(ctx, "go", append(append(args, "--"), patterns...)...)
	cmd.Dir = cfg.Dir
	cmd.Env = cfg.Env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if cmd.Run() == nil {
		return nil
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// packageErrors collects the errors of the packages and their
// dependencies, once each, in "file:line:col: message" form, and the
// packages that have some. The error is fatal when only the go command's
// listing failed and for every root (the patterns do not load); a root the
// listing found whole is analysed, with what it imports (a module the
// proxy refuses, needed by another root only, stops that root alone).
func packageErrors(pkgs []*packages.Package, relative func(string) string, patterns []string) (*loadError, map[*packages.Package]bool) {
	var lines []string
	listOnly := true // only the go command's errors: the patterns do not load
	seen := map[string]bool{}
	broken := map[*packages.Package]bool{}
	brokenPaths := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			broken[p] = true
			brokenPaths[p.PkgPath] = true
			msgs, compiler := compilerErrors(e.Msg)
			if e.Kind != packages.ListError || compiler {
				listOnly = false
			}
			for _, line := range msgs {
				if !compiler && e.Pos != "" && e.Pos != "-" {
					line = relative(e.Pos) + ": " + line
				}
				if compiler {
					line = relative(line)
				}
				if !seen[line] {
					seen[line] = true
					lines = append(lines, line)
				}
			}
		}
	})
	if len(lines) == 0 {
		return nil, nil
	}
	if listOnly && !slices.ContainsFunc(pkgs, func(p *packages.Package) bool { return !broken[p] }) {
		return &loadError{lines: lines, summary: fmt.Sprintf("cannot load %s; nothing was analyzed", strings.Join(patterns, " ")), fatal: true}, broken
	}
	return &loadError{
		lines:    lines,
		summary:  fmt.Sprintf("%s in %s", countNoun(len(lines), "error", "errors"), countNoun(len(brokenPaths), "package", "packages")),
		packages: len(brokenPaths),
	}, broken
}

// compilerErrors splits an error of go list -export: the compiler's
// output, "# package" and one "file:line:col: message" line per error,
// with files relative to the go command's directory, "./" first when in
// it. Any other message is one line, returned as is (compiler false).
func compilerErrors(msg string) (lines []string, compiler bool) {
	header, rest, ok := strings.Cut(msg, "\n")
	if !ok || !strings.HasPrefix(header, "# ") {
		return []string{oneLine(msg)}, false
	}
	for _, line := range strings.Split(strings.TrimSpace(rest), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, strings.TrimPrefix(line, "./"))
		}
	}
	return lines, true
}

// roots drops, from the loaded packages, those whose analysis would only
// repeat another's: a package that also has a test variant (the variant
// contains all its files), and the generated test mains.
func roots(pkgs []*packages.Package) []*packages.Package {
	hasVariant := map[string]bool{}
	for _, p := range pkgs {
		if p.ForTest != "" && p.ForTest == p.PkgPath {
			hasVariant[p.PkgPath] = true
		}
	}
	var out []*packages.Package
	for _, p := range pkgs {
		switch {
		case p.ForTest == "" && hasVariant[p.PkgPath]:
			// analyzed as "p [p.test]"
		case p.Name == "main" && strings.HasSuffix(p.ID, ".test") && p.ID == p.PkgPath:
			// generated test main
		default:
			out = append(out, p)
		}
	}
	return out
}

// relativeTo returns a function that rewrites "file[:line:col]" so that
// the file is relative to dir when it lies inside it, as go vet prints.
func relativeTo(dir string) func(string) string {
	return func(pos string) string {
		if dir == "" || !strings.HasPrefix(pos, dir+string(os.PathSeparator)) {
			return pos
		}
		return pos[len(dir)+1:]
	}
}

// edits returns the files of overlay that are Go files given new text (not
// the empty placeholders of //go:embed patterns).
func edits(overlay map[string][]byte) map[string][]byte {
	var out map[string][]byte
	for path, content := range overlay {
		if content != nil && strings.HasSuffix(path, ".go") {
			if out == nil {
				out = map[string][]byte{}
			}
			out[path] = content
		}
	}
	return out
}

// missingBlankImports returns an overlay that gives each file importing,
// for its side effect alone (import _ "path"), a package of its own module
// that is not in the checkout, its text without that import (blanked in
// place, so that positions stay), with the imports so dropped. Such a
// package is generated (swag's docs) and contributes nothing to the
// importer's types; any other missing package stays an error. current is
// the overlay so far: a file already changed is changed again.
func missingBlankImports(pkgs []*packages.Package, current map[string][]byte) (map[string][]byte, []missingEmbed) {
	var overlay map[string][]byte
	var dropped []missingEmbed
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Module == nil {
			return
		}
		for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
			if imp := p.Imports[path]; !absentModulePackage(imp, p.Module.Path) {
				continue
			}
			for _, file := range p.GoFiles {
				src, ok := current[file]
				if !ok {
					var err error
					if src, err = os.ReadFile(file); err != nil {
						continue
					}
				}
				out, pos, ok := withoutBlankImport(src, path)
				if !ok {
					continue
				}
				if overlay == nil {
					overlay = map[string][]byte{}
				}
				overlay[file] = out
				dropped = append(dropped, missingEmbed{pos: fmt.Sprintf("%s:%d", file, pos), pattern: path, blankImport: true})
			}
		}
	})
	return overlay, dropped
}

// absentModulePackage reports whether imp is a package of the module
// modPath (its path below the module's) that the go command did not find:
// no files, and an error.
func absentModulePackage(imp *packages.Package, modPath string) bool {
	return strings.HasPrefix(imp.PkgPath, modPath+"/") && len(imp.GoFiles) == 0 && len(imp.CompiledGoFiles) == 0 && len(imp.Errors) > 0
}

// withoutBlankImport returns src with its blank import of path replaced by
// spaces (the whole declaration when it imports nothing else), and the
// line of the import; ok is false when src has no such import.
func withoutBlankImport(src []byte, path string) (out []byte, line int, ok bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ImportsOnly|parser.SkipObjectResolution)
	if err != nil {
		return nil, 0, false
	}
	for _, decl := range f.Decls {
		gd, isGen := decl.(*ast.GenDecl)
		if !isGen || gd.Tok != token.IMPORT {
			continue
		}
		for _, spec := range gd.Specs {
			is := spec.(*ast.ImportSpec)
			if is.Name == nil || is.Name.Name != "_" || is.Path.Value != strconv.Quote(path) {
				continue
			}
			var from, to token.Pos = is.Pos(), is.End()
			if !gd.Lparen.IsValid() {
				from, to = gd.Pos(), gd.End()
			}
			out = slices.Clone(src)
			for i := fset.Position(from).Offset; i < fset.Position(to).Offset; i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			return out, fset.Position(is.Pos()).Line, true
		}
	}
	return nil, 0, false
}
