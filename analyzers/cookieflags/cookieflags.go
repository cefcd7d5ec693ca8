package cookieflags

import (
	"cmp"
	_ "embed"
	"go/ast"
	"go/types"
	"regexp"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/flagvalue"
	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/passes/cookies"
)

//go:embed doc.go
var doc string

// DefaultJSReadable matches the names of cookies that JavaScript must read
// by design, or that hold a preference rather than a secret: the token of
// the double-submit CSRF defence (Angular's XSRF-TOKEN, Django's csrftoken,
// csurf's _csrf, csrf_token...), the language, locale, theme or time zone
// a page is shown in. They are not required to be HttpOnly; Secure and
// SameSite still are.
const DefaultJSReadable = `(?i)(csrf|xsrf|(^|[_.-])(lang|language|locale|i18n|i18next|theme|timezone|tz)$)`

// Config is the configuration of a cookieflags analyzer.
type Config struct {
	// IgnoreNames matches the names of cookies not checked at all.
	IgnoreNames *regexp.Regexp
	// JSReadable matches the names of cookies meant to be read by
	// JavaScript: HttpOnly is not required of them.
	JSReadable *regexp.Regexp
	// Tests: report cookies built in _test.go files too.
	Tests bool
}

// DefaultConfig is the configuration of Analyzer before flags are parsed.
func DefaultConfig() Config {
	return Config{JSReadable: regexp.MustCompile(DefaultJSReadable)}
}

// New returns a cookieflags analyzer with the given configuration, whose
// flags -ignore-names and -js-readable change it.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "cookieflags",
		Doc:      lint.Doc(doc, "cookieflags"),
		Requires: []*analysis.Analyzer{cookies.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	// The empty value of either flag sets nil, which matches no cookie.
	a.Flags.Var(flagvalue.NewRegexp(&c.IgnoreNames, nil), "ignore-names",
		"regular expression: cookies whose name matches are not checked (empty: none)")
	a.Flags.Var(flagvalue.NewRegexp(&c.JSReadable, nil), "js-readable",
		"regular expression: cookies whose name matches are meant for JavaScript and need not be HttpOnly (empty: none)")
	a.Flags.BoolVar(&c.Tests, "tests", cfg.Tests, "also report cookies built in _test.go files")
	return lint.New(a)
}

// Analyzer is the cookieflags analyzer with its default configuration.
var Analyzer = New(DefaultConfig())

// Meta is what the registry knows of the analyzer.
var Meta = lint.Meta{CWE: []string{"CWE-1004", "CWE-614", "CWE-1275"}, Default: true, Manual: lint.Manual(doc),
	Severity: lint.SeverityExposure, Precision: "very-high",
	CategoryCWE: map[string]string{"httponly": "CWE-1004", "secure": "CWE-614", "samesite": "CWE-1275", "samesite-none": "CWE-614"}}

// missing is what a cookie lacks.
type missing struct {
	httpOnly, secure, sameSite bool
	// noneWithoutSecure: the author chose SameSite=None but not Secure,
	// which browsers reject.
	noneWithoutSecure bool
	// defaultNone: the library's default SameSite=None applies.
	defaultNone bool
	// scriptable: the page's script reads the cookie (-js-readable, or
	// the module's front-end): a remedy must not make it HttpOnly.
	scriptable bool
}

func (m missing) any() bool { return m.httpOnly || m.secure || m.sameSite || m.noneWithoutSecure }

func (m *missing) union(o missing) {
	m.httpOnly = m.httpOnly || o.httpOnly
	m.secure = m.secure || o.secure
	m.sameSite = m.sameSite || o.sameSite
	m.noneWithoutSecure = m.noneWithoutSecure || o.noneWithoutSecure
	m.defaultNone = m.defaultNone || o.defaultNone
	m.scriptable = m.scriptable || o.scriptable
}

