package cookies

import (
	"cmp"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// The sites of session cookie configurations: a constructor's, with what
// its store was given and what the package wrote into it.

// mergeWrites folds writes made anywhere (configuration is applied before
// any request) into one value per attribute: their common constant, or
// Dynamic when they differ. A write that a path of its function skips
// (if cfg.InsecureCookies { Options.Secure = false }) leaves the value it
// finds on that path, attrs' own: the attribute then depends on the
// configuration, as when it comes from it.
func mergeWrites(attrs Attrs, ws []write) {
	byAttr := map[model.Attr][]write{}
	var order []model.Attr
	for _, w := range ws {
		if _, seen := byAttr[w.attr]; !seen {
			order = append(order, w.attr)
		}
		byAttr[w.attr] = append(byAttr[w.attr], w)
	}
	for _, attr := range order {
		list := byAttr[attr]
		v := list[0].val
		for _, w := range list[1:] {
			if !sameValue(w.val, v) {
				v = AttrValue{Origin: Dynamic, Pos: w.val.Pos}
				break
			}
		}
		if before, ok := attrs[attr]; ok && !sameValue(before, v) && slices.ContainsFunc(list, skippable) {
			v = AttrValue{Origin: Dynamic, Pos: v.Pos}
		}
		attrs[attr] = v
	}
}

// skippable reports whether some path through the write's function
// returns without passing the write.
func skippable(w write) bool {
	if w.instr == nil || w.instr.Block() == nil || w.instr.Parent() == nil {
		return false
	}
	rets := returnBlocks(w.instr.Parent())
	return len(rets) > 0 && !dominatesAll(w.instr.Block(), rets)
}

// sessionOptionsAssigned matches a whole configuration assigned to a
// session from a value made elsewhere (sess.Options = opts), not a literal.
var sessionOptionsAssigned = regexp.MustCompile(`\.Options\s*=\s*[A-Za-z_]`)

// sessionsGetOptions reports whether this program's code gives sessions a
// configuration of their own from a value (a wrapper's Write(..., opts)).
func (s *cookieScan) sessionsGetOptions() bool {
	dir := modulescan.PackageDir(s.pass)
	_, ok := modulescan.ForDir(dir).GoTextMatchIn(dir, sessionOptionsAssigned)
	return ok
}

// configNamed reports whether the code of the programs that include this
// package may name the store's configuration (x.SessionOpts, x.Options):
// a store handed to code that cannot be followed (a closure, a field of
// another package's handler) is configured there only if it does. True
// when the module cannot be read.
func (s *cookieScan) configNamed(ri *rootInfo) bool {
	via := strings.TrimSuffix(ri.via, "()")
	dir := modulescan.PackageDir(s.pass)
	scan := modulescan.ForDir(dir)
	if via == "" || scan == nil {
		return true
	}
	_, ok := scan.GoTextMatchIn(dir, regexp.MustCompile(`\.`+regexp.QuoteMeta(via)+`\b`))
	return ok
}

// configSites adds the sites of stores and managers configured by their
// defaults and field writes (roots not replaced by a literal), of
// constructors called without a configuration, and of frameworks' global
// session settings.
func (s *cookieScan) configSites(roots []*rootInfo) {
	for _, ri := range roots {
		if len(ri.replacedBy) > 0 || ri.replacedOpaque || ri.opaque && s.configNamed(ri) {
			continue
		}
		if ri.site.PerSession && (!ri.saved || ri.handedOut || !ri.filled) {
			continue // a session saved out of sight, handed to code that configures it, or saved empty
		}
		if ri.site.KeyPairs && noKeyPairs(&ri.call.Call) {
			continue // a store without keys sends no cookie
		}
		attrs, note := s.defaults(ri.lib, ri.site, calleeObject(&ri.call.Call))
		mergeWrites(attrs, ri.writes)
		sends, known := s.savedSends(ri, attrs)
		if known && len(sends) == 0 {
			continue // every session gets its own configuration before Save
		}
		if !known && len(ri.writes) == 0 && ri.site != nil && ri.site.ConfigVia != "" && s.sessionsGetOptions() {
			// A store left with its defaults, handed to code that gives
			// its sessions a configuration of their own (sess.Options =
			// opts, in a wrapper of the module): whether the defaults
			// reach a browser is not known.
			continue
		}
		for _, snd := range sends {
			snd.Note = note
		}
		s.addCallSite(ri.call, ri.lib, ri.site, ri.name, ri.ct, attrs, note, sends...)
	}
	for _, fn := range s.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok || s.consumed[call] {
					continue
				}
				mf, first, named := funcOf(&call.Call)
				if !named {
					continue
				}
				site := model.LookupConfigSite(mf)
				if site == nil || site.ConfigArg < 0 {
					continue
				}
				if set, _ := literalField(call, first+site.ConfigArg, site.IDWriterField); set {
					continue // the application writes the ID itself (a header)
				}
				var ws []write
				if !noConfig(call, first+site.ConfigArg) && !leavesCookieField(call, first+site.ConfigArg, site.CookieField) {
					var ok bool
					if ws, ok = optionWrites(&call.Call, first+site.ConfigArg, site.Options); !ok {
						continue
					}
				}
				lib := model.Lookup(mf.Pkg)
				attrs, note := s.defaults(lib, site, calleeObject(&call.Call))
				mergeWrites(attrs, ws)
				ct := configParamType(call, site.ConfigArg)
				if ct == nil && site.ConfigType.Name != "" {
					ct = model.LookupCookieType(site.ConfigType)
				}
				s.addCallSite(call, lib, site, ShortName(mf), ct, attrs, note)
			}
		}
	}
	s.globalConfigSites()
}

