// Package driver is the sessionlint command: it speaks the go vet
// -vettool protocol (delegating to unitchecker) and runs standalone on
// package patterns, printing findings with internal/output. It holds no
// analysis logic: the analyzers come from the registry, analyzers.Registry.
//
// Standalone mode is go vet's design without go vet: load lists the
// packages and has the go command compile their dependencies' export
// data; analyze plans which packages to analyse (the ones named, and the
// dependencies whose facts they may need) and hands them, in dependency
// order, as vet config files it writes, to worker processes running this
// same program (worker.go), which analyse one package at a time (runner.go),
// so that no process holds more than one package's syntax and SSA, and
// report back in a line protocol. Under go vet, unitchecker runs (vet.go).
package driver

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/output"
	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/sessionops"
)

// Exit codes of sessionlint (standalone mode; under go vet, vet's own
// conventions apply).
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // findings reported
	ExitUsage    = 2 // bad flags or arguments, or packages that do not load or type-check
	ExitInternal = 3 // an analyzer panicked or failed

	ExitInterrupted = 130 // stopped by an interrupt (SIGINT or SIGTERM)
)

const progname = "sessionlint"

// Main runs sessionlint with the arguments (without the program name) and
// returns the exit code. When go vet invokes it (with a *.cfg file,
// -V=full or -flags), it hands over to unitchecker, which exits itself.
func Main(args []string, stdout, stderr io.Writer) int {
	if isVet(args) || isWorker() {
		toolMain(args, analyzers.Registry, lazyssa.NeedsFacts)
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "%s: cannot find its own executable: %v\n", progname, err)
		return ExitInternal
	}
	return env{registry: analyzers.Registry, needsFacts: lazyssa.NeedsFacts, rounds: sessionops.ModuleRounds, tool: tool{command: []string{exe}}}.run(args, stdout, stderr)
}

// env is what run reads besides its arguments; tests set it.
type env struct {
	dir        string        // working directory; "" means the process's
	goEnv      []string      // environment of the go command; nil means the process's
	registry   lint.Registry // the analyzers and their metadata
	needsFacts factPolicy    // which dependencies are analysed for facts
	// rounds names the packages the module's package facts say need
	// another round with every package's facts (moduleRounds); nil:
	// never.
	rounds roundsPolicy
	tool   tool // runs the analyzers on one package: this program in vet-tool mode
}

// roundsPolicy is the rounds policy, with the analyzers' fact types
// registered so that this process can read the facts files.
func (e env) roundsPolicy() roundsPolicy {
	if e.rounds == nil {
		return nil
	}
	for _, a := range e.registry.Analyzers() {
		usesFacts(a)
	}
	return e.rounds
}

