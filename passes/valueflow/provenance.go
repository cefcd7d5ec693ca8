package valueflow

import (
	"go/token"
	"go/types"
	"regexp"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// Provenance says where an identity a handler is about to store comes
// from, in the terms a login is recognised by: found or made, in this
// request, from what the client sent (a user looked up by the posted
// e-mail, an account a service returned for the posted credentials, the
// provider's answer to the OAuth code in the query), or read from the
// session or the request's context (the user already logged in).
//
// It is the authentication signal that needs no recognised credential
// check: whatever the application calls to find the user (an interface, a
// service in another package, a hand-written token exchange), the record it
// returns came from the request's data.
type Provenance struct {
	// Input is the request input the identity was found or made from
	// (form value "email", query parameter "code"); zero when none.
	Input Origin
	// Lookup is the call that found or made the record from Input: the
	// call nearest the identity, on its path back to the input, that the
	// analysis cannot see through (a method of the application, an
	// interface, a database query; not fmt or strings). For an identity
	// that is the input itself (the posted user name), Lookup is the call
	// that checked it: a call given the input whose error or bool result
	// guards the write (Gate is then set). Nil when neither exists.
	Lookup ssa.CallInstruction
	Gate   bool
	// Current is set when the identity derives from the session or the
	// request's context (model.ContextLocals): the logged-in user, stored
	// again, which is no login.
	Current bool
	// Made is set when a call named like making an account (CreateUser,
	// Register, SignUp, Insert...) was given the request's data: an
	// account made in this request is a login even when the rest of what
	// made it came from the session (the sign-up that finishes an OAuth
	// login whose identity the callback kept there).
	Made bool
	// Exchanged is set when the identity is the answer of a call given
	// the request itself, in a handler that reads an OAuth authorization
	// code: the exchange of the code, however the application wraps it
	// (a function value it was handed), is the provider's answer, even
	// when the call is also given the OAuth state the session kept.
	Exchanged bool
	// Provider names the OAuth library call whose answer the identity is
	// (gothic.CompleteUserAuth's user, the token oauth2's Exchange
	// returned), met on the way; "" when none.
	Provider string
	// Params are the parameters of the function holding the identity that
	// a lookup on the way to it was given (a user found by a query given
	// the caller's input), in the order met; contexts and receivers are
	// left out. A helper that finds the user from what its caller passes
	// is a login where the caller passes the request's data (FoundBy).
	Params []int

	// walked holds the values the walk visited.
	walked map[ssa.Value]bool
}

// Passes reports whether the identity was found through v: v is one of
// the values it was walked back to (the token an OAuth exchange returned,
// which the provider's answer was asked with).
func (p Provenance) Passes(v ssa.Value) bool { return v != nil && p.walked[v] }

// FromRequest reports whether the identity was found or made in this
// request from what the client sent, and not from the current session.
func (p Provenance) FromRequest() bool {
	return p.Input.Kind&Request != 0 && p.Lookup != nil && (!p.Current || p.Made || p.Exchanged)
}

// FoundIn reports whether the identity was found or made from the
// request's data by a lookup fn itself makes: a function that logs the user
// in (a function literal run at once, err = func() error { u, err =
// svc.Login(email, pw); ...; save(u) }(); the function a route's closure
// calls with the request) is judged where it writes, not at its calls.
func (p Provenance) FoundIn(fn *ssa.Function) bool {
	return p.FromRequest() && p.Lookup.Parent() == fn
}

// maxProvenanceValues bounds the values one Provenance query walks.
const maxProvenanceValues = 400

// Provenance returns the provenance of v, a value about to be stored as an
// identity by the instruction at (the write, which a gate must guard). It
// walks v back through copies, conversions, field and element reads,
// phis, a local variable's stores and the calls that fill it (var u User;
// db.First(&u, ...)), and the receivers and arguments of the calls it comes
// from, asking Origins at each step whether the value is the request's.
func (r *Result) Provenance(v ssa.Value, at ssa.Instruction) Provenance {
	if r == nil || r.st == nil || v == nil {
		return Provenance{}
	}
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	w, p := r.walkFrom(v, nil)
	if p.Input.Kind&Request != 0 && p.Lookup == nil && !p.Current && at != nil {
		if gate := w.gate(at); gate != nil {
			p.Lookup, p.Gate = gate, true
		}
	}
	return p
}

// walkFlags say where a value walked flows: into the receiver of a call
// (service: a context local there is a service, a database handle, not
// the current user) or into a call that makes an account (maker).
type walkFlags struct {
	service, maker bool
}

type provenanceWalk struct {
	t *tracer
	// seen holds the values visited, looked those visited with a lookup
	// on the way.
	seen, looked map[ssa.Value]bool
	p            Provenance
	// root is the function holding the identity: its parameters are
	// judged at its calls (FoundBy); those of the functions the walk
	// leaves it for are walked to their callers' arguments.
	root *ssa.Function
	// entered are the functions whose results the walk went into (see
	// enter).
	entered map[*ssa.Function]bool
	// inputs are the request inputs met, by position (for the gate).
	inputs map[token.Pos]bool
}

// walk visits v, which flows into the identity; lookup is the nearest
// opaque call on the way from the identity to v, if any.
func (w *provenanceWalk) walk(v ssa.Value, lookup ssa.CallInstruction, fl walkFlags) {
	if v == nil || w.seen[v] && (lookup == nil || w.looked[v]) || len(w.seen) >= maxProvenanceValues {
		return
	}
	// A value met first with no lookup on the way is met again through
	// one (code, then caseID := cases.ByCode(code)): the input it holds
	// is then named with the lookup.
	w.seen[v] = true
	if lookup != nil {
		w.looked[v] = true
	}
	if isSessionValue(v.Type()) {
		w.p.Current = true
		return
	}
	if _, isConst := v.(*ssa.Const); isConst {
		return
	}
	if load, ok := v.(*ssa.UnOp); ok && !fieldOfLocal(load) {
		if stored := ssautil.StoredField(load); stored != nil {
			// A field this function set before reading it, of a
			// struct it was given (req.User = user; req.User.Save(...)):
			// what was stored. A record made here is judged by the calls
			// given it (db.Create(&u)), below.
			w.walk(stored, lookup, fl)
			return
		}
	}
	if requestAuthentication(v) && !w.t.query(v).origins().Has(Query|Form|Body|Header) {
		// The user the request already authenticates as, read from its
		// session or token (AuthenticateUser(r, store)), not from what
		// it posted.
		if !fl.service {
			w.p.Current = true
		}
		return
	}
	if stored, maker := madeField(ssautil.Unconverted(v)); stored != nil {
		// A field of a record a call made from a literal (account :=
		// Upsert(Account{OwnerID: owner, ...}); account.OwnerID): what
		// the literal put there, found through that call.
		if lookup == nil {
			lookup = maker
		}
		w.walk(stored, lookup, fl)
		return
	}
	if currentUserValue(v, 0) {
		// The logged-in user, or what was taken from it (Id:
		// Session().GetUser(ctx).Id in a form struct): no login.
		if !fl.service {
			w.p.Current = true
		}
		return
	}
	o := w.t.query(v).origins()
	if o.Has(SessionID) {
		w.p.Current = true
		return
	}
	if lookup != nil && !fl.service {
		w.param(v, o)
	}
	if base := recordOf(v); base != nil && o.Has(Request) && lookup == nil && w.p.Lookup == nil {
		// A field of a record (u.ID): the package may store the request's
		// data into that field elsewhere (a sign-up's literal), which
		// says nothing of this record; where the record itself came from
		// (a lookup given the request's data) decides first.
		if a, ok := base.(*ssa.Alloc); ok && !w.seen[a] {
			// A record made here: the calls given it (db.Create(&u)).
			w.seen[a] = true
			w.local(a, lookup, fl, nil)
		} else {
			w.walk(base, lookup, fl)
		}
		if w.p.Lookup != nil && w.p.Input.Kind&Request != 0 {
			return
		}
	}
	if o.Has(Request) && lookup == nil {
		if c := ssautil.CallOf(v); c != nil && authenticatesName.MatchString(calleeName(&c.Call)) {
			// The answer of a call named for authenticating, given
			// what the client sent (a posted form that authenticates
			// itself: form.Authenticate(), whose user its summary
			// traces to the form): the check is the lookup.
			lookup = c
		} else if c := madeRecord(v); c != nil {
			// A record a sign-up function made from the request's data
			// and returned (CreateStudentUser(form.Username, ...)): its
			// summary gives the data; the call is where the account was
			// made.
			lookup, fl.maker = c, true
		}
	}
	if o.Has(Request) {
		for _, in := range o.Of(Request) {
			if w.inputs == nil {
				w.inputs = map[token.Pos]bool{}
			}
			w.inputs[in.Pos] = true
			if w.names(in, lookup) {
				w.p.Input, w.p.Lookup = in, lookup
			}
			w.p.Made = w.p.Made || fl.maker && lookup != nil
		}
		if lookup != nil || !o.Has(Unknown) || ssautil.CallOf(ssautil.Unconverted(v)) == nil {
			return
		}
		// A call given the request's data directly (a "keep me signed
		// in" flag) and something the walk cannot see into (the account
		// a service found): what it was given is walked too, with the
		// call as the lookup (NewAuthUser(settings, user, keep)).
	}
	next := func(u ssa.Value) { w.walk(u, lookup, fl) }
	switch x := v.(type) {
	case *ssa.Call:
		w.call(x, lookup, fl)
		w.enter(x, -1, lookup, fl)
	case *ssa.Extract:
		next(x.Tuple)
		if c, ok := x.Tuple.(*ssa.Call); ok {
			w.enter(c, x.Index, lookup, fl)
		}
	case *ssa.UnOp:
		if x.Op != token.ARROW {
			w.cell(x.X, x, lookup, fl)
		}
	case *ssa.FieldAddr:
		next(x.X)
	case *ssa.Field:
		next(x.X)
	case *ssa.IndexAddr:
		next(x.X)
	case *ssa.Index:
		next(x.X)
	case *ssa.Lookup:
		next(x.X)
	case *ssa.Slice:
		next(x.X)
	case *ssa.Convert:
		next(x.X)
	case *ssa.ChangeType:
		next(x.X)
	case *ssa.ChangeInterface:
		next(x.X)
	case *ssa.MakeInterface:
		next(x.X)
	case *ssa.TypeAssert:
		next(x.X)
	case *ssa.MultiConvert:
		next(x.X)
	case *ssa.SliceToArrayPointer:
		next(x.X)
	case *ssa.BinOp:
		next(x.X)
		next(x.Y)
	case *ssa.Phi:
		for _, e := range x.Edges {
			next(e)
		}
	case *ssa.FreeVar:
		// A captured variable the literal assigns itself (user, err =
		// svc.Login(...) inside err = func() error {...}()): what it
		// stores; then what the enclosing function gave it.
		for _, st := range ssautil.StoresTo(x) {
			next(st.Val)
		}
		bound, at := w.t.boundAt(x)
		for i, b := range bound {
			w.cell(b, at[i], lookup, fl)
		}
	case *ssa.Alloc:
		w.local(x, lookup, fl, nil)
	case *ssa.Parameter:
		if fn := x.Parent(); fn != w.root && !w.entered[fn] {
			// A parameter of a function the walk reached from the
			// identity's (the handler whose closure stores the account
			// it found for what its callers handed down: the provider's
			// answer an OAuth callback passed two helpers on): what the
			// package's calls give it.
			w.callerArgs(x, next)
		}
	}
}

// enter walks what a call of a function of the package returns, at
// result index (-1: its only one), with the call as the lookup when none
// is nearer: the helper that reads the posted credentials and asks a
// service for the user (self.userProfileHandler(ctx)). Only when the
// call's origins hold none of the request's data (else the walk has what
// it needs), and once per function; its parameters are what the call
// gives, which the walk visits at the call.
func (w *provenanceWalk) enter(c *ssa.Call, index int, lookup ssa.CallInstruction, fl walkFlags) {
	fn := bodyOf(ssautil.FuncValue(c.Call.Value))
	if fn == nil || w.entered[fn] || fn == w.root || w.wraps(c) || w.t.query(c).origins().Has(Request) {
		return
	}
	if w.entered == nil {
		w.entered = map[*ssa.Function]bool{}
	}
	w.entered[fn] = true
	if lookup == nil {
		lookup = c
	}
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			if index < 0 || i == index {
				w.walk(r, lookup, fl)
			}
		}
	}
}

