package driver

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/output"
	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/modulescan"
)

// Standalone mode analyses its units in worker processes: this program,
// started with workerEnv set and the analyzer flags (toolArgs), reads the
// names of vet config files on its standard input, one per line, analyses
// each package in turn (runner.go) and answers on its standard output in
// a line protocol: one line per finding, failure, type error and module
// scan observation, each a prefix and a JSON value, then a done line. A
// worker lives for the whole run, so the process start, the heap's growth
// and the analyzers' initialisation are paid once per worker, not once per
// package; a worker that dies costs the package it was analysing a
// failure, and the next package a new worker.
const (
	workerEnv      = "SESSIONLINT_WORKER"
	findingPrefix  = "sessionlint-finding: "  // an output.Diagnostic
	failurePrefix  = "sessionlint-failure: "  // a string: an analyzer failed
	errorPrefix    = "sessionlint-error: "    // a string: a parse or type error
	observedPrefix = "sessionlint-observed: " // a modulescan.Observation
	doneLine       = "sessionlint-done"
)

// isWorker reports whether the standalone driver started this process as
// a worker.
func isWorker() bool { return os.Getenv(workerEnv) == "1" }

// toolMain runs this process as a tool of a driver, and exits: a worker
// of the standalone driver, or go vet's -vettool.
func toolMain(args []string, reg lint.Registry, needsFacts factPolicy) {
	if isWorker() {
		os.Exit(workerMain(args, reg, os.Stdin, os.Stdout))
	}
	vetMain(args, reg, needsFacts)
}

// workerMain is a worker's loop; args are the analyzer flags.
func workerMain(args []string, reg lint.Registry, stdin io.Reader, stdout io.Writer) int {
	fs := flag.NewFlagSet(progname, flag.ContinueOnError)
	enabled := analyzerFlags(fs, reg.Analyzers())
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(os.Stderr, "%s: worker: %v\n", progname, err)
		return ExitInternal
	}
	selected := selectAnalyzers(reg, enabled)

	w := bufio.NewWriter(stdout)
	var mu sync.Mutex
	emit := func(prefix string, v any) {
		data, err := json.Marshal(v)
		if err != nil {
			data, _ = json.Marshal(err.Error())
			prefix = failurePrefix
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s%s\n", prefix, data)
	}
	// What the module scan answered, once per query and package, for the
	// result cache (see cache.go).
	var seen map[string]bool
	modulescan.SetObserver(func(o modulescan.Observation) {
		key := o.Query + "\x00" + strings.Join(o.Args, "\x00") + "\x00" + o.Root
		mu.Lock()
		dup := seen[key]
		seen[key] = true
		mu.Unlock()
		if !dup {
			emit(observedPrefix, o)
		}
	})
	report := &unitReport{
		finding: func(d output.Diagnostic) { emit(findingPrefix, d) },
		failure: func(msg string) { emit(failurePrefix, msg) },
	}

	known := newImportCache()
	in := bufio.NewScanner(stdin)
	for in.Scan() {
		mu.Lock()
		seen = map[string]bool{}
		mu.Unlock()
		report.typeErrs = nil
		if err := analyseConfig(in.Text(), selected, report, known); err != nil {
			emit(failurePrefix, err.Error())
		}
		for _, line := range report.typeErrs {
			emit(errorPrefix, line)
		}
		fmt.Fprintln(w, doneLine)
		if err := w.Flush(); err != nil {
			return ExitInternal // the driver is gone
		}
	}
	return ExitClean
}

// analyseConfig analyses the package of one vet config file, turning a
// panic outside the analyzers (which runUnit contains) into an error.
func analyseConfig(cfgFile string, analyzers []*analysis.Analyzer, report *unitReport, known *importCache) (err error) {
	cfg, err := readUnitConfig(cfgFile)
	if err != nil {
		return err
	}
	edits, err := readEdits(cfgFile)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analysing package %s: internal error: %s", cfg.ImportPath, oneLine(fmt.Sprint(r)))
		}
	}()
	if err := runUnit(cfg, edits, analyzers, !cfg.VetxOnly, report, known.forConfig(cfg)); err != nil {
		return fmt.Errorf("analysing package %s: %v", cfg.ImportPath, oneLine(err.Error()))
	}
	return nil
}

// A worker is the driver's side of a worker process.
type worker struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout *bufio.Scanner
	stderr *tailBuffer
}

// startWorker starts a worker process running the tool with args.
func startWorker(ctx context.Context, t tool, args []string) (*worker, error) {
	cmd := exec.CommandContext(ctx, t.command[0], append(t.command[1:len(t.command):len(t.command)], args...)...)
	cmd.Env = append(append(os.Environ(), workerEnv+"=1"), t.env...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	w := &worker{cmd: cmd, stdin: stdin, stdout: bufio.NewScanner(stdout), stderr: &tailBuffer{}}
	w.stdout.Buffer(nil, 64<<20) // a finding's JSON may be long
	cmd.Stderr = w.stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return w, nil
}

// analyse has the worker analyse the unit, and reports whether the worker
// is still alive.
func (w *worker) analyse(u *unit) bool {
	if _, err := fmt.Fprintln(w.stdin, u.cfgFile); err == nil {
		for w.stdout.Scan() {
			line := w.stdout.Text()
			if line == doneLine {
				return true
			}
			u.absorb(line)
		}
	}
	w.close()
	msg := strings.TrimSpace(w.stderr.String())
	if msg == "" {
		msg = w.cmd.ProcessState.String()
	}
	u.failures = append(u.failures, fmt.Sprintf("analysing package %s: the analysis process ended: %s", u.pkg.PkgPath, oneLine(msg)))
	return false
}

// close ends the worker: at the end of its input it exits.
func (w *worker) close() {
	w.stdin.Close()
	w.cmd.Wait()
}

// absorb reads one line of the protocol into the unit's results.
func (u *unit) absorb(line string) {
	prefix, data, _ := strings.Cut(line, ": ")
	var err error
	switch prefix + ": " {
	case findingPrefix:
		var d output.Diagnostic
		if err = json.Unmarshal([]byte(data), &d); err == nil {
			u.findings = append(u.findings, d)
		}
	case failurePrefix:
		var msg string
		if err = json.Unmarshal([]byte(data), &msg); err == nil {
			u.failures = append(u.failures, msg)
		}
	case errorPrefix:
		var msg string
		if err = json.Unmarshal([]byte(data), &msg); err == nil {
			u.errs = append(u.errs, msg)
		}
	case observedPrefix:
		var o modulescan.Observation
		if err = json.Unmarshal([]byte(data), &o); err == nil {
			u.observed = append(u.observed, o)
		}
	default:
		err = fmt.Errorf("unexpected output %q", line)
	}
	if err != nil {
		u.failures = append(u.failures, fmt.Sprintf("analysing package %s: %v", u.pkg.PkgPath, err))
	}
}

// A tailBuffer keeps the last few kilobytes written to it (a worker's
// standard error, for the message when it dies).
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

const tailSize = 4 << 10

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if len(b.buf) > tailSize {
		b.buf = b.buf[len(b.buf)-tailSize:]
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}
