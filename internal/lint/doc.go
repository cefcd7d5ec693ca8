package lint

import (
	"fmt"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"strings"
	"sync"
)

// Doc extracts an analyzer's documentation from the source of its doc.go,
// which is embedded by the analyzer package. The package comment must hold
// a section headed "# Analyzer <name>"; the text from the line after the
// heading to the next heading of the same level is the analyzer's Doc. Its
// first line is the summary "<name>: ...".
func Doc(source, name string) string {
	text := packageComment(source)
	heading := "# Analyzer " + name
	i := strings.Index(text, heading)
	if i < 0 {
		panic(fmt.Sprintf("lint.Doc: doc.go of %s has no %q section", name, heading))
	}
	body := text[i+len(heading):]
	if j := strings.Index(body, "\n# "); j >= 0 {
		body = body[:j]
	}
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, name+":") {
		panic(fmt.Sprintf("lint.Doc: the %q section must start with %q", heading, name+":"))
	}
	return body
}

// Manual returns the whole package comment of an analyzer's doc.go: what
// `sessionlint -explain <name>` prints.
func Manual(source string) string { return packageComment(source) }

// packageComment returns the package comment of a doc.go source. Doc and
// Manual both need it, at init time of every process (the vet tool starts
// once per package), so each source is parsed once.
func packageComment(source string) string {
	commentsMu.Lock()
	defer commentsMu.Unlock()
	if text, ok := comments[source]; ok {
		return text
	}
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", source, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		panic(fmt.Sprintf("lint: parsing doc.go: %v", err))
	}
	text := ""
	if f.Doc != nil {
		text = f.Doc.Text()
	}
	comments[source] = text
	return text
}

var (
	commentsMu sync.Mutex
	comments   = map[string]string{}
)

// helpLimit bounds the help of a SARIF rule: GitHub code scanning shows it
// in the alert and truncates long texts, so it stays well below that.
const helpLimit = 4000

// Help returns an analyzer's help for code scanning, as plain text and as
// Markdown: its Doc (the manual's first section: what is reported and
// why), then a pointer to the whole manual at url. A Doc longer than the
// limit is cut at a paragraph.
func Help(doc, url string) (text, markdown string) {
	for len(doc) > helpLimit {
		i := strings.LastIndex(doc[:helpLimit], "\n\n")
		if i < 0 {
			doc = doc[:helpLimit]
			break
		}
		doc = doc[:i]
	}
	var p comment.Parser
	d := p.Parse(doc)
	var pr comment.Printer
	text = strings.TrimRight(string(pr.Text(d)), "\n")
	markdown = strings.TrimRight(string(pr.Markdown(d)), "\n")
	if url != "" {
		text += "\n\nThe manual (how to fix, examples, what is not reported): " + url
		markdown += "\n\nThe [manual](" + url + ") says how to fix it, with examples and what is not reported."
	}
	return text, markdown
}
