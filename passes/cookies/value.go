package cookies

import (
	"go/constant"
	"go/token"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// attrValue evaluates v, stored into the field for attr of a cookie type
// spelling SameSite with enc, into an AttrValue set at pos. negated
// inverts a boolean (beego's DisableHTTPOnly).
func attrValue(v ssa.Value, attr model.Attr, enc model.SameSiteEncoding, negated bool, pos token.Pos) AttrValue {
	val, ok := constValue(v, attr, enc, map[ssa.Value]bool{})
	if !ok {
		out := AttrValue{Origin: Dynamic, Pos: pos}
		if attr == model.AttrName {
			out.Prefix = constPrefix(v)
		}
		return out
	}
	if b, isCmp := v.(*ssa.BinOp); isCmp && attr == model.AttrSecure && schemeIsHTTPS(b) {
		return AttrValue{Origin: Const, Value: val, Pos: pos, Why: `r.URL.Scheme is empty on a request a server receives, so r.URL.Scheme == "https" is never true; test r.TLS != nil or use configuration`}
	}
	if negated {
		if val == model.True {
			val = model.False
		} else {
			val = model.True
		}
	}
	return AttrValue{Origin: Const, Value: val, Pos: pos}
}

// constPrefix returns the constant start of a string built by
// concatenation ("CSRF-Token-" + id), "" when it has none.
func constPrefix(v ssa.Value) string {
	for range 4 {
		b, ok := v.(*ssa.BinOp)
		if !ok || b.Op != token.ADD {
			return ""
		}
		if s, ok := ssautil.ConstString(b.X); ok {
			return s
		}
		v = b.X
	}
	return ""
}

// constValue returns the normalised constant value of v, if it has one.
func constValue(v ssa.Value, attr model.Attr, enc model.SameSiteEncoding, seen map[ssa.Value]bool) (model.Value, bool) {
	switch v := v.(type) {
	case *ssa.Const:
		return normalizeConst(v, attr, enc)
	case *ssa.Phi:
		if seen[v] {
			return "", false
		}
		seen[v] = true
		// Every incoming value the same constant.
		var out model.Value
		first := true
		for _, e := range v.Edges {
			if e == v {
				continue
			}
			c, ok := constValue(e, attr, enc, seen)
			if !ok || (!first && c != out) {
				return "", false
			}
			out, first = c, false
		}
		return out, !first
	case *ssa.ChangeType:
		return constValue(v.X, attr, enc, seen)
	case *ssa.Convert:
		return constValue(v.X, attr, enc, seen)
	case *ssa.BinOp:
		if attr == model.AttrSecure && schemeIsHTTPS(v) {
			return model.False, true
		}
	}
	if attr == model.AttrExpires && pastTime(v, 0) {
		return PastExpiry, true
	}
	return "", false
}

// normalizeConst turns a constant into the normalised attribute value.
func normalizeConst(c *ssa.Const, attr model.Attr, enc model.SameSiteEncoding) (model.Value, bool) {
	if c.Value == nil {
		// The zero value of a non-basic type (time.Time{}): no attribute.
		if attr == model.AttrExpires {
			return "", true
		}
		return "", false
	}
	switch attr {
	case model.AttrSecure, model.AttrHttpOnly, model.AttrPartitioned:
		if c.Value.Kind() != constant.Bool {
			return "", false
		}
		if constant.BoolVal(c.Value) {
			return model.True, true
		}
		return model.False, true
	case model.AttrSameSite:
		return sameSiteConst(c.Value, enc)
	case model.AttrMaxAge:
		n, ok := constant.Int64Val(constant.ToInt(c.Value))
		if !ok {
			return "", false
		}
		if n < 0 {
			n = -1
		}
		return model.Value(strconv.FormatInt(n, 10)), true
	case model.AttrName, model.AttrValue, model.AttrPath, model.AttrDomain:
		if c.Value.Kind() != constant.String {
			return "", false
		}
		return model.Value(constant.StringVal(c.Value)), true
	}
	// Pseudo-attributes (CookieType.Overrides) are booleans.
	if c.Value.Kind() == constant.Bool {
		if constant.BoolVal(c.Value) {
			return model.True, true
		}
		return model.False, true
	}
	return "", false
}

// sameSiteConst normalises a SameSite constant.
func sameSiteConst(v constant.Value, enc model.SameSiteEncoding) (model.Value, bool) {
	switch enc {
	case model.SameSiteString:
		if v.Kind() != constant.String {
			return "", false
		}
		return sameSiteString(constant.StringVal(v)), true
	default:
		n, ok := constant.Int64Val(constant.ToInt(v))
		if !ok {
			return "", false
		}
		return sameSiteHTTP(n), true
	}
}

// sameSiteHTTP maps an http.SameSite value: 0 and any unknown value emit
// nothing; SameSiteDefaultMode emits nothing either (since Go 1.16).
func sameSiteHTTP(n int64) model.Value {
	switch n {
	case 1:
		return model.SameDefaultMode
	case 2:
		return model.SameLax
	case 3:
		return model.SameStrict
	case 4:
		return model.SameNone
	}
	return model.SameUnset
}

// sameSiteString maps fiber's SameSite strings (case-insensitive): ""
// stays "" (the type's default, Lax, fills it in), "disabled" emits
// nothing, anything unknown falls to Lax as in fiber's switch.
func sameSiteString(s string) model.Value {
	switch strings.ToLower(s) {
	case "":
		return ""
	case "lax":
		return model.SameLax
	case "strict":
		return model.SameStrict
	case "none":
		return model.SameNone
	case "disabled":
		return model.SameDisabled
	}
	return model.SameLax
}

// pastTime reports whether v is a time.Time certainly in the past:
// time.Now() (past by the time the browser has the cookie), time.Unix(c,
// _) with c before now, time.Date with an earlier year,
// time.Now().Add(-d) and AddDate with negative constants, the same
// followed by UTC/Local/In, and the model's ExpiredTimes.
func pastTime(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL && g.Pkg != nil &&
			model.IsExpiredTime(g.Pkg.Pkg.Path(), g.Name()) {
			return true
		}
	case *ssa.Call:
		callee := v.Call.StaticCallee()
		if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != "time" {
			return false
		}
		args := v.Call.Args
		switch callee.Name() {
		case "Now":
			return true
		case "Unix":
			if len(args) == 2 {
				if sec, ok := intConst(args[0]); ok {
					return sec < time.Now().Unix()
				}
			}
		case "Date":
			if len(args) >= 1 {
				if year, ok := intConst(args[0]); ok {
					return year < int64(time.Now().Year())
				}
			}
		case "Add":
			// (Time).Add(d): receiver is now and d a negative constant.
			if len(args) == 2 && isNow(args[0]) {
				if d, ok := intConst(args[1]); ok {
					return d < 0
				}
			}
		case "AddDate":
			if len(args) == 4 && isNow(args[0]) {
				neg := false
				for _, a := range args[1:] {
					n, ok := intConst(a)
					if !ok || n > 0 {
						return false
					}
					neg = neg || n < 0
				}
				return neg
			}
		case "UTC", "Local", "In":
			if len(args) >= 1 {
				return pastTime(args[0], depth+1)
			}
		}
	}
	return false
}

