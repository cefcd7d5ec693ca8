// Package idsinks defines an analysis pass that finds where values become
// session IDs, and where session IDs are used to find a session. It never
// reports; sessionadoption, sessionidurl and weaksessionid read its Result
// and ask valueflow where the values come from.
//
// # Sinks: where a value becomes a session ID
//
//   - SinkCookie: the Value of a cookie sent to a browser (the sites of the
//     cookies pass: literals, positional setters, Set-Cookie headers), with
//     the cookie's name when it is constant. The analyzers keep the cookies
//     whose name says they hold a session (model.SessionCookieNames, or
//     their -names flag).
//   - SinkStore: the key under which a hand-made store creates a record: a
//     map update (sessions[id] = s), or a call of a creating method
//     (Create, Set, Save, Put, Store, Insert...) whose receiver, name or key
//     prefix says sessions (store.Create(id, s), rdb.Set(ctx,
//     "session:"+id, ...)). Sessionish says whether the map or store is
//     named as sessions; a map update is a sink whatever its name, so that
//     an analyzer can decide from the key's origin.
//   - SinkIDField: an assignment of a library session's ID field (gorilla
//     s.ID = v), other than the empty string that renews it.
//   - SinkGenerator: a library's ID generator (fiber Config.KeyGenerator,
//     iris Config.SessionIDGenerator, go-session SetSessionID,
//     rbcervilla KeyGen): Func is the generator.
//   - SinkNamed: a function named like a session-ID generator
//     (newSessionID, generateSID): Func is the function.
//
// # Uses: where a session is found by an ID
//
// Map lookups and calls of finding methods (Get, Load, Find, Lookup...)
// keyed by a string, and the library calls that take a session ID
// (model.IDTakers). A Use whose success branch (ok, err == nil, x != nil)
// dominates a sink with the same client-supplied key makes the sink
// Validated: the value was looked up and found, so the server minted it.
package idsinks

