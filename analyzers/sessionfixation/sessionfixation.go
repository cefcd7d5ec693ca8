package sessionfixation

import (
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"go/token"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/flagvalue"
	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/authsuccess"
	"github.com/sessionlint/sessionlint/passes/constvars"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/sessionops"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

//go:embed doc.go
var doc string

// DefaultIdentityKeys is the default of -identity-keys: the session keys
// that hold who the user is. Anchored, so that user_theme or
// username_color are not identity.
const DefaultIdentityKeys = `(?i)^(((current|authenticated|authed|logged[_.-]?in|signed[_.-]?in)[_.-]?)?(user|account|member)([_.-]?(id|name|email|uuid))?` +
	`|uid|email|(is[_.-]?)?login|login[_.-]?(name|id|user|email)|role|roles|is[_.-]?admin|admin|is[_.-]?superuser|superuser` +
	`|(is[_.-]?)?authenticat(ed?|ion)|authed|(is[_.-]?)?(logged|signed)[_.-]?in|auth|auth[_.-]?(user|id)` +
	`|principal|subject|sub|identity|user[_.-]?info([_.-]?(id|name|email))?|((wx|wechat|weixin)[_.-]?)?(open|union)[_.-]?id` +
	`|impersonat(e|ed|ing|ion|or)?([_.-]?(user|user[_.-]?id|id|as))?)$`

// jwtKeys hold a JWT the application minted for whoever the request's
// data names (jwt_token = EncryptJWT(accessCode, caseInfo)): the
// credential of the login itself, identity when the value was found from
// the request.
var jwtKeys = regexp.MustCompile(`(?i)(^|[_.-])jwt([_.-]?token)?$`)

// providerTokenKeys hold a token an identity provider issued (the OAuth2
// token of an OIDC login, whose holder acts as the user): identity when an
// OAuth exchange or ID-token check precedes the write, and only then (an
// API token cached for the user already signed in is no login).
var providerTokenKeys = regexp.MustCompile(`(?i)^(auth|access|id|oauth2?|oidc)[_.-]?token$`)

// nonIdentityKeys are keys that never hold the identity, whatever their
// value (a flash message may quote the user's email; an account an
// administrator just generated, kept to show its password once, is not
// who the session belongs to).
var nonIdentityKeys = regexp.MustCompile(`(?i)^(_?flash(es)?([_.-].*)?|theme|cart([_.-].*)?|lang(uage)?|locale|` +
	`_?csrf([_.-].*)?|_?xsrf([_.-].*)?|notice|message|msg|alert|redirect([_.-].*)?|return[_.-]?to|next|referr?er|tz|timezone|` +
	`(generated|created|invited|selected|target|edited)[_.-]?(account|user|member)([_.-].*)?)$`)

// pendingKeys name what a login keeps between its first and second factor
// (mfaUserID, 2fa_user_id, halfauth, pending_user): the user is not logged
// in yet, so a fixed ID gives the attacker nothing they could not get by
// typing the victim's password. The write that completes the second
// factor is the one judged. Keys that say the factor passed
// (mfa_verified, 2fa_passed) are not pending.
var (
	pendingKeys  = regexp.MustCompile(model.PendingFactorKeys)
	passedFactor = regexp.MustCompile(`(?i)(verified|passed|done|complete|success|ok$)`)
)

// Config configures the analyzer.
type Config struct {
	// StrictOrder requires the renewal to precede the write, instead of
	// accepting any renewal before the write is persisted.
	StrictOrder bool
	// IdentityKeys is the regular expression of the session keys that
	// hold the user's identity.
	IdentityKeys string
	// Sanitizers and Sinks name a team's own session calls: a sanitizer
	// renews every session of the function that calls it; a sink writes
	// its first constant string argument as the key and its last argument
	// as the value.
	Sanitizers, Sinks []model.Func
	// Stores says what the session stores are when the package does not
	// show them (see sessionops.StoreMode).
	Stores sessionops.StoreMode
}

// DefaultConfig is the configuration of Analyzer.
var DefaultConfig = Config{IdentityKeys: DefaultIdentityKeys, Stores: sessionops.StoresAuto}

// Validate reports a configuration error.
func (c Config) Validate() error {
	_, err := regexp.Compile(c.IdentityKeys)
	if err != nil {
		return fmt.Errorf("sessionfixation: bad -identity-keys: %v", err)
	}
	mode := c.Stores
	if err := mode.Set(string(c.Stores)); err != nil {
		return fmt.Errorf("sessionfixation: bad -stores: %v", err)
	}
	return nil
}

// Analyzer is the sessionfixation analyzer with DefaultConfig, configured
// further by its flags.
var Analyzer = New(DefaultConfig)

// Meta is what the registry knows of the analyzer.
var Meta = lint.Meta{CWE: []string{"CWE-384"}, Default: true, Manual: lint.Manual(doc),
	Severity: lint.SeverityTakeover, Precision: "high"}

// New returns a sessionfixation analyzer with the given configuration
// (its flags start from it). Analyzers built by New share their fact-free
// prerequisites; run one of them per driver. A configuration that does not
// Validate makes every run fail with the error.
func New(cfg Config) *analysis.Analyzer {
	c := &checker{cfg: cfg}
	// A bad cfg.IdentityKeys leaves identity nil: run reports the error
	// unless -identity-keys replaces it.
	c.identity, _ = regexp.Compile(cfg.IdentityKeys)
	c.cfg.Sanitizers = slices.Clone(cfg.Sanitizers)
	c.cfg.Sinks = slices.Clone(cfg.Sinks)
	a := &analysis.Analyzer{
		Name:     "sessionfixation",
		Doc:      lint.Doc(doc, "sessionfixation"),
		Requires: []*analysis.Analyzer{lazyssa.Analyzer, constvars.Analyzer, sessionops.Analyzer, valueflow.Analyzer},
		Run:      c.run,
	}
	a.Flags.BoolVar(&c.cfg.StrictOrder, "strict-order", cfg.StrictOrder,
		"require the session ID renewal to precede the identity write")
	// The empty -identity-keys is the empty expression, which matches every
	// key.
	a.Flags.Var(flagvalue.NewRegexp(&c.identity, regexp.MustCompile("")), "identity-keys",
		"regular expression of the session keys that hold the user's identity")
	a.Flags.Var(&c.cfg.Stores, "stores",
		"what the session stores are where the package does not show them: auto (decided by the stores the module constructs), stateless or server")
	a.Flags.Var(funcsFlag{&c.cfg.Sanitizers}, "sanitizers",
		"comma-separated pkgpath.Func or pkgpath.Type.Method that renew the session ID")
	a.Flags.Var(funcsFlag{&c.cfg.Sinks}, "sinks",
		"comma-separated pkgpath.Func or pkgpath.Type.Method that write a key and value into the session")
	return lint.New(a)
}

// funcsFlag is a flag.Value holding a comma-separated list of functions.
type funcsFlag struct{ fs *[]model.Func }

func (f funcsFlag) String() string {
	if f.fs == nil {
		return ""
	}
	var parts []string
	for _, fn := range *f.fs {
		parts = append(parts, fn.String())
	}
	return strings.Join(parts, ",")
}

func (f funcsFlag) Set(s string) error {
	var fs []model.Func
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		fn, err := model.ParseFunc(part)
		if err != nil {
			return err
		}
		fs = append(fs, fn)
	}
	if len(fs) == 0 && strings.TrimSpace(s) != "" {
		return errors.New("no function named")
	}
	*f.fs = fs
	return nil
}