// callerArgs visits the arguments the package's calls (outside test
// files) give p, unless p is the receiver, a context or a request (what
// every call is given, not what the identity was found from).
func (w *provenanceWalk) callerArgs(p *ssa.Parameter, visit func(ssa.Value)) {
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	if fn.Signature.Recv() != nil && i == 0 || requestLike(p.Type()) {
		return
	}
	for _, c := range w.t.st.codeCallers(fn) {
		if args := c.Common().Args; !c.Common().IsInvoke() && i >= 0 && len(args) == len(fn.Params) {
			visit(args[i])
		}
	}
}

// names reports whether in, met with lookup as its nearest opaque call,
// names the identity's input better than the one the walk holds: any
// input beats none, one a lookup was given beats one that reached the
// identity directly, a form or query value beats a header, and among
// equals a credential or an OAuth code (the "code" a callback exchanges)
// beats another parameter of the request (a route's "instance").
func (w *provenanceWalk) names(in Origin, lookup ssa.CallInstruction) bool {
	cur := w.p.Input
	switch {
	case cur.Kind == 0:
		return true
	case (w.p.Lookup == nil) != (lookup == nil):
		return w.p.Lookup == nil
	case cur.Kind&Header != 0 && in.Kind&Header == 0:
		return true
	case cur.Kind&Header == 0 && in.Kind&Header != 0:
		return false
	}
	return !namesCredential(cur) && namesCredential(in)
}

