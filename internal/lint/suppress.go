package lint

import (
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/passes/suppress"
)

// withSuppression wraps an analyzer's Run so that diagnostics in generated
// files, and those silenced by //sessionlint:ignore directives, are dropped,
// and so that the directives naming the analyzer that silenced nothing, and
// the malformed ones it is the designated reporter of, are reported. The
// logic is in passes/suppress; this only swaps pass.Report during run.
func withSuppression(name string, run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	register(name)
	if run == nil {
		return nil // left for analysis.Validate to reject
	}
	return func(pass *analysis.Pass) (any, error) {
		res, ok := pass.ResultOf[suppress.Analyzer].(*suppress.Result)
		if !ok {
			return run(pass)
		}
		filter := res.Filter(name, Names, names())
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

// Names are sessionlint's analyzers: a directive may name any of them,
// whichever a program links (analyzers_test checks the list against
// analyzers.All).
var Names = []string{"cookieflags", "cookiescope", "sessionadoption", "sessionfixation", "sessionidurl", "weaksessionid"}

// known holds the names of every analyzer built with New in this program,
// enabled or not: directives may name these too, and one of them reports a
// malformed directive.
var known struct {
	sync.Mutex
	names []string
}

func register(name string) {
	known.Lock()
	defer known.Unlock()
	if !slices.Contains(known.names, name) {
		known.names = append(known.names, name)
	}
}

func names() []string {
	known.Lock()
	defer known.Unlock()
	return slices.Clone(known.names)
}