// secretCookieName matches the names of cookies that carry a session or a
// credential: a constant value there is a placeholder for a secret set
// elsewhere (or a secret in the code), not a preference.
var secretCookieName = regexp.MustCompile(`(?i)(^|[_.-])(sess(ion)?|sid|auth|token|jwt|remember|login|credential|secret|api[_-]?key)`)

// check computes what a cookie named name, with attrs, lacks.
func check(name string, attrs cookies.Attrs, jsReadable bool) missing {
	m := missing{scriptable: jsReadable}
	// A constant value (consent=1) is no secret a script could steal,
	// unless the name says it is one (session=placeholder).
	constant := attrs.ConstValue() && !secretCookieName.MatchString(name)
	m.httpOnly = !jsReadable && !constant && attrs.Get(model.AttrHttpOnly).IsOff()
	secureOff := attrs.Get(model.AttrSecure).IsOff()
	ss := attrs.Get(model.AttrSameSite)
	if ss.Known() {
		switch ss.Value {
		case model.SameLax, model.SameStrict:
		case model.SameNone:
			if ss.Origin == cookies.Const {
				// Chosen by the author for a cross-site cookie: fine with
				// Secure.
				m.noneWithoutSecure = secureOff
				return m
			}
			m.sameSite, m.defaultNone = true, true
		default:
			m.sameSite = true
		}
	}
	m.secure = secureOff
	return m
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res := pass.ResultOf[cookies.Analyzer].(*cookies.Result)
	for _, site := range res.Sites {
		checkSite(pass, cfg, site)
	}
	return nil, nil
}

func checkSite(pass *analysis.Pass, cfg *Config, site *cookies.Site) {
	sends := site.Browser()
	if len(sends) == 0 || site.InTest() && !cfg.Tests {
		return
	}
	name := site.Name()
	if name != "" && cfg.IgnoreNames != nil && cfg.IgnoreNames.MatchString(name) {
		return
	}
	// A name built at run time is judged by its constant start
	// ("CSRF-Token-" + id).
	known := cmp.Or(name, site.NamePrefix())
	jsReadable := known != "" && cfg.JSReadable != nil && cfg.JSReadable.MatchString(known) ||
		site.Type != nil && site.Type.ScriptRead
	scriptChecked := false
	var m missing
	var related []analysis.RelatedInformation
	var notes []string
	for _, snd := range sends {
		sm := check(name, snd.Attrs, jsReadable)
		if sm.httpOnly && !scriptChecked && site.Kind != cookies.KindConfig {
			// Read by the application's own front-end (see modulescan):
			// looked up only for a cookie that would be reported.
			scriptChecked = true
			if _, jsReadable = modulescan.ForDir(modulescan.PackageDir(pass)).ScriptReads(name); jsReadable {
				sm = check(name, snd.Attrs, jsReadable)
			}
		}
		if !sm.any() {
			continue
		}
		m.union(sm)
		if snd.Note != "" && !slices.Contains(notes, snd.Note) {
			notes = append(notes, snd.Note)
		}
		if snd.Pos.IsValid() && pass.Fset.Position(snd.Pos).Line != pass.Fset.Position(site.Pos).Line {
			related = append(related, analysis.RelatedInformation{Pos: snd.Pos, Message: "sent here: " + snd.Desc})
		}
	}
	if !m.any() {
		return
	}
	msg := site.Subject() + " is sent " + phrase(m)
	if len(notes) > 0 {
		msg += " (" + strings.Join(notes, "; ") + ")"
	}
	if how := remedy(site, m); how != "" {
		msg += "; " + how
	}
	d := analysis.Diagnostic{
		Pos: site.Pos, End: site.End,
		Category: category(m),
		Message:  msg,
		Related:  related,
	}
	if fix := suggestedFix(pass, site, m); fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	pass.Report(d)
}

