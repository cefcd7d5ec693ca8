package cookies

import (
	"go/ast"
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// setCookieValue returns the value argument of a call of
// (net/http.Header).Set or Add with the key "Set-Cookie" (any case), nil
// for other calls.
func setCookieValue(c *ssa.CallCommon) ssa.Value {
	mf, first, ok := funcOf(c)
	if !ok || mf.Pkg != "net/http" || mf.Recv != "Header" || (mf.Name != "Set" && mf.Name != "Add") {
		return nil
	}
	if len(c.Args) != first+2 {
		return nil
	}
	if !isSetCookieName(c.Args[first]) {
		return nil
	}
	return c.Args[first+1]
}

// isSetCookieHeader reports whether c writes v as a Set-Cookie header.
func isSetCookieHeader(c *ssa.CallCommon, v ssa.Value) bool {
	return setCookieValue(c) == v && v != nil
}

// headerSites adds a site for every hand-written Set-Cookie header whose
// value is known in part: a constant, a fmt.Sprintf with a constant
// format, a concatenation.
func (s *cookieScan) headerSites() {
	s.eachCall(func(c ssa.CallInstruction) {
		v := setCookieValue(c.Common())
		if v == nil || isCookieString(v) {
			return
		}
		s.headerSite(c, v)
	})
}

// isCookieString reports whether v is c.String() of an http.Cookie: the
// cookie's own site covers it.
func isCookieString(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	mf, _, ok := funcOf(&call.Call)
	return ok && mf == model.Func{Pkg: "net/http", Recv: "Cookie", Name: "String"}
}

func (s *cookieScan) headerSite(c ssa.CallInstruction, v ssa.Value) {
	pieces := stringPieces(v, 0)
	if len(pieces) == 1 && pieces[0].hole {
		return // nothing known
	}
	sc := parsePieces(pieces)
	if !sc.OK {
		return
	}
	ce := s.calls[c.Pos()]
	if ce == nil || len(ce.Args) != 2 {
		return
	}
	arg := ce.Args[1]
	attrs := sc.Attrs.clone()
	if sc.Opaque {
		for _, a := range allAttrs {
			if _, ok := attrs[a]; !ok {
				attrs[a] = AttrValue{Origin: Dynamic}
			}
		}
	}
	// Positions of the header's attributes are the argument's.
	for a, val := range attrs {
		val.Pos = arg.Pos()
		attrs[a] = val
	}
	s.sites = append(s.sites, &Site{
		Kind: KindHeader, Lib: model.NetHTTP,
		Pos: arg.Pos(), End: arg.End(), Call: ce, HeaderLit: headerLiteral(arg),
		File: s.fileOf(ce.Pos()), Fn: c.Parent(),
		Sends: []*Send{{Use: UseBrowser, Pos: ce.Pos(), Desc: "a Set-Cookie header", Attrs: attrs}},
	})
}

// stringPieces splits a string value into constant text and holes.
func stringPieces(v ssa.Value, depth int) []piece {
	hole := []piece{{hole: true}}
	if depth > 16 {
		return hole
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return []piece{{text: constant.StringVal(v.Value)}}
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return append(stringPieces(v.X, depth+1), stringPieces(v.Y, depth+1)...)
		}
	case *ssa.Call:
		callee := v.Call.StaticCallee()
		if callee != nil && callee.Pkg != nil && callee.Pkg.Pkg.Path() == "fmt" && callee.Name() == "Sprintf" && len(v.Call.Args) >= 1 {
			if f, ok := v.Call.Args[0].(*ssa.Const); ok && f.Value != nil && f.Value.Kind() == constant.String {
				return formatPieces(constant.StringVal(f.Value))
			}
		}
	}
	return hole
}

// formatPieces splits a printf format into text and a hole per verb.
func formatPieces(format string) []piece {
	var out []piece
	var text []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			text = append(text, format[i])
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			text = append(text, '%')
			i++
			continue
		}
		// Skip flags, width, precision and argument indexes up to the verb.
		j := i + 1
		for j < len(format) && isVerbPrefix(format[j]) {
			j++
		}
		if len(text) > 0 {
			out = append(out, piece{text: string(text)})
			text = text[:0]
		}
		out = append(out, piece{hole: true})
		i = j
	}
	if len(text) > 0 {
		out = append(out, piece{text: string(text)})
	}
	return out
}

func isVerbPrefix(b byte) bool {
	return b == '+' || b == '-' || b == '#' || b == ' ' || b == '0' || b == '.' || b == '*' ||
		b == '[' || b == ']' || ('1' <= b && b <= '9')
}

// headerLiteral returns the string literal a fix can append attributes to:
// the value itself, the Sprintf format, or the last operand of a
// concatenation.
func headerLiteral(e ast.Expr) *ast.BasicLit {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			return e
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return headerLiteral(e.Y)
		}
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sprintf" && len(e.Args) > 0 {
			if lit, ok := ast.Unparen(e.Args[0]).(*ast.BasicLit); ok && lit.Kind == token.STRING {
				return lit
			}
		}
	}
	return nil
}
