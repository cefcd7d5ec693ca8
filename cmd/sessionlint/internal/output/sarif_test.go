package output

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sessionlint/sessionlint/internal/integration"
)

func sarifSchema(t *testing.T) *jsonschema.Schema { return integration.SARIFSchema(t) }

func validateSARIF(t *testing.T, s *jsonschema.Schema, out string) {
	t.Helper()
	integration.ValidateSARIF(t, s, out)
}

func TestSARIFSchema(t *testing.T) {
	s := sarifSchema(t)
	validateSARIF(t, s, write(t, SARIF, synthetic()))
	validateSARIF(t, s, write(t, SARIF, &Report{Root: root, Rules: synthetic().Rules}))
	validateSARIF(t, s, write(t, SARIF, &Report{}))

	// The schema is strict enough to catch mistakes.
	bad := strings.Replace(write(t, SARIF, synthetic()), `"startLine"`, `"startline"`, 1)
	if inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(bad)); s.Validate(inst) == nil {
		t.Error("a misspelled property passed validation")
	}
}

type sarifTest struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string `json:"name"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string    `json:"id"`
					ShortDescription sarifText `json:"shortDescription"`
					FullDescription  sarifText `json:"fullDescription"`
					HelpURI          string    `json:"helpUri"`
					Properties       struct {
						Tags []string `json:"tags"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds"`
		Results            []sarifResult                    `json:"results"`
	} `json:"runs"`
}

func TestSARIF(t *testing.T) {
	if filepath.Separator != '/' {
		t.Skip("expected URIs written for slash-separated paths")
	}
	var log sarifTest
	if err := json.Unmarshal([]byte(write(t, SARIF, synthetic())), &log); err != nil {
		t.Fatal(err)
	}
	if log.Schema != "https://json.schemastore.org/sarif-2.1.0.json" || log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("header: %q %q, %d runs", log.Schema, log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "sessionlint" || d.InformationURI == "" || len(d.Rules) != 2 {
		t.Fatalf("driver = %+v", d)
	}
	r := d.Rules[1]
	if r.ID != "cookieflags" || r.ShortDescription.Text != "reports cookie flags" || r.HelpURI != "https://example.com/cf" ||
		strings.Join(r.Properties.Tags, " ") != "security external/cwe/cwe-1004 external/cwe/cwe-614" {
		t.Errorf("rule = %+v", r)
	}
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///src/proj/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
	if len(run.Results) != 3 {
		t.Fatalf("%d results, want 3", len(run.Results))
	}
	out := run.Results[0]
	if loc := out.Locations[0].PhysicalLocation.ArtifactLocation; loc.URI != "file:///elsewhere/dep.go" || loc.URIBaseID != "" {
		t.Errorf("file outside the root: %+v", loc)
	}
	if out.RuleIndex == nil || *out.RuleIndex != 1 {
		t.Errorf("ruleIndex of cookieflags = %v, want 1", out.RuleIndex)
	}
	res := run.Results[2]
	if res.RuleID != "sessionfixation" || res.RuleIndex == nil || *res.RuleIndex != 0 || res.Level != "warning" {
		t.Errorf("result = %+v", res)
	}
	loc := res.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "web/login.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("location = %+v", loc.ArtifactLocation)
	}
	if reg := loc.Region; reg.StartLine != 12 || reg.StartColumn != 3 || reg.EndLine != 12 || reg.EndColumn != 20 {
		t.Errorf("region = %+v", reg)
	}
	if len(res.RelatedLocations) != 1 || res.RelatedLocations[0].Message.Text != "the user is authenticated here" {
		t.Errorf("related = %+v", res.RelatedLocations)
	}
	if len(res.Fixes) != 1 || len(res.Fixes[0].ArtifactChanges) != 1 {
		t.Fatalf("fixes = %+v", res.Fixes)
	}
	rep := res.Fixes[0].ArtifactChanges[0].Replacements[0]
	if rep.InsertedContent.Text != "sm.RenewToken(ctx)\n\t\t" || *rep.DeletedRegion.ByteLength != 0 || rep.DeletedRegion.StartColumn != 3 {
		t.Errorf("replacement = %+v", rep)
	}
}

func TestSARIFColumnsAreUTF16(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
	src := []byte("x := \"é😀\" + y\n")
	col := bytes.Index(src, []byte("y")) + 1 // byte column 17, UTF-16 column 14
	r := &Report{
		Root: root,
		Diagnostics: []Diagnostic{{Analyzer: "a", Message: "m", Posn: Range{
			File: file("u.go"), Start: pt(1, col, col-1), End: pt(1, col+1, col),
		}}},
		ReadFile: func(string) ([]byte, error) { return src, nil },
	}
	var log sarifTest
	if err := json.Unmarshal([]byte(write(t, SARIF, r)), &log); err != nil {
		t.Fatal(err)
	}
	reg := log.Runs[0].Results[0].Locations[0].PhysicalLocation.Region
	if reg.StartColumn != 14 || reg.EndColumn != 15 || *reg.ByteOffset != col-1 {
		t.Errorf("region = %+v, want columns 14-15 (UTF-16) for byte column %d", reg, col)
	}
}

