package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Analyzer finds the suppression directives and the generated files of a
// package. It reports nothing; its Result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:             "suppress",
	Doc:              "finds //sessionlint:ignore and //sessionlint:file-ignore directives and generated files",
	URL:              "https://github.com/sessionlint/sessionlint/tree/main/passes/suppress",
	Run:              run,
	ResultType:       reflect.TypeFor[*Result](),
	RunDespiteErrors: true,
}

// Category is the Diagnostic.Category of the reports about directives.
const Category = "suppression"

// Result holds, per file of the package, its directives and whether it is
// generated. It is never modified after the pass, so analyzers running in
// parallel may share it; each keeps its own bookkeeping in a Filter.
type Result struct {
	fset  *token.FileSet
	files map[*token.File]*File
	order []*File // the package's files, in pass.Files order
}

// File is what the pass found in one file.
type File struct {
	// Generated reports whether the file carries the standard
	// "// Code generated ... DO NOT EDIT." comment (ast.IsGenerated).
	// Directives in generated files are not read.
	Generated bool
	// Directives are the file's //sessionlint: directives, in file order.
	Directives []*Placed
}

// Placed is a directive together with where it is and what it covers.
type Placed struct {
	Directive
	// Pos and End delimit the comment.
	Pos, End token.Pos
	// Standalone reports whether the comment is alone on its line (no code
	// before it on that line).
	Standalone bool

	tf *token.File
	// An Ignore directive covers the lines from..to, except the lines in
	// holes. from is 0 when it covers nothing.
	from, to int
	holes    [][2]int
}

// File returns what the pass found in the file holding pos, or nil if pos
// is not in one of the package's Go files.
func (r *Result) File(pos token.Pos) *File {
	if r == nil || !pos.IsValid() {
		return nil
	}
	return r.files[r.fset.File(pos)]
}

// Generated reports whether pos is in a generated file of the package.
func (r *Result) Generated(pos token.Pos) bool {
	f := r.File(pos)
	return f != nil && f.Generated
}

// Covers reports whether the directive covers pos. A file-ignore directive
// covers its whole file. An ignore directive covers the line L it is on
// when it trails code, or else the next line L holding code; it also covers
// the rest of the largest statement, declaration or other syntax node that
// starts on L, except the lines inside the { } blocks and case clauses
// within it. So a directive above a multi-line call or composite literal
// covers all of it, while one above an if statement or a function covers
// only the header, not the body.
func (p *Placed) Covers(pos token.Pos) bool {
	if !pos.IsValid() || p.tf == nil || p.tf != fileOf(p.tf, pos) {
		return false
	}
	if p.Kind == FileIgnore {
		return true
	}
	line := rawLine(p.tf, pos)
	if p.from == 0 || line < p.from || line > p.to {
		return false
	}
	for _, h := range p.holes {
		if h[0] <= line && line <= h[1] {
			return false
		}
	}
	return true
}

// fileOf reports tf when pos lies in it, nil otherwise.
func fileOf(tf *token.File, pos token.Pos) *token.File {
	if int(pos) < tf.Base() || int(pos) > tf.Base()+tf.Size() {
		return nil
	}
	return tf
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{fset: pass.Fset, files: make(map[*token.File]*File)}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		info := &File{Generated: ast.IsGenerated(f)}
		if !info.Generated {
			info.Directives = directives(tf, f)
		}
		res.files[tf] = info
		res.order = append(res.order, info)
	}
	return res, nil
}

// directives parses the directives of one file and works out what each
// ignore directive covers.
func directives(tf *token.File, f *ast.File) []*Placed {
	var ds []*Placed
	for _, g := range f.Comments {
		for _, c := range g.List {
			d, ok := ParseDirective(c.Text)
			if !ok {
				continue
			}
			ds = append(ds, &Placed{Directive: d, Pos: c.Pos(), End: c.End(), tf: tf})
		}
	}
	if len(ds) == 0 {
		return nil
	}
	lines := scanLines(tf, f)
	for _, p := range ds {
		d := rawLine(tf, p.Pos)
		_, trailing := lines.code[d]
		p.Standalone = !trailing
		if p.Kind != Ignore {
			continue
		}
		l := d
		if !trailing {
			i := sort.SearchInts(lines.sorted, d+1)
			if i == len(lines.sorted) {
				continue // nothing follows: covers nothing
			}
			l = lines.sorted[i]
		}
		p.from, p.to = l, max(l, lines.code[l])
		for _, b := range lines.blocks {
			// Only the blocks of the covered node: an enclosing block
			// (the function body around the statement) starts earlier
			// or ends later.
			if b.start >= p.from && b.end <= p.to && b.from <= b.to {
				p.holes = append(p.holes, [2]int{b.from, b.to})
			}
		}
	}
	return ds
}

// lineInfo is the shape of a file's code, by line (raw line numbers,
// ignoring //line directives).
type lineInfo struct {
	// code maps each line holding a token to the last line of the
	// largest node that starts on it (or to itself).
	code   map[int]int
	sorted []int // the keys of code, ascending
	blocks []block
}

// block is a { } block or a case clause: the node spans start..end, its
// body the lines from..to.
type block struct{ start, end, from, to int }

