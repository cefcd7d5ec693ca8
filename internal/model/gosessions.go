package model

const kataraGoSessions = "github.com/kataras/go-sessions/v3"

// KatarasGoSessions is github.com/kataras/go-sessions/v3 (v3.3.1), the
// net/http (and fasthttp) ancestor of iris's sessions. Every write goes to
// the store at once. It has no regenerate API: Start keeps any ID the
// request's cookie carries (unknown ones too, unless Config.Encoding is
// set), and Destroy(w, r) strips the request's cookie only with
// Config.AllowReclaim, so a Start after it otherwise finds the old ID
// again. The cookie is HttpOnly with Path "/", Secure only with
// CookieSecureTLS over TLS, no SameSite, and, unless
// DisableSubdomainPersistence, scoped to the registrable domain.
var KatarasGoSessions = &Library{
	Name:     "go-sessions",
	Module:   kataraGoSessions,
	Packages: []string{kataraGoSessions},
	Session: &SessionModel{
		Commit: CommitOnWrite,
		Types:  []TypeName{{kataraGoSessions, "Session"}},
		Obtain: []Call{
			{Func: Func{kataraGoSessions, "", "Start"}, Session: OnResult},
			{Func: Func{kataraGoSessions, "Sessions", "Start"}, Session: OnResult},
			{Func: Func{kataraGoSessions, "", "StartFasthttp"}, Session: OnResult},
			{Func: Func{kataraGoSessions, "Sessions", "StartFasthttp"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{kataraGoSessions, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{kataraGoSessions, "Session", "SetImmutable"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		Traps: []Call{
			{Func: Func{kataraGoSessions, "Session", "Clear"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Clear removes the values and keeps the session ID"},
			{Func: Func{kataraGoSessions, "Session", "Destroy"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Session.Destroy deletes the record but leaves the cookie, which is adopted again"},
			{Func: Func{kataraGoSessions, "Sessions", "Destroy"}, Session: OnRequest, Arg: 1, Key: -1, Value: -1,
				Why: "Destroy then Start in the same request finds the old ID in the request's cookie unless Config.AllowReclaim"},
			{Func: Func{kataraGoSessions, "", "Destroy"}, Session: OnRequest, Arg: 1, Key: -1, Value: -1,
				Why: "Destroy then Start in the same request finds the old ID in the request's cookie unless Config.AllowReclaim"},
		},
		RenewByStrippingCookie: true,
		Fix:                    "destroy %s, strip the session cookie from the request and Start a new session first (go-sessions has no regenerate call)",
	},
	Cookies: &CookieModel{
		Types: []CookieType{{
			Pkg: kataraGoSessions, Type: "Config", Session: true,
			Fields:   map[Attr]string{AttrName: "Cookie", AttrSecure: "CookieSecureTLS"},
			Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameUnset, AttrDomain: ParentDomain},
			Overrides: []Override{{Field: "DisableSubdomainPersistence",
				Attrs: Attrs{AttrDomain: ""}}},
		}},
		Constructors: []ConfigSite{
			{Func: Func{kataraGoSessions, "", "New"}, ConfigArg: 0,
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameUnset, AttrDomain: ParentDomain}},
		},
	},
}
