package sessionops

import (
	"go/token"
	"go/types"
	"regexp"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/variadic"
	"github.com/sessionlint/sessionlint/passes/valueflow"
	"github.com/sessionlint/sessionlint/passes/valueflow/idsinks"
)

// Hand-made sessions: a map or a store keyed by the value of a request
// cookie. A value derives from the cookie when it is computed from the
// value a cookie reader returned (model.CookieReaders) through copies,
// conversions, field selections (c.Value), string concatenation and
// slicing, and calls of fmt, strings, strconv, net/url and path, or when a
// function of the application returns it (returnsRequestSession: an ID
// reader, or a Get(w, r) returning the record kept under the cookie's
// value). A key the client chose (a form or query value) that the function
// sends back as a cookie is a session ID too. Moving a record to a
// crypto/rand ID (rec.ID = rand.Text()) renews it, and so does a helper
// that does it to the record it is given. A cookie value passed to a
// function that is not so summarised is not followed into it, and one
// stored in a struct field and loaded back elsewhere is not followed.

var (
	writeVerbs   = regexp.MustCompile(model.HandMadeWriteVerbs)
	sessionWrite = regexp.MustCompile(model.HandMadeSessionWrite)
	// cookieWord: setSessionCookie(w, sid) sends a cookie, it binds no
	// record.
	cookieWord = regexp.MustCompile(`(?i)cookie`)
	// byOwner matches the names of calls that address sessions by the
	// user they belong to (UpdateSessionRoleForUser(userID, role)): an
	// administrator's edit of another account, not a session the client
	// chose.
	byOwner = regexp.MustCompile(`(For|By|Of)(User|Account|Member|Owner)`)
)

// derivingPkgs are the standard packages whose functions return a value
// computed from their arguments.
var derivingPkgs = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "net/url": true, "path": true,
	"bytes": true, "encoding/hex": true, "encoding/base64": true, "encoding/json": true,
}

// cookieSession returns the hand-made session whose ID v derives from, or
// nil when v does not derive from a request cookie.
func (a *pkgAnalysis) cookieSession(v ssa.Value) *Session {
	if v == nil {
		return nil
	}
	if s, ok := a.cookies[v]; ok {
		return s
	}
	a.cookies[v] = nil // cycle guard
	s := a.computeCookieSession(v)
	a.cookies[v] = s
	return s
}

func (a *pkgAnalysis) computeCookieSession(v ssa.Value) *Session {
	switch x := v.(type) {
	case *ssa.ChangeType:
		return a.cookieSession(x.X)
	case *ssa.Convert:
		return a.cookieSession(x.X)
	case *ssa.MakeInterface:
		return a.cookieSession(x.X)
	case *ssa.ChangeInterface:
		return a.cookieSession(x.X)
	case *ssa.TypeAssert:
		return a.cookieSession(x.X)
	case *ssa.Slice:
		return a.cookieSession(x.X)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return a.cookieSession(x.X)
		}
	case *ssa.FieldAddr:
		return a.cookieSession(x.X)
	case *ssa.Field:
		return a.cookieSession(x.X)
	case *ssa.Alloc:
		// A local variable whose address is taken: any value stored into it.
		for _, v := range ssautil.StoredInto(x) {
			if s := a.cookieSession(v); s != nil {
				return s
			}
		}
	case *ssa.BinOp:
		if x.Op == token.ADD {
			if s := a.cookieSession(x.X); s != nil {
				return s
			}
			return a.cookieSession(x.Y)
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if s := a.cookieSession(e); s != nil {
				return s
			}
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return a.cookieOfCall(call, x.Index)
		}
	case *ssa.Call:
		return a.cookieOfCall(x, 0)
	}
	return nil
}

func (a *pkgAnalysis) cookieOfCall(call *ssa.Call, index int) *Session {
	ci := resolve(call)
	if ci == nil || ci.fn == nil {
		return nil
	}
	if f, ok := model.FuncOf(ci.fn); ok {
		if r := model.LookupCookieReader(f); r != nil {
			if r.Result != index {
				return nil
			}
			name, _ := ssautil.ConstString(ci.arg(r.Name))
			var root ssa.Value = call
			if req := requestOperand(ci); req != nil {
				root = a.root(req)
			}
			return a.intern(model.HandMade, root, name, false)
		}
	}
	if pkg := ci.fn.Pkg(); pkg != nil && derivingPkgs[pkg.Path()] {
		for _, arg := range ci.operands() {
			if s := a.derivedArg(arg); s != nil {
				return s
			}
		}
	}
	if sum := a.calleeSummary(ci); sum != nil && slices.Contains(sum.idResults, index) {
		// sessionID(r): the application's reader of the session cookie.
		return a.intern(model.HandMade, a.requestRoot(ci), "", false)
	}
	return nil
}

