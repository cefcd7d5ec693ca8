package weaksessionid

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/lint"
)

//go:embed doc.go
var doc string

// Analyzer is the weaksessionid analyzer with its default configuration.
var Analyzer = lint.New(&analysis.Analyzer{
	Name: "weaksessionid",
	Doc:  lint.Doc(doc, "weaksessionid"),
	Run:  run,
}, lint.Meta{CWE: []string{"CWE-330"}, Default: true, Manual: lint.Manual(doc)})

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