// checker is one configured analyzer.
type checker struct {
	cfg Config
	// identity is the compiled cfg.IdentityKeys, or the value of
	// -identity-keys once set; nil if cfg.IdentityKeys does not compile.
	identity *regexp.Regexp
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	re := c.identity
	if re == nil || c.cfg.Validate() != nil {
		return nil, c.cfg.Validate()
	}
	ops, _ := pass.ResultOf[sessionops.Analyzer].(*sessionops.Result)
	ssainfo, _ := pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
	flow, _ := pass.ResultOf[valueflow.Analyzer].(*valueflow.Result)
	custom := len(c.cfg.Sinks)+len(c.cfg.Sanitizers) > 0
	if ops == nil || ssainfo == nil {
		return nil, nil
	}
	for _, ll := range ops.LibraryLogins {
		if !ll.Store.StatelessUnder(c.cfg.Stores) {
			reportLibraryLogin(pass, ll, c.cfg.Stores)
		}
	}
	if len(ops.Order) == 0 && !custom {
		return nil, nil
	}
	var work []*funcWork
	for _, fn := range ssainfo.SrcFuncs {
		points := ops.Points(fn)
		fnOps := ops.Of(fn)
		if len(points) == 0 && !slices.ContainsFunc(fnOps, func(op *sessionops.Op) bool { return op.Role == model.RoleSink }) && !custom {
			continue
		}
		if custom {
			fnOps = append(slices.Clip(fnOps), sessionops.CustomOps(fn, c.cfg.Sinks, c.cfg.Sanitizers)...)
		}
		if fw := c.candidates(fn, points, fnOps, re, flow, ops.RunAtCall(fn)); fw != nil {
			work = append(work, fw)
		}
	}
	steps := newLoginSteps(ops, pass.ResultOf[constvars.Analyzer].(*constvars.Result))
	for _, fw := range work {
		c.checkFunc(pass, fw, steps)
	}
	return nil, nil
}

