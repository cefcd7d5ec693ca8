package cookiescope

import (
	_ "embed"
	"fmt"
	"net"
	"sort"
	"strings"

	"golang.org/x/net/publicsuffix"
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/passes/cookies"
)

//go:embed doc.go
var doc string

// Config is the configuration of a cookiescope analyzer.
type Config struct {
	// Tests: report cookies built in _test.go files too.
	Tests bool
}

// New returns a cookiescope analyzer with the given configuration, whose
// flag -tests changes it.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "cookiescope",
		Doc:      lint.Doc(doc, "cookiescope"),
		Requires: []*analysis.Analyzer{cookies.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	a.Flags.BoolVar(&c.Tests, "tests", cfg.Tests, "also report cookies built in _test.go files")
	return lint.New(a)
}

// Analyzer is the cookiescope analyzer with its default configuration.
var Analyzer = New(Config{})

// Meta is what the registry knows of the analyzer.
var Meta = lint.Meta{CWE: []string{"CWE-668", "CWE-614"}, Default: true, Manual: lint.Manual(doc),
	Severity: lint.SeverityScope, Precision: "very-high",
	CategoryCWE: map[string]string{"public-suffix": "CWE-668", "parent-domain": "CWE-668", "prefix": "CWE-668", "partitioned": "CWE-614"}}

// Categories of the findings.
const (
	CategoryPublicSuffix = "public-suffix"
	CategoryPrefix       = "prefix"
	CategoryPartitioned  = "partitioned"
	CategoryParentDomain = "parent-domain"
)

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res := pass.ResultOf[cookies.Analyzer].(*cookies.Result)
	for _, site := range res.Sites {
		if site.InTest() && !cfg.Tests {
			continue
		}
		checkSite(pass, site)
	}
	return nil, nil
}

// finding is one problem of a site, gathered over its sends.
type finding struct {
	category string
	// prefix findings: the rules broken.
	prefix                           string
	needSecure, needPath, dropDomain bool
	// public-suffix: the domain.
	domain string
	// parent-domain: the field that turns the scoping off.
	override string
	related  []analysis.RelatedInformation
}

