package cookies_test

import (
	"fmt"
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

// serverDump reports each framework server's session cookie at the call
// that makes the server, with where it is configured: analysistest takes
// expectations from Go files only.
var serverDump = &analysis.Analyzer{
	Name:     "serverdump",
	Doc:      "report every server cookie site (test only)",
	Requires: []*analysis.Analyzer{cookies.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[cookies.Analyzer].(*cookies.Result)
		for _, s := range res.Sites {
			if s.Server == nil || len(s.Sends) == 0 {
				continue
			}
			where := "code"
			if s.ConfigFile != "" {
				where = fmt.Sprintf("%s:%d", s.ConfigFile, pass.Fset.Position(s.Pos).Line)
			}
			if s.ConfigExample {
				where += " (example)"
			}
			pass.Reportf(s.Sends[0].Pos, "server %s: %s %s", s.Lib.Name, where, s.Sends[0].Attrs)
		}
		return nil, nil
	},
}

// TestServerConfigFiles reads the configuration files the fixtures ship:
// beego's conf/app.conf (top-level keys, then the run mode's section;
// values taken from the environment; settings the code writes) and
// GoFrame's example configuration when the module has no real one.
func TestServerConfigFiles(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), serverDump, "beegoconf", "beegoconfcode", "beegomodes", "beegomodeenv", "beegocodesamesite", "goframeconf", "goframectx", "beegootherconf", "beegoonenv", "beegooffenv")
}

func TestFacts(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), cookies.Analyzer, "facts")
}
