package sessionadoption_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/sessionadoption"
	"github.com/sessionlint/sessionlint/internal/stubs"
)

func TestSessionAdoption(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionadoption.Analyzer, "adopt", "goframeadopts", "goframerenews", "signedtoken")
}

// TestFiberVersion runs on a GOPATH whose path carries a module version,
// as the module cache's does: fiber's session.New from v2.52.4 adopts. The
// GOPATH is testdata/fiber@v2.52.4 itself, not internal/stubs, because the
// version is read from the stub's own path.
func TestFiberVersion(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "fiber@v2.52.4"), sessionadoption.Analyzer, "oldfiber")
}

// TestVersionFromGoMod: without a version in the library's file paths
// (vendoring, a replace by a directory), the module's go.mod says which
// fiber is selected.
func TestVersionFromGoMod(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionadoption.Analyzer, "fixedfiber")
}
