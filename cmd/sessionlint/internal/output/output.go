package output

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Format names accepted by Write (and by sessionlint -format).
const (
	Text   = "text"
	JSON   = "json"
	SARIF  = "sarif"
	GitHub = "github"
)

// Formats lists every format Write accepts, in the order the usage shows.
var Formats = []string{Text, JSON, SARIF, GitHub}

// A Report is everything a formatter needs: the findings, the analyzers
// that could have reported them, and the directory paths are relative to.
type Report struct {
	// Root is the absolute working directory. Files inside it are printed
	// relative to it (text, JSON).
	Root string
	// PathRoot is the absolute directory annotations and SARIF locations
	// are relative to (SARIF's %SRCROOT%): the repository's root, so that
	// GitHub attaches them to the right files whatever the working
	// directory. "" means Root.
	PathRoot string
	// Failure, when not "", says why the analysis could not run (or not
	// completely): SARIF then records an unsuccessful invocation, JSON
	// lists it in "errors", the GitHub format prints an ::error command.
	Failure string
	// Errors are the problems behind Failure, one each, with a position
	// where they have one (a type error): "file:line:col: message" lines
	// are parsed by ParseErrors. Failure alone is used when Errors is empty.
	Errors []Error
	// ToolVersion is the version of sessionlint, if known (SARIF only).
	ToolVersion string
	// Rules lists every analyzer, in registry order (SARIF rules).
	Rules []Rule
	// Diagnostics are the findings; Write sorts and de-duplicates them.
	Diagnostics []Diagnostic
	// ReadFile reads a source file, used to convert byte columns into the
	// UTF-16 columns SARIF expects. Nil means os.ReadFile; if reading fails
	// the byte column is kept.
	ReadFile func(string) ([]byte, error)
}

// An Error is a problem that kept code from being analysed: a package
// that does not load or type-check, a failed analyzer. Posn is nil when it
// has no position.
type Error struct {
	Message string
	Posn    *Range
}

// errorLine matches "file:line:col: message" and "file:line: message".
var errorLine = regexp.MustCompile(`^(.+?):(\d+)(?::(\d+))?: (.*)$`)

// ParseErrors turns the lines of an error report into Errors: a line
// "file:line[:col]: message" gets a position (file relative to dir when not
// absolute), any other line is a message alone.
func ParseErrors(dir string, lines []string) []Error {
	var errs []Error
	for _, line := range lines {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		m := errorLine.FindStringSubmatch(line)
		if m == nil || strings.Contains(m[1], " ") {
			errs = append(errs, Error{Message: line})
			continue
		}
		file := m[1]
		if !filepath.IsAbs(file) && dir != "" {
			file = filepath.Join(dir, file)
		}
		ln, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		pt := Point{Line: ln, Column: max(col, 1), Offset: -1}
		errs = append(errs, Error{Message: m[4], Posn: &Range{File: file, Start: pt, End: pt}})
	}
	return errs
}

// failures returns the report's errors: Errors, or Failure as one error
// without position; nil when the run succeeded.
func (r *Report) failures() []Error {
	if len(r.Errors) > 0 {
		return r.Errors
	}
	if r.Failure != "" {
		return []Error{{Message: r.Failure}}
	}
	return nil
}

// A Rule describes one analyzer.
type Rule struct {
	Name    string   // analysis.Analyzer.Name
	Summary string   // first line of Doc, without the "name: " prefix
	Doc     string   // analysis.Analyzer.Doc
	URL     string   // analysis.Analyzer.URL
	CWE     []string // e.g. "CWE-384"
	Default bool     // runs when no analyzer is selected
	// Severity is the security severity (0-10) code scanning ranks
	// alerts by; 0 means none is given.
	Severity float64
	// Precision is "very-high", "high", "medium", "low" or "".
	Precision string
	// HelpText and HelpMarkdown are the rule's help (lint.Help).
	HelpText, HelpMarkdown string
}

// A Diagnostic is one finding, with positions already resolved.
type Diagnostic struct {
	Analyzer string
	Category string
	Message  string
	URL      string
	CWE      []string
	Posn     Range
	Related  []Related
	Fixes    []Fix
}

// A Range is a span of a file. File is an absolute path (or a path
// relative to Report.Root). End equals Start when the diagnostic has no end.
type Range struct {
	File       string
	Start, End Point
}

// A Point is a position in a file: 1-based line and byte column, and
// 0-based byte offset (-1 when unknown).
type Point struct {
	Line, Column, Offset int
}

// Related is secondary information attached to a diagnostic.
type Related struct {
	Message string
	Posn    Range
}

// A Fix is a suggested fix: edits to be applied together.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the text in [Start, End) of Posn.File with NewText.
type Edit struct {
	Posn    Range
	NewText string
}

// Write prints r in the named format.
func Write(w io.Writer, format string, r *Report) error {
	diags := Sorted(r.Diagnostics)
	switch format {
	case Text:
		return writeText(w, r, diags)
	case JSON:
		return writeJSON(w, r, diags)
	case SARIF:
		return writeSARIF(w, r, diags)
	case GitHub:
		return writeGitHub(w, r, diags)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// Sorted returns diags sorted by file, line, column, analyzer and
// message, without duplicates (the same finding reported in a package and
// in its test variant).
func Sorted(diags []Diagnostic) []Diagnostic {
	out := slices.Clone(diags)
	slices.SortStableFunc(out, compare)
	return slices.CompactFunc(out, func(a, b Diagnostic) bool {
		return compare(a, b) == 0 && a.Posn == b.Posn && a.Category == b.Category
	})
}

func compare(a, b Diagnostic) int {
	return cmp.Or(
		cmp.Compare(a.Posn.File, b.Posn.File),
		cmp.Compare(a.Posn.Start.Line, b.Posn.Start.Line),
		cmp.Compare(a.Posn.Start.Column, b.Posn.Start.Column),
		cmp.Compare(a.Analyzer, b.Analyzer),
		cmp.Compare(a.Message, b.Message),
	)
}

// rel returns file relative to root when it lies inside root, and file
// unchanged otherwise. inside reports which.
func rel(root, file string) (path string, inside bool) {
	if root == "" || !filepath.IsAbs(file) {
		return file, !filepath.IsAbs(file)
	}
	r, err := filepath.Rel(root, file)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return file, false
	}
	return r, true
}

// fromPathRoot returns file relative to the report's PathRoot (Root when
// unset), with forward slashes, and whether it lies inside it.
func (r *Report) fromPathRoot(file string) (string, bool) {
	root := cmp.Or(r.PathRoot, r.Root)
	if !filepath.IsAbs(file) && r.Root != "" {
		file = filepath.Join(r.Root, file)
	}
	p, inside := rel(root, file)
	return filepath.ToSlash(p), inside
}

// display is the file name shown to people: relative when inside root.
func display(root, file string) string {
	p, _ := rel(root, file)
	return p
}

func (r *Report) readFile(name string) ([]byte, error) {
	if r.ReadFile != nil {
		return r.ReadFile(name)
	}
	return os.ReadFile(name)
}
