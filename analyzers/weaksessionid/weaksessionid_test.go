package weaksessionid_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/weaksessionid"
	"github.com/sessionlint/sessionlint/internal/stubs"
)

func TestWeakSessionID(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), weaksessionid.Analyzer, "weakid")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, stubs.TestData(t, analysistest.TestData()), weaksessionid.Analyzer, "weakfix")
}

func TestNamesFlag(t *testing.T) {
	a := weaksessionid.New(weaksessionid.Config{})
	if err := a.Flags.Set("names", "^auth$"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), a, "weakflags")
}
