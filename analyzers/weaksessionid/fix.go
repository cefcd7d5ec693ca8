package weaksessionid

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"go/version"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// cryptoFix builds the fix for a predictable source at pos when it sits in
// a generator of the shape func() string whose result is built from
// predictable inputs and constants only: the body becomes
// "return rand.Text()" with crypto/rand, imports adjusted (the imports only
// the old body used are dropped; math/rand becomes crypto/rand when
// nothing else in the file uses it). key identifies the generator, so that
// one fix is offered per generator. rand.Text needs Go 1.24.
func cryptoFix(pass *analysis.Pass, vf *valueflow.Result, pos token.Pos) (fix analysis.SuggestedFix, key any, ok bool) {
	fn := enclosing(pass, pos)
	if fn == nil {
		return fix, nil, false
	}
	sig := fn.Signature
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
		return fix, nil, false
	}
	var body *ast.BlockStmt
	switch syn := fn.Syntax().(type) {
	case *ast.FuncDecl:
		body = syn.Body
	case *ast.FuncLit:
		body = syn.Body
	}
	if body == nil {
		return fix, nil, false
	}
	results, ok := vf.FuncResults(fn, fn.Pos())
	if !ok || len(results) != 1 || !results[0].Only(valueflow.Predictable|valueflow.Const) {
		return fix, nil, false
	}
	file := fileOf(pass, pos)
	if file == nil {
		return fix, nil, false
	}
	if v := pass.TypesInfo.FileVersions[file]; v != "" && version.Compare(v, "go1.24") < 0 {
		return fix, nil, false
	}
	edits, name, ok := importEdits(pass, file, body)
	if !ok {
		return fix, nil, false
	}
	src, err := pass.ReadFile(pass.Fset.File(file.Pos()).Name())
	if err != nil {
		return fix, nil, false
	}
	indent := lineIndent(pass.Fset, src, body.Lbrace)
	edits = append(edits, analysis.TextEdit{
		Pos: body.Lbrace, End: body.Rbrace + 1,
		NewText: fmt.Appendf(nil, "{\n%s\treturn %s.Text()\n%s}", indent, name, indent),
	})
	fname := fn.Name()
	if fn.Parent() != nil {
		fname = "the generator"
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("generate the ID in %s with crypto/rand's Text", fname),
		TextEdits: edits,
	}, fn, true
}

// enclosing returns the innermost function of the package whose body
// contains pos.
func enclosing(pass *analysis.Pass, pos token.Pos) *ssa.Function {
	ssainfo, _ := pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
	if ssainfo == nil {
		return nil
	}
	var best *ssa.Function
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		syn := fn.Syntax()
		if syn == nil || pos < syn.Pos() || pos >= syn.End() {
			return
		}
		if best == nil || syn.Pos() >= best.Syntax().Pos() {
			best = fn
		}
		for _, anon := range fn.AnonFuncs {
			visit(anon)
		}
	}
	for _, fn := range ssainfo.SrcFuncs {
		visit(fn)
	}
	return best
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return f
		}
	}
	return nil
}