// phrase says what the cookie is sent without.
func phrase(m missing) string {
	var without []string
	if m.httpOnly {
		without = append(without, "HttpOnly")
	}
	switch {
	case m.noneWithoutSecure:
		without = append(without, "Secure (SameSite=None requires it)")
	case m.secure:
		without = append(without, "Secure")
	}
	if m.sameSite && !m.defaultNone {
		without = append(without, "SameSite")
	}
	s := ""
	if len(without) > 0 {
		s = "without " + lint.AndList(without)
	}
	if m.defaultNone {
		if s != "" {
			s += " and "
		}
		s += "with SameSite=None by default"
	}
	return s
}

// category renders the sub-kinds of a finding, comma-separated in a fixed
// order: httponly, secure, samesite, samesite-none.
func category(m missing) string {
	var c []string
	if m.httpOnly {
		c = append(c, "httponly")
	}
	if m.secure && !m.noneWithoutSecure {
		c = append(c, "secure")
	}
	if m.sameSite {
		c = append(c, "samesite")
	}
	if m.noneWithoutSecure {
		c = append(c, "samesite-none")
	}
	return strings.Join(c, ",")
}

type attrValue struct {
	attr model.Attr
	val  model.Value
}

// variadicArgs name the trailing arguments of a variadic cookie setter
// (beego's and macaron's others ...interface{}) and give an example value.
var variadicArgs = map[model.Attr][2]string{
	model.AttrMaxAge: {"maxAge", "maxAge"}, model.AttrPath: {"path", `"/"`}, model.AttrDomain: {"domain", `""`},
	model.AttrSecure: {"secure", "true"}, model.AttrHttpOnly: {"httpOnly", "true"}, model.AttrSameSite: {"sameSite", `"Lax"`},
}

// suggestedFix builds the mechanical fix: fields added to a literal, false
// arguments of a positional setter turned true, attributes appended to a
// constant Set-Cookie header.
func suggestedFix(pass *analysis.Pass, site *cookies.Site, m missing) *analysis.SuggestedFix {
	want := wanted(m)
	var edits []analysis.TextEdit
	var what []string
	switch site.Kind {
	case cookies.KindHeader:
		if site.HeaderLit == nil {
			return nil
		}
		edits = append(edits, cookies.AppendToString(site.HeaderLit, headerAttrs(want)))
		what = append(what, strings.TrimPrefix(headerAttrs(want), "; "))
	case cookies.KindPositional:
		for _, w := range want {
			if w.attr != model.AttrSecure && w.attr != model.AttrHttpOnly {
				continue
			}
			snd := site.Sends[0]
			v := snd.Attrs.Get(w.attr)
			if !v.Pos.IsValid() {
				continue
			}
			for _, arg := range site.Call.Args {
				if id, ok := arg.(*ast.Ident); ok && arg.Pos() == v.Pos && pass.TypesInfo.Uses[id] == types.Universe.Lookup("false") {
					edits = append(edits, analysis.TextEdit{Pos: arg.Pos(), End: arg.End(), NewText: []byte("true")})
					what = append(what, string(w.attr))
				}
			}
		}
	default:
		if site.Lit == nil {
			return nil
		}
		var set []cookies.FieldValue
		for _, w := range want {
			f, neg := site.FieldName(w.attr)
			if f == "" || !site.FromLiteral(w.attr) {
				continue
			}
			if w.attr == model.AttrSameSite && site.Type.SameSite == model.SameSiteHTTP && site.HTTPName() == "" {
				continue // would need an import
			}
			set = append(set, cookies.FieldValue{Field: f, Value: fieldValue(site, w, neg)})
			what = append(what, f+": "+fieldValue(site, w, neg))
		}
		if len(set) == 0 {
			return nil
		}
		edits = site.LiteralEdits(pass.Fset, set, nil)
	}
	if len(edits) == 0 {
		return nil
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	return &analysis.SuggestedFix{Message: "Set " + lint.AndList(what), TextEdits: edits}
}