// sarifResults decodes the results of a SARIF log.
func sarifResults(t *testing.T, out string) []map[string]any {
	t.Helper()
	var log struct {
		Runs []struct {
			Invocations []map[string]any `json:"invocations"`
			Results     []map[string]any `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("bad SARIF (%v):\n%s", err, out)
	}
	return log.Runs[0].Results
}

// TestSARIFFingerprints: a finding keeps its fingerprint when unrelated
// lines are added above it, and identical findings get different ones.
func TestSARIFFingerprints(t *testing.T) {
	src := "package web\n\nfunc a() {\n\tsetCookie()\n\tsetCookie()\n}\n"
	moved := "package web\n\nimport \"fmt\"\n\nfunc a() {\n\tfmt.Println()\n\tsetCookie()\n\tsetCookie()\n}\n"
	fingerprints := func(text string, firstLine int) []string {
		off := strings.Index(text, "\tsetCookie()")
		second := off + len("\tsetCookie()\n")
		d := func(line, off int) Diagnostic {
			return Diagnostic{Analyzer: "cookieflags", Message: "cookie is sent without Secure",
				Posn: Range{File: file("web/a.go"), Start: pt(line, 2, off+1), End: pt(line, 2, off+1)}}
		}
		r := &Report{Root: root, Diagnostics: []Diagnostic{d(firstLine, off), d(firstLine+1, second)},
			ReadFile: func(string) ([]byte, error) { return []byte(text), nil }}
		var fps []string
		for _, res := range sarifResults(t, write(t, SARIF, r)) {
			fps = append(fps, res["partialFingerprints"].(map[string]any)["sessionlint/v1"].(string))
		}
		return fps
	}
	before, after := fingerprints(src, 4), fingerprints(moved, 7)
	if len(before) != 2 || before[0] != after[0] || before[1] != after[1] {
		t.Errorf("fingerprints moved with the lines: %v, then %v", before, after)
	}
	if before[0] == before[1] {
		t.Errorf("two findings share a fingerprint: %v", before)
	}
}

// TestSARIFCodeFlow: a fixation's result shows the path from the
// authentication to the write.
func TestSARIFCodeFlow(t *testing.T) {
	var flow []any
	for _, res := range sarifResults(t, write(t, SARIF, synthetic())) {
		if res["ruleId"] == "sessionfixation" {
			cf := res["codeFlows"].([]any)[0].(map[string]any)
			flow = cf["threadFlows"].([]any)[0].(map[string]any)["locations"].([]any)
		}
	}
	msg := func(i int) string {
		return flow[i].(map[string]any)["location"].(map[string]any)["message"].(map[string]any)["text"].(string)
	}
	if len(flow) != 2 || msg(0) != "the user is authenticated here" || !strings.HasPrefix(msg(1), "session ID is not renewed") {
		t.Errorf("code flow = %v", flow)
	}
}

// TestSARIFFailure: when the analysis could not run, the log is still
// valid, with an unsuccessful invocation that says why.
func TestSARIFFailure(t *testing.T) {
	out := write(t, SARIF, &Report{Root: root, Rules: synthetic().Rules, Failure: "go: go.mod file not found"})
	validateSARIF(t, sarifSchema(t), out)
	if !strings.Contains(out, `"executionSuccessful": false`) || !strings.Contains(out, "go.mod file not found") {
		t.Errorf("no failed invocation in\n%s", out)
	}
}

// TestSARIFFailureLocated: each error is a notification, with its
// position when it has one.
func TestSARIFFailureLocated(t *testing.T) {
	out := write(t, SARIF, failed())
	validateSARIF(t, sarifSchema(t), out)
	var log struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
				Notifications       []struct {
					Message   struct{ Text string } `json:"message"`
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }    `json:"artifactLocation"`
							Region           struct{ StartLine int } `json:"region"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notifications) != 2 || len(inv.Notifications[0].Locations) != 1 ||
		inv.Notifications[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "web/broken.go" ||
		inv.Notifications[0].Locations[0].PhysicalLocation.Region.StartLine != 3 || len(inv.Notifications[1].Locations) != 0 {
		t.Errorf("invocation = %+v", inv)
	}
}

// TestSARIFRuleSeverityHelp: a rule with a severity carries
// security-severity (one decimal, as a string), precision and help; one
// without has neither.
func TestSARIFRuleSeverityHelp(t *testing.T) {
	out := write(t, SARIF, synthetic())
	validateSARIF(t, sarifSchema(t), out)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						Help *struct {
							Text     string `json:"text"`
							Markdown string `json:"markdown"`
						} `json:"help"`
						Properties map[string]any `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	if p := rules[0].Properties; p["security-severity"] != "8.1" || p["precision"] != "high" {
		t.Errorf("properties = %v", p)
	}
	if h := rules[0].Help; h == nil || h.Text != "reports fixation" || h.Markdown != "reports *fixation*" {
		t.Errorf("help = %+v", h)
	}
	if _, ok := rules[1].Properties["security-severity"]; ok || rules[1].Help != nil {
		t.Errorf("a rule without severity or help = %+v", rules[1])
	}
}

// TestSARIFPathRoot: locations are relative to the repository root.
func TestSARIFPathRoot(t *testing.T) {
	r := synthetic()
	r.PathRoot = filepath.Dir(root)
	out := write(t, SARIF, r)
	validateSARIF(t, sarifSchema(t), out)
	if !strings.Contains(out, `"uri": "`+filepath.Base(root)+`/web/login.go"`) {
		t.Errorf("locations not relative to %s:\n%s", r.PathRoot, out)
	}
}
