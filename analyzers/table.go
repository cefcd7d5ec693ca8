package analyzers

import (
	"fmt"
	"strings"
)

// Summary returns the first line of an analyzer's Doc without the
// "<name>: " prefix.
func Summary(doc, name string) string {
	line, _, _ := strings.Cut(doc, "\n")
	return strings.TrimSpace(strings.TrimPrefix(line, name+":"))
}

// MarkdownTable renders the README's table of analyzers from Registry.
func MarkdownTable() string {
	var b strings.Builder
	b.WriteString("| analyzer | what it reports | CWE | default |\n")
	b.WriteString("|---|---|---|---|\n")
	for _, c := range Registry {
		a, meta := c.Analyzer, c.Meta
		def := "on"
		if !meta.Default {
			def = "off"
		}
		fmt.Fprintf(&b, "| [`%s`](analyzers/%s/doc.go) | %s | %s | %s |\n",
			a.Name, a.Name, Summary(a.Doc, a.Name), strings.Join(meta.CWE, ", "), def)
	}
	return b.String()
}
