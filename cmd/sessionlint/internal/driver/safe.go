package driver

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// debugEnabled reports whether SESSIONLINT_DEBUG=1 asks for stack traces.
func debugEnabled() bool { return os.Getenv("SESSIONLINT_DEBUG") == "1" }

// A panicError is an analyzer's panic turned into its error.
type panicError struct {
	analyzer, pkg string
	value         any
	stack         []byte
}

func (e *panicError) Error() string {
	msg := fmt.Sprintf("analyzer %s panicked on package %s: %s", e.analyzer, e.pkg, oneLine(fmt.Sprint(e.value)))
	if debugEnabled() {
		msg += "\n" + string(e.stack)
	}
	return msg
}

// oneLine joins the lines of s, so that every error is one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// safe returns copies of the analyzers, and of everything they require,
// whose Run turns a panic into an error, and hands every error (a panic
// or a returned one) to failed, when it is not nil. Both drivers (checker and
// unitchecker) run analyzers on goroutines of their own, where a panic
// would kill the process with a stack trace; with the copies, one broken
// analyzer fails alone and the others go on.
//
// The copies are a consistent graph: each copy requires copies, so the
// drivers key their results by the copies, and the wrapper translates
// Pass.ResultOf and Pass.Analyzer back to the originals, which is what
// the analyzers' own code looks up.
func safe(analyzers []*analysis.Analyzer, failed func(msg string)) []*analysis.Analyzer {
	copies := map[*analysis.Analyzer]*analysis.Analyzer{}
	var wrap func(a *analysis.Analyzer) *analysis.Analyzer
	wrap = func(orig *analysis.Analyzer) *analysis.Analyzer {
		if c, ok := copies[orig]; ok {
			return c
		}
		c := new(analysis.Analyzer)
		*c = *orig
		copies[orig] = c
		c.Requires = make([]*analysis.Analyzer, len(orig.Requires))
		for i, req := range orig.Requires {
			c.Requires[i] = wrap(req)
		}
		originals := make(map[*analysis.Analyzer]*analysis.Analyzer, len(orig.Requires))
		for i, req := range orig.Requires {
			originals[c.Requires[i]] = req
		}
		c.Run = func(pass *analysis.Pass) (any, error) {
			p := *pass
			p.Analyzer = orig
			p.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
			for k, v := range pass.ResultOf {
				if o, ok := originals[k]; ok {
					k = o
				}
				p.ResultOf[k] = v
			}
			result, err := runContained(orig, &p)
			if err != nil && failed != nil {
				failed(failure(orig.Name, pkgPath(pass), err))
			}
			return result, err
		}
		return c
	}
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		out[i] = wrap(a)
	}
	return out
}

// runContained runs a on the pass, turning a panic into its error (a
// *panicError), so that one broken analyzer fails alone.
func runContained(a *analysis.Analyzer, pass *analysis.Pass) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, &panicError{analyzer: a.Name, pkg: pkgPath(pass), value: r, stack: debug.Stack()}
		}
	}()
	return a.Run(pass)
}

// pkgPath is the path of the pass's package, "?" when it has none.
func pkgPath(pass *analysis.Pass) string {
	if pass.Pkg == nil {
		return "?"
	}
	return pass.Pkg.Path()
}

// failure describes an analyzer's error in one line (a panic's stack
// follows on further lines with SESSIONLINT_DEBUG=1).
func failure(analyzer, pkg string, err error) string {
	if perr, ok := err.(*panicError); ok {
		return perr.Error()
	}
	return fmt.Sprintf("analyzer %s failed on package %s: %s", analyzer, pkg, oneLine(err.Error()))
}
