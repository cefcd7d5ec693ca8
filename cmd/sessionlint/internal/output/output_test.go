package output

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// root is the synthetic working directory of the tests.
var root = filepath.FromSlash("/src/proj")

func file(name string) string { return filepath.Join(root, filepath.FromSlash(name)) }

func pt(line, col, off int) Point { return Point{Line: line, Column: col, Offset: off} }

// synthetic returns a report with diagnostics out of order, a duplicate,
// related information, a suggested fix and a file outside the root.
func synthetic() *Report {
	login := file("web/login.go")
	return &Report{
		Root:        root,
		ToolVersion: "v0.0.0-test",
		Rules: []Rule{
			{Name: "sessionfixation", Summary: "reports fixation", Doc: "sessionfixation: reports fixation\n\nMore.", URL: "https://example.com/sf", CWE: []string{"CWE-384"}, Default: true,
				Severity: 8.1, Precision: "high", HelpText: "reports fixation", HelpMarkdown: "reports *fixation*"},
			{Name: "cookieflags", Summary: "reports cookie flags", Doc: "cookieflags: reports cookie flags", URL: "https://example.com/cf", CWE: []string{"CWE-1004", "CWE-614"}, Default: true},
		},
		Diagnostics: []Diagnostic{
			{
				Analyzer: "sessionfixation", Message: "session ID is not renewed; call RenewToken first",
				URL: "https://example.com/sf", CWE: []string{"CWE-384"},
				Posn:    Range{File: login, Start: pt(12, 3, 200), End: pt(12, 20, 217)},
				Related: []Related{{Message: "the user is authenticated here", Posn: Range{File: login, Start: pt(10, 5, 150), End: pt(10, 9, 154)}}},
				Fixes: []Fix{{Message: "renew the session ID", Edits: []Edit{
					{Posn: Range{File: login, Start: pt(12, 3, 200), End: pt(12, 3, 200)}, NewText: "sm.RenewToken(ctx)\n\t\t"},
				}}},
			},
			{
				Analyzer: "cookieflags", Category: "httponly", Message: "cookie is sent without HttpOnly; set HttpOnly: true",
				URL: "https://example.com/cf", CWE: []string{"CWE-1004"},
				Posn: Range{File: file("web/a.go"), Start: pt(7, 2, 80), End: pt(7, 30, 108)},
			},
			{
				Analyzer: "cookieflags", Category: "httponly", Message: "cookie is sent without HttpOnly; set HttpOnly: true",
				URL: "https://example.com/cf", CWE: []string{"CWE-1004"},
				Posn: Range{File: file("web/a.go"), Start: pt(7, 2, 80), End: pt(7, 30, 108)},
			},
			{
				Analyzer: "cookieflags", Message: "odd: 100%,\nsecond line",
				Posn: Range{File: filepath.FromSlash("/elsewhere/dep.go"), Start: pt(1, 1, 0), End: pt(1, 1, 0)},
			},
		},
		ReadFile: func(string) ([]byte, error) { return nil, os.ErrNotExist },
	}
}

func write(t *testing.T, format string, r *Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, format, r); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return buf.String()
}

func TestSorted(t *testing.T) {
	r := synthetic()
	got := Sorted(r.Diagnostics)
	if len(got) != 3 {
		t.Fatalf("Sorted kept %d diagnostics, want 3 (one duplicate dropped)", len(got))
	}
	var order []string
	for _, d := range got {
		order = append(order, d.Posn.File)
	}
	want := []string{"/elsewhere/dep.go", "/src/proj/web/a.go", "/src/proj/web/login.go"}
	for i := range want {
		if filepath.ToSlash(order[i]) != want[i] {
			t.Errorf("order = %v, want %v", order, want)
			break
		}
	}
	// Same position: analyzer, then message decide.
	same := Range{File: "f.go", Start: pt(1, 1, 0)}
	got = Sorted([]Diagnostic{
		{Analyzer: "b", Message: "x", Posn: same},
		{Analyzer: "a", Message: "z", Posn: same},
		{Analyzer: "a", Message: "y", Posn: same},
	})
	if got[0].Message != "y" || got[1].Message != "z" || got[2].Analyzer != "b" {
		t.Errorf("tie-break order wrong: %+v", got)
	}
}

