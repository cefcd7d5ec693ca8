package cookies

import (
	"go/ast"
	"go/constant"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// serverSites adds the session cookie of a framework server that sends it
// itself (model ServerCookie: GoFrame, beego) in the package that runs the
// server, when the module writes sessions (GoFrame) or switches them on in
// its configuration file (beego): its attributes start from the
// framework's defaults, then what the configuration file the module ships
// sets, then what the code sets. The site is in the configuration file
// when there is one (where the setting belongs), else at the call that
// runs the server.
func (s *state) serverSites() {
	for _, lib := range model.All {
		if lib.Cookies == nil || lib.Cookies.Server == nil || lib.Session == nil {
			continue
		}
		sc := lib.Cookies.Server
		made := s.firstCall(sc.Servers, sc.Stop)
		if made == nil {
			continue
		}
		scan := modulescan.ForDir(modulescan.PackageDir(s.pass))
		if sc.Enable != "" {
			// Sessions switched on in code are reported there
			// (globalConfigSites).
			if _, inCode := scan.GoTextMatch(assigned(sc.Enable, "true")); inCode {
				continue
			}
		} else if _, used := scan.GoTextMatch(sessionWrites(lib)); !used {
			continue
		}
		s.serverSite(lib, sc, made, scan)
	}
}

// assigned matches an assignment of a field named key (of any value when
// value is "").
func assigned(key, value string) *regexp.Regexp {
	if value == "" {
		value = `[^=]`
	}
	return regexp.MustCompile(`\.` + regexp.QuoteMeta(key) + `\s*=\s*` + value)
}

// sessionWrites matches a write into a framework request's session
// (r.Session.Set(...)), from the library's sinks.
func sessionWrites(lib *model.Library) *regexp.Regexp {
	var names []string
	for _, c := range lib.Session.Sinks {
		names = append(names, regexp.QuoteMeta(c.Func.Name))
	}
	return regexp.MustCompile(`\.Session\.(` + strings.Join(names, "|") + `)\(`)
}

// firstCall returns the first call, in source order, of one of fs in the
// package.
func (s *state) firstCall(fs []model.Func, stop string) *ssa.Call {
	var first *ssa.Call
	s.eachInstr(func(instr ssa.Instruction) {
		call, ok := instr.(*ssa.Call)
		if !ok || first != nil && call.Pos() >= first.Pos() {
			return
		}
		if f, _, ok := funcOf(call.Common()); ok && slices.Contains(fs, f) && s.calls[call.Pos()] != nil && !ssautil.Restarts(call, stop) {
			first = call
		}
	})
	return first
}

func (s *state) serverSite(lib *model.Library, sc *model.ServerCookie, made *ssa.Call, scan *modulescan.Scan) {
	ce := s.calls[made.Pos()]
	attrs := Attrs{model.AttrName: {Origin: Default, Value: model.Value(sc.Name)}}
	for a, v := range sc.Defaults {
		attrs[a] = AttrValue{Origin: Default, Value: v}
	}
	site := &Site{
		Kind: KindConfig, Lib: lib, Server: sc, CtorName: "the " + lib.Name + " server",
		Pos: ce.Pos(), End: ce.End(), Call: ce, File: s.fileOf(ce.Pos()), Fn: made.Parent(),
	}
	keys := map[string]model.Attr{}
	for a, k := range sc.Keys {
		keys[modulescan.NormalizeKey(k)] = a
	}
	negated := map[string]model.Attr{}
	for a, k := range sc.Negated {
		negated[modulescan.NormalizeKey(k)] = a
	}
	if sc.NameKey != "" {
		keys[modulescan.NormalizeKey(sc.NameKey)] = model.AttrName
	}
	if len(sc.Keys) > 0 {
		cf := scan.Config(sc.Files, sc.Section)
		if !s.serverFile(sc, cf, keys, negated, attrs, site) && sc.Enable != "" {
			return // sessions are not switched on
		}
		if len(sc.SetConfig)+len(sc.SetConfigMap) > 0 {
			s.serverCode(sc, keys, attrs)
		} else {
			// Settings written field by field in code (beego's
			// BConfig.Listen.EnableHTTPS = cfg.TLS) decide.
			for k, a := range mergeKeys(sc.Keys, sc.Negated) {
				if _, inCode := scan.GoTextMatch(assigned(k, "")); inCode {
					attrs[a] = AttrValue{Origin: Dynamic}
				}
			}
		}
	}
	note := ""
	if ss := attrs.Get(model.AttrSameSite); ss.Origin == Const && ss.Value == model.SameUnset && len(sc.SameSite) > 0 {
		note = lib.Name + " sends no SameSite for that value: it knows only " + spellings(sc.SameSite)
	}
	site.Sends = []*Send{{
		Use: UseBrowser, Pos: ce.Pos(), Desc: ShortName(calleeFunc(made)) + "() runs the server, which sends it " + serverVerb(sc),
		Presumed: true, Attrs: attrs, Note: note,
	}}
	s.sites = append(s.sites, site)
}

// serverVerb says when the server sends the cookie.
func serverVerb(sc *model.ServerCookie) string {
	if sc.Enable != "" {
		return "with sessions switched on"
	}
	return "at the end of a request that wrote a session"
}

// mergeKeys maps the keys of both attribute maps to their attributes.
func mergeKeys(maps ...map[model.Attr]string) map[string]model.Attr {
	out := map[string]model.Attr{}
	for _, m := range maps {
		for a, k := range m {
			out[k] = a
		}
	}
	return out
}

// serverFile applies what the configuration file sets and moves the site
// into it: to the key that switches sessions on (Enable), else to the first
// insecure value, else to the section. It reports whether sessions are
// switched on by the file (always true without Enable, when there is a
// file).
func (s *state) serverFile(sc *model.ServerCookie, cf *modulescan.ConfigFile, keys, negated map[string]model.Attr, attrs Attrs, site *Site) bool {
	if cf == nil {
		return false
	}
	if sc.Enable != "" {
		e, ok := cf.Keys[modulescan.NormalizeKey(sc.Enable)]
		if b, err := strconv.ParseBool(e.Value); !ok || err != nil || !b {
			return false
		}
	}
	pos := s.configFilePositions(cf)
	site.ConfigFile, site.ConfigExample = cf.Path, cf.Example
	at := pos(max(cf.Section, 1))
	insecure := token.NoPos
	for k, e := range cf.Keys {
		a, ok := keys[k]
		neg := false
		if !ok {
			if a, ok = negated[k]; !ok {
				continue
			}
			neg = true
		}
		v := AttrValue{Origin: Const, Value: configValue(sc, a, e.Value), Pos: pos(e.Line)}
		if neg {
			v.Value = model.True
			if b, err := strconv.ParseBool(strings.TrimSpace(e.Value)); err == nil && b {
				v.Value = model.False
			}
		}
		attrs[a] = v
		if (v.IsOff() || a == model.AttrSameSite && v.Value == model.SameUnset) && (insecure == token.NoPos || v.Pos < insecure) {
			insecure = v.Pos
		}
	}
	switch {
	case sc.Enable != "":
		at = pos(cf.Keys[modulescan.NormalizeKey(sc.Enable)].Line)
	case insecure.IsValid():
		at = insecure
	}
	site.Pos, site.End, site.Call, site.File = at, at, nil, nil
	return true
}

// configFilePositions adds the configuration file to the file set (a
// finding can then point into it) and returns the position of a line.
func (s *state) configFilePositions(cf *modulescan.ConfigFile) func(line int) token.Pos {
	data := cf.Content()
	tf := s.pass.Fset.AddFile(cf.Abs, -1, len(data))
	tf.SetLinesForContent(data)
	return func(line int) token.Pos {
		if line < 1 || line > tf.LineCount() {
			return tf.Pos(0)
		}
		return tf.LineStart(line)
	}
}

// configValue normalises a configuration value of attribute a.
func configValue(sc *model.ServerCookie, a model.Attr, v string) model.Value {
	switch a {
	case model.AttrSameSite:
		if ss, ok := sc.SameSite[v]; ok {
			return ss
		}
		return model.SameUnset
	case model.AttrHttpOnly, model.AttrSecure:
		if b, err := strconv.ParseBool(strings.TrimSpace(v)); err == nil && b {
			return model.True
		}
		return model.False
	}
	return model.Value(v)
}

// serverCode applies what the package's code sets: a configuration struct
// literal (s.SetConfig(ghttp.ServerConfig{CookieSecure: true})) or map
// literal (s.SetConfigWithMap(g.Map{"cookieSecure": true})). A value the
// analysis cannot know is Dynamic.
func (s *state) serverCode(sc *model.ServerCookie, keys map[string]model.Attr, attrs Attrs) {
	s.eachInstr(func(instr ssa.Instruction) {
		call, ok := instr.(*ssa.Call)
		if !ok {
			return
		}
		f, _, ok := funcOf(call.Common())
		if !ok || !slices.Contains(sc.SetConfig, f) && !slices.Contains(sc.SetConfigMap, f) {
			return
		}
		ce := s.calls[call.Pos()]
		if ce == nil || len(ce.Args) == 0 {
			return
		}
		lit, ok := ast.Unparen(ce.Args[0]).(*ast.CompositeLit)
		if !ok {
			// A configuration built elsewhere: the author decided.
			for _, a := range keys {
				attrs[a] = AttrValue{Origin: Dynamic, Pos: ce.Pos()}
			}
			return
		}
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				s.serverEntry(sc, keys, attrs, kv)
			}
		}
	})
}

