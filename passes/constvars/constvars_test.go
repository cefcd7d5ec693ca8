package constvars_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/internal/stubs"
	"github.com/sessionlint/sessionlint/passes/constvars"
)

// TestFacts: the exported string variables that keep their constant value
// get a fact; those a flag, init or another package assign do not.
func TestFacts(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), constvars.Analyzer, "keyvars/keys", "keyvars")
}
