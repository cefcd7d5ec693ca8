// Package analyzers is the registry of sessionlint's user-facing analyzers.
// The binary, the golangci-lint plugin, the README table, the SARIF rules
// and the meta-tests all read All.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers/cookieflags"
	"github.com/sessionlint/sessionlint/analyzers/cookiescope"
	"github.com/sessionlint/sessionlint/analyzers/sessionadoption"
	"github.com/sessionlint/sessionlint/analyzers/sessionfixation"
	"github.com/sessionlint/sessionlint/analyzers/sessionidurl"
	"github.com/sessionlint/sessionlint/analyzers/weaksessionid"
)

// All lists every analyzer, in the order of the README table. Names are
// permanent: they are vet flags, JSON keys and suppression names.
var All = []*analysis.Analyzer{
	sessionfixation.Analyzer,
	cookieflags.Analyzer,
	sessionadoption.Analyzer,
	sessionidurl.Analyzer,
	weaksessionid.Analyzer,
	cookiescope.Analyzer,
}
