package driver

import (
	"errors"
	"fmt"
	"go/token"
	"runtime"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/output"
)

// analyze runs the analyzers on the packages and returns their findings
// and the one-line descriptions of the analyzers that failed.
func analyze(analyzers []*analysis.Analyzer, pkgs []*packages.Package, parallel int) ([]output.Diagnostic, []string, error) {
	if parallel > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(parallel))
	}
	graph, err := checker.Analyze(safe(analyzers), pkgs, &checker.Options{Sequential: parallel == 1})
	if err != nil {
		return nil, nil, err
	}

	var diags []output.Diagnostic
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			diags = append(diags, convert(act.Package.Fset, act.Analyzer.Name, d))
		}
	}

	// Report each failure where it happened, not again in every action
	// that depended on it ("failed prerequisites").
	var failures []string
	seen := map[string]bool{}
	for act := range graph.All() {
		if act.Err == nil || depFailed(act) {
			continue
		}
		var msg string
		var perr *panicError
		if errors.As(act.Err, &perr) {
			msg = perr.Error()
		} else {
			msg = fmt.Sprintf("analyzer %s failed on package %s: %s", act.Analyzer.Name, act.Package.PkgPath, oneLine(act.Err.Error()))
		}
		if !seen[msg] {
			seen[msg] = true
			failures = append(failures, msg)
		}
	}
	return diags, failures, nil
}

func depFailed(act *checker.Action) bool {
	for _, dep := range act.Deps {
		if dep.Err != nil {
			return true
		}
	}
	return false
}

// convert resolves the positions of an analysis.Diagnostic.
func convert(fset *token.FileSet, analyzer string, d analysis.Diagnostic) output.Diagnostic {
	out := output.Diagnostic{
		Analyzer: analyzer,
		Category: d.Category,
		Message:  d.Message,
		URL:      d.URL,
		CWE:      lint.MetaOf(analyzer).CWE,
		Posn:     span(fset, d.Pos, d.End),
	}
	for _, r := range d.Related {
		out.Related = append(out.Related, output.Related{Message: r.Message, Posn: span(fset, r.Pos, r.End)})
	}
	for _, f := range d.SuggestedFixes {
		fix := output.Fix{Message: f.Message}
		for _, e := range f.TextEdits {
			fix.Edits = append(fix.Edits, output.Edit{Posn: span(fset, e.Pos, e.End), NewText: string(e.NewText)})
		}
		out.Fixes = append(out.Fixes, fix)
	}
	return out
}

func span(fset *token.FileSet, pos, end token.Pos) output.Range {
	start := fset.Position(pos)
	stop := start
	if end.IsValid() && end >= pos {
		stop = fset.Position(end)
	}
	return output.Range{File: start.Filename, Start: point(start), End: point(stop)}
}

func point(p token.Position) output.Point {
	if !p.IsValid() {
		return output.Point{Offset: -1}
	}
	return output.Point{Line: p.Line, Column: p.Column, Offset: p.Offset}
}
