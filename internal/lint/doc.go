package lint

import (
	"fmt"
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
