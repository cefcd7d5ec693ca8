package model

const simpleSessions = "github.com/zerodha/simplesessions/v3"

// SimpleSessions is github.com/zerodha/simplesessions/v3 (v3.0.0, listmonk's
// sessions): Manager.Acquire(ctx, r, w) returns the session of the ID the
// request's cookie carries (unvalidated: the store decides whether it
// exists); every Set goes straight to the store. Manager.NewSession(r, w)
// creates a session under a new ID and writes its cookie: only that
// session has the new ID. Clear and Delete keep the ID; Destroy deletes
// the record and expires the cookie, but the session value keeps its ID.
var SimpleSessions = &Library{
	Name:     "zerodha/simplesessions",
	Module:   simpleSessions,
	Packages: []string{simpleSessions},
	Session: &SessionModel{
		Commit: CommitOnWrite,
		Types:  []TypeName{{simpleSessions, "Session"}},
		Obtain: []Call{
			{Func: Func{simpleSessions, "Manager", "Acquire"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{simpleSessions, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{simpleSessions, "Session", "SetMulti"}, Session: OnReceiver, Key: -1, Value: 0, Entries: true},
		},
		Renew: []Call{
			{Func: Func{simpleSessions, "Manager", "NewSession"}, Session: OnResult, Key: -1, Value: -1,
				Why: "only the returned session has the new ID"},
		},
		Traps: []Call{
			{Func: Func{simpleSessions, "Session", "Clear"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Clear empties the record and keeps the session ID"},
			{Func: Func{simpleSessions, "Session", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Delete removes values and keeps the session ID"},
			{Func: Func{simpleSessions, "Session", "Destroy"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Destroy deletes the record and expires the cookie, but this session keeps its ID"},
		},
		ServerSide: []Func{
			{"github.com/zerodha/simplesessions/stores/memory/v3", "", "New"},
			{"github.com/zerodha/simplesessions/stores/redis/v3", "", "New"},
			{"github.com/zerodha/simplesessions/stores/postgres/v3", "", "New"},
		},
		Fix: "write into the session the manager's NewSession(r, w) returns (a new ID, and its cookie) instead of %s",
	},
	Cookies: &CookieModel{
		// Options.Cookie: the manager builds every session cookie from it
		// (session.go WriteCookie), Name "session" and Path "/" when
		// empty, nothing else defaulted: no HttpOnly, no Secure, and
		// SameSite 0 (no attribute) unless set. The application's
		// SetCookieHooks function receives that cookie and sends it, and
		// may change it first (listmonk sets SameSite there).
		Types: []CookieType{{
			Pkg: simpleSessions, Type: "CookieOptions", Session: true,
			Fields: map[Attr]string{
				AttrName: "Name", AttrPath: "Path", AttrDomain: "Domain", AttrExpires: "Expires",
				AttrSecure: "IsSecure", AttrHttpOnly: "IsHTTPOnly", AttrSameSite: "SameSite",
			},
			SameSite: SameSiteHTTP,
			Defaults: Attrs{AttrName: "session", AttrPath: "/", AttrHttpOnly: False, AttrSecure: False, AttrSameSite: SameUnset},
		}},
		Hooks: []CookieHook{{Func: Func{simpleSessions, "Manager", "SetCookieHooks"}, Arg: 1}},
	},
}
