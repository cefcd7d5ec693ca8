// Package cookies defines an analysis pass that finds the cookie sites of a
// package: every place where a cookie, or the configuration of a session
// cookie, is built, with the attribute values the cookie finally carries
// as far as SSA can tell, and where the cookie goes (a browser, a
// client-side API, nowhere visible). It never reports; cookieflags and
// cookiescope read its Result.
//
// # Sites
//
//   - KindLiteral: a composite literal of a modelled cookie type
//     (net/http.Cookie, fiber's Cookie), followed through SSA: field stores
//     after the literal, in the same function or in callees that take the
//     cookie (summarised by the CookieParams fact, so helpers in other
//     packages count), copies, and the helpers that return it to callers in
//     the same package.
//   - KindHeader: a hand-written w.Header().Set/Add("Set-Cookie", v) whose
//     value is a constant, a fmt.Sprintf with a constant format, or a
//     concatenation: the attribute part is parsed (ParseSetCookie). A value
//     that is c.String() of a cookie literal is that literal's use, not a
//     site of its own.
//   - KindPositional: a setter taking the attributes as arguments (gin
//     SetCookie); SameSite comes from a SetSameSite call on the same context
//     that dominates the setter.
//   - KindConfig: the configuration of a session cookie: an options or
//     config literal (gorilla sessions.Options, gin-contrib Options, fiber
//     session.Config, beego ManagerConfig, iris sessions.Config), a store or
//     manager constructor whose defaults decide (NewCookieStore, scs.New,
//     session.New()) together with the field writes through it
//     (store.Options.Secure = true, sm.Cookie.Secure = true), and beego's
//     web.BConfig.WebConfig.Session writes.
//
// # Where a cookie goes
//
// Each site lists its Sends. A cookie is sent to a browser by a modelled
// sender (http.SetCookie, echo's SetCookie, gin's SetCookieData, fiber's
// Cookie), by a Set-Cookie header of any http.Header (c.String() written
// there, also through helpers: a CookieParams fact records a string
// parameter that a function writes as a Set-Cookie header, or as a header
// named by another parameter, as in framework adapters' AddHeader(key,
// value)), by a function whose CookieParams fact says it sends its
// parameter, or — presumed — when it is returned from a function that code
// outside the package can call (the helper is the site: its callers are
// not reported again), and for session cookie configurations.
//
// A gorilla-style store gives each session a copy of its configuration,
// which Save sends. When the package sees every session obtained from a
// store (store.Get, never handing the store to other code), the store's
// configuration is sent only by the Saves of sessions whose Options were
// not replaced first (with the session's own field writes): those Saves
// are the sends, and a store whose sessions always get their own Options
// has none. A configuration literal kept in a field of the application's
// own store type, when the package also assigns that field a value that
// is not a literal (a setter), is a default the callers replace: not
// presumed sent. A cookie given only to client-side APIs
// ((*http.Request).AddCookie, cookie jars) is UseClient. A literal that
// reaches no sender (stored in a struct, a map, a global, passed to code
// SSA cannot follow) has no Sends: precision first, it is not reported.
//
// # Attribute values
//
// An AttrValue says whether the attribute is unset (the library default
// applies), a known constant, or set to a value SSA does not know — which
// counts as set: the author decided. Within a function, a later store that
// dominates the send replaces the value; a store on some paths only makes
// it Dynamic when it differs. Passing a cookie pointer to code that cannot
// be followed (an interface method, a function value) makes every
// attribute Dynamic.
//
// # Versions
//
// Version-dependent defaults (gorilla CookieStore before v1.3.0) follow
// the version the analysed module selects (modulescan.SelectedVersion):
// the path of the library's files in the export data
// ("…/sessions@v1.2.1/store.go"), else the main module's
// vendor/modules.txt or go.mod; analysis.Pass.Module only describes the
// analysed module itself. When nothing tells, the newest behaviour is
// assumed and the send's Note says the version is unknown.
package cookies

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/testonly"
)

// Analyzer computes the cookie sites of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "cookies",
	Doc:        "find where cookies and session cookie configurations are built, with their final attributes",
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer, testonly.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(CookieParams), new(SessionMade)},
}

// Result lists the cookie sites of a package in source order.
type Result struct {
	Sites []*Site
}

// Kind says how a site builds or configures its cookie.
type Kind int