// namesCredential reports whether o is a request input named for a secret
// or an OAuth code.
func namesCredential(o Origin) bool {
	return o.Name != "" && (credentialInput.MatchString(o.Name) || oauthCode.MatchString(o.Name))
}

// param records the parameters of v's function that v, given to a lookup,
// derives from: not a context, a request or a framework's context (what
// every call is given), nor the receiver.
func (w *provenanceWalk) param(v ssa.Value, o Origins) {
	fn := v.Parent()
	if fn == nil || fn != w.root {
		return
	}
	indices := make([]int, 0, 1)
	for _, po := range o.Of(Param) {
		indices = append(indices, po.Param)
	}
	if p, ok := v.(*ssa.Parameter); ok {
		// The parameter itself, whose origins may already be what the
		// package's calls give it (an unexported helper's): its callers
		// outside the package, and facts, still name it.
		indices = append(indices, slices.Index(fn.Params, p))
	}
	for _, i := range indices {
		if i < 0 || i >= len(fn.Params) || fn.Signature.Recv() != nil && i == 0 || slices.Contains(w.p.Params, i) {
			continue
		}
		if requestLike(fn.Params[i].Type()) {
			continue
		}
		w.p.Params = append(w.p.Params, i)
	}
}

// requestLike reports whether t is a context, a request or a framework's
// context.
func requestLike(t types.Type) bool {
	tn, ok := model.TypeNameOf(t)
	return ok && (tn == model.TypeName{Pkg: "context", Name: "Context"} || model.IsRequestType(tn) || tn.Pkg == "net/http")
}

