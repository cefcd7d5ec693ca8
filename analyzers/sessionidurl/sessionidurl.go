package sessionidurl

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/variadic"
	"github.com/sessionlint/sessionlint/passes/valueflow"
	"github.com/sessionlint/sessionlint/passes/valueflow/idsinks"
)

//go:embed doc.go
var doc string

// Config is the analyzer's configuration.
type Config = idsinks.Config

// Analyzer is the sessionidurl analyzer with its default configuration.
var Analyzer = New(Config{})

// Meta is what the registry knows of the analyzer.
var Meta = lint.Meta{CWE: []string{"CWE-598"}, Default: true, Manual: lint.Manual(doc), Severity: lint.SeverityExposure, Precision: "high"}

// New returns the analyzer for cfg; its -names flag sets cfg.Names.
func New(cfg Config) *analysis.Analyzer {
	return lint.New(idsinks.Define("sessionidurl", lint.Doc(doc, "sessionidurl"), cfg, check))
}

// leak is the reason given in every message.
const leak = "URLs leak into Referer headers, logs and browser history"

func check(in *idsinks.Input) {
	c := &checker{pass: in.Pass, cfg: in.Cfg, vf: in.Flow, reported: map[token.Pos]bool{}}
	c.fromURL(in.Sinks)
	funcs := valueflow.Funcs(in.SSA)
	var weak []urlSink
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				c.setting(instr)
				if s, ok := c.urlSink(instr); ok {
					if s.weak {
						weak = append(weak, s)
					} else {
						c.intoURL(s)
					}
				}
			}
		}
	}
	// A URL built by concatenation is reported only for the session IDs
	// no redirect or query API reported: usually it is the same URL.
	for _, s := range weak {
		c.intoURL(s)
	}
}

type checker struct {
	pass     *analysis.Pass
	cfg      *Config
	vf       *valueflow.Result
	reported map[token.Pos]bool
}

// fromURL reports session IDs read from the URL (a query or form parameter
// or path parameter named as a session ID) that are used as one: to find a
// session, as a store key, a cookie value, a library session's ID.
func (c *checker) fromURL(sinks *idsinks.Result) {
	type keyUse struct {
		pos  token.Pos
		key  ssa.Value
		what string
		// other: the use finds something its name says is not a
		// session (GetSubscriberBySignature)
		other bool
	}
	var uses []keyUse
	for _, u := range sinks.Uses {
		if u.Consumed {
			continue // a one-time code, deleted where it is exchanged
		}
		uses = append(uses, keyUse{u.Pos, u.Key, "to find a session (" + u.Desc + ")", !u.Sessionish && findsOther(u.Desc)})
	}
	for _, s := range sinks.Sinks {
		switch s.Kind {
		case idsinks.SinkStore, idsinks.SinkIDField:
			uses = append(uses, keyUse{s.Pos, s.Value, "as " + s.Desc, false})
		case idsinks.SinkCookie:
			if c.cfg.IsSessionName(s.Name) {
				uses = append(uses, keyUse{s.Pos, s.Value, "as " + s.Desc, false})
			}
		}
	}
	for _, u := range uses {
		for _, o := range c.vf.Origins(u.key).Of(valueflow.InURL) {
			if !c.cfg.IsSessionName(o.Name) || c.reported[o.Pos] || !o.Pos.IsValid() {
				continue
			}
			if u.other && ambiguousName.MatchString(o.Name) {
				// ?sid= handed to GetSubscriberBySignature: the
				// abbreviation names the subscriber, not a session.
				continue
			}
			c.reported[o.Pos] = true
			pos, end := c.vf.Range(o)
			d := analysis.Diagnostic{
				Pos: pos, End: end, Category: "query",
				Message: fmt.Sprintf("session ID is read from the URL (%s) and used %s; take it from the session cookie only: %s", o, u.what, leak),
			}
			if u.pos.IsValid() && u.pos != pos {
				d.Related = []analysis.RelatedInformation{{Pos: u.pos, Message: "used here"}}
			}
			c.pass.Report(d)
		}
	}
}

// ambiguousName matches the parameter names that abbreviate more than
// session IDs (sid: a subscriber's, a site's, a signature's).
var ambiguousName = regexp.MustCompile(`(?i)^(sids?|sess)$`)

