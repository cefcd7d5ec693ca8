package suppress

import (
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Wrap returns the Run of the analyzer named name with its diagnostics
// filtered: those in generated files, and those silenced by directives, are
// dropped; after it runs, the directives naming it that silenced nothing,
// and the malformed ones it is the designated reporter of, are reported.
// The analyzer must require Analyzer (internal/lint.New sees to both).
//
// Wrap also records name as an analyzer of the running program: a
// directive may name any of them, enabled or not, and one of them reports
// a malformed directive. A program knows its analyzers only as it
// constructs them, so this is the one piece of process-wide state
// suppression keeps; it is complete before any analyzer runs.
func Wrap(name string, run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	register(name)
	if run == nil {
		return nil // left for analysis.Validate to reject
	}
	return func(pass *analysis.Pass) (any, error) {
		res, ok := pass.ResultOf[Analyzer].(*Result)
		if !ok {
			return run(pass)
		}
		filter := res.Filter(name, Names, linked())
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			if filter.Keep(d) {
				report(d)
			}
		}
		defer func() { pass.Report = report }()
		result, err := run(pass)
		if err == nil {
			for _, d := range filter.Leftovers() {
				report(d)
			}
		}
		return result, err
	}
}

// program holds the names of the analyzers constructed in this program.
var program struct {
	sync.Mutex
	names []string
}

func register(name string) {
	program.Lock()
	defer program.Unlock()
	if !slices.Contains(program.names, name) {
		program.names = append(program.names, name)
	}
}

func linked() []string {
	program.Lock()
	defer program.Unlock()
	return slices.Clone(program.names)
}