const (
	// KindLiteral: a composite literal of a cookie type (http.Cookie,
	// fiber.Cookie).
	KindLiteral Kind = iota + 1
	// KindHeader: a hand-written Set-Cookie header.
	KindHeader
	// KindPositional: a setter taking one argument per attribute (gin
	// SetCookie).
	KindPositional
	// KindConfig: a session cookie's configuration (an options or config
	// literal, a store or manager constructor, a framework's global
	// session settings).
	KindConfig
)

func (k Kind) String() string {
	switch k {
	case KindLiteral:
		return "literal"
	case KindHeader:
		return "header"
	case KindPositional:
		return "positional"
	case KindConfig:
		return "config"
	}
	return "unknown"
}

// Origin says where an attribute's final value comes from.
type Origin int

const (
	// Unset: nothing sets the attribute and the library has no default:
	// it is not sent (a boolean is false).
	Unset Origin = iota
	// Default: the library's default applies.
	Default
	// Const: the code sets it to a constant.
	Const
	// Dynamic: the code sets it to a value SSA does not know (or code it
	// cannot follow may set it): the author decided.
	Dynamic
)

func (o Origin) String() string {
	switch o {
	case Unset:
		return "unset"
	case Default:
		return "default"
	case Const:
		return "const"
	case Dynamic:
		return "dynamic"
	}
	return "?"
}

// AttrValue is an attribute's final value.
type AttrValue struct {
	Origin Origin
	// Value is the normalised value when Origin is not Dynamic: "true" or
	// "false" for booleans; model.SameLax, SameStrict, SameNone, SameUnset
	// or SameDefaultMode for SameSite; the string for Name, Path and
	// Domain; the decimal number for MaxAge (any negative number is "-1");
	// "past" for an Expires in the past, "" for none.
	Value model.Value
	// Pos is where the value was set (the literal's field, the store, the
	// argument), token.NoPos when unset or defaulted.
	Pos token.Pos
	// Why explains a value found by reasoning rather than read (Secure:
	// r.URL.Scheme == "https" is false), for the message.
	Why string
	// Prefix is the constant start of a Name built at run time
	// ("CSRF-Token-" + id).
	Prefix string
}

// Known reports whether the value is known (not Dynamic).
func (v AttrValue) Known() bool { return v.Origin != Dynamic }

// IsTrue reports whether a boolean attribute is known to be on.
func (v AttrValue) IsTrue() bool { return v.Known() && v.Value == model.True }

// IsOff reports whether a boolean attribute is known to be off (false or
// unset). A Secure sent only over TLS (model.SecureIfTLS) is neither on
// nor off: the library does what it can.
func (v AttrValue) IsOff() bool {
	return v.Known() && (v.Value == model.False || v.Value == "")
}

// String renders the value for debugging and fact tests.
func (v AttrValue) String() string {
	if v.Origin == Dynamic {
		return "dynamic"
	}
	return fmt.Sprintf("%s:%q", v.Origin, v.Value)
}

// PastExpiry is the Value of an Expires known to be in the past.
const PastExpiry model.Value = "past"

// Attrs are a cookie's attribute values. A missing key is Unset.
type Attrs map[model.Attr]AttrValue

// Get returns the value of a (Unset with its zero meaning when missing).
func (a Attrs) Get(attr model.Attr) AttrValue {
	if v, ok := a[attr]; ok {
		return v
	}
	return AttrValue{Origin: Unset, Value: zeroValue(attr)}
}

// zeroValue is the normalised value of an attribute that is not set.
func zeroValue(attr model.Attr) model.Value {
	switch attr {
	case model.AttrSecure, model.AttrHttpOnly, model.AttrPartitioned:
		return model.False
	case model.AttrMaxAge:
		return "0"
	}
	return ""
}

// Deletion reports whether the attributes describe a cookie that deletes
// itself: a negative MaxAge or an Expires in the past.
func (a Attrs) Deletion() bool {
	if m := a.Get(model.AttrMaxAge); m.Known() {
		if n, err := strconv.Atoi(string(m.Value)); err == nil && n < 0 {
			return true
		}
	}
	e := a.Get(model.AttrExpires)
	return e.Known() && e.Value == PastExpiry
}