// findsOther reports whether the name of a finding call ("Type.Method" or
// "Func") names what it finds, and that is not a session:
// GetSubscriberBySignature, FindUserByID; not Get, Load or GetSession.
func findsOther(desc string) bool {
	name := desc[strings.LastIndex(desc, ".")+1:]
	rest := idsinks.FindVerbs.ReplaceAllString(name, "")
	return rest != "" && rest != name && !idsinks.SessionWord.MatchString(rest)
}

// urlSink is a place where values end up in a URL.
type urlSink struct {
	pos, end token.Pos
	values   []ssa.Value
	// what names the URL in messages; weak marks a URL recognised by
	// its text only (a concatenation or a format).
	what string
	weak bool
	cat  string
}

// urlish matches the constant text of a URL around a parameter value.
var urlish = regexp.MustCompile(`(?i)(://|[?&;][\w.\-]*=|href=|src=|action=)`)

func (c *checker) urlSink(instr ssa.Instruction) (urlSink, bool) {
	switch x := instr.(type) {
	case *ssa.Call:
		common := &x.Call
		f, ok := valueflow.CallFunc(common)
		if !ok {
			return urlSink{}, false
		}
		for _, s := range model.URLSinks {
			if s.Func != f {
				continue
			}
			v := valueflow.CallArg(common, f, s.Arg)
			if v == nil {
				return urlSink{}, false
			}
			pos, end := c.callRange(x)
			if s.Redirect {
				return urlSink{pos: pos, end: end, values: []ssa.Value{v}, what: "the redirect URL of " + valueflow.ShortName(f), cat: "redirect"}, true
			}
			return urlSink{pos: pos, end: end, values: []ssa.Value{v}, what: "a URL query (" + valueflow.ShortName(f) + ")", cat: "url"}, true
		}
		if f.Pkg == "fmt" && (strings.HasPrefix(f.Name, "Sprint") || strings.HasPrefix(f.Name, "Fprint") || strings.HasPrefix(f.Name, "Append")) {
			args := common.Args
			if strings.HasPrefix(f.Name, "Fprint") || strings.HasPrefix(f.Name, "Append") {
				if len(args) == 0 {
					return urlSink{}, false
				}
				args = args[1:]
			}
			if len(args) < 2 {
				return urlSink{}, false
			}
			format, ok := ssautil.ConstString(args[0])
			if !ok || !urlish.MatchString(format) {
				return urlSink{}, false
			}
			pos, end := c.callRange(x)
			return urlSink{pos: pos, end: end, values: args[1:], what: fmt.Sprintf("a URL (%q)", format), weak: true, cat: "link"}, true
		}
	case *ssa.Store:
		fa, ok := x.Addr.(*ssa.FieldAddr)
		if !ok {
			return urlSink{}, false
		}
		tn, ok := model.TypeNameOf(fa.X.Type())
		if !ok {
			return urlSink{}, false
		}
		name := valueflow.FieldName(fa)
		for _, uf := range model.URLFields {
			if uf == (model.Field{Pkg: tn.Pkg, Type: tn.Name, Name: name}) {
				return urlSink{pos: x.Pos(), end: x.Pos(), values: []ssa.Value{x.Val}, what: "a URL (url.URL." + name + ")", cat: "url"}, true
			}
		}
	case *ssa.MapUpdate:
		if tn, ok := model.TypeNameOf(x.Map.Type()); ok && tn == (model.TypeName{Pkg: "net/url", Name: "Values"}) {
			return urlSink{pos: x.Pos(), end: x.Pos(), values: []ssa.Value{x.Value}, what: "a URL query (url.Values)", cat: "url"}, true
		}
	case *ssa.BinOp:
		if x.Op != token.ADD {
			return urlSink{}, false
		}
		if b, ok := x.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return urlSink{}, false
		}
		for _, pair := range [][2]ssa.Value{{x.X, x.Y}, {x.Y, x.X}} {
			if s, ok := ssautil.ConstString(pair[0]); ok && urlish.MatchString(s) {
				return urlSink{pos: x.Pos(), end: x.Pos(), values: []ssa.Value{pair[1]}, what: fmt.Sprintf("a URL (%q)", s), weak: true, cat: "link"}, true
			}
		}
	}
	return urlSink{}, false
}