// funcWork is a function with authentication points and its candidate
// writes: identity writes into sessions with an ID, reachable from a point.
type funcWork struct {
	fn    *ssa.Function
	ops   []*sessionops.Op
	cands []candidate
}

type candidate struct {
	w *sessionops.Op
	p *authsuccess.Point
}

// candidates returns fn's identity writes that follow a successful
// authentication, or nil. runAtCall says fn is a function literal judged
// at the call that runs it (sessionops.Result.RunAtCall), as a helper is.
func (c *checker) candidates(fn *ssa.Function, points []authsuccess.Point, ops []*sessionops.Op, re *regexp.Regexp, flow *valueflow.Result, runAtCall bool) *funcWork {
	fw := &funcWork{fn: fn, ops: ops}
	reach := sessionops.NewReach(fn)
	helper := flow.HasCallers(fn) || runAtCall
	for _, op := range ops {
		if op.Role != model.RoleSink || op.Session == nil || op.Session.StatelessUnder(c.cfg.Stores) || op.Session.Fresh {
			continue
		}
		if op.Helper != nil && op.Helper.AfterAuth {
			// The helper authenticates before this write: it is judged
			// (and reported) inside the helper.
			continue
		}
		p := reach.FirstPoint(points, op.Instr)
		var fromRequest *valueflow.Provenance
		if p == nil || p.Kind == authsuccess.KindName {
			// No check recognised: where the identity comes from decides
			// (a user found or made from the request's data is a login).
			// A helper of the package's functions is judged at its calls
			// instead (one bug, one report), unless it is a function
			// literal, or one only literals call, that finds the user
			// itself (sessionops marks its write AfterAuth). A handler's
			// name, when it is the point, stays the point unless the
			// lookup is in sight.
			if prov := provenanceOf(flow, op); prov.FromRequest() && (!helper || flow.Wrapped(fn) && prov.FoundIn(fn)) {
				fromRequest = &prov
				if p == nil || lookupNamesLogin(fn, prov) {
					p = provenancePoint(op, prov)
				}
			}
		}
		if p == nil {
			continue
		}
		id := identity(op, points, reach, re, fromRequest)
		if !id && fromRequest == nil && !helper {
			// A recognised check (an OAuth exchange) whose answer the
			// write does not name by its key or type: the identity's
			// provenance decides, as without a check; so does the
			// provider's answer made into the application's own record
			// (newProfile(gothic.CompleteUserAuth's user)).
			if prov := provenanceOf(flow, op); prov.FromRequest() || providerAnswer(op, points, reach, &prov) {
				id = identity(op, points, reach, re, &prov)
			}
		}
		if !id {
			continue
		}
		if checkedAsCurrentUser(op) || valueflow.CurrentUserValue(op.Value) {
			// The user written was first checked to be the one logged in
			// (a password change: sessionUser.Id != user.Id fails), or is
			// the logged-in user a getter given only the request returned
			// (a profile edit that asks for the password again: the check
			// is real, but nobody new logs in): the session's own user,
			// stored again.
			continue
		}
		if (p.Kind == authsuccess.KindName || p.Kind == authsuccess.KindProvenance) && (sessionops.OnErrorPath(op.Instr) && !madeHere(fromRequest) || fromCurrentUser(op.Value, fromRequest) || p.Kind == authsuccess.KindName && fromRequest == nil && checked(points) && sessionsOwn(provenanceOf(flow, op))) {
			// No credential check in sight: a write on an error path
			// handles a failure (unless it stores an account made in
			// this request: the sign-up after a lookup found no such
			// user), and one of the user already logged in
			// (getCurrentUser(); in a handler whose checks do not reach
			// the write, a record found from what the session holds)
			// refreshes the session. Without checks, such a record is
			// the pending user of a login's second step (a passkey's
			// challenge kept in the session), whose write is judged.
			continue
		}
		fw.cands = append(fw.cands, candidate{op, p})
	}
	if len(fw.cands) == 0 {
		return nil
	}
	return fw
}