import (
	"fmt"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stdlib"
	"github.com/sessionlint/sessionlint/passes/cookies"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// Analyzer computes a *Result for a package.
var Analyzer = &analysis.Analyzer{
	Name:       "idsinks",
	Doc:        "find where values become session IDs and where sessions are found by an ID",
	URL:        "https://github.com/sessionlint/sessionlint/tree/main/passes/valueflow/idsinks",
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer, cookies.Analyzer, valueflow.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// SinkKind says how a value becomes a session ID.
type SinkKind int

const (
	SinkCookie SinkKind = iota + 1
	SinkStore
	SinkIDField
	SinkGenerator
	SinkNamed
)

func (k SinkKind) String() string {
	switch k {
	case SinkCookie:
		return "cookie"
	case SinkStore:
		return "store"
	case SinkIDField:
		return "field"
	case SinkGenerator:
		return "generator"
	case SinkNamed:
		return "named"
	}
	return "?"
}

// Sink is a place where a value becomes a session ID.
type Sink struct {
	Kind SinkKind
	// Pos is where to report the sink: the cookie's Value, the key of the
	// map update, the call, the assignment, the function's name.
	Pos token.Pos
	// Instr is the instruction of the sink (nil for SinkNamed).
	Instr ssa.Instruction
	// Fn is the function that contains the sink (for SinkNamed, the
	// generator itself).
	Fn *ssa.Function
	// Value is the value that becomes the ID (SinkCookie, SinkStore,
	// SinkIDField).
	Value ssa.Value
	// Func is the generator (SinkGenerator, SinkNamed).
	Func ssa.Value
	// Name is the cookie's name (SinkCookie, "" when not constant), the
	// store's name (SinkStore), the setting (SinkGenerator).
	Name string
	// Desc names the sink in messages, e.g. `the value of cookie "sid"`.
	Desc string
	// Sessionish: the store is named as sessions (SinkStore), always true
	// for the other kinds.
	Sessionish bool

	site *cookies.Site // SinkCookie: the cookie's site
}

// DeletedBy reports whether the function that makes call only deletes the
// sink's cookie: every send of it there is a deletion (a logout that
// expires the cookie a helper builds from the request's cookie value:
// c := NewSessionCookie(old.Value); c.MaxAge = -1). A value from such a
// caller becomes no session ID.
func (s *Sink) DeletedBy(call ssa.CallInstruction) bool {
	if s.site == nil || call == nil {
		return false
	}
	syntax := call.Parent().Syntax()
	if syntax == nil {
		return false
	}
	deleted := false
	for _, snd := range s.site.Sends {
		if snd.Pos < syntax.Pos() || snd.Pos >= syntax.End() {
			continue
		}
		if snd.Use == cookies.UseBrowser && !snd.Deletion() {
			return false
		}
		deleted = deleted || snd.Deletion()
	}
	return deleted
}

// Use is a place where a session is found or acted on by an ID.
type Use struct {
	Pos   token.Pos
	Instr ssa.Instruction
	// Key is the ID.
	Key ssa.Value
	// Desc names the use in messages, e.g. "the lookup in sessions".
	Desc string
	// Sessionish: the map or store is named as sessions, or the call is a
	// session library's (Lib).
	Sessionish bool
	Lib        bool
	// Consumed: the function also deletes the key from the store it found
	// it in (LoadAndDelete, or a Delete given the same key): a one-time
	// code exchanged for a session, not an ID used again.
	Consumed bool
}

// Result lists the sinks and uses of a package in source order.
type Result struct {
	Sinks []*Sink
	Uses  []*Use
	vf    *valueflow.Result
}

// sessionish matches the names of variables, fields, types and methods
// that say sessions.
var sessionish = regexp.MustCompile(`(?i)session|^sess|^sids?$|sessions?$`)

// SessionWord matches the words that say sessions: in constant parts of
// a key ("session:", "sess_", "sid-"), in a finding call's name.
var SessionWord = regexp.MustCompile(`(?i)sess|sid`)

// createVerbs and FindVerbs match the methods of hand-made stores that
// create a record under a key, and that find one.
var (
	createVerbs = regexp.MustCompile(`^(?i:create|new|insert|add|put|set|save|store|upsert|register|start|init|loadorstore)`)
	FindVerbs   = regexp.MustCompile(`^(?i:get|load|find|lookup|read|fetch|check|exists|has|validate|verify|touch|refresh)|(?i:from_?(session|sess|sid|token|cookie))$`)
)

// NamedGenerator matches the names of functions that mint session IDs.
var NamedGenerator = regexp.MustCompile(`(?i)^(new|gen|generate|make|create|random|rand|mint|issue|next)_?(session_?(id|key|token)|sess_?id|sid)$`)

func run(pass *analysis.Pass) (any, error) {
	vf, _ := pass.ResultOf[valueflow.Analyzer].(*valueflow.Result)
	res := &Result{vf: vf}
	ssainfo, _ := pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
	if ssainfo == nil || ssainfo.Pkg == nil || !lazyssa.Relevant(pass) {
		return res, nil
	}
	f := &finder{pass: pass, res: res, stores: map[token.Pos][]*ssa.Store{}, calls: map[token.Pos]*ssa.Call{}}
	for _, fn := range valueflow.Funcs(ssainfo) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				f.instr(instr)
			}
		}
		f.named(fn)
	}
	if cr, ok := pass.ResultOf[cookies.Analyzer].(*cookies.Result); ok && cr != nil {
		for _, site := range cr.Sites {
			f.cookie(site)
		}
	}
	for _, u := range res.Uses {
		u.Consumed = consumed(u)
	}
	slices.SortStableFunc(res.Sinks, func(a, b *Sink) int { return int(a.Pos - b.Pos) })
	slices.SortStableFunc(res.Uses, func(a, b *Use) int { return int(a.Pos - b.Pos) })
	return res, nil
}

// deleteVerbs match the methods that remove a key from a store, and
// consumeVerbs those that find and remove it at once.
var (
	deleteVerbs  = regexp.MustCompile(`^(?i:delete|del|remove|evict|expire|invalidate|forget)`)
	consumeVerbs = regexp.MustCompile(`(?i)(and_?delete|and_?remove|getdel|^pop|^take)`)
)