// noKeyPairs reports whether a call of a constructor whose last parameter
// is ...[]byte passes it nothing (memstore.NewStore()).
func noKeyPairs(c *ssa.CallCommon) bool {
	sig := c.Signature()
	if !sig.Variadic() || len(c.Args) == 0 {
		return false
	}
	last := sig.Params().At(sig.Params().Len() - 1).Type()
	if !types.Identical(last, types.NewSlice(types.NewSlice(types.Typ[types.Byte]))) {
		return false
	}
	k, ok := c.Args[len(c.Args)-1].(*ssa.Const)
	return ok && k.IsNil()
}

// noConfig reports whether the call passes no configuration at argument
// i: the argument is absent or an empty variadic list.
func noConfig(call *ssa.Call, i int) bool {
	args := call.Call.Args
	if i >= len(args) {
		return true
	}
	if c, ok := args[i].(*ssa.Const); ok && c.IsNil() {
		if _, isSlice := c.Type().Underlying().(*types.Slice); isSlice {
			return true
		}
	}
	return false
}

// literalField reports whether argument i of the call, a struct literal
// (alone in a variadic list), sets field; known is false when the
// argument is not such a literal.
func literalField(call *ssa.Call, i int, field string) (set, known bool) {
	if field == "" || i >= len(call.Call.Args) {
		return false, false
	}
	v := call.Call.Args[i]
	if sl, ok := v.(*ssa.Slice); ok {
		arr, ok := sl.X.(*ssa.Alloc)
		if !ok {
			return false, false
		}
		var stored []ssa.Value
		for _, r := range ssautil.Referrers(arr) {
			if idx, ok := r.(*ssa.IndexAddr); ok {
				for _, rr := range ssautil.Referrers(idx) {
					if st, ok := rr.(*ssa.Store); ok && st.Addr == idx {
						stored = append(stored, st.Val)
					}
				}
			}
		}
		if len(stored) != 1 {
			return false, false
		}
		v = stored[0]
	}
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false, false
	}
	lit, ok := load.X.(*ssa.Alloc)
	if !ok || lit.Comment != "complit" {
		return false, false
	}
	for _, r := range ssautil.Referrers(lit) {
		if fa, ok := r.(*ssa.FieldAddr); ok && valueflow.FieldName(fa) == field {
			return true, true
		}
	}
	return false, true
}

// leavesCookieField reports whether argument i of the call is a struct
// literal that leaves field unset: the constructor keeps its cookie
// defaults (flamego's session.Sessioner(session.Options{Initer: ...})).
func leavesCookieField(call *ssa.Call, i int, field string) bool {
	set, known := literalField(call, i, field)
	return known && !set
}

// configParamType returns the configuration type the callee takes as
// argument i (the element type of a variadic parameter).
func configParamType(call *ssa.Call, i int) *model.CookieType {
	sig := call.Call.Signature()
	if i >= sig.Params().Len() {
		return nil
	}
	t := sig.Params().At(i).Type()
	if sl, ok := t.(*types.Slice); ok && sig.Variadic() && i == sig.Params().Len()-1 {
		t = sl.Elem()
	}
	return cookieTypeOf(t)
}

func calleeObject(c *ssa.CallCommon) types.Object {
	if c.IsInvoke() {
		return c.Method
	}
	if callee := c.StaticCallee(); callee != nil {
		if o := callee.Origin(); o != nil {
			callee = o
		}
		return callee.Object()
	}
	return nil
}

// defaults returns the attributes the constructor obj gives its cookie
// when nothing is configured, in the version of the library the module
// selects (modulescan.SelectedVersion); when the defaults depend on a
// version that stays unknown, the newest are assumed and note says so.
func (s *cookieScan) defaults(lib *model.Library, site *model.ConfigSite, obj types.Object) (Attrs, string) {
	version, note := "", ""
	if len(site.VersionDefaults) > 0 && lib != nil {
		mod := cmp.Or(site.VersionModule, lib.Module)
		if version = modulescan.SelectedVersion(s.pass, mod, obj); version == "" {
			note = "the version of " + mod + " is unknown: the newest one's defaults are assumed"
		}
	}
	attrs := Attrs{}
	for a, v := range site.DefaultsAt(version) {
		attrs[a] = AttrValue{Origin: Default, Value: v}
	}
	return attrs, note
}

// addCallSite adds a KindConfig site at a constructor call, whose
// configuration is presumed sent unless sends says where it is.
func (s *cookieScan) addCallSite(call *ssa.Call, lib *model.Library, site *model.ConfigSite, name string, ct *model.CookieType, attrs Attrs, note string, sends ...*Send) {
	ce := s.calls[call.Pos()]
	if ce == nil {
		return
	}
	if len(sends) == 0 {
		sends = []*Send{{Use: UseBrowser, Pos: ce.Pos(), Desc: "session cookie of " + name, Presumed: true, Attrs: attrs, Note: note}}
	}
	s.sites = append(s.sites, &Site{
		Kind: KindConfig, Lib: lib, Type: ct, Ctor: site, CtorName: name,
		Pos: ce.Pos(), End: ce.End(), Call: ce, File: s.fileOf(ce.Pos()), Fn: call.Parent(),
		Sends: sends,
	})
}
