package model

// An irisRelease is where one major version of iris keeps its packages.
// v11 (github.com/kataras/iris, v11.1.1+incompatible, before modules)
// has the same sessions as v12, but a session cookie without SameSite,
// no cookie options for Secure, SameSite or Domain, and a RemoveCookie
// that always strips the request's cookie.
type irisRelease struct {
	name, module, root string
	sessions, context  string
	v11                bool
}

var (
	irisV12 = irisRelease{name: "iris", module: "github.com/kataras/iris/v12", root: "github.com/kataras/iris/v12",
		sessions: "github.com/kataras/iris/v12/sessions", context: "github.com/kataras/iris/v12/context"}
	irisV11 = irisRelease{name: "iris v11", module: "github.com/kataras/iris", root: "github.com/kataras/iris",
		sessions: "github.com/kataras/iris/sessions", context: "github.com/kataras/iris/context", v11: true}
	// irisReleases are the releases modelled, newest first.
	irisReleases = []irisRelease{irisV12, irisV11}
)

// irisEach returns what entries gives for every iris release: the tables
// outside this file name iris's calls once, for both.
func irisEach[T any](entries func(r irisRelease) []T) []T {
	return eachRelease(irisReleases, entries)
}

const irisSessions = "github.com/kataras/iris/v12/sessions"

// Iris is github.com/kataras/iris/v12/sessions (v12.2.11), IrisV11 its
// earlier release github.com/kataras/iris/sessions (v11.1.1). Every write
// goes to the store at once. Neither has a regenerate API; both adopt any
// client ID unless Config.Encoding is set; the default cookie is scoped
// to the registrable domain and lives about 24 years.
var (
	Iris    = irisLibrary(irisV12)
	IrisV11 = irisLibrary(irisV11)
)

func irisLibrary(r irisRelease) *Library {
	return &Library{
		Name:     r.name,
		Module:   r.module,
		Packages: []string{r.sessions},
		Session:  irisSession(r),
		Cookies:  irisCookies(r),
	}
}

func irisSession(r irisRelease) *SessionModel {
	s := &SessionModel{
		Commit: CommitOnWrite,
		Types:  []TypeName{{r.sessions, "Session"}},
		Obtain: []Call{
			{Func: Func{r.sessions, "Sessions", "Start"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{r.sessions, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{r.sessions, "Session", "SetImmutable"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		Traps: []Call{
			{Func: Func{r.sessions, "Session", "Clear"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Clear removes the values and keeps the session ID"},
			{Func: Func{r.sessions, "Session", "Destroy"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Session.Destroy deletes the record but leaves the cookie, which is adopted again"},
			{Func: Func{r.sessions, "Sessions", "Destroy"}, Session: OnFramework, Arg: 0, Key: -1, Value: -1,
				Why: "Destroy then Start in the same request re-creates the same ID from the request's cookie"},
		},
		RenewByStrippingCookie: true,
		// No session cookie in the request (if ctx.GetCookie(name) != ""
		// { strip it }; sess.Start(ctx)): Start makes a new ID.
		FreshChecks: []Call{
			{Func: Func{r.context, "Context", "GetCookie"}, Session: OnReceiver, Arg: 0, Key: -1, Value: -1, Absent: true},
		},
		// v11.1.1 and v12.1.8 context.go RemoveCookie:
		// ctx.request.Header.Set("Cookie", ""); v12.2 no longer touches
		// the request.
		CookieStrippers: []Call{
			{Func: Func{r.context, "Context", "RemoveCookie"}, Session: OnReceiver, Key: -1, Value: -1, Before: "v12.2.0-alpha1"},
		},
		Fix: "destroy %s, strip the session cookie from the request and Start a new session first (iris has no regenerate call)",
	}
	if !r.v11 {
		s.Obtain = append([]Call{{Func: Func{r.sessions, "", "Get"}, Session: OnResult}}, s.Obtain...)
	}
	return s
}

func irisCookies(r irisRelease) *CookieModel {
	// sessions.Config: HttpOnly and Path "/" are hard-coded; Secure only
	// with CookieSecureTLS (and a TLS request); unless
	// DisableSubdomainPersistence, Domain is the registrable domain and
	// (v12's CookieAllowSubdomains) SameSite Lax. v11 sets no SameSite.
	defaults := Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameLax, AttrDomain: ParentDomain}
	if r.v11 {
		defaults[AttrSameSite] = SameUnset
	}
	c := &CookieModel{
		Types: []CookieType{{
			Pkg: r.sessions, Type: "Config", Session: true,
			Fields:    map[Attr]string{AttrName: "Cookie", AttrSecure: "CookieSecureTLS"},
			Defaults:  defaults,
			Overrides: []Override{{Field: "DisableSubdomainPersistence", Attrs: Attrs{AttrDomain: "", AttrSameSite: SameUnset}}},
		}},
		// ctx.SetCookieKV(name, value, options...): Path "/", HttpOnly,
		// an expiry; ctx.SetCookie (and v12's UpsertCookie) send a
		// cookie with the same options applied.
		Positional: []PositionalSetter{{
			Func:     Func{r.context, "Context", "SetCookieKV"},
			Args:     map[Attr]int{AttrName: 0, AttrValue: 1},
			Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True},
			SameSite: SameSiteHTTP, Options: irisCookieOptions(r), OptionsArg: 2,
		}},
		Senders: []Sender{
			{Func: Func{r.context, "Context", "SetCookie"}, Arg: 0, Options: irisCookieOptions(r), OptionsArg: 1},
		},
		Constructors: []ConfigSite{
			{Func: Func{r.sessions, "", "New"}, ConfigArg: 0, Defaults: defaults},
		},
	}
	if r.v11 {
		c.Positional[0].Advice = "send it with ctx.SetCookie(&http.Cookie{...}) with HttpOnly: true, Secure: true and SameSite: http.SameSiteLaxMode (iris v11 has no cookie option for Secure or SameSite)"
	} else {
		c.Senders = append(c.Senders, Sender{Func: Func{r.context, "Context", "UpsertCookie"}, Arg: 0, Options: irisCookieOptions(r), OptionsArg: 1})
		c.Registered = []Func{{r.context, "Context", "AddCookieOptions"}}
	}
	return c
}

// irisCookieOptions are iris's cookie options that set an attribute, in
// package context and re-exported by the release's root package (as
// variables); v11 has only CookiePath and CookieHTTPOnly of them.
func irisCookieOptions(r irisRelease) []OptionFunc {
	var out []OptionFunc
	for _, pkg := range []string{r.context, r.root} {
		out = append(out,
			OptionFunc{Func: Func{pkg, "", "CookieHTTPOnly"}, Attr: AttrHttpOnly},
			OptionFunc{Func: Func{pkg, "", "CookiePath"}, Attr: AttrPath},
		)
		if !r.v11 {
			out = append(out,
				OptionFunc{Func: Func{pkg, "", "CookieSecure"}, Attr: AttrSecure, Value: SecureIfTLS},
				OptionFunc{Func: Func{pkg, "", "CookieSameSite"}, Attr: AttrSameSite},
				OptionFunc{Func: Func{pkg, "", "CookieDomain"}, Attr: AttrDomain},
			)
		}
	}
	return out
}
