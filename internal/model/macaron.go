package model

const (
	macaronSession = "github.com/go-macaron/session"
	macaronPkg     = "gopkg.in/macaron.v1"
)

// Macaron is github.com/go-macaron/session (v1.0.4, on gopkg.in/macaron.v1).
// The Sessioner middleware injects session.Store into the handlers'
// parameters: a parameter of type Store is the request's session. Start is
// strict (an unknown or malformed ID gets a new one). Memory writes are
// live; the other providers write in Release, which the middleware calls
// after the handlers on the session it injected (CommitAtEnd).
//
// RegenerateId(ctx) moves the record to a new ID and returns a new
// RawStore: only that store has the new ID (like go-session Refresh). The
// injected Store is not updated: on the file, redis, memcache, ledis and
// nodb providers a later sess.Set is released under the old ID and
// re-creates it with the identity (on SQL providers the login is lost). On
// the memory provider (the default) the injected Store and the returned one
// are the same object, so writing through either works; the model cannot
// tell the provider (Options.Provider, or PROVIDER in macaron's ini file),
// so a write through the injected Store after RegenerateId is reported
// whatever the provider: the returned store is right on every provider.
// The returned store is not released by the middleware: call its Release,
// or its writes are lost on the non-memory providers.
//
// Not modelled: Store.Read(sid) creates a record for an unknown well-formed
// ID, so passing it a client-supplied value adopts that ID; *session.Manager
// (the middleware's own), which applications do not normally call.
var Macaron = &Library{
	Name:     "go-macaron/session",
	Module:   macaronSession,
	Packages: []string{macaronSession, macaronPkg},
	Session: &SessionModel{
		Commit: CommitAtEnd,
		// Store embeds RawStore: Set, Delete, Flush and Release called on
		// either are RawStore's methods.
		Types: []TypeName{{macaronSession, "Store"}, {macaronSession, "RawStore"}},
		Sinks: []Call{
			{Func: Func{macaronSession, "RawStore", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		// Release persists now: the middleware releases the injected store
		// at the end; a store returned by RegenerateId must be released by
		// hand.
		Persist: []Call{
			{Func: Func{macaronSession, "RawStore", "Release"}, Session: OnReceiver},
		},
		Renew: []Call{
			{Func: Func{macaronSession, "Store", "RegenerateId"}, Session: OnResult, Key: -1, Value: -1,
				Why: "only the returned store has the new ID; release it by hand"},
		},
		Traps: []Call{
			{Func: Func{macaronSession, "RawStore", "Flush"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Flush clears the values and keeps the session ID"},
			{Func: Func{macaronSession, "RawStore", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Delete removes one value and keeps the session ID"},
			// Spelt Destory in the library.
			{Func: Func{macaronSession, "Store", "Destory"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Destory deletes the record and expires the cookie but issues no new ID: a later Set re-creates the old ID"},
		},
		Fix: "call %s.RegenerateId(ctx) first, write through the store it returns and Release that store",
	},
	Cookies: &CookieModel{
		Types: []CookieType{{
			// session.Options. HttpOnly is hard-coded. SameSite is Lax, or
			// Strict with CookieSameSite (a bool, so None and no attribute
			// are impossible): both are set, so the field is not mapped.
			// Exception the model cannot express: the cookie RegenerateId
			// sends has no SameSite. Zero fields fall back to the [session]
			// section of macaron's ini configuration (COOKIE_NAME, SECURE,
			// COOKIE_PATH, DOMAIN...), which is not visible here: an unset
			// Secure counts as false, the ini default.
			Pkg: macaronSession, Type: "Options", Session: true,
			Fields: map[Attr]string{
				AttrName: "CookieName", AttrPath: "CookiePath", AttrDomain: "Domain",
				AttrMaxAge: "CookieLifeTime", AttrSecure: "Secure",
			},
			Defaults: macaronCookieDefaults,
		}},
		Constructors: []ConfigSite{
			{Func: Func{macaronSession, "", "Sessioner"}, ConfigArg: 0, Defaults: macaronCookieDefaults},
		},
		// macaron's ctx.SetCookie(name, value, others ...interface{}) (v1.5.1
		// context.go): others are maxAge, path ("/" when absent), domain,
		// secure (a bool, or any other non-nil value: on), httpOnly and
		// expires; there is no SameSite argument, so none is sent (short
		// of a func(*http.Cookie) element, which is read as set).
		// SetSecureCookie and SetSuperSecureCookie (secret first) encrypt
		// the value and hand the same others to SetCookie.
		Positional: []PositionalSetter{
			macaronSetter("SetCookie", 0),
			macaronSetter("SetSecureCookie", 0),
			macaronSetter("SetSuperSecureCookie", 1),
		},
	},
}

// macaronSetter is macaron's positional cookie setter name, whose
// arguments start at first (after a secret).
func macaronSetter(name string, first int) PositionalSetter {
	return PositionalSetter{
		Func: Func{macaronPkg, "Context", name},
		Args: map[Attr]int{
			AttrName: first, AttrValue: first + 1, AttrMaxAge: first + 2, AttrPath: first + 3, AttrDomain: first + 4,
			AttrSecure: first + 5, AttrHttpOnly: first + 6,
		},
		Variadic: first + 2,
		Defaults: Attrs{AttrPath: "/"},
	}
}

var macaronCookieDefaults = Attrs{AttrName: "MacaronSession", AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameLax}
