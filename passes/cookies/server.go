package cookies

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
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
// its configuration file (beego), or, writing none, sends its own cookies
// with the same attributes (GoFrame's r.Cookie.Set): its attributes start from the
// framework's defaults, then what the configuration file the module ships
// sets, then what the code sets. The site is in the configuration file
// when there is one (where the setting belongs), else at the call that
// runs the server.
func (s *cookieScan) serverSites() {
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
			if _, inCode := scan.GoTextMatchIn(modulescan.PackageDir(s.pass), assigned(sc.Enable, "true")); inCode {
				continue
			}
		}
		bySetters := false
		if sc.Enable == "" {
			if !sessionsUsed(lib, scan) {
				if _, set := scan.GoTextMatch(setterCalls(sc.Setters)); len(sc.Setters) == 0 || !set {
					continue
				}
				bySetters = true
			}
		}
		s.serverSite(lib, sc, made, scan, bySetters)
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

// sessionsUsed reports whether the module's code writes the framework
// request's session (sessionWrites) or uses it in one of the ways
// SessionUses names.
func sessionsUsed(lib *model.Library, scan *modulescan.Scan) bool {
	if _, used := scan.GoTextMatch(sessionWrites(lib)); used {
		return true
	}
	for _, use := range lib.Cookies.Server.SessionUses {
		if _, used := scan.GoTextMatch(regexp.MustCompile(use)); used {
			return true
		}
	}
	return false
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

// setterCalls matches a call of one of the setters on a field of the
// request named for the receiver's type (r.Cookie.Set(...)).
func setterCalls(fs []model.Func) *regexp.Regexp {
	var calls []string
	for _, f := range fs {
		calls = append(calls, regexp.QuoteMeta(f.Recv+"."+f.Name))
	}
	return regexp.MustCompile(`\.(` + strings.Join(calls, "|") + `)\(`)
}

// firstCall returns the first call, in source order, of one of fs in the
// package.
func (s *cookieScan) firstCall(fs []model.Func, stop string) *ssa.Call {
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

func (s *cookieScan) serverSite(lib *model.Library, sc *model.ServerCookie, made *ssa.Call, scan *modulescan.Scan, bySetters bool) {
	ce := s.calls[made.Pos()]
	attrs := Attrs{model.AttrName: {Origin: Default, Value: model.Value(sc.Name)}}
	for a, v := range sc.Defaults {
		attrs[a] = AttrValue{Origin: Default, Value: v}
	}
	site := &Site{
		Kind: KindConfig, Lib: lib, Server: sc, CtorName: "the " + lib.Name + " server",
		Pos: ce.Pos(), End: ce.End(), Call: ce, File: s.fileOf(ce.Pos()), Fn: made.Parent(), BySetters: bySetters,
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
	var notes []string
	if len(sc.Keys) > 0 {
		cf := scan.Config(sc.Files, sc.Section)
		if cf == nil && sc.OtherFiles != "" {
			cf = otherConfig(sc, scan)
		}
		if !s.serverFile(sc, scan, cf, keys, negated, attrs, site) && sc.Enable != "" {
			return // sessions are not switched on
		}
		if len(sc.SetConfig)+len(sc.SetConfigMap) > 0 {
			s.serverCode(sc, keys, attrs)
		} else {
			notes = codeSettings(sc, scan, attrs)
		}
	}
	if ss := attrs.Get(model.AttrSameSite); ss.Origin == Const && ss.Value == model.SameUnset && ss.Pos.IsValid() && len(sc.SameSite) > 0 {
		notes = append(notes, lib.Name+" sends no SameSite for that value: it knows only "+spellings(sc.SameSite))
	}
	site.Sends = []*Send{{
		Use: UseBrowser, Pos: ce.Pos(), Desc: ShortName(calleeFunc(made)) + "() runs the server, which sends it " + serverVerb(sc),
		Presumed: true, Attrs: attrs, Note: strings.Join(notes, "; "),
	}}
	s.sites = append(s.sites, site)
}

// otherConfig returns the first of the files matching sc.OtherFiles that
// switches sessions on (the first of them when sc has no switch), nil
// when none does.
func otherConfig(sc *model.ServerCookie, scan *modulescan.Scan) *modulescan.ConfigFile {
	for _, rel := range scan.Glob(sc.OtherFiles) {
		cf := scan.Config([]string{rel}, sc.Section)
		if cf == nil {
			continue
		}
		if sc.Enable == "" {
			return cf
		}
		if e, ok := cf.Keys[modulescan.NormalizeKey(sc.Enable)]; ok && switchedOn(e.Value) {
			return cf
		}
	}
	return nil
}

// SetInCode reports whether the module's code, not the configuration
// file, sets the attribute of a framework server's session cookie to the
// constant it has (codeSettings).
func (s *Site) SetInCode(a model.Attr) bool {
	if s.Server == nil || len(s.Sends) == 0 {
		return false
	}
	v := s.Sends[0].Attrs.Get(a)
	return v.Origin == Const && !v.Pos.IsValid()
}

// switchedOn reports whether a configuration file's value switches
// sessions on: true, or a value taken from the environment whose default
// is true (beego's "${SESSION_ON||true}": on unless the deployment says
// otherwise).
func switchedOn(v string) bool {
	v = strings.TrimSpace(v)
	if inner, ok := strings.CutPrefix(v, "${"); ok {
		_, def, found := strings.Cut(strings.TrimSuffix(inner, "}"), "||")
		if !found {
			return false
		}
		v = strings.TrimSpace(def)
	}
	b, err := strconv.ParseBool(v)
	return err == nil && b
}

// serverVerb says when the server sends the cookie.
func serverVerb(sc *model.ServerCookie) string {
	if sc.Enable != "" {
		return "with sessions switched on"
	}
	return "at the end of a request that wrote a session"
}

// codeSettings applies the settings the module's code writes field by
// field (beego's BConfig.Listen.EnableHTTPS = cfg.TLS, the cookie's name),
// which win over the file: a constant that leaves the attribute off is
// that value, with a note naming where (mindoc's SessionCookieSameSite =
// http.SameSiteDefaultMode); any other value is the author's choice.
func codeSettings(sc *model.ServerCookie, scan *modulescan.Scan, attrs Attrs) (notes []string) {
	set := func(a model.Attr, key string, off model.Value, offText string) {
		if where, ok := scan.GoTextMatch(assigned(key, `(?:`+offText+`)\b`)); ok {
			attrs[a] = AttrValue{Origin: Const, Value: off}
			notes = append(notes, where+" sets "+key+" in code, after the file is read")
		} else if _, ok := scan.GoTextMatch(assigned(key, "")); ok {
			attrs[a] = AttrValue{Origin: Dynamic}
		}
	}
	for _, a := range slices.Sorted(maps.Keys(sc.Keys)) {
		switch a {
		case model.AttrSameSite:
			set(a, sc.Keys[a], model.SameUnset, `http\.SameSiteDefaultMode|[01]`)
		case model.AttrHttpOnly, model.AttrSecure:
			set(a, sc.Keys[a], model.False, `false`)
		default:
			set(a, sc.Keys[a], "", `$^`)
		}
	}
	for _, a := range slices.Sorted(maps.Keys(sc.Negated)) {
		set(a, sc.Negated[a], model.False, `true`)
	}
	if sc.NameKey != "" {
		// The cookie's name set in code (beego's Session.SessionName =
		// "PHPSESSIONID") is the name the messages give.
		if _, name, ok := scan.GoTextValue(assigned(sc.NameKey, `"([^"\\]+)"`)); ok {
			attrs[model.AttrName] = AttrValue{Origin: Const, Value: model.Value(name)}
		}
	}
	return notes
}

// serverFile applies what the configuration file sets (and, for a
// framework with run modes, what the run mode's section sets) and moves the
// site into it: to the key that switches sessions on (Enable), else to the
// first insecure value, else to the section. It reports whether sessions
// are switched on by the file (always true without Enable, when there is a
// file).
func (s *cookieScan) serverFile(sc *model.ServerCookie, scan *modulescan.Scan, cf *modulescan.ConfigFile, keys, negated map[string]model.Attr, attrs Attrs, site *Site) bool {
	if cf == nil {
		return false
	}
	if sc.Enable != "" {
		if e, ok := cf.Keys[modulescan.NormalizeKey(sc.Enable)]; !ok || !switchedOn(e.Value) {
			return false
		}
	}
	pos := cf.LinePositions(s.pass.Fset)
	site.ConfigFile, site.ConfigExample = cf.Path, cf.Example
	at := pos(max(cf.Section, 1))
	applyEntries(sc, cf.Keys, keys, negated, pos, attrs, false)
	if sc.ModeKey != "" {
		mode, known := cf.RunMode(sc.ModeKey, sc.DefaultMode)
		for _, name := range cf.Sections {
			selected := known && modulescan.NormalizeKey(name) == modulescan.NormalizeKey(mode)
			if known && !selected {
				continue // only the run mode's section is read
			}
			section := scan.Config([]string{cf.Path}, name)
			if section == nil {
				continue
			}
			switch {
			case selected:
				applyEntries(sc, section.Keys, keys, negated, pos, attrs, false)
			case !known:
				// The deployment's environment picks the mode, and
				// with it this section's values.
				applyEntries(sc, section.Keys, keys, negated, pos, attrs, true)
			}
		}
	}
	insecure := token.NoPos
	for a, v := range attrs {
		if v.Pos.IsValid() && insecureValue(a, v) && (insecure == token.NoPos || v.Pos < insecure) {
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

// insecureValue reports whether a configured value leaves its attribute
// off (SameSite: sends none).
func insecureValue(a model.Attr, v AttrValue) bool {
	switch a {
	case model.AttrHttpOnly, model.AttrSecure, model.AttrSameSite:
		return v.IsOff()
	}
	return false
}

// applyEntries sets the attributes that entries of a configuration file
// set (dynamic: every one is the deployment's choice). A value taken from
// the environment (beego's "${HTTPS||false}") is dynamic too.
func applyEntries(sc *model.ServerCookie, entries map[string]modulescan.ConfigEntry, keys, negated map[string]model.Attr, pos func(int) token.Pos, attrs Attrs, dynamic bool) {
	for k, e := range entries {
		a, ok := keys[k]
		neg := false
		if !ok {
			if a, ok = negated[k]; !ok {
				continue
			}
			neg = true
		}
		if dynamic || strings.HasPrefix(strings.TrimSpace(e.Value), "${") {
			attrs[a] = AttrValue{Origin: Dynamic, Pos: pos(e.Line)}
			continue
		}
		v := AttrValue{Origin: Const, Value: configValue(sc, a, e.Value), Pos: pos(e.Line)}
		if neg {
			v.Value = model.True
			if b, err := strconv.ParseBool(strings.TrimSpace(e.Value)); err == nil && b {
				v.Value = model.False
			}
		}
		attrs[a] = v
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
func (s *cookieScan) serverCode(sc *model.ServerCookie, keys map[string]model.Attr, attrs Attrs) {
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
		lits, ok := s.configLiterals(ce.Args[0], call.Parent())
		if !ok {
			// A configuration built elsewhere: the author decided.
			for _, a := range keys {
				attrs[a] = AttrValue{Origin: Dynamic, Pos: ce.Pos()}
			}
			return
		}
		for _, lit := range lits {
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					s.serverEntry(sc, keys, attrs, kv)
				}
			}
		}
	})
}

// configLiterals returns the literals a configuration argument is: the
// literal itself, or those a local variable of fn is assigned (cfg :=
// g.Map{...}; if redis { cfg = g.Map{...} }) when fn does nothing else
// with it but pass it; ok is false for anything else (a value built or
// changed elsewhere, which the author decided).
func (s *cookieScan) configLiterals(arg ast.Expr, fn *ssa.Function) (lits []*ast.CompositeLit, ok bool) {
	if lit, ok := ast.Unparen(arg).(*ast.CompositeLit); ok {
		return []*ast.CompositeLit{lit}, true
	}
	id, isIdent := ast.Unparen(arg).(*ast.Ident)
	v, isVar := s.pass.TypesInfo.Uses[id].(*types.Var)
	if !isIdent || !isVar || fn == nil || fn.Syntax() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	uses, assigned := 0, 0
	ok = true
	ast.Inspect(fn.Syntax(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if s.pass.TypesInfo.Uses[n] == v {
				uses++
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				lid, _ := ast.Unparen(lhs).(*ast.Ident)
				if lid == nil || s.pass.TypesInfo.ObjectOf(lid) != v {
					continue
				}
				lit, isLit := ast.Unparen(n.Rhs[min(i, len(n.Rhs)-1)]).(*ast.CompositeLit)
				if !isLit || len(n.Lhs) != len(n.Rhs) {
					ok = false
					continue
				}
				lits = append(lits, lit)
				if n.Tok == token.ASSIGN {
					assigned++ // counted in uses too
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if s.pass.TypesInfo.Defs[name] != v {
					continue
				}
				if i >= len(n.Values) {
					ok = false
					continue
				}
				lit, isLit := ast.Unparen(n.Values[i]).(*ast.CompositeLit)
				if !isLit {
					ok = false
					continue
				}
				lits = append(lits, lit)
			}
		}
		return true
	})
	// The only uses are the reassignments and the argument itself.
	return lits, ok && len(lits) > 0 && uses == assigned+1
}

// serverEntry applies one key of a configuration literal.
func (s *cookieScan) serverEntry(sc *model.ServerCookie, keys map[string]model.Attr, attrs Attrs, kv *ast.KeyValueExpr) {
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
