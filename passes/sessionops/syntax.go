package sessionops

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Syntax returns the syntax of an op, found by its position in files: the
// *ast.CallExpr of a call, the *ast.IndexExpr of a map write, the
// *ast.SelectorExpr of a field store; and the path of enclosing nodes from
// it to the file. It returns nil when the op has no syntax (synthetic code).
func Syntax(files []*ast.File, op *Op) (ast.Node, []ast.Node) {
	if op == nil || !op.Pos.IsValid() {
		return nil, nil
	}
	var file *ast.File
	for _, f := range files {
		if f.FileStart <= op.Pos && op.Pos < f.FileEnd {
			file = f
			break
		}
	}
	if file == nil {
		return nil, nil
	}
	path := enclosingPath(file, op.Pos)
	for i, n := range path {
		switch n := n.(type) {
		case *ast.CallExpr:
			if n.Lparen == op.Pos {
				return n, path[i:]
			}
		case *ast.IndexExpr:
			if n.Lbrack == op.Pos {
				return n, path[i:]
			}
		case *ast.SelectorExpr:
			if n.Sel.Pos() == op.Pos {
				return n, path[i:]
			}
		}
	}
	return nil, nil
}

// enclosingPath returns the nodes that contain pos, innermost first, the
// file last. It finds the declaration by binary search, so that it costs
// the size of one declaration, not of the file.
func enclosingPath(file *ast.File, pos token.Pos) []ast.Node {
	i := sort.Search(len(file.Decls), func(i int) bool { return file.Decls[i].End() > pos })
	var path []ast.Node
	if i < len(file.Decls) && file.Decls[i].Pos() <= pos {
		ast.Inspect(file.Decls[i], func(n ast.Node) bool {
			if n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			path = append(path, n)
			return true
		})
	}
	slices.Reverse(path)
	return append(path, file)
}

// SessionExpr renders the expression of the session an op acts on, as
// written: the receiver of a method call (sm in sm.Put(ctx, k, v), c in
// c.SetSession(k, v)), the session of a field (sess in sess.Values[k] = v),
// the session argument of a function; for a helper call, the expression at
// the write inside the helper. It returns "" when unknown.
func SessionExpr(files []*ast.File, op *Op) string {
	if op == nil {
		return ""
	}
	if op.Helper != nil {
		return op.Helper.Expr
	}
	n, _ := Syntax(files, op)
	switch n := n.(type) {
	case *ast.CallExpr:
		if op.Call != nil && op.Call.Func.Recv == "" {
			// A function: the session is an argument (OnArg).
			if op.Call.Session == model.OnArg && op.Call.Arg < len(n.Args) {
				return types.ExprString(n.Args[op.Call.Arg])
			}
			return ""
		}
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
			return types.ExprString(sel.X)
		}
	case *ast.IndexExpr:
		if sel, ok := ast.Unparen(n.X).(*ast.SelectorExpr); ok {
			return types.ExprString(sel.X)
		}
	case *ast.SelectorExpr:
		return types.ExprString(n.X)
	}
	return ""
}

// ArgExpr renders the i-th argument of the call an op is, or "".
func ArgExpr(files []*ast.File, op *Op, i int) string {
	n, _ := Syntax(files, op)
	call, ok := n.(*ast.CallExpr)
	if !ok || i < 0 || i >= len(call.Args) {
		return ""
	}
	return types.ExprString(call.Args[i])
}
