package weaksessionid

import (
	_ "embed"
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/passes/valueflow"
	"github.com/sessionlint/sessionlint/passes/valueflow/idsinks"
)

//go:embed doc.go
var doc string

// Config is the analyzer's configuration.
type Config = idsinks.Config

// Analyzer is the weaksessionid analyzer with its default configuration.
var Analyzer = New(Config{})

// Meta is what the registry knows of the analyzer.
var Meta = lint.Meta{CWE: []string{"CWE-330"}, Default: true, Manual: lint.Manual(doc), Severity: lint.SeverityGuessable, Precision: "high"}

// New returns the analyzer for cfg; its -names flag sets cfg.Names.
func New(cfg Config) *analysis.Analyzer {
	return lint.New(idsinks.Define("weaksessionid", lint.Doc(doc, "weaksessionid"), cfg, check))
}

func check(in *idsinks.Input) {
	c := &checker{pass: in.Pass, cfg: in.Cfg, vf: in.Flow, reported: map[token.Pos]bool{}, fixed: map[any]bool{}}
	for _, s := range in.Sinks.Sinks {
		c.sink(s)
	}
}

type checker struct {
	pass     *analysis.Pass
	cfg      *Config
	vf       *valueflow.Result
	reported map[token.Pos]bool
	fixed    map[any]bool
}

// sink reports the predictable origins of what becomes a session ID at s.
// A value that derives from the parameters of the function holding the
// sink is judged per call of that function.
func (c *checker) sink(s *idsinks.Sink) {
	var sets []valueflow.Origins
	switch s.Kind {
	case idsinks.SinkCookie:
		if !c.cfg.IsSessionName(s.Name) {
			return
		}
		sets = c.vf.ByCallerExcept(s.Value, s.DeletedBy)
	case idsinks.SinkStore:
		if !s.Sessionish {
			return
		}
		sets = c.vf.ByCallerExcept(s.Value, s.DeletedBy)
	case idsinks.SinkIDField:
		sets = c.vf.ByCallerExcept(s.Value, s.DeletedBy)
	case idsinks.SinkGenerator, idsinks.SinkNamed:
		results, ok := c.vf.FuncResults(s.Func, s.Pos)
		if !ok || len(results) == 0 {
			return
		}
		sets = results[:1]
	}
	for _, os := range sets {
		if !os.Predictable() {
			continue
		}
		for _, o := range os.Of(valueflow.Predictable) {
			if c.reported[o.Pos] || !o.Pos.IsValid() {
				continue
			}
			c.reported[o.Pos] = true
			c.report(o, s)
		}
	}
}

func (c *checker) report(o valueflow.Origin, s *idsinks.Sink) {
	pos, end := c.vf.Range(o)
	d := analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: category(o.Kind),
		Message: fmt.Sprintf("session ID built from %s is predictable: it becomes %s; generate session IDs with crypto/rand (rand.Text())",
			o, s.Desc),
	}
	if s.Pos != pos {
		d.Related = []analysis.RelatedInformation{{Pos: s.Pos, Message: "it becomes " + s.Desc + " here"}}
	}
	if !o.Imported() {
		if fix, key, ok := cryptoFix(c.pass, c.vf, o.Pos); ok && !c.fixed[key] {
			c.fixed[key] = true
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	c.pass.Report(d)
}

func category(k valueflow.Kind) string {
	switch {
	case k&valueflow.MathRand != 0:
		return "mathrand"
	case k&valueflow.Time != 0:
		return "time"
	case k&valueflow.Counter != 0:
		return "counter"
	case k&valueflow.PID != 0:
		return "pid"
	}
	return "predictable"
}
