package sessionfixation

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/authsuccess"
	"github.com/sessionlint/sessionlint/passes/sessionops"
)

// report reports the unsanitized identity write w, found after point p.
// The other unsanitized identity writes into the same session (also) are
// related information of the same report.
func report(pass *analysis.Pass, w *sessionops.Op, v *sessionops.Verdict, p *authsuccess.Point, stores sessionops.StoreMode, also []*sessionops.Op) {
	node, path := sessionops.Syntax(pass.Files, w)
	d := analysis.Diagnostic{Pos: w.Pos}
	if node != nil {
		d.Pos, d.End = node.Pos(), node.End()
	}

	var msg strings.Builder
	if w.Helper != nil {
		fmt.Fprintf(&msg, "%s stores user identity in the session before its ID is renewed", w.Name)
	} else {
		msg.WriteString("user identity is stored in the session before its ID is renewed")
	}
	if v.Trap != nil {
		fmt.Fprintf(&msg, " (%s keeps the session ID)", v.Trap.Name)
	}
	msg.WriteString("; ")
	msg.WriteString(fixText(pass, w))
	msg.WriteString(unseenNote(w.Session, stores))
	d.Message = msg.String()

	authMsg := "authentication succeeds here"
	if p.Desc != "" {
		authMsg += " (" + p.Desc + ")"
	}
	if p.Pos.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: p.Pos, Message: authMsg})
	}
	seen := map[analysis.RelatedInformation]bool{}
	for i, op := range append([]*sessionops.Op{w}, also...) {
		pos, m := writtenAt(pass.Fset, op)
		if op.Helper == nil {
			if i == 0 {
				continue // the report's own position
			}
			m = "the identity is also written here"
		}
		r := analysis.RelatedInformation{Pos: pos, Message: m}
		if pos.IsValid() && !seen[r] {
			seen[r] = true
			d.Related = append(d.Related, r)
		}
	}
	if v.Trap != nil && v.Trap.Pos.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: v.Trap.Pos,
			Message: v.Trap.Name + " does not give the session a new ID"})
	}
	if fix, ok := suggestFix(pass, w, node, path); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	pass.Report(d)
}

// unseenNote is the message's note on a store that was not seen, or on a
// module that builds both kinds of store for the library, or "".
func unseenNote(s *sessionops.Session, stores sessionops.StoreMode) string {
	switch {
	case stores.Stated():
		return ""
	case s.Store == sessionops.StoreUnseen:
		return " (the store behind this session is configured outside this module and is assumed to be server-side; use -sessionfixation.stores=stateless if it is a signed-cookie store)"
	case s.Store == sessionops.StoreModule && s.StatelessToo != "":
		return " (this holds where a server-side store serves the session; the module also builds a signed-cookie store, " + s.StatelessToo + ", which needs none)"
	}
	return ""
}

// reportLibraryLogin reports a server-side store handed to a library whose
// own login handlers write the user into it without renewing the ID.
func reportLibraryLogin(pass *analysis.Pass, ll sessionops.LibraryLogin, stores sessionops.StoreMode) {
	msg := fmt.Sprintf("%s's login handlers store the user in this session store without renewing its ID, and the store keeps sessions on the server; %s%s",
		ll.Lib.Name, ll.Lib.Session.Fix, unseenNote(ll.Store, stores))
	pass.Report(analysis.Diagnostic{Pos: ll.Call.Pos(), Message: msg})
}

// writtenAt returns where an op writes the identity, for related
// information: inside the helper it calls when that is known, else the op
// itself. A helper of another package is named by the start of the line of
// its declaration: its column depends on whether the driver read the
// package from export data (go vet, standalone) or from source
// (golangci-lint).
func writtenAt(fset *token.FileSet, op *sessionops.Op) (token.Pos, string) {
	h := op.Helper
	switch {
	case h == nil:
		return op.Pos, ""
	case h.WritePos.IsValid():
		return h.WritePos, "the identity is written here"
	case h.Callee != nil && h.Callee.Pos().IsValid():
		m := "the identity is written in " + h.Callee.Name()
		if h.Where != "" {
			m += " at " + h.Where
		}
		return lineStart(fset, h.Callee.Pos()), m
	}
	return token.NoPos, ""
}

// lineStart returns the position of the start of pos's line.
func lineStart(fset *token.FileSet, pos token.Pos) token.Pos {
	f := fset.File(pos)
	if f == nil {
		return pos
	}
	line := f.Line(pos)
	if line < 1 || line > f.LineCount() {
		return pos
	}
	return f.LineStart(line)
}