func (e env) run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "%s: internal error: %s\n", progname, oneLine(fmt.Sprint(r)))
			if debugEnabled() {
				stderr.Write(debug.Stack())
			}
			code = ExitInternal
		}
	}()

	fs := flag.NewFlagSet(progname, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", output.Text, "output `format`: "+strings.Join(output.Formats, ", "))
	var outputs outputFlag
	fs.Var(&outputs, "o", "write the findings in `format[=file]` (to standard output without a file); repeat it for several outputs from one analysis, e.g. -o github -o sarif=out.sarif")
	newFromRev := fs.String("new-from-rev", "", "report only the findings a change since `revision` may have made (git diff): on lines it added or changed, or in functions where it added, changed or removed lines")
	newFromPatch := fs.String("new-from-patch", "", "as -new-from-rev, with the change given as the unified diff in `file`")
	baseline := fs.String("baseline", "", "report only findings whose fingerprint is not in the SARIF log `file` (an earlier run's, e.g. the target branch's)")
	explain := fs.String("explain", "", "print the manual of the named `analyzer` and exit")
	list := fs.Bool("list", false, "list the analyzers and exit")
	version := fs.Bool("version", false, "print the version and exit")
	parallel := fs.Int("p", 0, "analyse at most `n` packages at once (0: one per CPU)")
	tests := fs.Bool("test", true, "also analyze test files")
	tags := fs.String("tags", "", "comma-separated build `tags` to consider satisfied")
	deps := fs.String("deps", depsModule, depsUsage)
	embedOverlay := fs.String("embed-overlay", "", "write to `file` a go command overlay giving each //go:embed pattern that matches no file a placeholder, and dropping each blank import of a package of the module not in the checkout, for go vet -overlay=file, and exit")
	useCache := fs.Bool("cache", true, "reuse the results of packages whose inputs have not changed since an earlier run, and a whole run's findings when nothing changed (kept in the user's cache directory, or $SESSIONLINT_CACHE)")
	enabled := analyzerFlags(fs, e.registry.Analyzers())

	patterns, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		e.usage(stdout, fs)
		return ExitClean
	}
	if err != nil {
		return usageError(stderr, "%s", err)
	}

	switch {
	case *version:
		fmt.Fprintf(stdout, "%s version %s (%s)\n", progname, toolVersion(), runtime.Version())
		return ExitClean
	case *list:
		e.list(stdout)
		return ExitClean
	case *explain != "":
		if !e.explain(stdout, *explain) {
			return usageError(stderr, "unknown analyzer %q in -explain (known: %s)", *explain, strings.Join(e.names(), ", "))
		}
		return ExitClean
	}
	if !slices.Contains(output.Formats, *format) {
		return usageError(stderr, "invalid -format %q (want one of %s)", *format, strings.Join(output.Formats, ", "))
	}
	if len(outputs) == 0 {
		outputs = outputFlag{{format: *format}}
	} else if flagSet(fs, "format") {
		return usageError(stderr, "-format and -o cannot be used together: write -o %s for standard output", *format)
	}
	if err := checkOutputs(outputs); err != nil {
		return usageError(stderr, "%v", err)
	}
	if n := btoi(*newFromRev != "") + btoi(*newFromPatch != "") + btoi(*baseline != ""); n > 1 {
		return usageError(stderr, "-new-from-rev, -new-from-patch and -baseline cannot be used together")
	}
	var known map[string]bool
	if *baseline != "" {
		f, err := os.Open(*baseline)
		if err != nil {
			return usageError(stderr, "-baseline: %v", err)
		}
		known, err = output.BaselineFingerprints(f)
		f.Close()
		if err != nil {
			return usageError(stderr, "-baseline %s: %v", *baseline, err)
		}
	}
	if err := checkDeps(*deps); err != nil {
		return usageError(stderr, "%v", err)
	}
	if *parallel < 0 {
		return usageError(stderr, "invalid -p %d (want 0 or more)", *parallel)
	}
	if len(patterns) == 0 {
		return usageError(stderr, "no packages given; usage: %s [flags] packages (e.g. ./...)", progname)
	}
	if *embedOverlay != "" {
		return e.writeEmbedOverlay(stdout, stderr, *embedOverlay, loadOptions{dir: e.dir, env: e.goEnv, patterns: patterns, tests: *tests, tags: *tags})
	}
	selected := selectAnalyzers(e.registry, enabled)
	if len(selected) == 0 {
		return usageError(stderr, "no analyzer selected")
	}

	dir := e.dir
	if dir == "" {
		if dir, err = os.Getwd(); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", progname, err)
			return ExitInternal
		}
	}
	dir, _ = filepath.Abs(dir)

	// On an interrupt the go command and the tool processes are killed,
	// and the temporary files removed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	report := &output.Report{
		Root:        dir,
		PathRoot:    pathRoot(ctx, dir, outputs, *newFromPatch != "" || *baseline != ""),
		ToolVersion: toolVersion(),
		Rules:       e.rules(),
	}
	changes, changesRoot, err := changedLines(ctx, dir, report.PathRoot, *newFromRev, *newFromPatch)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progname, err)
		writeFailure(outputs, dir, stdout, report, err)
		return ExitUsage
	}
	targs := toolArgs(fs, selected, e.registry.Analyzers())
	var rc *resultCache
	if *useCache {
		rc = openResultCache(e.tool.command[0], slices.Concat(e.tool.command[1:], e.tool.env, targs))
	}
	stats := func(format string, args ...any) {
		if rc != nil && os.Getenv("SESSIONLINT_CACHE_STATS") == "1" {
			fmt.Fprintf(stderr, "%s: result cache: %s (%s)\n", progname, fmt.Sprintf(format, args...), rc.c.Dir())
		}
	}
	run := runOptions{dir: dir, goEnv: e.goEnv, patterns: patterns, tests: *tests, tags: *tags, deps: *deps}
	runKey := ""
	if rc != nil {
		runKey = rc.runKey(ctx, run)
	}
	var diags []output.Diagnostic
	var failures []string
	var partial []*loadError // packages left out: load and type errors
	if cached, ok := rc.restoreRun(runKey); ok {
		diags = cached
		rc.finish()
		stats("nothing changed since an earlier run: its findings are reused")
	} else {
		pkgs, edited, loadPartial, notes, err := load(ctx, loadOptions{dir: dir, env: e.goEnv, patterns: patterns, tests: *tests, tags: *tags}, relativeTo(dir))
		for _, n := range notes {
			fmt.Fprintf(stderr, "%s: %s\n", progname, n)
		}
		if errors.Is(err, errInterrupted) {
			fmt.Fprintf(stderr, "%s: interrupted\n", progname)
			return ExitInterrupted
		}
		if err != nil {
			if !printLoadError(stderr, err) {
				fmt.Fprintf(stderr, "%s: %v\n", progname, err)
			}
			writeFailure(outputs, dir, stdout, report, err)
			return ExitUsage
		}
		if err := checkGoVersions(pkgs); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", progname, err)
			writeFailure(outputs, dir, stdout, report, err)
			return ExitUsage
		}
		if loadPartial != nil {
			printLoadError(stderr, loadPartial)
			partial = append(partial, loadPartial)
		}
		prog := newProgress(stderr)
		var typePartial *loadError
		diags, failures, typePartial, err = analyze(ctx, e.tool, targs, pkgs, edited, e.needsFacts, e.roundsPolicy(), *deps, *parallel, relativeTo(dir), prog.update, rc)
		if typePartial != nil {
			printLoadError(stderr, typePartial)
			partial = append(partial, typePartial)
		}
		prog.clear()
		if rc != nil {
			hits, misses := rc.finish()
			stats("%d hits, %d misses", hits, misses)
		}
		if err != nil {
			if printLoadError(stderr, err) {
				writeFailure(outputs, dir, stdout, report, err)
				return ExitUsage
			}
			if errors.Is(err, errInterrupted) {
				fmt.Fprintf(stderr, "%s: interrupted\n", progname)
				return ExitInterrupted
			}
			fmt.Fprintf(stderr, "%s: internal error: %s\n", progname, oneLine(err.Error()))
			writeFailure(outputs, dir, stdout, report, fmt.Errorf("internal error: %w", err))
			return ExitInternal
		}
		if rc != nil && len(failures) == 0 && len(partial) == 0 {
			rc.saveRun(ctx, runKey, run, diags)
		}
	}
	for i, d := range diags {
		diags[i].CWE = e.registry.Meta(d.Analyzer).CWEOf(d.Category)
	}
	diags = newFindings(changes, dir, changesRoot, diags)
	if known != nil {
		diags = notInBaseline(report, diags, known)
	}
	report.Diagnostics = diags
	var summaries []string
	for _, p := range partial {
		report.Errors = append(report.Errors, output.ParseErrors(dir, append(slices.Clone(p.lines), p.summary))...)
		summaries = append(summaries, p.summary)
	}
	if len(failures) > 0 {
		summaries = append(summaries, "internal error: "+strings.Join(failures, "\n"))
		if len(report.Errors) > 0 {
			report.Errors = append(report.Errors, output.Error{Message: summaries[len(summaries)-1]})
		}
	}
	report.Failure = strings.Join(summaries, "\n")
	if err := writeOutputs(outputs, dir, stdout, report); err != nil {
		fmt.Fprintf(stderr, "%s: writing output: %v\n", progname, err)
		return ExitInternal
	}
	for _, f := range failures {
		fmt.Fprintf(stderr, "%s: internal error: %s\n", progname, f)
	}
	if len(partial) > 0 && len(diags) > 0 {
		// The findings are above; the errors are on standard error
		// (printed before the analysis): say where the run stands.
		fmt.Fprintf(stderr, "%s: the findings above are those of the packages that could be analysed\n", progname)
	}
	switch {
	case len(failures) > 0:
		return ExitInternal
	case len(partial) > 0:
		return ExitUsage
	case len(diags) > 0:
		return ExitFindings
	}
	return ExitClean
}

