package sessionidurl_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/sessionidurl"
)

func TestSessionIDURL(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sessionidurl.Analyzer, "idurl")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), sessionidurl.Analyzer, "gsfix")
}
