package cookies

import (
	"fmt"
	"go/ast"
	"go/token"
	"path"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/model"
)

// This file holds what the analyzers reading the sites share to word
// their diagnostics and build their fixes.

// Subject names the site's cookie for a message: `cookie "sid"`,
// `cookie`, `session cookie of sessions.NewCookieStore`.
func (s *Site) Subject() string {
	if s.Server != nil && s.BySetters {
		var calls []string
		for _, f := range s.Server.Setters {
			calls = append(calls, f.Recv+"."+f.Name)
		}
		return "cookie set by " + strings.Join(calls, " or ") + " on " + s.CtorName
	}
	if s.Server != nil {
		return fmt.Sprintf("session cookie %q of %s", s.Name(), s.CtorName)
	}
	if s.Kind == KindConfig {
		purpose := "session cookie"
		if s.Type != nil && s.Type.Purpose != "" {
			purpose = s.Type.Purpose
		} else if s.Ctor != nil && s.Ctor.Purpose != "" {
			purpose = s.Ctor.Purpose // nosurf's base cookie, an http.Cookie
		}
		if s.CtorName != "" {
			return purpose + " of " + s.CtorName
		}
		return purpose
	}
	if n := s.Name(); n != "" {
		return fmt.Sprintf("cookie %q", n)
	}
	return "cookie"
}

// HTTPName returns the name under which the site's file imports net/http,
// "" when it does not.
func (s *Site) HTTPName() string {
	if s.File == nil {
		return ""
	}
	for _, imp := range s.File.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err == nil && p == "net/http" {
			if imp.Name != nil {
				if imp.Name.Name == "_" || imp.Name.Name == "." {
					return ""
				}
				return imp.Name.Name
			}
			return "http"
		}
	}
	return ""
}

// ValueText renders the Go expression that sets attr to v in a field of
// the site's type: true/false, a quoted string, or for an http.SameSite
// the constant under the file's name for net/http ("" when the file does
// not import it).
func (s *Site) ValueText(attr model.Attr, v model.Value) string {
	switch attr {
	case model.AttrSecure, model.AttrHttpOnly, model.AttrPartitioned:
		return string(v)
	case model.AttrSameSite:
		if s.Type != nil && s.Type.SameSite == model.SameSiteString {
			return strconv.Quote(string(v))
		}
		if s.Type != nil && s.Type.SameSiteConsts != "" {
			return path.Base(s.Type.Pkg) + "." + s.Type.SameSiteConsts + string(v) + "Mode"
		}
		http := s.HTTPName()
		if http == "" {
			http = "http"
		}
		return http + ".SameSite" + string(v) + "Mode"
	}
	return strconv.Quote(string(v))
}

// FieldName returns the field of the site's type that sets attr, and
// whether it is negated (beego's DisableHTTPOnly), "" when none does.
func (s *Site) FieldName(attr model.Attr) (string, bool) {
	if s.Type == nil {
		return "", false
	}
	if f, ok := s.Type.Fields[attr]; ok {
		return f, false
	}
	if f, ok := s.Type.Negated[attr]; ok {
		return f, true
	}
	return "", false
}

// FromLiteral reports whether attr's final value at every browser send
// comes from the site's literal (or from nothing): editing the literal
// then changes it.
func (s *Site) FromLiteral(attr model.Attr) bool {
	if s.Lit == nil {
		return false
	}
	for _, snd := range s.Browser() {
		v := snd.Attrs.Get(attr)
		if v.Pos.IsValid() && (v.Pos < s.Lit.Lbrace || v.Pos > s.Lit.Rbrace) {
			return false
		}
	}
	return true
}