// intoURL reports the session IDs that end up in the URL of s.
func (c *checker) intoURL(s urlSink) {
	var ids []valueflow.Origin
	for _, v := range s.values {
		for _, o := range c.vf.Origins(v).List {
			if o.IsSessionID(c.cfg.SessionNames()) && !c.reported[o.Pos] {
				ids = append(ids, o)
			}
		}
	}
	if len(ids) == 0 {
		return
	}
	for _, o := range ids {
		c.reported[o.Pos] = true
	}
	o := ids[0]
	d := analysis.Diagnostic{
		Pos: s.pos, End: s.end, Category: s.cat,
		Message: fmt.Sprintf("session ID (%s) is put into %s; keep session IDs out of URLs and rely on the session cookie: %s", o, s.what, leak),
	}
	if o.Pos.IsValid() && o.Pos != s.pos {
		d.Related = []analysis.RelatedInformation{{Pos: o.Pos, Message: "the session ID comes from here"}}
	}
	c.pass.Report(d)
}

func (c *checker) callRange(call *ssa.Call) (token.Pos, token.Pos) {
	if ce := c.vf.CallAt(call.Pos()); ce != nil {
		return ce.Pos(), ce.End()
	}
	return call.Pos(), call.Pos()
}

// setting reports library configurations that take the session ID from
// the URL.
func (c *checker) setting(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Store:
		fa, ok := x.Addr.(*ssa.FieldAddr)
		if !ok {
			return
		}
		tn, ok := model.TypeNameOf(fa.X.Type())
		if !ok {
			return
		}
		field := model.Field{Pkg: tn.Pkg, Type: tn.Name, Name: valueflow.FieldName(fa)}
		for _, s := range model.IDInURLSettings {
			switch field {
			case s.Flag:
				if k, ok := x.Val.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Bool && constant.BoolVal(k.Value) {
					c.report(x.Pos(), x.Pos(), fmt.Sprintf("%s accepts the session ID from the URL query when %s is true; leave it false so that only the cookie carries the ID", s.Lib, field.Name), nil)
				}
			case s.Lookup:
				if v, ok := ssautil.ConstString(x.Val); ok {
					if src, name, ok := strings.Cut(v, ":"); ok && (src == "query" || src == "form" || src == "param") {
						c.report(x.Pos(), x.Pos(), fmt.Sprintf("%s takes the session ID from the URL (%s %q); use \"cookie:%s\" so that only the cookie carries it", s.Lib, field.Name, v, name), nil)
					}
				}
			case s.Extractor:
				if ext := urlExtractor(x.Val, &s); ext != "" {
					c.report(x.Pos(), x.Pos(), fmt.Sprintf("%s takes the session ID from the URL (%s); use extractors.FromCookie so that only the cookie carries it", s.Lib, ext), nil)
				}
			}
		}
	case *ssa.Call:
		common := &x.Call
		f, ok := valueflow.CallFunc(common)
		if !ok {
			return
		}
		for i := range model.IDInURLSettings {
			s := &model.IDInURLSettings[i]
			if s.ConfigKey != "" && slices.Contains(s.Server.Servers, f) {
				c.configFile(x, s)
				continue
			}
			if s.Option == f {
				if on, known := constBool(valueflow.CallArg(common, f, 0)); known && on {
					pos, end := c.callRange(x)
					c.report(pos, end, fmt.Sprintf("%s accepts the session ID from the URL query with %s(true); pass false so that only the cookie carries the ID", s.Lib, valueflow.ShortName(f)), nil)
				}
				return
			}
			for _, m := range s.Managers {
				if m == f && s.DefaultOn {
					c.manager(x, f, s)
					return
				}
			}
		}
	}
}

