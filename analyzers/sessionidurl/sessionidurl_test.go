package sessionidurl_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/sessionidurl"
	"github.com/sessionlint/sessionlint/internal/stubs"
)

func TestSessionIDURL(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionidurl.Analyzer, "idurl", "onetime", "beegoprodoff")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, stubs.TestData(t, analysistest.TestData()), sessionidurl.Analyzer, "gsfix")
}
