package idsinks

import (
	"regexp"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"

	"github.com/sessionlint/sessionlint/internal/flagvalue"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// Config is the configuration shared by the analyzers built on this pass
// (sessionadoption, sessionidurl, weaksessionid).
type Config struct {
	// Names matches the names of session cookies and of query or form
	// parameters that carry a session ID; nil stands for
	// model.SessionCookieNames.
	Names *regexp.Regexp
}

// SessionNames returns Names, or the compiled model.SessionCookieNames
// when Names is nil.
func (c *Config) SessionNames() *regexp.Regexp {
	if c == nil || c.Names == nil {
		return valueflow.SessionNames()
	}
	return c.Names
}

// IsSessionName reports whether name names a session cookie or a
// parameter that carries a session ID.
func (c *Config) IsSessionName(name string) bool {
	return name != "" && c.SessionNames().MatchString(name)
}

// NamesUsage is the usage text of the -names flag.
const NamesUsage = "regular expression matching the names of session cookies and of query or form parameters that carry a session ID"

// Input is what such an analyzer's check receives for one package.
type Input struct {
	Pass  *analysis.Pass
	Cfg   *Config
	Flow  *valueflow.Result
	Sinks *Result
	SSA   *buildssa.SSA
}

// Define returns the definition of a user-facing analyzer on this pass,
// for lint.New to complete: named name, with the documentation doc, the
// configuration cfg bound to its -names flag, and check run on every
// package where a finding is possible.
func Define(name, doc string, cfg Config, check func(*Input)) *analysis.Analyzer {
	cfg.Names = cfg.SessionNames()
	a := &analysis.Analyzer{
		Name:     name,
		Doc:      doc,
		Requires: []*analysis.Analyzer{lazyssa.Analyzer, valueflow.Analyzer, Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			in := &Input{Pass: pass, Cfg: &cfg}
			in.Flow, _ = pass.ResultOf[valueflow.Analyzer].(*valueflow.Result)
			in.Sinks, _ = pass.ResultOf[Analyzer].(*Result)
			in.SSA, _ = pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
			if in.Flow == nil || in.Sinks == nil || in.SSA == nil || in.SSA.Pkg == nil || !lazyssa.Relevant(pass) {
				return nil, nil
			}
			check(in)
			return nil, nil
		},
	}
	// The empty -names restores the default.
	a.Flags.Var(flagvalue.NewRegexp(&cfg.Names, valueflow.SessionNames()), "names", NamesUsage)
	return a
}