// consumed reports whether the function of u also deletes u's key from
// the map or store u found it in.
func consumed(u *Use) bool {
	var store ssa.Value
	switch x := u.Instr.(type) {
	case *ssa.Lookup:
		store = x.X
	case *ssa.Call:
		if name, _, _ := valueflow.CalleeNames(&x.Call); consumeVerbs.MatchString(name) {
			return true
		}
		store = receiverOf(&x.Call)
	}
	if store == nil || u.Instr.Parent() == nil {
		return false
	}
	for _, b := range u.Instr.Parent().Blocks {
		for _, instr := range b.Instrs {
			c, ok := instr.(*ssa.Call)
			if !ok || c == u.Instr {
				continue
			}
			common := &c.Call
			if bi, ok := common.Value.(*ssa.Builtin); ok {
				if bi.Name() == "delete" && len(common.Args) == 2 && sameLocation(common.Args[0], store) && sameLocation(common.Args[1], u.Key) {
					return true
				}
				continue
			}
			name, _, _ := valueflow.CalleeNames(common)
			if !deleteVerbs.MatchString(name) || !sameLocation(receiverOf(common), store) {
				continue
			}
			for _, a := range common.Args {
				if sameLocation(a, u.Key) {
					return true
				}
			}
		}
	}
	return false
}

// unboxed returns v without the conversion to an interface a call's
// parameter made (Delete(key any)).
func unboxed(v ssa.Value) ssa.Value {
	for {
		mi, ok := v.(*ssa.MakeInterface)
		if !ok {
			return v
		}
		v = mi.X
	}
}

// receiverOf returns the receiver of a method call (the interface value of
// an interface call), nil for a function call.
func receiverOf(common *ssa.CallCommon) ssa.Value {
	if common.IsInvoke() {
		return common.Value
	}
	if common.Signature().Recv() != nil && len(common.Args) > 0 {
		return common.Args[0]
	}
	return nil
}

// sameLocation reports whether a and b are the same value (once made an
// interface), or loads or addresses of the same field of the same value
// (s.codes in two expressions).
func sameLocation(a, b ssa.Value) bool {
	if a == nil || b == nil {
		return false
	}
	a, b = unboxed(a), unboxed(b)
	if a == b {
		return true
	}
	switch x := a.(type) {
	case *ssa.FieldAddr:
		y, ok := b.(*ssa.FieldAddr)
		return ok && x.Field == y.Field && sameLocation(x.X, y.X)
	case *ssa.UnOp:
		y, ok := b.(*ssa.UnOp)
		return ok && x.Op == token.MUL && y.Op == token.MUL && sameLocation(x.X, y.X)
	}
	return false
}

type finder struct {
	pass   *analysis.Pass
	module *string // the module's path, once known
	res    *Result
	stores map[token.Pos][]*ssa.Store
	calls  map[token.Pos]*ssa.Call
}

func (f *finder) instr(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Store:
		f.stores[x.Pos()] = append(f.stores[x.Pos()], x)
		f.store(x)
	case *ssa.MapUpdate:
		if !ssautil.Textual(x.Key.Type()) {
			return
		}
		name := locName(x.Map)
		f.res.Sinks = append(f.res.Sinks, &Sink{
			Kind: SinkStore, Pos: x.Pos(), Instr: x, Fn: x.Parent(), Value: x.Key,
			Name: name, Desc: "the key of " + name,
			Sessionish: f.sessionishMap(x.Map, x.Key),
		})
	case *ssa.Lookup:
		if _, isMap := x.X.Type().Underlying().(*types.Map); !isMap || !ssautil.Textual(x.Index.Type()) {
			return
		}
		name := locName(x.X)
		f.res.Uses = append(f.res.Uses, &Use{
			Pos: x.Pos(), Instr: x, Key: x.Index, Desc: "the lookup in " + name,
			Sessionish: f.sessionishMap(x.X, x.Index),
		})
	case *ssa.Call:
		f.calls[x.Pos()] = x
		f.call(x)
	}
}