// serverEntry applies one key of a configuration literal.
func (s *state) serverEntry(sc *model.ServerCookie, keys map[string]model.Attr, attrs Attrs, kv *ast.KeyValueExpr) {
	var key string
	switch k := kv.Key.(type) {
	case *ast.Ident:
		key = k.Name
	case *ast.BasicLit:
		key, _ = strconv.Unquote(k.Value)
	}
	a, ok := keys[modulescan.NormalizeKey(key)]
	if !ok {
		return
	}
	v := AttrValue{Origin: Dynamic, Pos: kv.Value.Pos()}
	if tv, ok := s.pass.TypesInfo.Types[kv.Value]; ok && tv.Value != nil {
		text := tv.Value.ExactString()
		if tv.Value.Kind() == constant.String {
			text = constant.StringVal(tv.Value)
		}
		v = AttrValue{Origin: Const, Value: configValue(sc, a, text), Pos: kv.Value.Pos()}
	}
	attrs[a] = v
}

// calleeFunc returns the model name of a call's callee.
func calleeFunc(call *ssa.Call) model.Func {
	f, _, _ := funcOf(call.Common())
	return f
}

// spellings lists a configuration's SameSite spellings, sorted and quoted.
func spellings(m map[string]model.Value) string {
	var out []string
	for k := range m {
		out = append(out, strconv.Quote(k))
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}