// EmptyValue reports whether the cookie's value is the constant "" (a
// literal with Value: "", a setter given ""). A literal that names no
// value at all is not counted: it is often filled in out of sight.
func (a Attrs) EmptyValue() bool {
	v := a.Get(model.AttrValue)
	return v.Origin == Const && v.Value == ""
}

// ConstValue reports whether the cookie's value is a non-empty constant
// (consent=1, lang=en): it carries no secret.
func (a Attrs) ConstValue() bool {
	v := a.Get(model.AttrValue)
	return v.Origin == Const && v.Value != ""
}

func (a Attrs) clone() Attrs {
	b := make(Attrs, len(a))
	for k, v := range a {
		b[k] = v
	}
	return b
}

// String renders the attributes in a fixed order, for tests.
func (a Attrs) String() string {
	var parts []string
	for _, k := range allAttrs {
		if v, ok := a[k]; ok {
			parts = append(parts, string(k)+"="+v.String())
		}
	}
	return strings.Join(parts, " ")
}

var allAttrs = []model.Attr{
	model.AttrName, model.AttrValue, model.AttrPath, model.AttrDomain, model.AttrExpires,
	model.AttrMaxAge, model.AttrSecure, model.AttrHttpOnly, model.AttrSameSite, model.AttrPartitioned,
}

// Use says where a cookie goes.
type Use int

const (
	// UseBrowser: the cookie is sent to a browser in a response.
	UseBrowser Use = iota + 1
	// UseClient: the cookie is given to a client-side API (a request, a
	// cookie jar); its browser attributes mean nothing.
	UseClient
)

func (u Use) String() string {
	switch u {
	case UseBrowser:
		return "browser"
	case UseClient:
		return "client"
	}
	return "unknown"
}

// Send is one place a site's cookie goes, with the attributes it has
// there.
type Send struct {
	Use Use
	// Pos is the sending call, the return of an exported helper, the
	// store or call that installs a session configuration; for header and
	// positional sites, the site itself.
	Pos token.Pos
	// Desc names how it is sent, e.g. "http.SetCookie" or "returned by
	// exported NewCookie".
	Desc string
	// Presumed: the send is not seen but presumed (a cookie returned from
	// a function outside callers can call, a session cookie
	// configuration).
	Presumed bool
	// Attrs are the final attribute values at this point, after the
	// library's defaults and the sender's own adjustments.
	Attrs Attrs
	// Note explains a library trap that decided an attribute, e.g. gin's
	// SetCookieData ignoring SetSameSite for a zero SameSite.
	Note string
}

// Deletion reports whether the cookie sent here deletes itself.
func (s *Send) Deletion() bool { return s.Attrs.Deletion() }

// Site is a place where a cookie, or a session cookie's configuration, is
// built.
type Site struct {
	Kind Kind
	Lib  *model.Library
	// Type is the cookie or configuration type: of the literal, or of the
	// configuration a constructor's store holds or takes (nil for header
	// and positional sites, and when unknown).
	Type *model.CookieType
	// Ctor is the store or manager constructor of a KindConfig site, if
	// any, and CtorName how to name it ("sessions.NewCookieStore").
	Ctor     *model.ConfigSite
	CtorName string
	// Pos and End delimit what to report: the literal, the call, the
	// header value, the configuring store.
	Pos, End token.Pos
	// Lit is the composite literal to edit (KindLiteral, and KindConfig
	// when configured by a literal), nil otherwise.
	Lit *ast.CompositeLit
	// Server is the framework server whose session cookie a KindConfig
	// site is (GoFrame), and ConfigFile the configuration file, relative
	// to the module root, the site is in ("" when it is in code).
	Server     *model.ServerCookie
	ConfigFile string
	// BySetters: the server site stands for the cookies the module sends
	// through Server.Setters, the module writing no session.
	BySetters bool
	// ConfigExample: ConfigFile is an example the module ships for its
	// deployments (conf/app.conf.example), not the file itself.
	ConfigExample bool
	// Var names the variable of a cookie filled field by field (c of
	// c := new(http.Cookie) or var c http.Cookie), "" otherwise.
	Var string
	// Call is the setter, Header.Set/Add or constructor call, nil for
	// literals.
	Call *ast.CallExpr
	// HeaderLit is the string literal a KindHeader fix can append
	// attributes to (the constant, the Sprintf format or the last operand
	// of the concatenation), nil when there is none.
	HeaderLit *ast.BasicLit
	// File is the file of the site.
	File *ast.File
	// Setter is the positional setter of a KindPositional site.
	Setter *model.PositionalSetter
	// Fn is the function that contains the site.
	Fn *ssa.Function
	// Sends lists where the cookie goes, in source order.
	Sends []*Send

	readFile func(string) ([]byte, error)
	src      []byte
	inTest   bool
}

