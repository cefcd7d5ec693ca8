package model

const (
	beegoWeb     = "github.com/beego/beego/v2/server/web"
	beegoSession = "github.com/beego/beego/v2/server/web/session"
	beegoContext = "github.com/beego/beego/v2/server/web/context"
)

// Beego is github.com/beego/beego/v2 (v2.3.10). The router releases the
// controller's session after the handler (CommitAtEnd). SessionStart is
// strict. SessionRegenerateID moves the record to a new ID (the cookie
// provider returns a nil store).
var Beego = &Library{
	Name:     "beego",
	Module:   "github.com/beego/beego/v2",
	Packages: []string{beegoWeb, beegoSession, beegoContext},
	Session: &SessionModel{
		Commit: CommitAtEnd,
		Types:  []TypeName{{beegoSession, "Store"}, {beegoWeb, "Controller"}},
		Obtain: []Call{
			{Func: Func{beegoWeb, "Controller", "StartSession"}, Session: OnResult},
			{Func: Func{beegoSession, "Manager", "SessionStart"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{beegoWeb, "Controller", "SetSession"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{beegoContext, "BeegoOutput", "Session"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{beegoSession, "Store", "Set"}, Session: OnReceiver, Key: 1, Value: 2},
		},
		Persist: []Call{
			{Func: Func{beegoSession, "Store", "SessionRelease"}, Session: OnReceiver},
		},
		Renew: []Call{
			{Func: Func{beegoWeb, "Controller", "SessionRegenerateID"}, Session: OnReceiver, Key: -1, Value: -1},
			{Func: Func{beegoSession, "Manager", "SessionRegenerateID"}, Session: OnResult, Key: -1, Value: -1,
				Why: "only the returned store has the new ID"},
		},
		Traps: []Call{
			{Func: Func{beegoWeb, "Controller", "DelSession"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "DelSession removes one value and keeps the session ID"},
			{Func: Func{beegoWeb, "Controller", "DestroySession"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "DestroySession issues no new ID in this request"},
			{Func: Func{beegoSession, "Store", "Flush"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Flush clears the values and keeps the session ID"},
			{Func: Func{beegoSession, "Manager", "SessionDestroy"}, Session: OnRequest, Arg: 1, Key: -1, Value: -1,
				Why: "SessionDestroy issues no new ID in this request"},
		},
		Fix: "call %s.SessionRegenerateID() first",
		FixFor: map[string]string{
			"Store":       "write through the store returned by SessionRegenerateID(w, r) instead of %s",
			"BeegoOutput": "call web.GlobalSessions.SessionRegenerateID(w, r) first and write through the store it returns",
		},
	},
	Cookies: &CookieModel{
		Types: []CookieType{
			{
				// Path is always "/"; Secure only when Secure is set and the
				// request is TLS.
				Pkg: beegoSession, Type: "ManagerConfig", Session: true,
				Fields:   map[Attr]string{AttrName: "CookieName", AttrDomain: "Domain", AttrSecure: "Secure", AttrSameSite: "CookieSameSite"},
				Negated:  map[Attr]string{AttrHttpOnly: "DisableHTTPOnly"},
				SameSite: SameSiteHTTP,
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True},
			},
			{
				// web.BConfig.WebConfig.Session; Secure comes from
				// BConfig.Listen.EnableHTTPS (default false).
				Pkg: beegoWeb, Type: "SessionConfig", Session: true,
				Fields:   map[Attr]string{AttrName: "SessionName", AttrDomain: "SessionDomain", AttrSameSite: "SessionCookieSameSite"},
				Negated:  map[Attr]string{AttrHttpOnly: "SessionDisableHTTPOnly"},
				SameSite: SameSiteHTTP,
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False},
				Enable:   "SessionOn",
				Sibling:  map[Attr]string{AttrSecure: "Listen.EnableHTTPS"},
			},
		},
		Constructors: []ConfigSite{
			{Func: Func{beegoSession, "", "NewManager"}, ConfigArg: 1,
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameUnset}},
		},
		// The context's cookie API (v2.3.10 context.go, output.go):
		// Cookie(name, value, others ...interface{}) where others are
		// maxAge (negative: deleted), path ("/" when absent), domain,
		// secure (a bool, or any other non-nil value: on), httpOnly,
		// sameSite (a string, absent: none). SetSecureCookie signs the
		// value first and takes the secret before the name.
		Positional: []PositionalSetter{
			beegoCookie(Func{beegoContext, "BeegoOutput", "Cookie"}, 0),
			beegoCookie(Func{beegoContext, "Context", "SetCookie"}, 0),
			beegoCookie(Func{beegoContext, "Context", "SetSecureCookie"}, 1),
			beegoCookie(Func{beegoWeb, "Controller", "SetSecureCookie"}, 1),
		},
	},
}

// beegoCookie is a beego cookie setter whose name is argument at.
func beegoCookie(f Func, at int) PositionalSetter {
	v := at + 2
	return PositionalSetter{
		Func: f,
		Args: map[Attr]int{
			AttrName: at, AttrValue: at + 1, AttrMaxAge: v, AttrPath: v + 1, AttrDomain: v + 2,
			AttrSecure: v + 3, AttrHttpOnly: v + 4, AttrSameSite: v + 5,
		},
		Variadic: v,
		SameSite: SameSiteString,
		Defaults: Attrs{AttrPath: "/"},
	}
}