// LiteralEdits returns the edits that give the site's literal the fields
// in set (field name to Go expression: an existing element's value is
// replaced, a missing one appended) and remove the fields in drop. It
// returns nil when the literal is not keyed.
func (s *Site) LiteralEdits(fset *token.FileSet, set []FieldValue, drop []string) []analysis.TextEdit {
	lit := s.Lit
	if lit == nil {
		return nil
	}
	elems := map[string]*ast.KeyValueExpr{}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			elems[id.Name] = kv
		}
	}
	var edits []analysis.TextEdit
	var add []string
	for _, fv := range set {
		if kv, ok := elems[fv.Field]; ok {
			edits = append(edits, analysis.TextEdit{Pos: kv.Value.Pos(), End: kv.Value.End(), NewText: []byte(fv.Value)})
			continue
		}
		add = append(add, fv.Field+": "+fv.Value)
	}
	dropped := map[ast.Expr]bool{}
	for _, name := range drop {
		kv, ok := elems[name]
		if !ok {
			continue
		}
		dropped[kv] = true
		edits = append(edits, s.removeElem(fset, kv))
	}
	if len(add) == 0 {
		return edits
	}
	// Append after the last element that stays.
	var last ast.Expr
	for _, e := range lit.Elts {
		if !dropped[e] {
			last = e
		}
	}
	multi := fset.Position(lit.Rbrace).Line > fset.Position(lit.Lbrace).Line
	switch {
	case last == nil && !multi:
		edits = append(edits, analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(strings.Join(add, ", "))})
	case last == nil:
		indent := s.indentOf(fset, lit.Rbrace) + "\t"
		edits = append(edits, analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace,
			NewText: []byte(indent[1:] + strings.Join(add, ",\n"+indent) + ",\n" + indent[:len(indent)-1])})
	case multi && fset.Position(lit.Rbrace).Line > fset.Position(last.End()).Line:
		indent := s.indentOf(fset, last.Pos())
		edits = append(edits, analysis.TextEdit{Pos: last.End(), End: last.End(),
			NewText: []byte(",\n" + indent + strings.Join(add, ",\n"+indent))})
	default:
		edits = append(edits, analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + strings.Join(add, ", "))})
	}
	return edits
}

// FieldValue is a field of a literal and the Go expression to give it.
type FieldValue struct{ Field, Value string }

// removeElem deletes a literal element with the comma and the space that
// follow it.
func (s *Site) removeElem(fset *token.FileSet, kv ast.Expr) analysis.TextEdit {
	end := kv.End()
	src := s.fileSource(fset)
	off := fset.Position(end).Offset
	if src != nil && off < len(src) {
		i := off
		if i < len(src) && src[i] == ',' {
			i++
			for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
				i++
			}
			if i < len(src) && src[i] == '\n' {
				// A line of its own: take the line's indentation too.
				i++
				start := fset.Position(kv.Pos()).Offset
				for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
					start--
				}
				if start > 0 && src[start-1] == '\n' {
					return analysis.TextEdit{Pos: kv.Pos() - token.Pos(fset.Position(kv.Pos()).Offset-start), End: end + token.Pos(i-off), NewText: nil}
				}
			}
		}
		end += token.Pos(i - off)
	}
	return analysis.TextEdit{Pos: kv.Pos(), End: end}
}

// indentOf returns the white space that starts pos's line.
func (s *Site) indentOf(fset *token.FileSet, pos token.Pos) string {
	src := s.fileSource(fset)
	p := fset.Position(pos)
	if src == nil || p.Offset > len(src) {
		return "\t"
	}
	start := p.Offset - (p.Column - 1)
	i := start
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return string(src[start:i])
}

// fileSource returns the text of the site's file, read through the token
// file's lines (nil when unavailable).
func (s *Site) fileSource(fset *token.FileSet) []byte {
	if s.src != nil {
		return s.src
	}
	if s.readFile == nil || s.File == nil {
		return nil
	}
	tf := fset.File(s.File.FileStart)
	if tf == nil {
		return nil
	}
	b, err := s.readFile(tf.Name())
	if err != nil {
		return nil
	}
	s.src = b
	return b
}

// AppendToString returns the edit that appends text to a string literal,
// before its closing quote.
func AppendToString(lit *ast.BasicLit, text string) analysis.TextEdit {
	end := lit.End() - 1
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte(text)}
}