// FoundBy returns the provenance of an identity a helper found from what
// its call gives it: arg, the argument for one of the helper's Params,
// with the call as the lookup (the analysis does not see the helper's
// query from here). at is the call.
func (r *Result) FoundBy(arg ssa.Value, call ssa.CallInstruction) Provenance {
	if r == nil || r.st == nil || arg == nil || call == nil {
		return Provenance{}
	}
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	_, p := r.walkFrom(arg, call)
	return p
}

// walkFrom walks v back with lookup as its nearest opaque call (nil: none
// yet), under r.st.mu, and returns the walk and what it found.
func (r *Result) walkFrom(v ssa.Value, lookup ssa.CallInstruction) (*provenanceWalk, Provenance) {
	w := &provenanceWalk{t: r.st.resolved, seen: map[ssa.Value]bool{}, looked: map[ssa.Value]bool{}, root: v.Parent()}
	w.walk(v, lookup, walkFlags{})
	p := w.p
	p.walked = w.seen
	return w, p
}

// authenticatesName matches the names of calls that authenticate what
// they are given and return the user.
var authenticatesName = regexp.MustCompile(`(?i)^(authenticate|log_?in|sign_?in)(_?(user|member|account))?$`)

// call visits the result of a call: the current user when it reads a
// context local (outside a receiver), else what its receiver and arguments
// come from, with the call as the lookup when the analysis cannot see
// through it.
func (w *provenanceWalk) call(c *ssa.Call, lookup ssa.CallInstruction, fl walkFlags) {
	common := &c.Call
	if _, builtin := common.Value.(*ssa.Builtin); builtin {
		for _, a := range common.Args {
			w.walk(a, lookup, fl)
		}
		return
	}
	if pendingRead(common) {
		// The user a login's first step kept for its second (GetSession
		// ("mfa_user_id")): the one this request logs in, not the one
		// already logged in.
		return
	}
	f, named := CallFunc(common)
	if named && contextLocal(f) {
		if !fl.service {
			w.p.Current = true
		}
		return
	}
	pure := named && theTables().pure[f.Pkg]
	// A method without arguments reads its receiver (u.GetId(),
	// id.String()): an accessor, not a lookup, and its receiver is no
	// service.
	// (An interface method's signature has a receiver too, but the
	// invoke's arguments leave it out.)
	// Constant arguments (u.M() with no options: a nil variadic slice)
	// do not make it a lookup.
	accessor := common.Signature().Recv() != nil && !slices.ContainsFunc(ssautil.CallArgs(common), func(a ssa.Value) bool {
		_, isConst := a.(*ssa.Const)
		return !isConst
	})
	if lookup == nil && !pure && !accessor && !w.wraps(c) {
		lookup = c
	}
	if !pure && makerName.MatchString(calleeName(common)) {
		fl.maker = true
	}
	if e := CredentialCall(common); e != nil && e.Kind == model.AuthOAuth && e.Principal.From == model.FromResult {
		// The provider's answer to the OAuth callback, however many
		// helpers the application handed it down: the client's
		// request, answered.
		if lookup == nil {
			lookup = c
		}
		w.exchanged(providerAnswer(c, e.Desc), lookup)
	}
	if !pure && !accessor && !w.p.Exchanged {
		if in, ok := w.oauthExchange(c); ok {
			w.exchanged(in, lookup)
		}
	}
	args := common.Args
	recvFlags := fl
	recvFlags.service = !accessor // an accessor's receiver is the record itself
	if common.IsInvoke() {
		w.walk(common.Value, lookup, recvFlags)
	} else if common.Signature().Recv() != nil && len(args) > 0 {
		w.walk(args[0], lookup, recvFlags)
		args = args[1:]
	}
	for _, a := range args {
		w.walk(a, lookup, fl)
	}
}