// checkFunc reports the candidate writes of a function that are not
// sanitized before they persist. One bug, one report: the unrenewed
// identity writes into one session that follow one another on a path (the
// first dominates the others: user_id, then email, then role; the writes a
// helper makes at one call) are one report, at the first, with the others
// as related information. Writes on separate branches (a password login
// and an OAuth callback in one handler) are reported each.
func (c *checker) checkFunc(pass *analysis.Pass, fw *funcWork, steps *loginSteps) {
	fr := sessionops.Flow(fw.fn, fw.ops)
	var unsanitized []candidate
	for _, cand := range fw.cands {
		v := fr.Verdicts[cand.w]
		if v == nil || v.RenewedBefore || v.Sanitized && !c.cfg.StrictOrder || steps.continues(fw.fn, cand.w) {
			continue
		}
		unsanitized = append(unsanitized, cand)
	}
	unsanitized = slices.DeleteFunc(unsanitized, func(cand candidate) bool { return placeholder(cand.w, unsanitized) })
	slices.SortStableFunc(unsanitized, func(a, b candidate) int { return cmp.Compare(a.w.Pos, b.w.Pos) })
	var groups [][]candidate
	for _, cand := range unsanitized {
		i := slices.IndexFunc(groups, func(g []candidate) bool {
			return g[0].w.Session.Same(cand.w.Session) && precedes(g[0].w.Instr, cand.w.Instr)
		})
		if i < 0 {
			groups = append(groups, []candidate{cand})
			continue
		}
		groups[i] = append(groups[i], cand)
	}
	for _, g := range groups {
		var also []*sessionops.Op
		for _, cand := range g[1:] {
			also = append(also, cand.w)
		}
		report(pass, g[0].w, fr.Verdicts[g[0].w], g[0].p, c.cfg.Stores, also)
	}
}

