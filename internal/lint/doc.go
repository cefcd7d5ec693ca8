package lint

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// Doc extracts an analyzer's documentation from the source of its doc.go,
// which is embedded by the analyzer package. The package comment must hold
// a section headed "# Analyzer <name>"; the text from the line after the
// heading to the next heading of the same level is the analyzer's Doc. Its
// first line is the summary "<name>: ...".
func Doc(source, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", source, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		panic(fmt.Sprintf("lint.Doc: %v", err))
	}
	text := docText(f)
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
func Manual(source string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", source, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		panic(fmt.Sprintf("lint.Manual: %v", err))
	}
	return docText(f)
}

func docText(f *ast.File) string {
	if f.Doc == nil {
		return ""
	}
	return f.Doc.Text()
}
