package output

import (
	"encoding/json"
	"io"
	"path/filepath"
)

// JSONVersion is the version of the JSON schema documented in doc.go. It
// changes only when a field is removed or changes meaning.
const JSONVersion = 1

type jsonReport struct {
	Version     int              `json:"version"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
	Errors      []jsonError      `json:"errors"`
}

// jsonError is a problem that kept code from being analysed; posn is null
// when it has no position.
type jsonError struct {
	Message string    `json:"message"`
	Posn    *jsonPosn `json:"posn"`
}

type jsonDiagnostic struct {
	Analyzer       string    `json:"analyzer"`
	Category       string    `json:"category"`
	Message        string    `json:"message"`
	URL            string    `json:"url"`
	CWE            []string  `json:"cwe"`
	Posn           jsonPosn  `json:"posn"`
	Related        []jsonRel `json:"related"`
	SuggestedFixes []jsonFix `json:"suggested_fixes"`
}

type jsonPosn struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
}

type jsonRel struct {
	Message string   `json:"message"`
	Posn    jsonPosn `json:"posn"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	File    string    `json:"file"`
	Start   jsonPoint `json:"start"`
	End     jsonPoint `json:"end"`
	NewText string    `json:"new_text"`
}

type jsonPoint struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

func writeJSON(w io.Writer, r *Report, diags []Diagnostic) error {
	out := jsonReport{Version: JSONVersion, Diagnostics: make([]jsonDiagnostic, 0, len(diags)), Errors: []jsonError{}}
	for _, e := range r.failures() {
		je := jsonError{Message: e.Message}
		if e.Posn != nil {
			p := r.jsonPosn(*e.Posn)
			je.Posn = &p
		}
		out.Errors = append(out.Errors, je)
	}
	for _, d := range diags {
		jd := jsonDiagnostic{
			Analyzer:       d.Analyzer,
			Category:       d.Category,
			Message:        d.Message,
			URL:            d.URL,
			CWE:            nonNil(d.CWE),
			Posn:           r.jsonPosn(d.Posn),
			Related:        make([]jsonRel, 0, len(d.Related)),
			SuggestedFixes: make([]jsonFix, 0, len(d.Fixes)),
		}
		for _, rel := range d.Related {
			jd.Related = append(jd.Related, jsonRel{Message: rel.Message, Posn: r.jsonPosn(rel.Posn)})
		}
		for _, f := range d.Fixes {
			jf := jsonFix{Message: f.Message, Edits: make([]jsonEdit, 0, len(f.Edits))}
			for _, e := range f.Edits {
				jf.Edits = append(jf.Edits, jsonEdit{
					File:    r.jsonFile(e.Posn.File),
					Start:   jsonPoint(e.Posn.Start),
					End:     jsonPoint(e.Posn.End),
					NewText: e.NewText,
				})
			}
			jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
		}
		out.Diagnostics = append(out.Diagnostics, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// jsonFile is the file as JSON shows it: relative to Root when inside it,
// with forward slashes on every OS.
func (r *Report) jsonFile(file string) string {
	return filepath.ToSlash(display(r.Root, file))
}

func (r *Report) jsonPosn(p Range) jsonPosn {
	return jsonPosn{
		File:      r.jsonFile(p.File),
		Line:      p.Start.Line,
		Column:    p.Start.Column,
		EndLine:   p.End.Line,
		EndColumn: p.End.Column,
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
