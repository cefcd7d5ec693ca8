// Package lint holds the one mechanism every sessionlint analyzer is built
// with: New wraps an analyzer so that its diagnostics carry the manual's URL,
// honour //sessionlint:ignore directives and skip generated files, in every
// driver (go vet, standalone, golangci-lint). It also holds Meta and
// Registry (what the command knows of an analyzer besides its
// analysis.Analyzer, and a program's list of analyzers) and AndList, the
// list wording the analyzers' messages share.
package lint

import (
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/suppress"
)

// DocBase is where every analyzer's manual lives in the repository.
const DocBase = "https://github.com/sessionlint/sessionlint/blob/main/analyzers/"

// Meta is what the registry, the README table and the SARIF rules know of
// an analyzer besides its analysis.Analyzer.
type Meta struct {
	// CWE lists the weaknesses the analyzer finds, e.g. "CWE-384".
	CWE []string
	// CategoryCWE maps a diagnostic category (one word of a
	// comma-separated Category) to the weakness it reports, when the
	// analyzer's categories name different weaknesses (cookieflags'
	// httponly is CWE-1004, secure CWE-614).
	CategoryCWE map[string]string
	// Default reports whether the analyzer runs when none is selected.
	Default bool
	// Manual is the analyzer's whole manual (the package comment of its
	// doc.go, see Manual); `sessionlint -explain` prints it.
	Manual string
	// Severity is the analyzer's security severity on the CVSS-like 0-10
	// scale GitHub code scanning reads (SARIF security-severity: 9.0 and
	// above critical, 7.0 high, 4.0 medium, below low); see Severities.
	Severity float64
	// Precision is how often a report is right, in SARIF's words:
	// "very-high", "high", "medium" or "low".
	Precision string
}

// The severities of the analyzers, on one scale (the README's "In CI"
// explains it):
// a bug that hands the attacker a logged-in session outright is high; one
// that exposes the session ID to theft (script, network, a shared log) is
// medium; one that widens who receives the cookie is low.
const (
	SeverityTakeover  = 8.1 // fixation, adoption: the attacker rides the victim's login
	SeverityGuessable = 7.5 // predictable session IDs: guessed, no victim action needed
	SeverityExposure  = 5.3 // a missing HttpOnly/Secure/SameSite, an ID in a URL
	SeverityScope     = 3.7 // a Domain or prefix that widens who gets the cookie
)

// New completes a user-facing analyzer: it sets URL from the analyzer's name
// and wraps Run so that suppression and generated-file rules apply.
func New(a *analysis.Analyzer) *analysis.Analyzer {
	if a.URL == "" {
		a.URL = DocBase + a.Name + "/doc.go"
	}
	if !slices.Contains(a.Requires, suppress.Analyzer) {
		a.Requires = append(a.Requires, suppress.Analyzer)
	}
	a.Run = suppress.Wrap(a.Name, a.Run)
	return a
}

// Checker is one analyzer of a program, with its metadata.
type Checker struct {
	Analyzer *analysis.Analyzer
	Meta     Meta
}

// Registry is a program's analyzers, in the order they are listed to the
// user. sessionlint's is analyzers.Registry; the command, the plugin, the
// README table and the SARIF rules read it.
type Registry []Checker

// Analyzers returns the registry's analyzers.
func (r Registry) Analyzers() []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(r))
	for i, c := range r {
		out[i] = c.Analyzer
	}
	return out
}

// Meta returns the metadata of the named analyzer, the zero Meta when the
// registry has none of that name.
func (r Registry) Meta(name string) Meta {
	for _, c := range r {
		if c.Analyzer.Name == name {
			return c.Meta
		}
	}
	return Meta{}
}

// AndList joins items as an English list for a diagnostic's message:
// "a", "a and b", "a, b and c".
func AndList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// CWEOf returns the weaknesses one diagnostic of the analyzer reports: those
// of the words of its category (CategoryCWE), in order and once each, or the
// analyzer's whole list when no word is mapped; none for the reports about
// suppression directives.
func (m Meta) CWEOf(category string) []string {
	if category == suppress.Category {
		return nil // a malformed or unused directive is no weakness
	}
	var out []string
	for word := range strings.SplitSeq(category, ",") {
		if cwe, ok := m.CategoryCWE[strings.TrimSpace(word)]; ok && !slices.Contains(out, cwe) {
			out = append(out, cwe)
		}
	}
	if len(out) == 0 {
		return m.CWE
	}
	return out
}
