// Package analyzers is the registry of sessionlint's user-facing analyzers.
// The binary, the golangci-lint plugin, the README table, the SARIF rules
// and the meta-tests all read Registry (or All, its analyzers).
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers/cookieflags"
	"github.com/sessionlint/sessionlint/analyzers/cookiescope"
	"github.com/sessionlint/sessionlint/analyzers/sessionadoption"
	"github.com/sessionlint/sessionlint/analyzers/sessionfixation"
	"github.com/sessionlint/sessionlint/analyzers/sessionidurl"
	"github.com/sessionlint/sessionlint/analyzers/weaksessionid"
	"github.com/sessionlint/sessionlint/internal/lint"
)

// Registry lists every analyzer with its metadata, in the order of the
// README table. Names are permanent: they are vet flags, JSON keys and
// suppression names.
var Registry = lint.Registry{
	{Analyzer: sessionfixation.Analyzer, Meta: sessionfixation.Meta},
	{Analyzer: cookieflags.Analyzer, Meta: cookieflags.Meta},
	{Analyzer: sessionadoption.Analyzer, Meta: sessionadoption.Meta},
	{Analyzer: sessionidurl.Analyzer, Meta: sessionidurl.Meta},
	{Analyzer: weaksessionid.Analyzer, Meta: weaksessionid.Meta},
	{Analyzer: cookiescope.Analyzer, Meta: cookiescope.Meta},
}

// All is the registry's analyzers.
var All []*analysis.Analyzer = Registry.Analyzers()