func scanLines(tf *token.File, f *ast.File) lineInfo {
	li := lineInfo{code: make(map[int]int)}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil, *ast.File:
			return true
		case *ast.CommentGroup, *ast.Comment:
			return false
		case *ast.BlockStmt:
			start, end := rawLine(tf, n.Lbrace), rawLine(tf, n.Rbrace)
			li.blocks = append(li.blocks, block{start, end, start + 1, end - 1})
		case *ast.CaseClause:
			li.blocks = append(li.blocks, caseBlock(tf, n, n.Colon))
		case *ast.CommClause:
			li.blocks = append(li.blocks, caseBlock(tf, n, n.Colon))
		}
		if !n.Pos().IsValid() {
			return true
		}
		start, end := rawLine(tf, n.Pos()), lastLine(tf, n)
		li.code[start] = max(li.code[start], end)
		if _, ok := li.code[end]; !ok {
			li.code[end] = end
		}
		return true
	})
	for l := range li.code {
		li.sorted = append(li.sorted, l)
	}
	slices.Sort(li.sorted)
	return li
}

func caseBlock(tf *token.File, n ast.Node, colon token.Pos) block {
	start, end := rawLine(tf, n.Pos()), lastLine(tf, n)
	return block{start, end, rawLine(tf, colon) + 1, end}
}

// lastLine is the line of the last character of n.
func lastLine(tf *token.File, n ast.Node) int {
	end := n.End()
	if end > n.Pos() {
		end--
	}
	return rawLine(tf, end)
}

// rawLine is the line of pos in the file as written, not as remapped by
// //line directives, since directives are matched against the text.
func rawLine(tf *token.File, pos token.Pos) int {
	return tf.PositionFor(pos, false).Line
}

// Filter is one analyzer's view of a Result during one run: it decides which
// of the analyzer's diagnostics to keep and remembers which directives were
// used. It is not safe for concurrent use; make one per run.
type Filter struct {
	res      *Result
	analyzer string
	known    []string // sorted
	used     map[*Placed]bool
}

// Filter starts the bookkeeping for the named analyzer. known lists every
// analyzer of the running program, enabled or not: a directive naming
// another is malformed.
func (r *Result) Filter(analyzer string, known []string) *Filter {
	known = slices.Clone(known)
	slices.Sort(known)
	return &Filter{res: r, analyzer: analyzer, known: slices.Compact(known), used: make(map[*Placed]bool)}
}

// Keep reports whether the analyzer's diagnostic d should be reported: it
// is not in a generated file and no well-formed directive naming the
// analyzer covers its position. Directives that cover it are marked used.
func (f *Filter) Keep(d analysis.Diagnostic) bool {
	file := f.res.File(d.Pos)
	if file == nil {
		return true
	}
	if file.Generated {
		return false
	}
	keep := true
	for _, p := range file.Directives {
		if f.applies(p) && p.Covers(d.Pos) {
			f.used[p] = true
			keep = false
		}
	}
	return keep
}

// applies reports whether p is well formed and names the analyzer.
func (f *Filter) applies(p *Placed) bool {
	return f.problem(p) == "" && slices.Contains(p.Names, f.analyzer)
}

// problem says why p is malformed, "" if it is well formed.
func (f *Filter) problem(p *Placed) string {
	if p.Err != "" {
		return p.Err
	}
	for _, n := range p.Names {
		if _, ok := slices.BinarySearch(f.known, n); !ok {
			return fmt.Sprintf("malformed %s%s directive: unknown analyzer %q; the analyzers are %s",
				Prefix, p.Verb, n, strings.Join(f.known, ", "))
		}
	}
	return ""
}

// reporter is the one analyzer that reports a malformed directive, so that
// it is reported once however many analyzers run: the first analyzer the
// directive names that exists, or, when it names none, the first known
// analyzer in alphabetical order.
func (f *Filter) reporter(p *Placed) string {
	for _, n := range p.Names {
		if _, ok := slices.BinarySearch(f.known, n); ok {
			return n
		}
	}
	if len(f.known) == 0 {
		return ""
	}
	return f.known[0]
}

// Leftovers returns, once the analyzer has run, the diagnostics about
// directives that are the analyzer's to report, in file order: each
// well-formed directive naming it that suppressed nothing, and each
// malformed directive whose reporter it is.
func (f *Filter) Leftovers() []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, file := range f.res.order {
		for _, p := range file.Directives {
			switch problem := f.problem(p); {
			case problem != "":
				if f.reporter(p) == f.analyzer {
					out = append(out, analysis.Diagnostic{Pos: p.Pos, End: p.End, Category: Category, Message: problem})
				}
			case slices.Contains(p.Names, f.analyzer) && !f.used[p]:
				out = append(out, f.unused(p))
			}
		}
	}
	return out
}

// unused words the report about a directive that suppressed nothing, with
// a fix that deletes it when it stands alone and names only this analyzer.
func (f *Filter) unused(p *Placed) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: p.Pos, End: p.End, Category: Category}
	if len(p.Names) > 1 {
		d.Message = fmt.Sprintf("this %s%s directive for %s suppresses nothing; remove %s from it", Prefix, p.Verb, f.analyzer, f.analyzer)
		return d
	}
	d.Message = fmt.Sprintf("this %s%s directive for %s suppresses nothing; remove it", Prefix, p.Verb, f.analyzer)
	if p.Standalone {
		line := rawLine(p.tf, p.Pos)
		start, end := p.tf.LineStart(line), p.End
		if line < p.tf.LineCount() {
			end = p.tf.LineStart(line + 1)
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "remove the directive",
			TextEdits: []analysis.TextEdit{{Pos: start, End: end}},
		}}
	}
	return d
}