// derivedArg looks through the slice built for a variadic argument.
func (a *pkgAnalysis) derivedArg(v ssa.Value) *Session {
	if sl, ok := v.(*ssa.Slice); ok {
		if elems, ok := variadic.Elems(sl); ok {
			for _, elem := range elems {
				if s := a.cookieSession(elem); s != nil {
					return s
				}
			}
			return nil
		}
	}
	return a.cookieSession(v)
}

// recordSession returns the hand-made session whose record v is: a value
// looked up in a map under a key derived from a request cookie
// (rec := sessions[c.Value]), or returned as such by a function of the
// application (sess := store.Get(w, r), see requestSessionResults).
func (a *pkgAnalysis) recordSession(v ssa.Value) *Session {
	var found *Session
	recordOrigins(v, func(origin ssa.Value, index int) bool {
		switch o := origin.(type) {
		case *ssa.Call:
			if found = a.contextRecord(o); found == nil {
				found = a.recordOfCall(o, index)
			}
		case *ssa.Lookup:
			found = a.cookieSession(o.Index)
		}
		return found != nil
	})
	return found
}

// recordOrigins hands visit each place the record v may come from,
// walking back through loads, field selections, conversions, phis and
// result slots (a function with defer returns *slot): a map lookup
// (index 0) or a call with the index of its result. It stops when visit
// returns true, and after maxDepth values.
func recordOrigins(v ssa.Value, visit func(origin ssa.Value, index int) bool) {
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{v}
	for len(work) > 0 && len(seen) < maxDepth {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if v == nil || seen[v] {
			continue
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op == token.MUL {
				work = append(work, x.X)
			}
		case *ssa.FieldAddr:
			work = append(work, x.X)
		case *ssa.Field:
			work = append(work, x.X)
		case *ssa.ChangeType:
			work = append(work, x.X)
		case *ssa.TypeAssert:
			work = append(work, x.X) // ctx.Value(key).(*Session)
		case *ssa.Extract:
			if call, ok := x.Tuple.(*ssa.Call); ok {
				if visit(call, x.Index) {
					return
				}
				continue
			}
			work = append(work, x.Tuple)
		case *ssa.Call:
			if visit(x, 0) {
				return
			}
		case *ssa.Phi:
			work = append(work, x.Edges...)
		case *ssa.Alloc:
			work = append(work, ssautil.StoredInto(x)...)
		case *ssa.Lookup:
			if _, isMap := x.X.Type().Underlying().(*types.Map); isMap && visit(x, 0) {
				return
			}
		}
	}
}

// recordOfCall returns the hand-made session whose record a call's result
// at index is, by the callee's summary.
func (a *pkgAnalysis) recordOfCall(call *ssa.Call, index int) *Session {
	ci := resolve(call)
	if ci == nil {
		return nil
	}
	sum := a.calleeSummary(ci)
	if sum == nil {
		return a.namedRecordGetter(ci, index)
	}
	if slices.Contains(sum.recordResults, index) {
		return a.intern(model.HandMade, a.requestRoot(ci), "", false)
	}
	for _, k := range sum.keyedResults {
		if k.Result == index {
			if s := a.cookieSession(ci.arg(k.Param)); s != nil {
				return s // get(c.Value): the record kept under the cookie
			}
		}
	}
	for _, c := range sum.ctxResults {
		if c.Index == index && a.recordContextKeys()[c.Key] {
			// GetSession(r): the record a middleware put into the
			// request's context.
			return a.intern(model.HandMade, a.requestRoot(ci), "", false)
		}
	}
	return a.namedRecordGetter(ci, index)
}

// keyedResults returns the results of fn that are, on some return, a
// record (a struct or a pointer to one) looked up in a map under one of
// fn's parameters (counted as the call's arguments, without a receiver).
func keyedResults(fn *ssa.Function) []keyedResult {
	var out []keyedResult
	results := fn.Signature.Results()
	for i := 0; i < results.Len(); i++ {
		if _, record := ssautil.StructOf(results.At(i).Type()); !record {
			continue
		}
		for _, v := range returnedAt(fn, i) {
			p := lookupKeyParam(fn, v)
			if fn.Signature.Recv() != nil {
				p-- // the call's arguments leave the receiver out
			}
			if p >= 0 {
				out = append(out, keyedResult{Result: i, Param: p})
				break
			}
		}
	}
	return out
}

