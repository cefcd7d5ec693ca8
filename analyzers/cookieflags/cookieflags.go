package cookieflags

import (
	_ "embed"
	"go/ast"
	"go/types"
	"regexp"
	"slices"
	"sort"
	"strconv"
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
	return lint.New(a, lint.Meta{CWE: []string{"CWE-1004", "CWE-614", "CWE-1275"}, Default: true, Manual: lint.Manual(doc),
		Severity: lint.SeverityExposure, Precision: "very-high",
		CategoryCWE: map[string]string{"httponly": "CWE-1004", "secure": "CWE-614", "samesite": "CWE-1275", "samesite-none": "CWE-614"}})
}

// Analyzer is the cookieflags analyzer with its default configuration.
var Analyzer = New(DefaultConfig())

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
	jsReadable := name != "" && cfg.JSReadable != nil && cfg.JSReadable.MatchString(name)
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
		if snd.Note != "" && !contains(notes, snd.Note) {
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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

// wanted lists the attributes to set and their values.
func wanted(m missing) []attrValue {
	var out []attrValue
	if m.httpOnly {
		out = append(out, attrValue{model.AttrHttpOnly, model.True})
	}
	if m.secure || m.noneWithoutSecure {
		out = append(out, attrValue{model.AttrSecure, model.True})
	}
	if m.sameSite {
		out = append(out, attrValue{model.AttrSameSite, model.SameLax})
	}
	return out
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

// variadicRemedy says which trailing arguments of a variadic setter to
// pass, in the setter's order, with an example call.
func variadicRemedy(ps *model.PositionalSetter, m missing) string {
	var attrs []model.Attr
	for a, i := range ps.Args {
		if _, ok := variadicArgs[a]; ok && i >= ps.Variadic {
			attrs = append(attrs, a)
		}
	}
	slices.SortFunc(attrs, func(a, b model.Attr) int { return ps.Args[a] - ps.Args[b] })
	names, example := []string{}, []string{"name", "value"}
	for _, a := range attrs {
		names = append(names, variadicArgs[a][0])
		v := variadicArgs[a][1]
		if a == model.AttrHttpOnly && m.scriptable {
			v = "false"
		}
		example = append(example, v)
	}
	how := "pass them after the value, in the order " + strings.Join(names, ", ") + ": (" + strings.Join(example, ", ") + ")"
	if _, ok := ps.Args[model.AttrSameSite]; !ok && m.sameSite {
		how += "; this setter cannot send SameSite: set the cookie with http.SetCookie and SameSite: http.SameSiteLaxMode instead"
	}
	return how
}

// remedy says how to fix the finding, in the site's own terms.
func remedy(site *cookies.Site, m missing) string {
	want := wanted(m)
	if site.Server != nil {
		return serverRemedy(site, want)
	}
	switch site.Kind {
	case cookies.KindHeader:
		return "add " + quoteAttrs(want) + " to the Set-Cookie header"
	case cookies.KindPositional:
		if site.Setter != nil && len(site.Setter.Options) > 0 {
			if opts := optionsRemedy(site, site.Setter.Options, want); opts != "" {
				return "pass " + opts
			}
			return ""
		}
		if site.Setter != nil && site.Setter.Variadic > 0 {
			return variadicRemedy(site.Setter, m)
		}
		// In the setter's argument order: secure, then httpOnly.
		var args, parts []string
		if m.secure || m.noneWithoutSecure {
			args = append(args, "secure")
		}
		if m.httpOnly {
			args = append(args, "httpOnly")
		}
		sameSite := m.sameSite
		if len(args) > 0 {
			parts = append(parts, "pass true for "+lint.AndList(args))
		}
		if sameSite {
			parts = append(parts, "call SetSameSite("+site.ValueText(model.AttrSameSite, model.SameLax)+") before SetCookie")
		}
		return strings.Join(parts, " and ")
	}
	if site.Lit == nil && site.Ctor != nil && len(site.Ctor.Options) > 0 {
		// Functional options (go-session).
		if opts := optionsRemedy(site, site.Ctor.Options, want); opts != "" {
			return "pass " + opts + " to " + site.CtorName
		}
		return ""
	}
	if site.Lit == nil && site.Ctor != nil && site.Type != nil {
		via := site.Ctor.ConfigVia
		switch {
		case strings.HasSuffix(via, "()"):
			// gin-contrib: Options replaces every field.
			var fields []string
			fields = append(fields, `Path: "/"`, "MaxAge: 86400")
			for _, w := range want {
				if f, _ := site.FieldName(w.attr); f != "" {
					fields = append(fields, f+": "+site.ValueText(w.attr, w.val))
				}
			}
			return "call " + strings.TrimSuffix(via, "()") + "(" + typeName(site.Type) + "{" + strings.Join(fields, ", ") + "}) on the store (it replaces every field)"
		case via != "":
			var sets []string
			for _, w := range want {
				if f, neg := site.FieldName(w.attr); f != "" {
					sets = append(sets, via+"."+f+" = "+fieldValue(site, w, neg))
				}
			}
			if len(sets) > 0 {
				return "set " + lint.AndList(sets)
			}
			return ""
		case site.Ctor.ConfigArg >= 0:
			var fields []string
			for _, w := range want {
				if f, neg := site.FieldName(w.attr); f != "" {
					fields = append(fields, f+": "+fieldValue(site, w, neg))
				}
			}
			if len(fields) > 0 {
				return "pass " + typeName(site.Type) + "{" + strings.Join(fields, ", ") + "}"
			}
			return ""
		}
	}
	if site.Lit == nil && site.Type != nil && site.CtorName != "" {
		// A configuration written field by field (beego's BConfig).
		var sets []string
		for _, w := range want {
			if f, neg := site.FieldName(w.attr); f != "" {
				sets = append(sets, site.CtorName+"."+f+" = "+fieldValue(site, w, neg))
			} else if path, ok := site.Type.Sibling[w.attr]; ok {
				root := site.CtorName
				if i := strings.Index(root, "."); i >= 0 {
					if j := strings.Index(root[i+1:], "."); j >= 0 {
						root = root[:i+1+j]
					}
				}
				sets = append(sets, root+"."+path+" = true")
			}
		}
		if len(sets) > 0 {
			return "set " + lint.AndList(sets)
		}
		return ""
	}
	var fields []string
	for _, w := range want {
		if f, neg := site.FieldName(w.attr); f != "" {
			if site.Var != "" {
				fields = append(fields, site.Var+"."+f+" = "+fieldValue(site, w, neg))
			} else {
				fields = append(fields, f+": "+fieldValue(site, w, neg))
			}
		}
	}
	if len(fields) > 0 {
		return "set " + lint.AndList(fields)
	}
	return ""
}

// serverRemedy says which keys of a framework server's configuration to
// set (GoFrame's cookieHttpOnly...), in the configuration file the module
// ships when there is one, in its syntax.
func serverRemedy(site *cookies.Site, want []attrValue) string {
	sc := site.Server
	if len(sc.Keys) == 0 {
		return sc.Advice
	}
	file := site.ConfigFile
	syntax := modulescan.SyntaxOf(file)
	var entries, mapped, inCode []string
	for _, w := range want {
		key, val := sc.Keys[w.attr], string(w.val)
		if key == "" && sc.Negated[w.attr] != "" {
			key, val = sc.Negated[w.attr], "false"
		}
		if key == "" {
			continue
		}
		if site.SetInCode(w.attr) {
			if w.attr == model.AttrSameSite {
				val = "http.SameSite" + val + "Mode"
			}
			inCode = append(inCode, key+" = "+val)
			continue
		}
		for spelling, v := range sc.SameSite {
			if w.attr == model.AttrSameSite && v == w.val {
				val = spelling
				if _, err := strconv.Atoi(spelling); err != nil {
					val = strconv.Quote(spelling)
				}
			}
		}
		mapped = append(mapped, strconv.Quote(key)+": "+val)
		switch syntax {
		case modulescan.KeyEqualsValue:
			entries = append(entries, key+" = "+val)
		case modulescan.JSON:
			entries = append(entries, strconv.Quote(key)+": "+val)
		default:
			entries = append(entries, key+": "+strings.Trim(val, `"`))
		}
	}
	code := ""
	if len(inCode) > 0 {
		code = "set " + lint.AndList(inCode) + " where the code sets it"
	}
	if len(entries) == 0 {
		return code
	}
	if code != "" {
		code = "; " + code
	}
	return serverFileRemedy(site, file, entries, mapped) + code
}

// serverFileRemedy says where to set the entries: in the configuration
// file the module ships, or where the framework reads one.
func serverFileRemedy(site *cookies.Site, file string, entries, mapped []string) string {
	sc := site.Server
	where := "in " + file
	if sc.Section != "" {
		where = "in the " + sc.Section + " section of " + file
	}
	switch {
	case file != "" && site.ConfigExample:
		return "set " + lint.AndList(entries) + " " + where +
			" (the example configuration the module ships; a deployment's own may differ)"
	case file != "":
		return "set " + lint.AndList(entries) + " " + where +
			" (the file the module ships; a configuration loaded at run time may differ)"
	case len(sc.SetConfigMap) > 0:
		return "set " + lint.AndList(entries) + " in the " + sc.Section + " section of its configuration file (" +
			sc.Usual + "), or call SetConfigWithMap(g.Map{" + strings.Join(mapped, ", ") + "}) on it"
	}
	return "set " + lint.AndList(entries) + " in " + sc.Usual
}

// optionsRemedy names the functional options that set the wanted
// attributes (iris.CookieSecure, session.SetSameSite(http.SameSiteLaxMode)),
// the last the model lists for each: the name code usually writes.
func optionsRemedy(site *cookies.Site, opts []model.OptionFunc, want []attrValue) string {
	var out []string
	for _, w := range want {
		name := ""
		for _, o := range opts {
			if o.Attr != w.attr {
				continue
			}
			if o.Value != "" {
				name = cookies.ShortName(o.Func)
			} else {
				name = cookies.ShortName(o.Func) + "(" + site.ValueText(w.attr, w.val) + ")"
			}
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return lint.AndList(out)
}

func fieldValue(site *cookies.Site, w attrValue, negated bool) string {
	if negated {
		return "false"
	}
	return site.ValueText(w.attr, w.val)
}

func typeName(ct *model.CookieType) string {
	pkg := ct.Pkg
	if i := strings.LastIndex(pkg, "/"); i >= 0 {
		pkg = pkg[i+1:]
	}
	return pkg + "." + ct.Type
}

// quoteAttrs renders the header attributes to add, e.g. "; HttpOnly; Secure".
func quoteAttrs(want []attrValue) string {
	return `"` + headerAttrs(want) + `"`
}

func headerAttrs(want []attrValue) string {
	var b strings.Builder
	for _, w := range want {
		switch w.attr {
		case model.AttrHttpOnly:
			b.WriteString("; HttpOnly")
		case model.AttrSecure:
			b.WriteString("; Secure")
		case model.AttrSameSite:
			b.WriteString("; SameSite=" + string(w.val))
		}
	}
	return b.String()
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
