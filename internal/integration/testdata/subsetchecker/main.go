// Command subsetchecker links two of sessionlint's analyzers into one
// multichecker, as a team's own driver or rules_go's nogo does: directives
// naming the analyzers it does not link must stay valid.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/sessionlint/sessionlint/analyzers/cookieflags"
	"github.com/sessionlint/sessionlint/analyzers/sessionfixation"
)

func main() { multichecker.Main(cookieflags.Analyzer, sessionfixation.Analyzer) }
