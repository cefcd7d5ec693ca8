package valueflow

import (
	"cmp"
	"fmt"
	"go/token"
	"regexp"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Kind is a set of origin kinds.
type Kind uint32

const (
	// Query: the URL's query string (r.URL.Query().Get, c.Query), or the
	// request URL as a whole.
	Query Kind = 1 << iota
	// Form: a form value that may come from the query too (r.FormValue,
	// echo's FormValue).
	Form
	// Header: a request header.
	Header
	// Path: a path parameter (c.Param, r.PathValue).
	Path
	// Body: the request body, and form values read from it only
	// (r.PostFormValue, gin's PostForm).
	Body
	// Cookie: the value of a request cookie.
	Cookie
	// SessionID: a session ID: the value of a request cookie whose name
	// matches model.SessionCookieNames (together with Cookie), or what a
	// session library reports as its session's ID (fiber s.ID(), gorilla
	// s.ID, scs Token).
	SessionID
	// MathRand: math/rand or math/rand/v2.
	MathRand
	// Time: the clock (time.Now and everything computed from it).
	Time
	// Counter: a counter (atomic.Add*, x++ on a global or a field).
	Counter
	// PID: the process ID.
	PID
	// CryptoRand: crypto/rand, or a generator built on it (uuid v4,
	// securecookie.GenerateRandomKey); also a MAC keyed by a secret that
	// is not a constant (model.KeyedHashes), whatever it was computed
	// over: no client can choose or guess it.
	CryptoRand
	// Const: a constant.
	Const
	// Param: a parameter of the function (Origin.Param is its index) that
	// callers outside what the analysis sees can pass.
	Param
	// Unknown: something the analysis cannot follow (a call without a
	// summary, a global of another package, a channel receive...).
	Unknown
)

const (
	// Request is everything the client sends.
	Request = Query | Form | Header | Path | Body | Cookie
	// InURL is what the URL carries (FormValue reads the query too).
	InURL = Query | Form | Path
	// Predictable is what an attacker can guess.
	Predictable = MathRand | Time | Counter | PID
)

var kindNames = []string{
	"query", "form", "header", "path", "body", "cookie", "sessionid",
	"mathrand", "time", "counter", "pid", "cryptorand", "const", "param", "unknown",
}

// String renders k as its kind names joined by "|", e.g. "cookie|sessionid".
func (k Kind) String() string {
	var parts []string
	for i, n := range kindNames {
		if k&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

func kindOf(s model.Source) Kind {
	switch s {
	case model.SourceQuery:
		return Query
	case model.SourceForm:
		return Form
	case model.SourceHeader:
		return Header
	case model.SourcePath:
		return Path
	case model.SourceBody:
		return Body
	case model.SourceCookie:
		return Cookie
	case model.SourceSessionID:
		return SessionID
	case model.SourceMathRand:
		return MathRand
	case model.SourceTime:
		return Time
	case model.SourceCounter:
		return Counter
	case model.SourcePID:
		return PID
	case model.SourceCryptoRand:
		return CryptoRand
	}
	return Unknown
}

// Origin is one place a value comes from.
type Origin struct {
	// Kind is the origin's kind: one bit, or Cookie|SessionID for a
	// session cookie.
	Kind Kind
	// Pos is where the origin is in the analyzed package: the source call
	// (r.FormValue, rand.Intn), the field load (r.URL), the increment of a
	// counter. For an origin found inside a function of another package
	// (through its Summary fact), Pos is the call of that function in this
	// package and Via says where the origin is. NoPos for constants.
	Pos token.Pos
	// Desc names the source, e.g. "math/rand.Intn", "net/http.Request.FormValue",
	// "counter nextID"; for Unknown, what could not be followed.
	Desc string
	// Name is the name of the request input or cookie when it is a
	// constant (the query key, the header, the cookie name), else "".
	Name string
	// Param is the parameter's index for Param.
	Param int
	// Via is set for an origin found in another package: the function
	// called here and the position of the origin in its package, e.g.
	// "ids.New (ids.go:12)".
	Via string
}

// Is reports whether o has any kind of k.
func (o Origin) Is(k Kind) bool { return o.Kind&k != 0 }

// Imported reports whether the origin was found in another package.
func (o Origin) Imported() bool { return o.Via != "" }

// String describes the origin for messages, e.g. `math/rand.Intn`,
// `form value "sid"`, `request cookie "sid"`.
func (o Origin) String() string {
	var s string
	switch {
	case o.Kind&Cookie != 0:
		s = "request cookie"
	case o.Kind&Query != 0:
		s = "query parameter"
	case o.Kind&Form != 0:
		s = "form value"
	case o.Kind&Header != 0:
		s = "request header"
	case o.Kind&Path != 0:
		s = "path parameter"
	case o.Kind&Body != 0 && o.Name != "":
		s = "posted form value"
	case o.Kind&Body != 0:
		s = "request body"
	case o.Kind&Param != 0:
		return fmt.Sprintf("parameter %d", o.Param)
	case o.Kind&Const != 0:
		return "constant"
	default:
		s = o.Desc
	}
	if o.Kind&Request != 0 && o.Name != "" {
		s += " " + quote(o.Name)
	}
	if o.Via != "" {
		s += " in " + o.Via
	}
	return s
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

// IsSessionCookie reports whether o is the value of a request cookie whose
// name matches re (nil: model.SessionCookieNames).
func (o Origin) IsSessionCookie(re *regexp.Regexp) bool {
	if o.Kind&Cookie == 0 {
		return false
	}
	if re == nil {
		return o.Kind&SessionID != 0
	}
	return re.MatchString(o.Name)
}

// IsSessionID reports whether o is a session ID: a session cookie's value
// (named per re, nil for the default names) or a library session's ID.
func (o Origin) IsSessionID(re *regexp.Regexp) bool {
	if o.Kind&Cookie != 0 {
		return o.IsSessionCookie(re)
	}
	return o.Kind&SessionID != 0
}

func (o Origin) compare(p Origin) int {
	return cmp.Or(
		cmp.Compare(o.Pos, p.Pos),
		cmp.Compare(o.Kind, p.Kind),
		cmp.Compare(o.Desc, p.Desc),
		cmp.Compare(o.Name, p.Name),
		cmp.Compare(o.Param, p.Param),
		cmp.Compare(o.Via, p.Via),
	)
}

// Origins is the set of origins of a value.
type Origins struct {
	// Kinds is the union of the kinds of List.
	Kinds Kind
	// List holds each origin once, ordered by position.
	List []Origin
}

// Has reports whether any origin has a kind of k.
func (os Origins) Has(k Kind) bool { return os.Kinds&k != 0 }

// Only reports whether there are origins and all of their kinds are in k.
func (os Origins) Only(k Kind) bool { return os.Kinds != 0 && os.Kinds&^k == 0 }

// Of returns the origins that have a kind of k.
func (os Origins) Of(k Kind) []Origin {
	var out []Origin
	for _, o := range os.List {
		if o.Kind&k != 0 {
			out = append(out, o)
		}
	}
	return out
}

// Predictable reports whether the value is built from predictable inputs
// only: math/rand, the clock, a counter or the process ID, possibly mixed
// with constants and what the client sends, and nothing the analysis cannot
// see (which might be a secret) nor anything random.
func (os Origins) Predictable() bool {
	return os.Has(Predictable) && !os.Has(CryptoRand|Unknown|Param|SessionID)
}

// String renders the origins for tests: "kinds: origin; origin".
func (os Origins) String() string {
	var parts []string
	for _, o := range os.List {
		parts = append(parts, o.Kind.String()+"("+o.detail()+")")
	}
	return strings.Join(parts, " ")
}

// detail is the test rendering of an origin's description.
func (o Origin) detail() string {
	var s []string
	if o.Desc != "" {
		s = append(s, o.Desc)
	}
	if o.Name != "" {
		s = append(s, quote(o.Name))
	}
	if o.Kind&Param != 0 {
		s = append(s, fmt.Sprint(o.Param))
	}
	if o.Via != "" {
		s = append(s, "via "+o.Via)
	}
	return strings.Join(s, " ")
}

// set accumulates origins.
type set struct {
	kinds Kind
	list  []Origin
	index map[Origin]bool // the origins of list, once it is long
}

// indexFrom is the length from which a set indexes its origins.
const indexFrom = 16

func (s *set) add(o Origin) {
	s.kinds |= o.Kind
	if s.index != nil {
		if s.index[o] {
			return
		}
		s.index[o] = true
		s.list = append(s.list, o)
		return
	}
	for _, p := range s.list {
		if p == o {
			return
		}
	}
	s.list = append(s.list, o)
	if len(s.list) >= indexFrom {
		s.index = make(map[Origin]bool, 2*len(s.list))
		for _, p := range s.list {
			s.index[p] = true
		}
	}
}

func (s *set) addAll(t *set) {
	if t == nil {
		return
	}
	for _, o := range t.list {
		s.add(o)
	}
}

func (s *set) origins() Origins {
	if s == nil {
		return Origins{}
	}
	list := slices.Clone(s.list)
	slices.SortFunc(list, Origin.compare)
	return Origins{Kinds: s.kinds, List: list}
}