func TestText(t *testing.T) {
	got := write(t, Text, synthetic())
	want := strings.Join([]string{
		filepath.FromSlash("/elsewhere/dep.go") + ":1:1: odd: 100%,\nsecond line",
		filepath.FromSlash("web/a.go") + ":7:2: cookie is sent without HttpOnly; set HttpOnly: true",
		filepath.FromSlash("web/login.go") + ":12:3: session ID is not renewed; call RenewToken first",
		filepath.FromSlash("web/login.go") + ":10:5: \tthe user is authenticated here",
	}, "\n") + "\n"
	if got != want {
		t.Errorf("text output:\n%s\nwant:\n%s", got, want)
	}
}

// testPosn is the documented "posn" object.
type testPosn struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
}

func TestJSON(t *testing.T) {
	got := write(t, JSON, synthetic())
	var v struct {
		Version     int `json:"version"`
		Diagnostics []struct {
			Analyzer string   `json:"analyzer"`
			Category string   `json:"category"`
			Message  string   `json:"message"`
			URL      string   `json:"url"`
			CWE      []string `json:"cwe"`
			Posn     testPosn `json:"posn"`
			Related  []struct {
				Message string   `json:"message"`
				Posn    testPosn `json:"posn"`
			} `json:"related"`
			SuggestedFixes []struct {
				Message string `json:"message"`
				Edits   []struct {
					File  string `json:"file"`
					Start struct {
						Line, Column, Offset int
					} `json:"start"`
					End struct {
						Line, Column, Offset int
					} `json:"end"`
					NewText string `json:"new_text"`
				} `json:"edits"`
			} `json:"suggested_fixes"`
		} `json:"diagnostics"`
		Errors []testError `json:"errors"`
	}
	dec := json.NewDecoder(strings.NewReader(got))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("JSON does not match the documented schema: %v\n%s", err, got)
	}
	if v.Version != 1 || len(v.Diagnostics) != 3 {
		t.Fatalf("version %d, %d diagnostics; want 1, 3", v.Version, len(v.Diagnostics))
	}
	d := v.Diagnostics[2]
	if d.Analyzer != "sessionfixation" || d.Posn.File != "web/login.go" || d.Posn.Line != 12 || d.Posn.EndColumn != 20 ||
		len(d.CWE) != 1 || d.CWE[0] != "CWE-384" || d.URL != "https://example.com/sf" {
		t.Errorf("diagnostic = %+v", d)
	}
	if len(d.Related) != 1 || d.Related[0].Posn.Line != 10 {
		t.Errorf("related = %+v", d.Related)
	}
	if len(d.SuggestedFixes) != 1 || len(d.SuggestedFixes[0].Edits) != 1 {
		t.Fatalf("fixes = %+v", d.SuggestedFixes)
	}
	e := d.SuggestedFixes[0].Edits[0]
	if e.File != "web/login.go" || e.Start.Offset != 200 || e.End.Offset != 200 || e.NewText != "sm.RenewToken(ctx)\n\t\t" {
		t.Errorf("edit = %+v", e)
	}
	if v.Diagnostics[0].Posn.File != "/elsewhere/dep.go" {
		t.Errorf("file outside the root = %q, want it absolute", v.Diagnostics[0].Posn.File)
	}
	// Lists are [] rather than null, so that consumers need no null checks.
	if !strings.Contains(got, `"related": []`) || !strings.Contains(got, `"cwe": []`) {
		t.Errorf("empty lists are not []:\n%s", got)
	}
}

func TestJSONEmpty(t *testing.T) {
	got := write(t, JSON, &Report{Root: root})
	if strings.Join(strings.Fields(got), "") != `{"version":1,"diagnostics":[],"errors":[]}` {
		t.Errorf("empty report = %s", got)
	}
}

// testError is the documented "errors" element.
type testError struct {
	Message string    `json:"message"`
	Posn    *testPosn `json:"posn"`
}

// failed is a report of a run that could not analyse a package.
func failed() *Report {
	r := &Report{Root: root, Rules: synthetic().Rules, Failure: "1 error in 1 package"}
	r.Errors = ParseErrors(root, []string{"web/broken.go:3:9: undefined: x", "1 error in 1 package"})
	return r
}

