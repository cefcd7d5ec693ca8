package model

const irisSessions = "github.com/kataras/iris/v12/sessions"

// Iris is github.com/kataras/iris/v12/sessions (v12.2.11). Every write goes
// to the store at once. It has no regenerate API and adopts any client ID
// unless Config.Encoding is set; its default cookie is scoped to the
// registrable domain and lives about 24 years.
var Iris = &Library{
	Name:     "iris",
	Module:   "github.com/kataras/iris/v12",
	Packages: []string{irisSessions},
	Session: &SessionModel{
		Commit: CommitOnWrite,
		Types:  []TypeName{{irisSessions, "Session"}},
		Obtain: []Call{
			{Func: Func{irisSessions, "", "Get"}, Session: OnResult},
			{Func: Func{irisSessions, "Sessions", "Start"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{irisSessions, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{irisSessions, "Session", "SetImmutable"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		Traps: []Call{
			{Func: Func{irisSessions, "Session", "Clear"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Clear removes the values and keeps the session ID"},
			{Func: Func{irisSessions, "Session", "Destroy"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Session.Destroy deletes the record but leaves the cookie, which is adopted again"},
			{Func: Func{irisSessions, "Sessions", "Destroy"}, Session: OnFramework, Arg: 0, Key: -1, Value: -1,
				Why: "Destroy then Start in the same request re-creates the same ID from the request's cookie"},
		},
		RenewByStrippingCookie: true,
		// v12.1.8 context.go RemoveCookie: ctx.request.Header.Set("Cookie",
		// ""); v12.2 no longer touches the request.
		// No session cookie in the request (if ctx.GetCookie(name) != ""
		// { strip it }; sess.Start(ctx)): Start makes a new ID.
		FreshChecks: []Call{
			{Func: Func{irisContext, "Context", "GetCookie"}, Session: OnReceiver, Arg: 0, Key: -1, Value: -1, Absent: true},
		},
		CookieStrippers: []Call{
			{Func: Func{irisContext, "Context", "RemoveCookie"}, Session: OnReceiver, Key: -1, Value: -1, Before: "v12.2.0-alpha1"},
		},
		Fix: "destroy %s, strip the session cookie from the request and Start a new session first (iris has no regenerate call)",
	},
	Cookies: &CookieModel{
		Types: []CookieType{{
			// sessions.Config: HttpOnly and Path "/" are hard-coded; Secure
			// only with CookieSecureTLS (and a TLS request); unless
			// DisableSubdomainPersistence, the CookieAllowSubdomains option
			// sets Domain to the registrable domain and SameSite to Lax.
			Pkg: irisSessions, Type: "Config", Session: true,
			Fields: map[Attr]string{AttrName: "Cookie", AttrSecure: "CookieSecureTLS"},
			Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameLax,
				AttrDomain: ParentDomain},
			Overrides: []Override{{Field: "DisableSubdomainPersistence",
				Attrs: Attrs{AttrDomain: "", AttrSameSite: SameUnset}}},
		}},
		// ctx.SetCookieKV(name, value, options...) (v12.2.11): Path "/",
		// HttpOnly, a year's expiry; ctx.SetCookie and UpsertCookie send a
		// cookie with the same options applied.
		Positional: []PositionalSetter{{
			Func:     Func{irisContext, "Context", "SetCookieKV"},
			Args:     map[Attr]int{AttrName: 0, AttrValue: 1},
			Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True},
			SameSite: SameSiteHTTP, Options: irisCookieOptions, OptionsArg: 2,
		}},
		Senders: []Sender{
			{Func: Func{irisContext, "Context", "SetCookie"}, Arg: 0, Options: irisCookieOptions, OptionsArg: 1},
			{Func: Func{irisContext, "Context", "UpsertCookie"}, Arg: 0, Options: irisCookieOptions, OptionsArg: 1},
		},
		Registered: []Func{{irisContext, "Context", "AddCookieOptions"}},
		Constructors: []ConfigSite{
			{Func: Func{irisSessions, "", "New"}, ConfigArg: 0,
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameLax, AttrDomain: ParentDomain}},
		},
	},
}

// irisCookieOptions are iris's cookie options that set an attribute, in
// package context and re-exported by package iris (as variables).
var irisCookieOptions = func() []OptionFunc {
	var out []OptionFunc
	for _, pkg := range []string{irisContext, "github.com/kataras/iris/v12"} {
		out = append(out,
			OptionFunc{Func: Func{pkg, "", "CookieSecure"}, Attr: AttrSecure, Value: SecureIfTLS},
			OptionFunc{Func: Func{pkg, "", "CookieHTTPOnly"}, Attr: AttrHttpOnly},
			OptionFunc{Func: Func{pkg, "", "CookieSameSite"}, Attr: AttrSameSite},
			OptionFunc{Func: Func{pkg, "", "CookiePath"}, Attr: AttrPath},
			OptionFunc{Func: Func{pkg, "", "CookieDomain"}, Attr: AttrDomain},
		)
	}
	return out
}()
