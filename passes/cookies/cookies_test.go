package cookies_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/internal/stubs"
	"github.com/sessionlint/sessionlint/passes/cookies"
)

// dump reports every cookie site with its String form, so fixtures can
// state what the pass computes.
var dump = &analysis.Analyzer{
	Name:     "cookiedump",
	Doc:      "report every cookie site (test only)",
	Requires: []*analysis.Analyzer{cookies.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[cookies.Analyzer].(*cookies.Result)
		for _, s := range res.Sites {
			pass.Reportf(s.Pos, "%s", s)
		}
		return nil, nil
	},
}

func TestSites(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), dump, "nethttp", "frameworks", "configs", "robust")
}

func TestFacts(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), cookies.Analyzer, "facts")
}