func checkSite(pass *analysis.Pass, site *cookies.Site) {
	found := map[string]*finding{}
	get := func(cat string) *finding {
		if found[cat] == nil {
			found[cat] = &finding{category: cat}
		}
		return found[cat]
	}
	for _, snd := range site.Browser() {
		attrs := snd.Attrs
		hit := false
		name := attrs.Get(model.AttrName)
		domain := attrs.Get(model.AttrDomain)
		secureOff := attrs.Get(model.AttrSecure).IsOff()
		if name.Known() {
			n := string(name.Value)
			switch {
			case hasPrefixFold(n, "__Host-"):
				f := get(CategoryPrefix)
				f.prefix = "__Host-"
				path := attrs.Get(model.AttrPath)
				if secureOff {
					f.needSecure, hit = true, true
				}
				if path.Known() && path.Value != "/" {
					f.needPath, hit = true, true
				}
				if domain.Known() && domain.Value != "" {
					f.dropDomain, hit = true, true
				}
			case hasPrefixFold(n, "__Secure-"):
				f := get(CategoryPrefix)
				f.prefix = "__Secure-"
				if secureOff {
					f.needSecure, hit = true, true
				}
			}
		}
		if d, ok := publicSuffixDomain(domain); ok && !(found[CategoryPrefix] != nil && found[CategoryPrefix].dropDomain) {
			get(CategoryPublicSuffix).domain = d
			hit = true
		}
		if attrs.Get(model.AttrPartitioned).IsTrue() && secureOff {
			get(CategoryPartitioned)
			hit = true
		}
		if domain.Known() && domain.Value == model.ParentDomain {
			get(CategoryParentDomain).override = overrideField(site)
			hit = true
		}
		if hit && snd.Pos.IsValid() && pass.Fset.Position(snd.Pos).Line != pass.Fset.Position(site.Pos).Line {
			for _, f := range found {
				f.related = append(f.related, analysis.RelatedInformation{Pos: snd.Pos, Message: "sent here: " + snd.Desc})
			}
		}
	}
	cats := make([]string, 0, len(found))
	for c, f := range found {
		if c == CategoryPrefix && !f.needSecure && !f.needPath && !f.dropDomain {
			continue
		}
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		report(pass, site, found[c])
	}
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// publicSuffixDomain reports whether a Domain attribute names a public
// suffix: a rule of the Public Suffix List with more than one label
// (co.jp, github.io), or an ICANN top-level domain (com). Single labels
// only the list's default rule makes public (localhost, internal names)
// are left alone.
func publicSuffixDomain(v cookies.AttrValue) (string, bool) {
	if !v.Known() || v.Value == "" || v.Value == model.ParentDomain {
		return "", false
	}
	d := strings.ToLower(strings.TrimPrefix(string(v.Value), "."))
	if d == "" || strings.ContainsAny(d, ":/ ") || net.ParseIP(d) != nil || strings.HasSuffix(d, ".") {
		return "", false
	}
	ps, icann := publicsuffix.PublicSuffix(d)
	if ps != d {
		return "", false
	}
	if !strings.Contains(d, ".") && !icann {
		return "", false
	}
	return d, true
}

// overrideField returns the boolean field that turns a library's parent-
// domain scoping off (iris DisableSubdomainPersistence).
func overrideField(site *cookies.Site) string {
	if site.Type == nil {
		return ""
	}
	for _, o := range site.Type.Overrides {
		if v, ok := o.Attrs[model.AttrDomain]; ok && v == "" {
			return o.Field
		}
	}
	return ""
}

func report(pass *analysis.Pass, site *cookies.Site, f *finding) {
	subject := site.Subject()
	var msg string
	var fix *analysis.SuggestedFix
	switch f.category {
	case CategoryPrefix:
		var needs []string
		if f.needSecure {
			needs = append(needs, "Secure")
		}
		if f.needPath {
			needs = append(needs, `Path "/"`)
		}
		if f.dropDomain {
			needs = append(needs, "no Domain")
		}
		msg = fmt.Sprintf("%s is rejected by browsers: the %s prefix requires %s", subject, f.prefix, lint.AndList(needs))
		fix = prefixFix(pass, site, f)
	case CategoryPublicSuffix:
		msg = fmt.Sprintf("%s has Domain %q, a public suffix: browsers reject it or share it with every site under %s; drop Domain (a host-only cookie) or use your own registrable domain", subject, f.domain, f.domain)
		fix = editFix(pass, site, "Remove Domain", nil, []model.Attr{model.AttrDomain})
	case CategoryPartitioned:
		msg = subject + " is Partitioned without Secure: browsers reject it; set Secure"
		fix = editFix(pass, site, "Set Secure", []attrText{{model.AttrSecure, "true"}}, nil)
	case CategoryParentDomain:
		msg = subject + " is scoped to the registrable domain by default, so every subdomain receives it"
		if f.override != "" {
			msg += "; set " + f.override + ": true"
			if site.Lit != nil {
				fix = &analysis.SuggestedFix{
					Message:   "Set " + f.override + ": true",
					TextEdits: site.LiteralEdits(pass.Fset, []cookies.FieldValue{{Field: f.override, Value: "true"}}, nil),
				}
				if len(fix.TextEdits) == 0 {
					fix = nil
				}
			}
		}
	}
	d := analysis.Diagnostic{Pos: site.Pos, End: site.End, Category: f.category, Message: msg, Related: f.related}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	pass.Report(d)
}

type attrText struct {
	attr model.Attr
	text string
}

func prefixFix(pass *analysis.Pass, site *cookies.Site, f *finding) *analysis.SuggestedFix {
	var set []attrText
	var drop []model.Attr
	var what []string
	if f.needSecure {
		set = append(set, attrText{model.AttrSecure, "true"})
		what = append(what, "set Secure")
	}
	if f.needPath {
		set = append(set, attrText{model.AttrPath, `"/"`})
		what = append(what, `set Path "/"`)
	}
	if f.dropDomain {
		drop = append(drop, model.AttrDomain)
		what = append(what, "remove Domain")
	}
	msg := lint.AndList(what)
	return editFix(pass, site, strings.ToUpper(msg[:1])+msg[1:], set, drop)
}

// editFix builds a fix that sets and removes attributes: fields of a
// literal, or arguments of a positional setter (a removed Domain becomes
// ""). Nothing when an attribute's value does not come from the site.
func editFix(pass *analysis.Pass, site *cookies.Site, message string, set []attrText, drop []model.Attr) *analysis.SuggestedFix {
	var edits []analysis.TextEdit
	switch {
	case site.Lit != nil:
		var fields []cookies.FieldValue
		var dropFields []string
		for _, s := range set {
			f, neg := site.FieldName(s.attr)
			if f == "" || neg || !site.FromLiteral(s.attr) {
				return nil
			}
			fields = append(fields, cookies.FieldValue{Field: f, Value: s.text})
		}
		for _, a := range drop {
			f, _ := site.FieldName(a)
			if f == "" || !site.FromLiteral(a) {
				return nil
			}
			dropFields = append(dropFields, f)
		}
		edits = site.LiteralEdits(pass.Fset, fields, dropFields)
	case site.Kind == cookies.KindPositional && site.Call != nil && len(site.Sends) == 1:
		attrs := site.Sends[0].Attrs
		replace := func(a model.Attr, text string) bool {
			v := attrs.Get(a)
			for _, arg := range site.Call.Args {
				if v.Pos.IsValid() && arg.Pos() == v.Pos {
					edits = append(edits, analysis.TextEdit{Pos: arg.Pos(), End: arg.End(), NewText: []byte(text)})
					return true
				}
			}
			return false
		}
		for _, s := range set {
			if !replace(s.attr, s.text) {
				return nil
			}
		}
		for _, a := range drop {
			if !replace(a, `""`) {
				return nil
			}
		}
	}
	if len(edits) == 0 {
		return nil
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	return &analysis.SuggestedFix{Message: message, TextEdits: edits}
}
