package cookiescope_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/cookiescope"
	"github.com/sessionlint/sessionlint/internal/stubs"
)

func TestCookiescope(t *testing.T) {
	dir := stubs.TestData(t, analysistest.TestData())
	analysistest.Run(t, dir, cookiescope.Analyzer, "scope")
}

func TestFixes(t *testing.T) {
	dir := stubs.TestData(t, analysistest.TestData())
	analysistest.RunWithSuggestedFixes(t, dir, cookiescope.Analyzer, "fixes")
}