// store finds assignments of a library session's ID field and of an ID
// generator setting.
func (f *finder) store(st *ssa.Store) {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return
	}
	field, ok := ssautil.FieldOf(fa)
	if !ok {
		return
	}
	for _, sf := range model.SessionIDFields {
		if sf.Field == field {
			if s, ok := ssautil.ConstString(st.Val); ok && s == "" {
				return // s.ID = "": a renewal
			}
			f.res.Sinks = append(f.res.Sinks, &Sink{
				Kind: SinkIDField, Pos: st.Pos(), Instr: st, Fn: st.Parent(), Value: st.Val,
				Name: field.Type + "." + field.Name, Desc: "the ID of a " + valueflow.PkgName(field.Pkg) + "." + field.Type,
				Sessionish: true,
			})
			return
		}
	}
	for _, g := range model.IDGenerators {
		if g.Field == field {
			name := valueflow.PkgName(field.Pkg) + "." + field.Type + "." + field.Name
			f.res.Sinks = append(f.res.Sinks, &Sink{
				Kind: SinkGenerator, Pos: st.Pos(), Instr: st, Fn: st.Parent(), Func: st.Val,
				Name: name, Desc: "the " + g.Lib + " session-ID generator " + name, Sessionish: true,
			})
			return
		}
	}
}

func (f *finder) call(c *ssa.Call) {
	common := &c.Call
	mf, ok := valueflow.CallFunc(common)
	if ok {
		for _, g := range model.IDGenerators {
			if g.Func == mf && g.Func != (model.Func{}) {
				if v := valueflow.CallArg(common, mf, g.Arg); v != nil {
					name := valueflow.ShortName(mf)
					f.res.Sinks = append(f.res.Sinks, &Sink{
						Kind: SinkGenerator, Pos: c.Pos(), Instr: c, Fn: c.Parent(), Func: v,
						Name: name, Desc: "the " + g.Lib + " session-ID generator given to " + name, Sessionish: true,
					})
				}
				return
			}
		}
		for _, it := range model.IDTakers {
			if it.Func == mf {
				if v := valueflow.CallArg(common, mf, it.Arg); v != nil {
					f.res.Uses = append(f.res.Uses, &Use{
						Pos: c.Pos(), Instr: c, Key: v, Desc: valueflow.ShortName(mf), Sessionish: true, Lib: true,
					})
				}
				return
			}
		}
		if model.Lookup(mf.Pkg) != nil {
			// A modelled library's own calls take data keys, not IDs.
			return
		}
	}
	if callee := common.StaticCallee(); callee != nil && callee.Blocks != nil {
		// A function of this package: the sinks and uses inside it are
		// found where they are.
		return
	}
	name, recvName, recv := valueflow.CalleeNames(common)
	if name == "" {
		return
	}
	key := firstString(common)
	if key == nil {
		return
	}
	if recv == nil && !sessionish.MatchString(name) && f.foreign(common) {
		// A package-level function of another module that is not a
		// session library (an API client's checkout/session.Get(id)):
		// the ID it takes is the service's, not a session of this
		// application's, whatever the key is called.
		return
	}
	named := sessionish.MatchString(name) || sessionish.MatchString(recvName) ||
		(recv != nil && sessionish.MatchString(locName(recv))) || SessionWord.MatchString(constParts(key))
	desc := name
	if recvName != "" {
		desc = recvName + "." + name
	}
	switch {
	case createVerbs.MatchString(name) && named && !ssautil.TakesCallback(common) && !ssautil.DecoratesContext(common.Signature()):
		f.res.Sinks = append(f.res.Sinks, &Sink{
			Kind: SinkStore, Pos: c.Pos(), Instr: c, Fn: c.Parent(), Value: key,
			Name: desc, Desc: "the key given to " + desc, Sessionish: true,
		})
	case FindVerbs.MatchString(name):
		f.res.Uses = append(f.res.Uses, &Use{
			Pos: c.Pos(), Instr: c, Key: key, Desc: desc, Sessionish: named,
		})
	}
}

// foreign reports whether a static call calls a function of a package
// outside the standard library and the module under analysis.
func (f *finder) foreign(common *ssa.CallCommon) bool {
	callee := common.StaticCallee()
	if callee == nil || callee.Pkg == nil {
		return false
	}
	path := callee.Pkg.Pkg.Path()
	if stdlib.IsStd(path) {
		return false
	}
	if f.module == nil {
		_, mod := modulescan.ModuleOf(modulescan.PackageDir(f.pass))
		f.module = &mod
	}
	mod := *f.module
	return mod != "" && path != mod && !strings.HasPrefix(path, mod+"/")
}

