package analyzers_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/suppress"
)

// TestNewRequiresSuppress checks that every registered analyzer is wired to
// the suppression pass, so that every driver applies the directives.
func TestNewRequiresSuppress(t *testing.T) {
	if err := analysis.Validate(analyzers.All); err != nil {
		t.Fatal(err)
	}
	for _, a := range analyzers.All {
		if !slices.Contains(a.Requires, suppress.Analyzer) {
			t.Errorf("%s does not require internal/suppress", a.Name)
		}
	}
}
