package sessionfixation_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/sessionfixation"
)

func TestSCS(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sessionfixation.Analyzer, "scsapp")
}

func TestGorilla(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sessionfixation.Analyzer, "gorillaapp")
}