// fixText is the library's advice (model SessionModel.Fix) with the
// session expression.
func fixText(pass *analysis.Pass, w *sessionops.Op) string {
	lib := w.Session.Lib
	if lib == nil || lib.Session == nil || lib.Session.Fix == "" {
		return "renew the session ID first"
	}
	fix := lib.Session.Fix
	recv := ""
	switch {
	case w.Call != nil:
		recv = w.Call.Func.Recv
	case w.Helper != nil:
		recv = w.Helper.Recv
	}
	if lib.Session.FixFor[recv] != "" {
		fix = lib.Session.FixFor[recv]
	}
	if w.Session.Chosen && lib.Session.FixFor[model.ChosenByClient] != "" {
		fix = lib.Session.FixFor[model.ChosenByClient]
	}
	if w.Session.RecordByCookie != "" && lib.Session.FixFor[model.RecordByCookie] != "" {
		fix = lib.Session.FixFor[model.RecordByCookie]
	}
	if w.Session.RecordForRequest && lib.Session.FixFor[model.RecordForRequest] != "" {
		fix = lib.Session.FixFor[model.RecordForRequest]
	}
	if strings.Contains(fix, "%s") {
		expr := sessionops.SessionExpr(pass.Files, w)
		inHelper := false
		if w.Helper != nil && expr != "" && !inScope(pass, w.Pos, expr) {
			if q := qualified(w.Helper.Callee, expr); q != "" {
				expr = q // scshelp.SM: the helper's package variable
			} else {
				// The helper's own variable: the advice is for inside it.
				inHelper = true
			}
		}
		if expr == "" {
			expr = "sess"
		}
		fix = strings.ReplaceAll(fix, "%s", expr)
		if inHelper {
			fix = "in " + w.Name + ", " + fix
		}
	}
	return fix
}

// inScope reports whether the variable an expression starts with
// (s in s.SessionManager) is visible at pos, where the report is.
func inScope(pass *analysis.Pass, pos token.Pos, expr string) bool {
	name := firstName(expr)
	scope := pass.Pkg.Scope().Innermost(pos)
	if scope == nil || name == "" {
		return false
	}
	_, obj := scope.LookupParent(name, pos)
	return obj != nil
}

// firstName returns the name an expression starts with: s in
// s.SessionManager, sess in sess.Values["k"].
func firstName(expr string) string {
	if i := strings.IndexAny(expr, ".([ "); i >= 0 {
		return expr[:i]
	}
	return expr
}

// qualified returns expr with its first name qualified by the package of
// the helper callee, when that name is an exported package-level variable
// of that package ("SM.x" → "scshelp.SM.x"); "" otherwise.
func qualified(callee *types.Func, expr string) string {
	if callee == nil || callee.Pkg() == nil {
		return ""
	}
	if v, ok := callee.Pkg().Scope().Lookup(firstName(expr)).(*types.Var); !ok || !v.Exported() {
		return ""
	}
	return callee.Pkg().Name() + "." + expr
}

// renewalFor returns the model's sanitizer on the same receiver type as a
// sink call (scs Put → RenewToken, fiber Set → Regenerate, beego
// Controller.SetSession → SessionRegenerateID), or nil.
func renewalFor(w *sessionops.Op) *model.Call {
	if w.Call == nil || w.Call.Func.Recv == "" || w.Session.Lib.Session == nil {
		return nil
	}
	for i := range w.Session.Lib.Session.Renew {
		r := &w.Session.Lib.Session.Renew[i]
		if r.Func.Pkg == w.Call.Func.Pkg && r.Func.Recv == w.Call.Func.Recv && r.Requires == "" &&
			r.Session != model.OnResult && r.Session == w.Call.Session {
			return r
		}
	}
	return nil
}

