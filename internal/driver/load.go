package driver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
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
// A package that does not compile is reported here, with the compiler's
// errors, before anything is analysed.
func load(ctx context.Context, opts loadOptions, relative func(string) string) ([]*packages.Package, error) {
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
	pkgs, err := packages.Load(cfg, opts.patterns...)
	if ctx.Err() != nil {
		return nil, errInterrupted
	}
	if err != nil {
		return nil, &loadError{summary: fmt.Sprintf("cannot load %s: %s", strings.Join(opts.patterns, " "), oneLine(err.Error()))}
	}
	if len(pkgs) == 0 {
		complaint := goListComplaint(ctx, cfg, opts.patterns)
		if len(complaint) > 0 {
			// The go command's own error says why (no go.mod, a go line
			// newer than the go command); "no packages matched" would
			// only mislead.
			return nil, &loadError{lines: complaint, summary: fmt.Sprintf("the go command cannot list %s: see its error above", strings.Join(opts.patterns, " "))}
		}
		return nil, &loadError{summary: fmt.Sprintf("no packages matched %s", strings.Join(opts.patterns, " "))}
	}
	if lerr := packageErrors(pkgs, relative, opts.patterns); lerr != nil {
		return nil, lerr
	}
	return roots(pkgs), nil
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
// dependencies, once each, in "file:line:col: message" form.
func packageErrors(pkgs []*packages.Package, relative func(string) string, patterns []string) *loadError {
	var lines []string
	listOnly := true // only the go command's errors: the patterns do not load
	seen := map[string]bool{}
	broken := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			broken[p.PkgPath] = true
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
		return nil
	}
	if listOnly {
		return &loadError{lines: lines, summary: fmt.Sprintf("cannot load %s; nothing was analyzed", strings.Join(patterns, " "))}
	}
	noun := "errors"
	if len(lines) == 1 {
		noun = "error"
	}
	pkgNoun := "packages"
	if len(broken) == 1 {
		pkgNoun = "package"
	}
	return &loadError{
		lines:   lines,
		summary: fmt.Sprintf("%d %s in %d %s; nothing was analyzed", len(lines), noun, len(broken), pkgNoun),
	}
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