// configFile reports the configuration file's key that makes the server
// run takes accept the session ID from the URL query, at the key's line in
// the file the module ships.
func (c *checker) configFile(run *ssa.Call, s *model.IDInURLSetting) {
	scan := modulescan.ForDir(modulescan.PackageDir(c.pass))
	cf := scan.Config(s.Server.Files, "")
	if cf == nil {
		return
	}
	key := modulescan.NormalizeKey(s.ConfigKey)
	e, ok := cf.Keys[key]
	if sc := s.Server; sc.ModeKey != "" {
		// The run mode's section wins ([prod] under runmode = prod).
		if mode, known := cf.RunMode(sc.ModeKey, sc.DefaultMode); known {
			if section := scan.Config([]string{cf.Path}, mode); section != nil {
				if se, ok2 := section.Keys[key]; ok2 {
					cf, e, ok = section, se, true
				}
			}
		}
	}
	if on, err := strconv.ParseBool(strings.TrimSpace(e.Value)); !ok || err != nil || !on {
		return
	}
	pos := cf.LinePositions(c.pass.Fset)(e.Line)
	if c.reported[pos] {
		return
	}
	c.reported[pos] = true
	c.pass.Report(analysis.Diagnostic{Pos: pos, Category: "config",
		Message: fmt.Sprintf("%s accepts the session ID from the URL query when %s is true in %s (the file the module ships; a configuration loaded at run time may differ); set it to false so that only the cookie carries the ID", s.Lib, s.ConfigKey, cf.Path),
		Related: []analysis.RelatedInformation{{Pos: run.Pos(), Message: "the server that reads it runs here"}}})
}

// manager reports a go-session manager built without disabling the
// URL-query fallback, with a fix adding the option.
func (c *checker) manager(call *ssa.Call, f model.Func, s *model.IDInURLSetting) {
	common := &call.Call
	if len(common.Args) != 1 {
		return
	}
	opts, ok := variadicArgs(common.Args[0])
	if !ok {
		return
	}
	for _, o := range opts {
		oc, ok := o.(*ssa.Call)
		if !ok {
			continue
		}
		if of, ok := valueflow.CallFunc(&oc.Call); ok && of == s.Option {
			on, known := constBool(valueflow.CallArg(&oc.Call, of, 0))
			if !on || !known {
				return // disabled, or set from a variable: the author decided
			}
		}
	}
	pos, end := c.callRange(call)
	var fixes []analysis.SuggestedFix
	if ce := c.vf.CallAt(call.Pos()); ce != nil && !ce.Ellipsis.IsValid() {
		if sel, ok := ce.Fun.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				text := id.Name + "." + s.Option.Name + "(false)"
				if len(ce.Args) > 0 {
					text = ", " + text
				}
				fixes = []analysis.SuggestedFix{{
					Message:   "disable the URL-query fallback",
					TextEdits: []analysis.TextEdit{{Pos: ce.Rparen, End: ce.Rparen, NewText: []byte(text)}},
				}}
			}
		}
	}
	c.report(pos, end, fmt.Sprintf("%s accepts the session ID from the URL query unless told otherwise; pass %s.%s(false) to %s", s.Lib, valueflow.PkgName(s.Option.Pkg), s.Option.Name, valueflow.ShortName(f)), fixes)
}

func (c *checker) report(pos, end token.Pos, msg string, fixes []analysis.SuggestedFix) {
	c.pass.Report(analysis.Diagnostic{Pos: pos, End: end, Category: "config", Message: msg, SuggestedFixes: fixes})
}

// urlExtractor returns the name of the URL-reading extractor an Extractor
// value is built with (directly or in a Chain), "" when none.
func urlExtractor(v ssa.Value, s *model.IDInURLSetting) string {
	call, ok := v.(*ssa.Call)
	if !ok {
		return ""
	}
	f, ok := valueflow.CallFunc(&call.Call)
	if !ok {
		return ""
	}
	for _, e := range s.Extractors {
		if e == f {
			return valueflow.ShortName(f)
		}
	}
	if f == s.Chain && len(call.Call.Args) == 1 {
		elems, _ := variadicArgs(call.Call.Args[0])
		for _, e := range elems {
			if name := urlExtractor(e, s); name != "" {
				return name
			}
		}
	}
	return ""
}

// variadicArgs returns the elements of a variadic argument built at the call
// (nil: none); ok is false when it comes from elsewhere (opts...).
func variadicArgs(v ssa.Value) ([]ssa.Value, bool) {
	switch x := v.(type) {
	case *ssa.Const:
		return nil, true
	case *ssa.Slice:
		return variadic.Elems(x)
	}
	return nil, false
}

func constBool(v ssa.Value) (val, known bool) {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(k.Value), true
}