// placeholder reports whether w writes a constant under a key that
// another candidate of the function writes with something else: the
// name the branch that did not log anyone in stores instead of the user
// ("Anonymous" when the password did not match), no identity.
func placeholder(w *sessionops.Op, cands []candidate) bool {
	if !w.KeyKnown || w.Value == nil {
		return false
	}
	if _, isConst := ssautil.Unconverted(w.Value).(*ssa.Const); !isConst {
		return false
	}
	return slices.ContainsFunc(cands, func(c candidate) bool {
		if c.w == w || !c.w.KeyKnown || c.w.KeyConst != w.KeyConst || c.w.Value == nil || !c.w.Session.Same(w.Session) {
			return false
		}
		_, isConst := ssautil.Unconverted(c.w.Value).(*ssa.Const)
		return !isConst
	})
}

// precedes reports whether every path to b passes a first: a's block
// dominates b's, and in one block a comes first (or is b).
func precedes(a, b ssa.Instruction) bool {
	return a == b || ssautil.Dominates(a, b)
}

// identity reports whether a write stores the user's identity: by its key
// (a constant naming the identity, or one built from it),
// or by its value (the authenticated principal of a point that reaches the
// write, a user-like value, or, when the identity's provenance is the
// sign of the login, what a call returned given the ID of a user-like
// record: a profile loaded by the user's ID). Keys that never hold the identity (flash,
// theme, cart, ...) are not judged by the value.
func identity(w *sessionops.Op, points []authsuccess.Point, reach *sessionops.Reach, re *regexp.Regexp, prov *valueflow.Provenance) bool {
	if w.KeyKnown && pendingKeys.MatchString(w.KeyConst) && !passedFactor.MatchString(w.KeyConst) {
		return false
	}
	if w.Value != nil && sessionops.ZeroAt(w.Value, w.Instr) {
		return false // a zero value clears (SetMember(Member{}) logs out)
	}
	if w.KeyKnown {
		if identityKey(re, w.KeyConst) {
			return true
		}
		if providerTokenKeys.MatchString(w.KeyConst) {
			return slices.ContainsFunc(points, func(p authsuccess.Point) bool {
				return p.OAuth() && reach.Reaches(&p, w.Instr)
			})
		}
		if nonIdentityKeys.MatchString(w.KeyConst) {
			return false
		}
		if prov != nil && (prefixedIdentityKey(re, w.KeyConst) || jwtKeys.MatchString(w.KeyConst)) {
			return true
		}
	}
	if w.ValueIdentity || !w.KeyKnown && sessionops.BindsSession(w) {
		return true
	}
	if !w.KeyKnown && w.Key != nil && carriesIdentity(w.Key, w.Instr, points, reach) {
		return true // a key built from the user: "_id_" + strconv.Itoa(u.ID)
	}
	if w.Value == nil {
		return false
	}
	if carriesIdentity(w.Value, w.Instr, points, reach) {
		return true
	}
	return prov != nil && (sessionops.LoadedByID(w.Value) || userRecord(w.Value, prov.Lookup) || providerAnswer(w, points, reach, prov))
}

// carriesIdentity reports whether v, used at instr, carries the identity
// of a principal a point that reaches instr authenticated, or of a
// user-like value.
func carriesIdentity(v ssa.Value, instr ssa.Instruction, points []authsuccess.Point, reach *sessionops.Reach) bool {
	for i := range points {
		p := &points[i]
		if p.Principal != nil && reach.Reaches(p, instr) && sessionops.FromValue(v, p.Principal) {
			return true
		}
	}
	return sessionops.IdentityValue(v)
}

// providerAnswer reports whether a write stores what was found through the
// token of an OAuth exchange that reaches it: the provider's answer about
// who signed in (a profile fetched with the token's client), under
// whatever key.
func providerAnswer(w *sessionops.Op, points []authsuccess.Point, reach *sessionops.Reach, prov *valueflow.Provenance) bool {
	return slices.ContainsFunc(points, func(p authsuccess.Point) bool {
		return p.OAuth() && reach.Reaches(&p, w.Instr) && prov.Passes(p.Principal)
	})
}

