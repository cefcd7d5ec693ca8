package sessionfixation_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/sessionfixation"
)

// libraries are the fixture packages, one or more per library. They are
// analysed in one run: loading the fixtures dominates the test's time.
var libraries = []string{
	"scsapp", "gorillaapp", "ginapp", "gincookie", "echoapp", "echocookie",
	"fiberapp", "fiber3app", "beegoapp", "gosessionapp", "irisapp",
	"gothicapp", "gothicserver", "buffaloapp", "buffalodefault", "handmade",
}

func TestLibraries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sessionfixation.Analyzer, libraries...)
}
