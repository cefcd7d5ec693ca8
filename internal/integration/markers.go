package integration

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// A Marker is a `// e2e: ...` comment: Names are the analyzers whose
// finding is expected on the line, or just "clean". A name
// "standalone:analyzer" expects the finding from the standalone driver
// only: go vet, where a package sees the facts of its imports alone,
// reports nothing of that analyzer on the line.
type Marker struct {
	Position
	Names []string
}

var markerRE = regexp.MustCompile(`//\s*e2e:\s*(.*?)\s*$`)

// MarkerReport is the outcome of CheckMarkers.
type MarkerReport struct {
	// Mismatches lists, in file and line order, each marker that is not honoured and each
	// malformed marker.
	Mismatches []string
	// Skipped lists the analyzers whose markers were not checked because
	// they report nothing at all yet.
	Skipped []string
	// Unmarked lists the findings on lines with no marker (allowed; the
	// golden file records them).
	Unmarked []Finding
}

// Markers: the // e2e: comments that say which finding a line of the e2e
// module expects, checked against what was found.

// ParseMarkers reads the markers of every .go file under dir. File names in
// the result are relative to dir, with forward slashes.
func ParseMarkers(dir string) ([]Marker, error) {
	var markers []Marker
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			m := markerRE.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			names := strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
			markers = append(markers, Marker{Position{File: filepath.ToSlash(rel), Line: i + 1}, names})
		}
		return nil
	})
	return markers, err
}

// standalonePrefix marks an analyzer name in a marker whose finding only
// the standalone driver gives.
const standalonePrefix = "standalone:"

// CheckMarkers compares findings with markers. known is the list of analyzer
// names a marker may use. A marker naming an analyzer that has no finding
// anywhere in findings is skipped (the analyzer is still a stub); a finding
// on a line marked "clean" is always a mismatch. standalone says the
// findings are the standalone driver's: "standalone:" names are expected
// then, and absent otherwise.
func CheckMarkers(markers []Marker, findings []Finding, known []string, standalone bool) MarkerReport {
	var rep MarkerReport
	isKnown := map[string]bool{}
	for _, k := range known {
		isKnown[k] = true
	}
	active := map[string]bool{}
	type line struct {
		file string
		line int
	}
	found := map[line][]Finding{}
	for _, f := range findings {
		active[f.Analyzer] = true
		l := line{f.File, f.Line}
		found[l] = append(found[l], f)
	}
	skipped := map[string]bool{}
	marked := map[line]bool{}
	for _, m := range markers {
		l := line{m.File, m.Line}
		marked[l] = true
		switch {
		case len(m.Names) == 0:
			rep.Mismatches = append(rep.Mismatches, fmt.Sprintf("%s: empty e2e marker", m.Position))
			continue
		case len(m.Names) == 1 && m.Names[0] == "clean":
			for _, f := range found[l] {
				rep.Mismatches = append(rep.Mismatches, fmt.Sprintf("%s: line marked clean has a %s finding: %s", f.Position, f.Analyzer, f.Message))
			}
			continue
		}
		for _, name := range m.Names {
			name, only := strings.CutPrefix(name, standalonePrefix)
			if !isKnown[name] {
				rep.Mismatches = append(rep.Mismatches, fmt.Sprintf("%s: e2e marker names %q, which is neither an analyzer nor \"clean\" alone", m.Position, name))
				continue
			}
			ok := false
			for _, f := range found[l] {
				ok = ok || f.Analyzer == name
			}
			if only && !standalone {
				if ok {
					rep.Mismatches = append(rep.Mismatches, fmt.Sprintf("%s: marked for the standalone driver only, but go vet reports a %s finding too", m.Position, name))
				}
				continue
			}
			if !active[name] {
				skipped[name] = true
				continue
			}
			if !ok {
				rep.Mismatches = append(rep.Mismatches, fmt.Sprintf("%s: expected a %s finding, got none", m.Position, name))
			}
		}
	}
	for _, f := range findings {
		if !marked[line{f.File, f.Line}] {
			rep.Unmarked = append(rep.Unmarked, f)
		}
	}
	for name := range skipped {
		rep.Skipped = append(rep.Skipped, name)
	}
	sort.Strings(rep.Skipped)
	return rep
}