// wraps reports whether c calls a function whose results derive only from
// what it is given and constants: a constructor (NewAuthUser(settings,
// user, keep) wraps the account a service found) is no lookup of its own.
func (w *provenanceWalk) wraps(c *ssa.Call) bool {
	common := &c.Call
	if common.IsInvoke() {
		return false
	}
	var kinds Kind
	if fn, _ := funcValue(common.Value); fn != nil && bodyOf(fn) != nil {
		for _, s := range w.t.st.summary(fn).results {
			kinds |= s.origins().Kinds
		}
	} else if callee := common.StaticCallee(); callee != nil {
		obj, _ := callee.Object().(*types.Func)
		sum, ok := w.t.st.summaryFact(obj)
		if !ok {
			return false
		}
		for _, r := range sum.Results {
			kinds |= r.Kinds
		}
	}
	return kinds&Param != 0 && kinds&^(Param|Const) == 0
}

// local visits a local variable: what is stored into it and its fields,
// and the calls given its address, which fill it (db.First(&u, id),
// json.Unmarshal(data, &u)) and are its lookups.
// cell walks v, read at use: a local variable's cell is walked for the
// stores that may reach use (local), anything else as itself.
func (w *provenanceWalk) cell(v ssa.Value, use ssa.Instruction, lookup ssa.CallInstruction, fl walkFlags) {
	a, ok := v.(*ssa.Alloc)
	if !ok {
		w.walk(v, lookup, fl)
		return
	}
	if w.seen[a] || len(w.seen) >= maxProvenanceValues {
		return
	}
	w.seen[a] = true
	w.local(a, lookup, fl, use)
}

