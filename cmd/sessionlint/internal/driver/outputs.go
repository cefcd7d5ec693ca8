package driver

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/newcode"
	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/output"
	"github.com/sessionlint/sessionlint/internal/atomicfile"
)

// outputSpec is one -o: a format, written to a file or ("") to standard
// output.
type outputSpec struct {
	format, file string
}

// outputFlag collects repeated -o format[=file] flags, so that one
// analysis writes annotations to standard output and SARIF or JSON to
// files.
type outputFlag []outputSpec

func (o *outputFlag) String() string {
	var parts []string
	for _, s := range *o {
		parts = append(parts, strings.TrimSuffix(s.format+"="+s.file, "="))
	}
	return strings.Join(parts, ",")
}

func (o *outputFlag) Set(v string) error {
	format, file, hasFile := strings.Cut(v, "=")
	if !slices.Contains(output.Formats, format) {
		return fmt.Errorf("invalid format %q (want one of %s, optionally =file)", format, strings.Join(output.Formats, ", "))
	}
	if hasFile && file == "" {
		return fmt.Errorf("-o %s=: no file named", format)
	}
	*o = append(*o, outputSpec{format, file})
	return nil
}

// pathRoot returns what annotations, SARIF, a -new-from-patch diff and a
// -baseline's fingerprints name files from: the repository's root
// (newcode.Root, which may run git), looked up only when one of them is in
// use (repoPaths); dir otherwise.
func pathRoot(ctx context.Context, dir string, specs []outputSpec, repoPaths bool) string {
	if repoPaths || slices.ContainsFunc(specs, func(s outputSpec) bool { return s.format == output.GitHub || s.format == output.SARIF }) {
		return newcode.Root(ctx, dir)
	}
	return dir
}

// checkOutputs rejects two outputs to the same place.
func checkOutputs(specs []outputSpec) error {
	seen := map[string]bool{}
	for _, s := range specs {
		where := s.file
		if where == "" {
			where = "standard output"
		}
		if seen[where] {
			return fmt.Errorf("two outputs are written to %s", where)
		}
		seen[where] = true
	}
	return nil
}

// writeOutputs writes the report in every requested format. A file is
// written whole under a temporary name and renamed into place, so that a
// failed run never leaves a truncated file for the next step to upload.
func writeOutputs(specs []outputSpec, dir string, stdout io.Writer, r *output.Report) error {
	for _, s := range specs {
		if s.file == "" {
			if err := output.Write(stdout, s.format, r); err != nil {
				return err
			}
			continue
		}
		name := s.file
		if !filepath.IsAbs(name) {
			name = filepath.Join(dir, name)
		}
		if err := atomicfile.WriteReadable(name, func(w io.Writer) error { return output.Write(w, s.format, r) }); err != nil {
			return err
		}
	}
	return nil
}

// writeFailure writes every output of a run that failed with err: a valid
// document that records the failure (SARIF: an unsuccessful invocation
// with a notification per error; JSON: the "errors" list; GitHub: ::error
// commands; text: no findings), so that a later step that uploads or parses
// it finds one. The errors of a load error are listed one by one, with
// their positions. Text to standard output is left to the error messages
// already on standard error.
func writeFailure(specs []outputSpec, dir string, stdout io.Writer, r *output.Report, err error) {
	r.Failure = errorDetail(err)
	var lerr *loadError
	if errors.As(err, &lerr) {
		r.Errors = output.ParseErrors(dir, append(slices.Clone(lerr.lines), lerr.summary))
	}
	var out []outputSpec
	for _, s := range specs {
		if s.format != output.Text || s.file != "" {
			out = append(out, s)
		}
	}
	_ = writeOutputs(out, dir, stdout, r)
}

// changedLines reads which lines a change adds or modifies: git diff
// against rev, or the unified diff in the file patch; nil when neither is
// given. root is what the diff's paths are relative to (the repository's
// root for rev, the given root for a patch).
func changedLines(ctx context.Context, dir, root, rev, patch string) (newcode.Changes, string, error) {
	switch {
	case rev != "":
		return newcode.FromRev(ctx, dir, rev)
	case patch != "":
		f, err := os.Open(patch)
		if err != nil {
			return nil, "", fmt.Errorf("-new-from-patch: %v", err)
		}
		defer f.Close()
		c, err := newcode.ParsePatch(f)
		if err != nil {
			return nil, "", fmt.Errorf("-new-from-patch %s: %v", patch, err)
		}
		return c, root, nil
	}
	return nil, root, nil
}

// newFindings keeps the diagnostics a change may have made (all of them
// when changes is nil): a finding is new when the change added, modified
// or removed lines of the function holding its position or one of its
// related positions (the authentication point, the write inside a helper,
// where a cookie is sent), or those lines themselves. A deleted renewal,
// or a deleted Secure: true, makes the finding on the untouched line
// below it new. Paths of changes are relative to root.
func newFindings(changes newcode.Changes, dir, root string, diags []output.Diagnostic) []output.Diagnostic {
	if changes == nil {
		return diags
	}
	spans := funcSpans{}
	touched := func(p output.Range) bool {
		file := p.File
		if !filepath.IsAbs(file) {
			file = filepath.Join(dir, file)
		}
		r, err := filepath.Rel(root, file)
		if err != nil {
			return false
		}
		r = filepath.ToSlash(r)
		if changes.Contains(r, p.Start.Line) {
			return true
		}
		from, to, ok := spans.enclosing(file, p.Start.Line)
		return ok && changes.Touches(r, from, to)
	}
	var kept []output.Diagnostic
	for _, d := range diags {
		isNew := touched(d.Posn)
		for _, rel := range d.Related {
			isNew = isNew || touched(rel.Posn)
		}
		if isNew {
			kept = append(kept, d)
		}
	}
	return kept
}

// notInBaseline keeps the findings whose SARIF fingerprint (rule, file
// from the repository root, the flagged line's text, message, rank) is not
// among known: what a change adds to a base run, whatever lines moved. A
// finding the base did not have because a renewal was still there is new.
func notInBaseline(r *output.Report, diags []output.Diagnostic, known map[string]bool) []output.Diagnostic {
	sorted := output.Sorted(diags)
	var kept []output.Diagnostic
	for i, fp := range output.Fingerprints(r, sorted) {
		if !known[fp] {
			kept = append(kept, sorted[i])
		}
	}
	return kept
}

// funcSpans finds the function (declared or literal) around a line of a
// Go file, parsing each file once.
type funcSpans map[string][][2]int // file -> the line spans of its functions

// enclosing returns the lines of the innermost function holding line.
func (fs funcSpans) enclosing(file string, line int) (from, to int, ok bool) {
	spans, seen := fs[file]
	if !seen {
		fset := token.NewFileSet()
		if f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution); err == nil {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n.(type) {
				case *ast.FuncDecl, *ast.FuncLit:
					spans = append(spans, [2]int{fset.Position(n.Pos()).Line, fset.Position(n.End()).Line})
				}
				return true
			})
		}
		fs[file] = spans
	}
	for _, s := range spans {
		// Later spans are nested in earlier ones: the last match is the
		// innermost.
		if s[0] <= line && line <= s[1] {
			from, to, ok = s[0], s[1], true
		}
	}
	return from, to, ok
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