// printLoadError prints the lines of a *loadError, then its summary, and
// reports whether err was one.
func printLoadError(w io.Writer, err error) bool {
	var lerr *loadError
	if !errors.As(err, &lerr) {
		return false
	}
	for _, line := range lerr.lines {
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "%s: %v\n", progname, err)
	return true
}

// parseInterspersed parses flags placed before, between or after the
// package patterns, as go vet allows, and returns the patterns. After
// "--" everything is a pattern.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var patterns []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := args[:len(args)-len(rest)]; len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			return append(patterns, rest...), nil
		}
		if len(rest) == 0 {
			return patterns, nil
		}
		patterns = append(patterns, rest[0])
		args = rest[1:]
	}
}

func usageError(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "%s: %s (run '%s -h' for usage)\n", progname, fmt.Sprintf(format, args...), progname)
	return ExitUsage
}

func (e env) usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, `%[1]s finds session-fixation and insecure-cookie bugs in Go web code.

Usage:
	%[1]s [flags] packages       # e.g. %[1]s ./...
	go vet -vettool="$(go env GOPATH)/bin/%[1]s" [flags] packages

Exit codes: 0 no findings, 1 findings reported, 2 usage error or packages
that do not load or type-check (the others are analysed), 3 internal
error (an analyzer failed),
130 interrupted.

Flags:
`, progname)
	// The driver's flags first, then the analyzers' (-NAME, -NAME.FLAG).
	general := flag.NewFlagSet(progname, flag.ContinueOnError)
	perAnalyzer := flag.NewFlagSet(progname, flag.ContinueOnError)
	names := e.names()
	fs.VisitAll(func(f *flag.Flag) {
		target := general
		if name, _, _ := strings.Cut(f.Name, "."); slices.Contains(names, name) {
			target = perAnalyzer
		}
		target.Var(f.Value, f.Name, f.Usage)
	})
	general.SetOutput(w)
	general.PrintDefaults()
	fmt.Fprintf(w, "\nAnalyzer flags (-NAME runs only the analyzers so enabled; -NAME=false skips one):\n")
	perAnalyzer.SetOutput(w)
	perAnalyzer.PrintDefaults()
	fmt.Fprintf(w, "\nAnalyzers (%s -explain NAME prints the manual):\n", progname)
	e.list(w)
}

func (e env) names() []string {
	names := make([]string, len(e.registry))
	for i, a := range e.registry.Analyzers() {
		names[i] = a.Name
	}
	return names
}

// toolVersion is the module version of the binary, e.g. "v0.3.0" when
// installed with go install, "(devel)" when built in the repository.
func toolVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// writeEmbedOverlay is -embed-overlay: it writes the overlay and says
// which patterns it covers.
func (e env) writeEmbedOverlay(stdout, stderr io.Writer, name string, opts loadOptions) int {
	if opts.dir == "" {
		opts.dir, _ = os.Getwd()
	}
	missing, err := writeEmbedOverlay(context.Background(), opts, name)
	if err != nil {
		fmt.Fprintf(stderr, "%s: -embed-overlay: %v\n", progname, oneLine(err.Error()))
		return ExitUsage
	}
	for _, m := range missing {
		if m.blankImport {
			fmt.Fprintf(stdout, "%s: import _ %q: package not in the checkout, dropped in %s\n", relativeTo(opts.dir)(m.pos), m.pattern, name)
			continue
		}
		fmt.Fprintf(stdout, "%s: //go:embed %s: placeholder in %s\n", relativeTo(opts.dir)(m.pos), m.pattern, name)
	}
	return ExitClean
}
