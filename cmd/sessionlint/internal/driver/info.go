package driver

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/output"
	"github.com/sessionlint/sessionlint/internal/lint"
)

// summary is the first line of an analyzer's Doc without the "name: "
// prefix that lint.Doc guarantees.
func summary(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(a.Doc, "\n")
	return strings.TrimSpace(strings.TrimPrefix(first, a.Name+":"))
}

// list prints one line per analyzer: name, default, CWE, summary.
func (e env) list(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tDEFAULT\tCWE\tSUMMARY")
	for _, c := range e.registry {
		a, meta := c.Analyzer, c.Meta
		def := "off"
		if meta.Default {
			def = "on"
		}
		cwe := strings.Join(meta.CWE, ",")
		if cwe == "" {
			cwe = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", a.Name, def, cwe, summary(a))
	}
	tw.Flush()
}

// explain prints the manual of the named analyzer, then its flags.
func (e env) explain(w io.Writer, name string) bool {
	for _, c := range e.registry {
		a := c.Analyzer
		if a.Name != name {
			continue
		}
		manual := c.Meta.Manual
		if manual == "" {
			manual = a.Doc
		}
		fmt.Fprintln(w, strings.TrimRight(manual, "\n"))
		var flags []string
		a.Flags.VisitAll(func(f *flag.Flag) {
			flags = append(flags, fmt.Sprintf("  -%s.%s (default %q)\n    \t%s\n", a.Name, f.Name, f.DefValue, f.Usage))
		})
		if len(flags) > 0 {
			fmt.Fprintf(w, "\nFlags:\n%s", strings.Join(flags, ""))
		}
		if a.URL != "" {
			fmt.Fprintf(w, "\nOnline: %s\n", a.URL)
		}
		return true
	}
	return false
}

// rules describes every analyzer for the SARIF log.
func (e env) rules() []output.Rule {
	rules := make([]output.Rule, len(e.registry))
	for i, c := range e.registry {
		a, meta := c.Analyzer, c.Meta
		rules[i] = output.Rule{
			Name:      a.Name,
			Summary:   summary(a),
			Doc:       a.Doc,
			URL:       a.URL,
			CWE:       meta.CWE,
			Default:   meta.Default,
			Severity:  meta.Severity,
			Precision: meta.Precision,
		}
		rules[i].HelpText, rules[i].HelpMarkdown = lint.Help(a.Doc, a.URL)
	}
	return rules
}