// userGetter matches the names of functions that return the user's own
// record: GetUserByUsername, FindAccount, LoadMemberInfo.
var userGetter = regexp.MustCompile(`(?i)^(get|find|load|fetch|query|lookup|read|select)?_?(user|account|member|author|admin|customer|principal|person)_?(info|record|row|data|detail)?_?(by.*|with.*|from.*)?$`)

// userRecord reports whether v is what lookup, a getter named for the
// user's record, returned: a row kept as a map or a type the identity
// types do not name is the identity all the same.
func userRecord(v ssa.Value, lookup ssa.CallInstruction) bool {
	if lookup == nil {
		return false
	}
	name, _, _ := valueflow.CalleeNames(lookup.Common())
	if !userGetter.MatchString(name) {
		return false
	}
	return sessionops.Trace(v, func(u ssa.Value) bool {
		call := ssautil.CallOf(u)
		return call != nil && ssa.CallInstruction(call) == lookup
	})
}

// identityKey reports whether a session key names the identity: the
// whole key (leading underscores aside), or its last part after a
// namespace the application puts before its keys
// ("webchat_sess_key:account_id", "auth/user").
func identityKey(re *regexp.Regexp, key string) bool {
	if re.MatchString(key) {
		return true
	}
	if k := strings.TrimLeft(key, "_.-$"); k != key && k != "" && re.MatchString(k) {
		return true // a private-looking key: "_isAuthenticated", "__user_id"
	}
	i := strings.LastIndexAny(key, ":/")
	return i >= 0 && i+1 < len(key) && re.MatchString(key[i+1:])
}

// prefixedIdentityKey reports whether key is an identity key under the
// application's own one-word prefix (itab_uid, app.user_id, not user_role):
// taken as identity only for a value found from the request's data, where
// a prefix cannot turn a preference into a login.
func prefixedIdentityKey(re *regexp.Regexp, key string) bool {
	i := strings.IndexAny(key, "_.-")
	return i > 0 && i+1 < len(key) && !userWord.MatchString(key[:i]) && re.MatchString(key[i+1:])
}

// userWord matches a prefix that names the user or the session rather than
// the application: user_role or session_uid is an attribute the exact keys
// decide on, not an application's namespace.
var userWord = regexp.MustCompile(`(?i)^(user|account|member|admin|current|auth|session|sess|login)$`)

// sessionsOwn reports whether the identity was found from what the
// session holds and nothing the request sent (a member record looked up
// by the ID the session keeps): the user already logged in, refreshed.
// A user found from the request's data and a challenge the session kept
// (a passkey login) is no such record.
func sessionsOwn(prov valueflow.Provenance) bool {
	return prov.Current && prov.Input.Kind&valueflow.Request == 0
}

// checked reports whether some point is a recognised check, not the
// handler's name.
func checked(points []authsuccess.Point) bool {
	return slices.ContainsFunc(points, func(p authsuccess.Point) bool { return p.Kind != authsuccess.KindName })
}

// madeHere reports whether the identity was made in this request from the
// request's data (an account created by a sign-up).
func madeHere(prov *valueflow.Provenance) bool {
	return prov != nil && prov.Made && prov.FromRequest()
}

// fromCurrentUser reports whether v carries the identity of a value a
// function named like a current-user getter returned, unless that call is
// the lookup that found the identity from the request's data (prov): a
// provider's "current account" for the token an OAuth code just bought is
// who signs in, not who is logged in.
func fromCurrentUser(v ssa.Value, prov *valueflow.Provenance) bool {
	return sessionops.Trace(v, func(u ssa.Value) bool {
		call := ssautil.CallOf(u)
		if call == nil || prov != nil && prov.Lookup == ssa.CallInstruction(call) {
			return false
		}
		return valueflow.CurrentUserCall(call.Common())
	})
}