// lookupKeyParam returns the index of the parameter of fn under which v
// was looked up in a map (rec, ok := s.sessions[key]), -1 when it was not.
func lookupKeyParam(fn *ssa.Function, v ssa.Value) int {
	param := -1
	recordOrigins(v, func(origin ssa.Value, _ int) bool {
		if l, ok := origin.(*ssa.Lookup); ok {
			if p, ok := stripConv(l.Index).(*ssa.Parameter); ok {
				param = slices.Index(fn.Params, p)
			}
		}
		return param >= 0
	})
	return param
}

// requestRoot is the root of the request a call is given, or the call.
func (a *pkgAnalysis) requestRoot(ci *callInfo) ssa.Value {
	if r := requestOperand(ci); r != nil {
		return a.root(r)
	}
	return ci.instr.(ssa.Value)
}

// requestSessionResults returns the results of fn that are, on some
// return, the request's hand-made session: its ID (a string derived from
// the session cookie) or its record (see recordSession). A function that
// looks the session up by the request's cookie, creating one when there is
// none, makes its result the request's session at every call.
func (a *pkgAnalysis) requestSessionResults(fn *ssa.Function) (ids, records []int) {
	results := fn.Signature.Results()
	for i := 0; i < results.Len(); i++ {
		t := results.At(i).Type()
		if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
			if _, toBasic := p.Elem().Underlying().(*types.Basic); toBasic {
				t = p.Elem() // (*string, error): &c.Value, or nil without a cookie
			}
		}
		_, basic := t.Underlying().(*types.Basic)
		tn, named := model.TypeNameOf(t)
		// The request's cookie itself, from the application's wrapper of
		// the request (its Request.Cookie(name) over net/http's): it
		// carries the ID as its value.
		cookie := named && model.LookupCookieType(tn) != nil
		if _, record := ssautil.StructOf(t); !basic && !record {
			continue // neither an ID nor a record
		}
		isID, isRecord := false, false
		for _, v := range returnedAt(fn, i) {
			if (basic || cookie) && !isID && a.cookieSession(v) != nil {
				isID = true
			}
			if !basic && !cookie && !isRecord && a.recordSession(v) != nil {
				isRecord = true
			}
		}
		if isID {
			ids = append(ids, i)
		}
		if isRecord {
			records = append(records, i)
		}
	}
	return ids, records
}

// sessionIDField matches the name of a hand-made session record's ID
// field.
var sessionIDField = regexp.MustCompile(`(?i)^(id|sid|session_?id|token|session_?token|key|session_?key)$`)

// renewalStore reports whether st moves a hand-made session record to a
// fresh ID: it assigns a value from crypto/rand (and nothing the client
// sent) to the ID field of a value of a record type (a type the package's
// stores keep under a session cookie's value).
func (a *pkgAnalysis) renewalStore(st *ssa.Store, fa *ssa.FieldAddr, field string) bool {
	if _, isNew := fa.X.(*ssa.Alloc); isNew {
		return false // a new record, not a renewal
	}
	if !sessionIDField.MatchString(field) || a.origins == nil || !a.recordType(fa.X.Type()) && a.recordSession(fa.X) == nil {
		return false
	}
	o := a.origins.Origins(st.Val)
	return o.Has(valueflow.CryptoRand) && !o.Has(valueflow.Request|valueflow.SessionID|valueflow.Param|valueflow.Unknown)
}

// recordType reports whether t (or what it points to) is the type of the
// records of a hand-made store: the element type of a map the package
// indexes with a session cookie's value, or a result type of a function
// that returns the request's record.
func (a *pkgAnalysis) recordType(t types.Type) bool {
	if a.recordTypes == nil {
		a.recordTypes = map[types.Type]bool{}
		a.forEachInstr(func(instr ssa.Instruction) {
			if l, ok := instr.(*ssa.Lookup); ok {
				if m, isMap := l.X.Type().Underlying().(*types.Map); isMap && a.cookieSession(l.Index) != nil {
					a.recordTypes[derefType(m.Elem())] = true
				}
			}
		})
		for _, fn := range a.ssa.SrcFuncs {
			_, records := a.requestSessionResults(fn)
			for _, i := range records {
				a.recordTypes[derefType(fn.Signature.Results().At(i).Type())] = true
			}
		}
	}
	return a.recordTypes[derefType(t)]
}