// lineIndent returns the leading white space of the line holding pos.
func lineIndent(fset *token.FileSet, src []byte, pos token.Pos) string {
	tf := fset.File(pos)
	if tf == nil {
		return ""
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

// importEdits returns the import edits that go with replacing body, and the
// name under which crypto/rand is then imported.
func importEdits(pass *analysis.Pass, file *ast.File, body *ast.BlockStmt) (edits []analysis.TextEdit, name string, ok bool) {
	inside := map[*types.PkgName]bool{}
	outside := map[*types.PkgName]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		id, isIdent := n.(*ast.Ident)
		if !isIdent {
			return true
		}
		pn, isPkg := pass.TypesInfo.Uses[id].(*types.PkgName)
		if !isPkg {
			return true
		}
		if body.Pos() <= id.Pos() && id.Pos() < body.End() {
			inside[pn] = true
		} else {
			outside[pn] = true
		}
		return true
	})
	type imp struct {
		spec *ast.ImportSpec
		decl *ast.GenDecl
		pn   *types.PkgName
		path string
	}
	var imps []imp
	var lastDecl *ast.GenDecl
	for _, d := range file.Decls {
		gd, isGen := d.(*ast.GenDecl)
		if !isGen || gd.Tok != token.IMPORT {
			continue
		}
		lastDecl = gd
		for _, s := range gd.Specs {
			spec := s.(*ast.ImportSpec)
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				return nil, "", false
			}
			var pn *types.PkgName
			if spec.Name != nil {
				pn, _ = pass.TypesInfo.Defs[spec.Name].(*types.PkgName)
			} else {
				pn, _ = pass.TypesInfo.Implicits[spec].(*types.PkgName)
			}
			imps = append(imps, imp{spec, gd, pn, path})
		}
	}
	// The names that stay imported, and the one crypto/rand already has.
	kept := map[string]bool{}
	var rewrite *imp
	for i := range imps {
		im := &imps[i]
		if im.pn == nil {
			if im.spec.Name != nil && (im.spec.Name.Name == "_" || im.spec.Name.Name == ".") {
				if im.path == "crypto/rand" && im.spec.Name.Name == "." {
					return nil, "", false
				}
				continue
			}
			return nil, "", false
		}
		if im.path == "crypto/rand" {
			name = im.pn.Name()
			kept[name] = true
			continue
		}
		if inside[im.pn] && !outside[im.pn] {
			if (im.path == "math/rand" || im.path == "math/rand/v2") && im.pn.Name() == "rand" && rewrite == nil {
				rewrite = im
				continue
			}
			edits = append(edits, deleteSpec(pass.Fset, im.spec, im.decl))
			continue
		}
		kept[im.pn.Name()] = true
	}
	if name != "" {
		if rewrite != nil {
			edits = append(edits, deleteSpec(pass.Fset, rewrite.spec, rewrite.decl))
		}
		return edits, name, true
	}
	if rewrite != nil {
		edits = append(edits, analysis.TextEdit{Pos: rewrite.spec.Path.Pos(), End: rewrite.spec.Path.End(), NewText: []byte(`"crypto/rand"`)})
		return edits, "rand", true
	}
	name = "rand"
	if kept["rand"] || pass.Pkg.Scope().Lookup("rand") != nil {
		name = "crand"
		if kept["crand"] || pass.Pkg.Scope().Lookup("crand") != nil {
			return nil, "", false
		}
	}
	spec := `"crypto/rand"`
	if name != "rand" {
		spec = name + " " + spec
	}
	switch {
	case lastDecl != nil && lastDecl.Lparen.IsValid():
		edits = append(edits, analysis.TextEdit{Pos: lastDecl.Rparen, End: lastDecl.Rparen, NewText: []byte("\t" + spec + "\n")})
	case lastDecl != nil:
		edits = append(edits, analysis.TextEdit{Pos: lastDecl.End(), End: lastDecl.End(), NewText: []byte("\nimport " + spec)})
	default:
		edits = append(edits, analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + spec)})
	}
	return edits, name, true
}

// deleteSpec deletes an import spec: its line in a parenthesized import
// declaration, else the whole declaration.
func deleteSpec(fset *token.FileSet, spec *ast.ImportSpec, decl *ast.GenDecl) analysis.TextEdit {
	if !decl.Lparen.IsValid() {
		return analysis.TextEdit{Pos: decl.Pos(), End: decl.End()}
	}
	tf := fset.File(spec.Pos())
	line := tf.Line(spec.Pos())
	start := tf.LineStart(line)
	end := spec.End()
	if line < tf.LineCount() {
		end = tf.LineStart(line + 1)
	}
	return analysis.TextEdit{Pos: start, End: end}
}