// local walks what a local variable's cell a holds: its stores (those that
// may reach use, when use is known: a value the code overwrote before use,
// the logged-in user replaced by the one just found, is not what use
// reads) and the calls given its address.
func (w *provenanceWalk) local(a *ssa.Alloc, lookup ssa.CallInstruction, fl walkFlags, use ssa.Instruction) {
	refs := a.Referrers()
	if refs == nil {
		return
	}
	addrs := []ssa.Value{a}
	for _, ref := range *refs {
		switch x := ref.(type) {
		case *ssa.FieldAddr:
			addrs = append(addrs, x)
		case *ssa.Call:
			// A record handed to a call that makes an account
			// (db.Create(&u)): what it was filled with was stored by
			// that call.
			if lookup == nil && makerName.MatchString(calleeName(x.Common())) {
				lookup, fl.maker = x, true
			}
		}
	}
	for i := 0; i < len(addrs); i++ {
		addr := addrs[i]
		refs := addr.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch x := ref.(type) {
			case *ssa.Store:
				if x.Addr == addr && (i > 0 || use == nil || !ssautil.Overwritten(x, a, use)) {
					w.walk(x.Val, lookup, fl)
				}
			case *ssa.MakeInterface:
				// The address given as an any (db.Where(...).Scan(&u)).
				if i == 0 {
					addrs = append(addrs, x)
				}
			case *ssa.Call:
				common := x.Common()
				if fl.service && i == 0 && isReceiver(common, addr) {
					// Another method of the service the lookup was
					// called on (users.SetAvatar(id, url) before
					// users.ByID(id)): what it is given is not what the
					// service holds.
					continue
				}
				filler := lookup
				if filler == nil {
					filler = x
				}
				if f, named := CallFunc(common); named && theTables().pure[f.Pkg] {
					filler = lookup
				}
				fillFlags := fl
				if filler == x && makerName.MatchString(calleeName(common)) {
					fillFlags.maker = true
				}
				for _, op := range operands(common) {
					if op != addr {
						w.walk(op, filler, fillFlags)
					}
				}
			}
		}
	}
}

// isReceiver reports whether v is the receiver of the static method call
// common.
func isReceiver(common *ssa.CallCommon, v ssa.Value) bool {
	return !common.IsInvoke() && common.Signature().Recv() != nil && len(common.Args) > 0 && common.Args[0] == v
}
