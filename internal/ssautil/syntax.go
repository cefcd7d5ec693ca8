package ssautil

import (
	"go/ast"
	"go/token"
)

// Syntax indexes a package's expressions by the positions SSA gives the
// instructions built from them, so that a pass can go from an instruction
// back to its syntax: a call by its Lparen (ssa.CallCommon.Pos), a
// composite literal by its Lbrace, a binary expression by its operator
// (ssa.BinOp.Pos).
type Syntax struct {
	Calls  map[token.Pos]*ast.CallExpr
	Lits   map[token.Pos]*ast.CompositeLit
	Binary map[token.Pos]*ast.BinaryExpr
}

// IndexSyntax indexes the expressions of files.
func IndexSyntax(files []*ast.File) *Syntax {
	s := &Syntax{
		Calls:  map[token.Pos]*ast.CallExpr{},
		Lits:   map[token.Pos]*ast.CompositeLit{},
		Binary: map[token.Pos]*ast.BinaryExpr{},
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				s.Calls[n.Lparen] = n
			case *ast.CompositeLit:
				s.Lits[n.Lbrace] = n
			case *ast.BinaryExpr:
				s.Binary[n.OpPos] = n
			}
			return true
		})
	}
	return s
}
