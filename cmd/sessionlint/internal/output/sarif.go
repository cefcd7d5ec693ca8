package output

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// SARIF constants.
const (
	SARIFSchema    = "https://json.schemastore.org/sarif-2.1.0.json"
	SARIFVersion   = "2.1.0"
	InformationURI = "https://github.com/sessionlint/sessionlint"
	srcRoot        = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	Invocations        []sarifInvocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult                    `json:"results"`
	ColumnKind         string                           `json:"columnKind"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifCodeFlow struct {
	Message     *sarifText        `json:"message,omitempty"`
	ThreadFlows []sarifThreadFlow `json:"threadFlows"`
}

type sarifThreadFlow struct {
	Locations []sarifThreadFlowLocation `json:"locations"`
}

type sarifThreadFlowLocation struct {
	Location sarifLocation `json:"location"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	HelpURI              string             `json:"helpUri,omitempty"`
	Help                 *sarifHelp         `json:"help,omitempty"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           sarifRuleProps     `json:"properties"`
}

type sarifConfiguration struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
	// SecuritySeverity is the CVSS-like score, as a string, that GitHub
	// code scanning turns into critical/high/medium/low.
	SecuritySeverity string `json:"security-severity,omitempty"`
	Precision        string `json:"precision,omitempty"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        *int            `json:"ruleIndex,omitempty"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	CodeFlows        []sarifCodeFlow `json:"codeFlows,omitempty"`
	// PartialFingerprints identify the finding across pushes (see
	// fingerprint).
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	Properties          *sarifResProps    `json:"properties,omitempty"`
}

type sarifResProps struct {
	Category string   `json:"category,omitempty"`
	CWE      []string `json:"cwe,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int  `json:"startLine"`
	StartColumn int  `json:"startColumn"`
	EndLine     int  `json:"endLine"`
	EndColumn   int  `json:"endColumn"`
	ByteOffset  *int `json:"byteOffset,omitempty"`
	ByteLength  *int `json:"byteLength,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

// writeSARIF prints a SARIF 2.1.0 log with one run. Columns are UTF-16
// code units (SARIF's default column kind, which GitHub code scanning
// assumes); Go positions are bytes, so they are converted using the source.
func writeSARIF(w io.Writer, r *Report, diags []Diagnostic) error {
	s := &sarifWriter{r: r, files: map[string][]byte{}}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "sessionlint",
			Version:        r.ToolVersion,
			InformationURI: InformationURI,
			Rules:          make([]sarifRule, 0, len(r.Rules)),
		}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: len(r.failures()) == 0}},
		Results:     make([]sarifResult, 0, len(diags)),
		ColumnKind:  "utf16CodeUnits",
	}
	for _, e := range r.failures() {
		n := sarifNotification{Level: "error", Message: sarifText{e.Message}}
		if e.Posn != nil {
			n.Locations = []sarifLocation{{PhysicalLocation: s.physical(*e.Posn)}}
		}
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, n)
	}
	if root := cmp.Or(r.PathRoot, r.Root); root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			srcRoot: {URI: fileURI(root) + "/"},
		}
	}
	fingerprints := s.fingerprints(diags)
	index := map[string]int{}
	for i, rule := range r.Rules {
		index[rule.Name] = i
		tags := []string{"security"}
		for _, cwe := range rule.CWE {
			tags = append(tags, "external/cwe/"+strings.ToLower(cwe))
		}
		sr := sarifRule{
			ID:                   rule.Name,
			Name:                 rule.Name,
			ShortDescription:     sarifText{rule.Summary},
			FullDescription:      sarifText{rule.Doc},
			HelpURI:              rule.URL,
			DefaultConfiguration: sarifConfiguration{Enabled: rule.Default, Level: "warning"},
			Properties:           sarifRuleProps{Tags: tags, Precision: rule.Precision},
		}
		if rule.Severity > 0 {
			sr.Properties.SecuritySeverity = strconv.FormatFloat(rule.Severity, 'f', 1, 64)
		}
		if rule.HelpText != "" {
			sr.Help = &sarifHelp{Text: rule.HelpText, Markdown: rule.HelpMarkdown}
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sr)
	}
	for _, d := range diags {
		res := sarifResult{
			RuleID:    d.Analyzer,
			Level:     "warning",
			Message:   sarifText{d.Message},
			Locations: []sarifLocation{{PhysicalLocation: s.physical(d.Posn)}},
		}
		if i, ok := index[d.Analyzer]; ok {
			res.RuleIndex = &i
		}
		if d.Category != "" || len(d.CWE) > 0 {
			res.Properties = &sarifResProps{Category: d.Category, CWE: d.CWE}
		}
		for i, rel := range d.Related {
			id := i + 1
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               &id,
				PhysicalLocation: s.physical(rel.Posn),
				Message:          &sarifText{rel.Message},
			})
		}
		if d.Analyzer == "sessionfixation" && len(d.Related) > 0 {
			res.CodeFlows = []sarifCodeFlow{s.codeFlow(d)}
		}
		res.PartialFingerprints = map[string]string{fingerprintKey: fingerprints[len(run.Results)]}
		for _, f := range d.Fixes {
			res.Fixes = append(res.Fixes, s.fix(f))
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: SARIFSchema, Version: SARIFVersion, Runs: []sarifRun{run}})
}

type sarifWriter struct {
	r     *Report
	files map[string][]byte // source, for UTF-16 columns; nil if unreadable
}

// fingerprintKey names sessionlint's partial fingerprint in SARIF.
const fingerprintKey = "sessionlint/v1"

// Fingerprints returns the partial fingerprint SARIF gives each of diags
// (sorted, as Sorted returns them), in order: what -baseline compares.
func Fingerprints(r *Report, diags []Diagnostic) []string {
	s := &sarifWriter{r: r, files: map[string][]byte{}}
	return s.fingerprints(diags)
}

// fingerprints is each finding's fingerprint base with its rank among the
// findings with the same base.
func (s *sarifWriter) fingerprints(diags []Diagnostic) []string {
	seen := map[string]int{} // fingerprint base -> occurrences so far
	out := make([]string, len(diags))
	for i, d := range diags {
		base := s.fingerprint(d)
		out[i] = fmt.Sprintf("%s:%d", base, seen[base])
		seen[base]++
	}
	return out
}

// BaselineFingerprints reads the sessionlint fingerprints of the results of
// a SARIF log (an earlier run's, the base branch's).
func BaselineFingerprints(rd io.Reader) (map[string]bool, error) {
	var log struct {
		Runs []struct {
			Results []struct {
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.NewDecoder(rd).Decode(&log); err != nil {
		return nil, fmt.Errorf("not a SARIF log: %v", err)
	}
	if len(log.Runs) == 0 {
		return nil, errors.New("not a SARIF log: no runs")
	}
	fps := map[string]bool{}
	for _, run := range log.Runs {
		for _, res := range run.Results {
			if fp := res.PartialFingerprints[fingerprintKey]; fp != "" {
				fps[fp] = true
			}
		}
	}
	return fps, nil
}

// fingerprint identifies a finding by what does not move when unrelated
// lines are added or removed: the rule, the file (from the repository
// root), the flagged line's text without its indentation, and the message.
// writeSARIF appends the finding's rank among those with the same base,
// so that identical lines in one file stay apart. Code scanning matches
// alerts across pushes by it instead of by line number.
func (s *sarifWriter) fingerprint(d Diagnostic) string {
	file, _ := s.r.fromPathRoot(d.Posn.File)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s", d.Analyzer, file, s.lineText(d.Posn), d.Message)
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// lineText returns the text of the line where p starts, trimmed; "" when
// the source cannot be read.
func (s *sarifWriter) lineText(p Range) string {
	src := s.source(p.File)
	if src == nil || p.Start.Offset < 0 || p.Start.Offset > len(src) {
		return ""
	}
	start := bytes.LastIndexByte(src[:p.Start.Offset], '\n') + 1
	end := bytes.IndexByte(src[p.Start.Offset:], '\n')
	if end < 0 {
		end = len(src) - p.Start.Offset
	}
	return string(bytes.TrimSpace(src[start : p.Start.Offset+end]))
}

// codeFlow shows a fixation's path: where authentication succeeds, the
// other related places (a trap, a second write) and the write.
func (s *sarifWriter) codeFlow(d Diagnostic) sarifCodeFlow {
	var locs []sarifThreadFlowLocation
	add := func(p Range, msg string) {
		locs = append(locs, sarifThreadFlowLocation{Location: sarifLocation{PhysicalLocation: s.physical(p), Message: &sarifText{msg}}})
	}
	for _, auth := range []bool{true, false} {
		for _, rel := range d.Related {
			if strings.HasPrefix(rel.Message, "authentication succeeds") == auth {
				add(rel.Posn, rel.Message)
			}
		}
	}
	add(d.Posn, d.Message)
	return sarifCodeFlow{ThreadFlows: []sarifThreadFlow{{Locations: locs}}}
}

func (s *sarifWriter) source(file string) []byte {
	src, ok := s.files[file]
	if !ok {
		src, _ = s.r.readFile(file)
		s.files[file] = src
	}
	return src
}

func (s *sarifWriter) artifact(file string) sarifArtifactLocation {
	p, inside := s.r.fromPathRoot(file)
	if inside && cmp.Or(s.r.PathRoot, s.r.Root) != "" {
		u := url.URL{Path: p}
		return sarifArtifactLocation{URI: u.String(), URIBaseID: srcRoot}
	}
	if filepath.IsAbs(p) {
		return sarifArtifactLocation{URI: fileURI(p)}
	}
	u := url.URL{Path: filepath.ToSlash(p)}
	return sarifArtifactLocation{URI: u.String()}
}

func (s *sarifWriter) physical(p Range) sarifPhysicalLocation {
	return sarifPhysicalLocation{ArtifactLocation: s.artifact(p.File), Region: s.region(p)}
}

func (s *sarifWriter) region(p Range) sarifRegion {
	end := p.End
	if end.Line == 0 {
		end = p.Start
	}
	reg := sarifRegion{
		StartLine:   p.Start.Line,
		StartColumn: s.column(p.File, p.Start),
		EndLine:     end.Line,
		EndColumn:   s.column(p.File, end),
	}
	if p.Start.Offset >= 0 && end.Offset >= p.Start.Offset {
		off, n := p.Start.Offset, end.Offset-p.Start.Offset
		reg.ByteOffset, reg.ByteLength = &off, &n
	}
	return reg
}

func (s *sarifWriter) fix(f Fix) sarifFix {
	out := sarifFix{Description: sarifText{f.Message}}
	byFile := map[string]int{} // file -> index in ArtifactChanges
	for _, e := range f.Edits {
		i, ok := byFile[e.Posn.File]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[e.Posn.File] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{ArtifactLocation: s.artifact(e.Posn.File)})
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, sarifReplacement{
			DeletedRegion:   s.region(e.Posn),
			InsertedContent: sarifText{e.NewText},
		})
	}
	return out
}

// column converts pt's byte column into a 1-based UTF-16 column, using
// the source file; it keeps the byte column when the source is unknown.
func (s *sarifWriter) column(file string, pt Point) int {
	if pt.Offset < 0 || pt.Column < 1 {
		return max(pt.Column, 1)
	}
	src := s.source(file)
	start := pt.Offset - (pt.Column - 1)
	if src == nil || start < 0 || pt.Offset > len(src) {
		return pt.Column
	}
	n := 0
	for b := src[start:pt.Offset]; len(b) > 0; {
		r, size := utf8.DecodeRune(b)
		n += max(utf16.RuneLen(r), 1)
		b = b[size:]
	}
	return n + 1
}

// fileURI returns the file: URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: C:/x -> /C:/x
	}
	u := url.URL{Scheme: "file", Path: p}
	return u.String()
}