// handMadeOf returns the hand-made session of a record value: the
// request's when the record is known to be, else the session named by
// where the value comes from (a parameter: a helper's summary maps it to
// the caller's).
func (a *pkgAnalysis) handMadeOf(v ssa.Value) *Session {
	if s := a.recordSession(v); s != nil {
		return s
	}
	return a.intern(model.HandMade, a.root(v), "", false)
}

// keySession returns the hand-made session whose ID a store's key is: an
// ID from the request's session cookie, or one the client chose.
func (a *pkgAnalysis) keySession(key ssa.Value) *Session {
	if s := a.cookieSession(key); s != nil {
		return s
	}
	return a.clientChosenSession(key)
}

// clientChosenSession returns the hand-made session whose ID is key when
// the client chose it: key is what the request sent (a form or query
// value, a header: not a cookie, which cookieSession covers) and the
// function sends it back as a cookie's value, so it is the session ID. A
// login that binds the user to it lets an attacker pick the victim's
// session ID (fixation, and adoption of the client's ID). Nil otherwise.
// BindsSession reports whether op is a call of the application's own that
// binds a hand-made session to the value it is given (its name says so:
// commenterSessionUpdate(token, commenterHex)): the value is who the
// session now belongs to.
func BindsSession(op *Op) bool {
	return op.Lib == model.HandMade && op.Call == nil && op.Value != nil && op.Session != nil && op.Session.Chosen &&
		requestRank(op.Value.Type()) == 0 && !ssautil.IsResponseWriter(op.Value.Type())
}

// requestChosenSession returns the hand-made session of an ID the client
// sent in any way (a form value, the OAuth state, a header), for a call
// named like a session write: the record the client chose gets the write.
func (a *pkgAnalysis) requestChosenSession(key ssa.Value) *Session {
	if key == nil || a.origins == nil {
		return nil
	}
	v := stripConv(key)
	if !a.sentByClient(v) {
		return nil
	}
	s := a.intern(model.HandMade, v, "", false)
	s.Chosen = true
	return s
}

func (a *pkgAnalysis) clientChosenSession(key ssa.Value) *Session {
	if key == nil || a.origins == nil {
		return nil
	}
	v := stripConv(key)
	name, ok := a.sentAsCookie(v) // cheap: the referrers; Origins is not
	if !ok || !a.sentByClient(v) {
		return nil
	}
	return a.intern(model.HandMade, v, name, false)
}

// sentByClient reports whether v comes from what the request carries
// other than its cookies: an ID the client chose.
func (a *pkgAnalysis) sentByClient(v ssa.Value) bool {
	return a.origins.Origins(v).Has(valueflow.Request &^ valueflow.Cookie)
}

// sentAsCookie reports whether v becomes the value of a cookie sent to
// the browser (an idsinks SinkCookie: a literal's Value, a positional
// setter's or a Set-Cookie header's value), and the cookie's name when it
// is a constant.
func (a *pkgAnalysis) sentAsCookie(v ssa.Value) (string, bool) {
	if a.cookieValues == nil {
		a.cookieValues = map[ssa.Value]string{}
		if a.idSinks != nil {
			for _, sink := range a.idSinks.Sinks {
				if sink.Kind == idsinks.SinkCookie && sink.Value != nil {
					a.cookieValues[stripConv(sink.Value)] = sink.Name
				}
			}
		}
	}
	name, ok := a.cookieValues[v]
	return name, ok
}

// recordMap returns the hand-made session whose values map m is: a map
// field (s.Values) of a record found by the session cookie, or of a
// parameter shaped like a session record (a struct with a string ID field
// and the map), which a helper writes for its callers to judge: the
// write's session is the caller's argument (mapRef), nothing when that is
// no session.
func (a *pkgAnalysis) recordMap(m ssa.Value) *Session {
	load, ok := m.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	if s := a.recordSession(fa.X); s != nil {
		return s
	}
	root := a.root(fa.X)
	if _, isParam := root.(*ssa.Parameter); !isParam || !sessionRecordType(fa.X.Type()) {
		return nil
	}
	return a.intern(model.HandMadeRecord, root, "", false)
}

// sessionRecordType reports whether t (a pointer to a struct) looks like a
// hand-made session record: a string ID field and a map field.
func sessionRecordType(t types.Type) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	st, ok := ptr.Elem().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	id, values := false, false
	for f := range st.Fields() {
		switch u := f.Type().Underlying().(type) {
		case *types.Basic:
			id = id || u.Kind() == types.String && sessionIDField.MatchString(f.Name())
		case *types.Map:
			values = true
		}
	}
	return id && values
}