// TestFailureEveryFormat: when code could not be analysed, JSON lists the
// errors in "errors" (documented shape), GitHub prints ::error commands,
// SARIF records the failure with a located notification.
func TestFailureEveryFormat(t *testing.T) {
	var v struct {
		Version     int               `json:"version"`
		Diagnostics []json.RawMessage `json:"diagnostics"`
		Errors      []testError       `json:"errors"`
	}
	got := write(t, JSON, failed())
	dec := json.NewDecoder(strings.NewReader(got))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("JSON does not match the documented schema: %v\n%s", err, got)
	}
	if len(v.Errors) != 2 || v.Errors[0].Posn == nil || v.Errors[0].Posn.File != "web/broken.go" || v.Errors[0].Posn.Line != 3 ||
		v.Errors[0].Message != "undefined: x" || v.Errors[1].Posn != nil || v.Errors[1].Message != "1 error in 1 package" {
		t.Errorf("errors = %+v", v.Errors)
	}
	gh := write(t, GitHub, failed())
	want := "::error file=web/broken.go,line=3,col=9,title=sessionlint::undefined: x\n::error title=sessionlint::1 error in 1 package\n"
	if gh != want {
		t.Errorf("github output:\n%s\nwant:\n%s", gh, want)
	}
	if got := write(t, GitHub, &Report{Root: root, Failure: "go: no go.mod"}); got != "::error title=sessionlint::go: no go.mod\n" {
		t.Errorf("github output of a failure without errors = %q", got)
	}
}

func TestParseErrors(t *testing.T) {
	got := ParseErrors("/r", []string{"a.go:1:2: x", "/abs/b.go:4: y", "go: downloading z: not found", "", "plain"})
	if len(got) != 4 {
		t.Fatalf("got %d errors: %+v", len(got), got)
	}
	if got[0].Posn == nil || got[0].Posn.File != filepath.Join("/r", "a.go") || got[0].Posn.Start.Column != 2 || got[0].Message != "x" {
		t.Errorf("first = %+v", got[0])
	}
	if got[1].Posn == nil || got[1].Posn.File != "/abs/b.go" || got[1].Posn.Start.Line != 4 || got[1].Posn.Start.Column != 1 {
		t.Errorf("second = %+v", got[1])
	}
	if got[2].Posn != nil || got[2].Message != "go: downloading z: not found" || got[3].Message != "plain" {
		t.Errorf("messages = %+v", got[2:])
	}
}

func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"k: v, w", "k: v, w", "k%3A v%2C w"},
		{"%0A", "%250A", "%250A"}, // already-escaped text stays literal
	} {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
	}
}

// TestGitHubPathRoot: annotations name files from the repository root,
// whatever directory sessionlint ran in.
func TestGitHubPathRoot(t *testing.T) {
	r := synthetic()
	r.PathRoot = filepath.Dir(r.Root)
	got := write(t, GitHub, r)
	if filepath.Separator != '/' {
		t.Skip("expected output written for slash-separated paths")
	}
	sub := filepath.Base(r.Root)
	if !strings.Contains(got, "file="+sub+"/web/a.go,") || !strings.Contains(got, "%0A"+sub+"/web/login.go:10: ") {
		t.Errorf("paths not from the repository root %s:\n%s", r.PathRoot, got)
	}
}

func TestGitHub(t *testing.T) {
	got := write(t, GitHub, synthetic())
	want := "::warning file=/elsewhere/dep.go,line=1,col=1,endLine=1,endColumn=1,title=sessionlint/cookieflags::odd: 100%25,%0Asecond line\n" +
		"::warning file=web/a.go,line=7,col=2,endLine=7,endColumn=30,title=sessionlint/cookieflags::cookie is sent without HttpOnly; set HttpOnly: true\n" +
		"::warning file=web/login.go,line=12,col=3,endLine=12,endColumn=20,title=sessionlint/sessionfixation::session ID is not renewed; call RenewToken first%0Aweb/login.go:10: the user is authenticated here\n"
	if filepath.Separator != '/' {
		t.Skip("expected output written for slash-separated paths")
	}
	if got != want {
		t.Errorf("github output:\n%s\nwant:\n%s", got, want)
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", synthetic()); err == nil {
		t.Error("Write(xml) succeeded")
	}
}
