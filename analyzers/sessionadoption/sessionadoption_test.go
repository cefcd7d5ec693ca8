package sessionadoption_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/sessionadoption"
)

func TestSessionAdoption(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sessionadoption.Analyzer, "adopt")
}

// TestFiberVersion runs on a GOPATH whose path carries a module version,
// as the module cache's does: fiber's session.New from v2.52.4 adopts.
func TestFiberVersion(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "fiber@v2.52.4"), sessionadoption.Analyzer, "oldfiber")
}