// InTest reports whether the site is in a _test.go file, in a function
// only tests run (ssautil.TestOnly: a test helper in a plain file), or in
// an exported function only other packages' tests run (a test helper in a
// plain file of a helpers package).
func (s *Site) InTest() bool { return s.inTest }

// Browser returns the sends of the site's cookie to a browser that do not
// delete it and carry something: the ones whose attributes matter. A
// cookie whose value is the empty constant carries nothing and is treated
// like a deletion (a logout cookie with MaxAge 0); a session configuration
// has no value of its own and always counts.
func (s *Site) Browser() []*Send {
	var out []*Send
	for _, snd := range s.Sends {
		if snd.Use != UseBrowser || snd.Deletion() {
			continue
		}
		if s.Kind != KindConfig && (snd.Attrs.EmptyValue() || s.clearing() && snd.Attrs.Get(model.AttrValue).Origin == Unset) {
			continue
		}
		out = append(out, snd)
	}
	return out
}

// clearingName matches the names of functions that make the cookie that
// clears another (NewInvalidateCookie, expireSessionCookie, logoutCookie).
var clearingName = regexp.MustCompile(`(?i)(invalidat|delet|clear|expir|remov|log_?out|sign_?out|unset|destroy|revok|wipe|erase)`)

// clearing reports whether the site is in a function named for clearing a
// cookie: there, a literal that names no value is the empty value of a
// logout cookie, not one filled in out of sight.
func (s *Site) clearing() bool {
	return s.Fn != nil && clearingName.MatchString(ssautil.Outermost(s.Fn).Name())
}

// Name returns the cookie's name as far as it is known, "" otherwise.
func (s *Site) Name() string {
	for _, snd := range s.Sends {
		if n := snd.Attrs.Get(model.AttrName); n.Origin == Const || n.Origin == Default {
			return string(n.Value)
		}
	}
	return ""
}

// NamePrefix returns the constant start of a name built at run time
// ("CSRF-Token-" + id), "" when there is none or the name is known.
func (s *Site) NamePrefix() string {
	if s.Name() != "" {
		return ""
	}
	for _, snd := range s.Sends {
		if p := snd.Attrs.Get(model.AttrName).Prefix; p != "" {
			return p
		}
	}
	return ""
}

// String renders a site for tests.
func (s *Site) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", s.Kind)
	if s.Lib != nil {
		fmt.Fprintf(&b, " %s", s.Lib.Name)
	}
	for _, snd := range s.Sends {
		fmt.Fprintf(&b, "; %s %s [%s]", snd.Use, snd.Desc, snd.Attrs)
	}
	return b.String()
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if !importsModelled(pass.Pkg) {
		return res, nil
	}
	st := newCookieScan(pass)
	st.summarizeAll()
	roots := st.collectRoots()
	st.literalSites()
	st.configSites(roots)
	st.exportSessionsMade(roots)
	st.unseenStoreSessions(roots)
	st.positionalSites()
	st.headerSites()
	st.disabledSites()
	st.serverSites()
	st.applyHooks()
	slices.SortStableFunc(st.sites, func(a, b *Site) int { return int(a.Pos - b.Pos) })
	var testOnly []ast.Node // the syntax of the functions only tests run
	if len(st.sites) > 0 {
		for fn := range pass.ResultOf[testonly.Analyzer].(*testonly.Result).Funcs() {
			if fn.Parent() == nil && fn.Syntax() != nil {
				testOnly = append(testOnly, fn.Syntax())
			}
		}
	}
	for _, site := range st.sites {
		site.readFile = pass.ReadFile
		site.inTest = ssautil.InTestFile(pass.Fset, site.Pos) || slices.ContainsFunc(testOnly, func(n ast.Node) bool {
			return n.Pos() <= site.Pos && site.Pos < n.End()
		})
	}
	res.Sites = st.sites
	return res, nil
}