func isNow(v ssa.Value) bool {
	c, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	callee := c.Call.StaticCallee()
	return callee != nil && callee.Pkg != nil && callee.Pkg.Pkg.Path() == "time" && callee.Name() == "Now"
}

func intConst(v ssa.Value) (int64, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil {
		return 0, false
	}
	return constant.Int64Val(constant.ToInt(c.Value))
}

// schemeIsHTTPS reports whether b is r.URL.Scheme == "https" for an
// *http.Request r: a server's request has no scheme in its URL (only a
// proxy's absolute-form request does), so it is never true.
func schemeIsHTTPS(b *ssa.BinOp) bool {
	return b.Op == token.EQL && (requestScheme(b.X) && isConstString(b.Y, "https") || requestScheme(b.Y) && isConstString(b.X, "https"))
}

// requestScheme reports whether v is r.URL.Scheme for an *http.Request r.
func requestScheme(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	scheme, ok := load.X.(*ssa.FieldAddr)
	if !ok || valueflow.FieldName(scheme) != "Scheme" {
		return false
	}
	url, ok := scheme.X.(*ssa.UnOp)
	if !ok || url.Op != token.MUL {
		return false
	}
	fa, ok := url.X.(*ssa.FieldAddr)
	if !ok || valueflow.FieldName(fa) != "URL" {
		return false
	}
	tn, ok := model.TypeNameOf(fa.X.Type())
	return ok && tn == model.TypeName{Pkg: "net/http", Name: "Request"}
}

func isConstString(v ssa.Value, s string) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.String && constant.StringVal(c.Value) == s
}