// checkedAsCurrentUser reports whether, before the write, its value (or
// an ID of it) was compared with the logged-in user's
// (valueflow.CurrentUserValue), in a block that dominates the write.
func checkedAsCurrentUser(op *sessionops.Op) bool {
	if op.Value == nil || op.Instr.Block() == nil {
		return false
	}
	fn := op.Instr.Parent()
	for _, b := range fn.Blocks {
		if !b.Dominates(op.Instr.Block()) {
			continue
		}
		for _, instr := range b.Instrs {
			cmp, ok := instr.(*ssa.BinOp)
			if !ok || cmp.Op != token.EQL && cmp.Op != token.NEQ {
				continue
			}
			for _, pair := range [2][2]ssa.Value{{cmp.X, cmp.Y}, {cmp.Y, cmp.X}} {
				if valueflow.CurrentUserValue(pair[0]) && sessionops.FromValue(pair[1], op.Value) {
					return true
				}
			}
		}
	}
	return false
}

// provenanceOf is the provenance of the identity an op writes: of its
// value, or, for a helper that finds the user itself, of what the call
// gives it to find the user from.
func provenanceOf(flow *valueflow.Result, op *sessionops.Op) valueflow.Provenance {
	if flow == nil {
		return valueflow.Provenance{}
	}
	var prov valueflow.Provenance
	if op.Value != nil {
		prov = flow.Provenance(op.Value, op.Instr)
	}
	if call, ok := op.Instr.(ssa.CallInstruction); ok && !prov.FromRequest() {
		for _, arg := range op.Found {
			if found := flow.FoundBy(arg, call); found.FromRequest() {
				return found
			}
		}
	}
	return prov
}

// provenancePoint is the authentication point of an identity found from
// the request's data: the lookup (or the check the raw input passed),
// holding for the write's block.
func provenancePoint(op *sessionops.Op, prov valueflow.Provenance) *authsuccess.Point {
	var desc string
	callee := lookupName(prov.Lookup)
	switch {
	case prov.Provider != "" && prov.Lookup.Pos() == prov.Input.Pos:
		desc = fmt.Sprintf("%s returned the provider's answer", prov.Provider)
	case prov.Provider != "":
		desc = fmt.Sprintf("%s returned the user for the provider's answer to %s", callee, prov.Provider)
	case prov.Gate:
		desc = fmt.Sprintf("%s accepted the %s", callee, prov.Input.String())
	default:
		desc = fmt.Sprintf("%s returned the user for the %s", callee, prov.Input.String())
	}
	return &authsuccess.Point{Block: op.Instr.Block(), Pos: prov.Lookup.Pos(), Kind: authsuccess.KindProvenance, Desc: desc}
}

// loginWords match the names of lookups and inputs that tell a login: a
// user's record, an authentication, a credential.
var loginWords = regexp.MustCompile(`(?i)user|account|member|log_?in|sign_?in|auth|credential|passw|email|token|code`)

// lookupNamesLogin reports whether the identity's lookup, in fn itself,
// names the login better than the handler's name: it is named for a user
// or an authentication (LoginService.Login, GetActiveUserByEmail,
// UserStore.Find), or its
// input for a credential ("code"). A lookup named for neither, given
// neither (CheckConsentRequired given the "scope"), leaves the name.
func lookupNamesLogin(fn *ssa.Function, prov valueflow.Provenance) bool {
	if prov.Lookup == nil || prov.Lookup.Parent() != fn {
		return false
	}
	name, recv, _ := valueflow.CalleeNames(prov.Lookup.Common())
	return loginWords.MatchString(name) || loginWords.MatchString(recv) || loginWords.MatchString(prov.Input.Name)
}

// lookupName names the callee of a lookup for messages: Type.Method or
// Func (an interface method by its name alone).
func lookupName(call ssa.CallInstruction) string {
	common := call.Common()
	name, recvName, _ := valueflow.CalleeNames(common)
	switch {
	case common.IsInvoke():
		return name
	case name == "":
		return "a function value"
	case recvName != "":
		return recvName + "." + name
	case common.StaticCallee().Parent() != nil:
		return "a function literal"
	}
	return name
}