// named finds functions named like session-ID generators.
func (f *finder) named(fn *ssa.Function) {
	if fn.Parent() != nil || fn.Synthetic != "" || !NamedGenerator.MatchString(fn.Name()) {
		return
	}
	res := fn.Signature.Results()
	if res.Len() == 0 || !ssautil.Textual(res.At(0).Type()) {
		return
	}
	f.res.Sinks = append(f.res.Sinks, &Sink{
		Kind: SinkNamed, Pos: fn.Pos(), Fn: fn, Func: fn, Name: fn.Name(),
		Desc: "the session ID returned by " + fn.Name(), Sessionish: true,
	})
}

// cookie adds the sink of a cookie site's value.
func (f *finder) cookie(site *cookies.Site) {
	var send *cookies.Send
	for _, s := range site.Browser() {
		send = s
		break
	}
	if send == nil {
		return
	}
	av := send.Attrs.Get(model.AttrValue)
	if av.Origin != cookies.Dynamic {
		return
	}
	v, instr := f.cookieValue(site, av)
	if v == nil {
		return
	}
	name := ""
	if n := send.Attrs.Get(model.AttrName); n.Origin == cookies.Const || n.Origin == cookies.Default {
		name = string(n.Value)
	}
	desc := "the value of a cookie"
	if name != "" {
		desc = fmt.Sprintf("the value of cookie %q", name)
	}
	pos := av.Pos
	if !pos.IsValid() {
		pos = site.Pos
	}
	fn := site.Fn
	if instr != nil {
		fn = instr.Parent()
	}
	f.res.Sinks = append(f.res.Sinks, &Sink{
		Kind: SinkCookie, Pos: pos, Instr: instr, Fn: fn, Value: v, Name: name, Desc: desc, Sessionish: true,
		site: site,
	})
}

// cookieValue finds the SSA value a site's cookie Value is set to.
//
// Adapter: the cookies pass records where the value was set (av.Pos) but
// not the SSA value; this maps the position back to the store (literals),
// or the argument of the call (positional setters, Set-Cookie headers).
// To be replaced by the value itself once cookies.AttrValue carries it.
func (f *finder) cookieValue(site *cookies.Site, av cookies.AttrValue) (ssa.Value, ssa.Instruction) {
	switch site.Kind {
	case cookies.KindLiteral:
		for _, st := range f.stores[av.Pos] {
			if fa, ok := st.Addr.(*ssa.FieldAddr); ok {
				if field, ok := ssautil.FieldOf(fa); ok && site.Type != nil && field.Name == site.Type.Fields[model.AttrValue] {
					return st.Val, st
				}
			}
		}
	case cookies.KindPositional, cookies.KindHeader:
		if site.Call == nil {
			return nil, nil
		}
		c := f.calls[site.Call.Lparen]
		if c == nil {
			return nil, nil
		}
		mf, ok := valueflow.CallFunc(&c.Call)
		if !ok {
			return nil, nil
		}
		i := 1 // Header.Set/Add("Set-Cookie", value)
		if site.Kind == cookies.KindPositional {
			ps := model.LookupPositional(mf)
			if ps == nil {
				return nil, nil
			}
			j, ok := ps.Args[model.AttrValue]
			if !ok {
				return nil, nil
			}
			i = j
		}
		if v := valueflow.CallArg(&c.Call, mf, i); v != nil {
			return v, c
		}
	}
	return nil, nil
}

// sessionishMap reports whether a map (or store) is named as sessions: its
// variable or field, its element type, or the constant parts of the key.
func (f *finder) sessionishMap(m, key ssa.Value) bool {
	if sessionish.MatchString(locName(m)) {
		return true
	}
	if mt, ok := m.Type().Underlying().(*types.Map); ok {
		if n, ok := valueflow.NamedName(mt.Elem()); ok && sessionish.MatchString(n) {
			return true
		}
	}
	if n, ok := valueflow.NamedName(m.Type()); ok && sessionish.MatchString(n) {
		return true
	}
	return SessionWord.MatchString(constParts(key))
}
