package sessionfixation

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/lint"
)

//go:embed doc.go
var doc string

// Analyzer is the sessionfixation analyzer with its default configuration.
var Analyzer = lint.New(&analysis.Analyzer{
	Name: "sessionfixation",
	Doc:  lint.Doc(doc, "sessionfixation"),
	Run:  run,
}, lint.Meta{CWE: []string{"CWE-384"}, Default: true, Manual: lint.Manual(doc)})

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
