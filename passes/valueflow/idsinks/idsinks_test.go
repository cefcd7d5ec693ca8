package idsinks_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/passes/valueflow/idsinks"
)

// probe reports every sink and use idsinks finds.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report idsinks' sinks and uses",
	Requires: []*analysis.Analyzer{idsinks.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[idsinks.Analyzer].(*idsinks.Result)
		for _, s := range res.Sinks {
			pass.Reportf(s.Pos, "sink %s: %s%s", s.Kind, s.Desc, sessionish(s.Kind == idsinks.SinkStore && s.Sessionish))
		}
		for _, u := range res.Uses {
			pass.Reportf(u.Pos, "use: %s%s", u.Desc, sessionish(u.Sessionish))
		}
		return nil, nil
	},
}

func sessionish(b bool) string {
	if b {
		return " (sessionish)"
	}
	return ""
}

func TestSinks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "sinks")
}