// suggestFix inserts the library's sanitizer before the statement that
// writes the identity, where that is mechanical: a direct call of a sink
// whose receiver type has a renewal method.
func suggestFix(pass *analysis.Pass, w *sessionops.Op, node ast.Node, path []ast.Node) (analysis.SuggestedFix, bool) {
	call, ok := node.(*ast.CallExpr)
	if !ok || w.Helper != nil {
		return analysis.SuggestedFix{}, false
	}
	renew := renewalFor(w)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if renew == nil || !ok {
		return analysis.SuggestedFix{}, false
	}
	var args string
	if renew.Session == model.OnContext {
		if w.Call.Arg >= len(call.Args) {
			return analysis.SuggestedFix{}, false
		}
		args = types.ExprString(call.Args[w.Call.Arg])
	}
	renewCall := fmt.Sprintf("%s.%s(%s)", types.ExprString(sel.X), renew.Func.Name, args)

	stmt, file, sig, params := enclosing(pass, path)
	if stmt == nil || file == nil || sig == nil {
		return analysis.SuggestedFix{}, false
	}
	indent := strings.Repeat("\t", max(pass.Fset.Position(stmt.Pos()).Column-1, 0))
	returnsErr := returnsError(pass, sel, renew.Func.Name)

	var lines []string
	switch {
	case returnsErr && sig.Results().Len() == 1 && ssautil.IsError(sig.Results().At(0).Type()):
		lines = []string{"if err := " + renewCall + "; err != nil {", "\treturn err", "}"}
	case returnsErr && sig.Results().Len() == 0 && httpName(file) != "" && responseWriter(pass, params) != "":
		h, rw := httpName(file), responseWriter(pass, params)
		lines = []string{
			"if err := " + renewCall + "; err != nil {",
			fmt.Sprintf("\t%s.Error(%s, %s.StatusText(%s.StatusInternalServerError), %s.StatusInternalServerError)", h, rw, h, h, h),
			"\treturn",
			"}",
		}
	default:
		lines = []string{renewCall}
	}
	text := strings.Join(lines, "\n"+indent) + "\n" + indent
	return analysis.SuggestedFix{
		Message:   "renew the session ID before the write: " + renewCall,
		TextEdits: []analysis.TextEdit{{Pos: stmt.Pos(), End: stmt.Pos(), NewText: []byte(text)}},
	}, true
}

// enclosing returns, from the path of a node, the statement of a
// statement list that contains it, the file, and the signature and
// parameter list of the innermost function.
func enclosing(pass *analysis.Pass, path []ast.Node) (ast.Stmt, *ast.File, *types.Signature, *ast.FieldList) {
	var stmt ast.Stmt
	var file *ast.File
	var sig *types.Signature
	var params *ast.FieldList
	for i, n := range path {
		if stmt == nil && i+1 < len(path) {
			if s, ok := n.(ast.Stmt); ok {
				switch path[i+1].(type) {
				case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
					stmt = s
				}
			}
		}
		if sig == nil {
			switch f := n.(type) {
			case *ast.FuncLit:
				sig, _ = pass.TypesInfo.TypeOf(f).(*types.Signature)
				params = f.Type.Params
				if stmt == nil {
					return nil, nil, nil, nil
				}
			case *ast.FuncDecl:
				if obj := pass.TypesInfo.Defs[f.Name]; obj != nil {
					sig, _ = obj.Type().(*types.Signature)
				}
				params = f.Type.Params
				if stmt == nil {
					return nil, nil, nil, nil
				}
			}
		}
		if f, ok := n.(*ast.File); ok {
			file = f
		}
	}
	return stmt, file, sig, params
}

// returnsError reports whether the method name of sel.X's type returns an
// error last.
func returnsError(pass *analysis.Pass, sel *ast.SelectorExpr, name string) bool {
	t := pass.TypesInfo.TypeOf(sel.X)
	if t == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, pass.Pkg, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	res := fn.Type().(*types.Signature).Results()
	return res.Len() > 0 && ssautil.IsError(res.At(res.Len()-1).Type())
}

// httpName returns the name under which the file imports net/http, or "".
func httpName(file *ast.File) string {
	for _, imp := range file.Imports {
		if imp.Path.Value != `"net/http"` {
			continue
		}
		if imp.Name == nil {
			return "http"
		}
		if imp.Name.Name == "_" || imp.Name.Name == "." {
			return ""
		}
		return imp.Name.Name
	}
	return ""
}

// responseWriter returns the name of the function's http.ResponseWriter
// parameter, or "".
func responseWriter(pass *analysis.Pass, params *ast.FieldList) string {
	if params == nil {
		return ""
	}
	for _, field := range params.List {
		t := pass.TypesInfo.TypeOf(field.Type)
		if !ssautil.IsResponseWriter(t) {
			continue
		}
		for _, name := range field.Names {
			if name.Name != "_" {
				return name.Name
			}
		}
	}
	return ""
}
