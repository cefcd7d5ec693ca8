package model

import "slices"

// A beegoRelease is where one major version of beego keeps its web
// (controllers, BConfig), session and context packages. The two share
// their semantics; v2's session store takes a context first.
type beegoRelease struct {
	name, module          string
	web, session, context string
	// webName is the name of the web package, as code writes it.
	webName string
	// storeCtx is 1 when the session Store's methods take a
	// context.Context first (v2), 0 when they do not (v1).
	storeCtx int
}

var (
	beegoV2 = beegoRelease{
		name: "beego", module: "github.com/beego/beego/v2",
		web: "github.com/beego/beego/v2/server/web", session: "github.com/beego/beego/v2/server/web/session",
		context: "github.com/beego/beego/v2/server/web/context", webName: "web", storeCtx: 1,
	}
	beegoV1 = beegoRelease{
		name: "beego v1", module: "github.com/astaxie/beego",
		web: "github.com/astaxie/beego", session: "github.com/astaxie/beego/session",
		context: "github.com/astaxie/beego/context", webName: "beego",
	}
	// beegoV1Org is v1 as the beego organisation republished it
	// (github.com/beego/beego v1.12.4 to v1.12.12, the last v1): the
	// astaxie tree under a new module path.
	beegoV1Org = beegoRelease{
		name: "beego v1", module: "github.com/beego/beego",
		web: "github.com/beego/beego", session: "github.com/beego/beego/session",
		context: "github.com/beego/beego/context", webName: "beego",
	}
	// beegoReleases are the releases modelled, newest first.
	beegoReleases = []beegoRelease{beegoV2, beegoV1, beegoV1Org}
	// beegoV2Adapter is v2.0's adapter package (removed in v2.1): v1's API
	// over v2, which applications ported from v1 keep (their controllers
	// embed adapter.Controller). Its Controller and session Store wrap
	// v2's, whose sessions they are; it has no context package of its own
	// that the model names. Read in v2.0.2's source.
	beegoV2Adapter = beegoRelease{
		name: "beego", module: "github.com/beego/beego/v2",
		web: "github.com/beego/beego/v2/adapter", session: "github.com/beego/beego/v2/adapter/session",
		webName: "beego",
	}
)

// beegoControllers returns what entries gives for the web package of every
// beego release, and of v2.0's adapter: the packages that hold a
// Controller.
func beegoControllers[T any](entries func(web string) []T) []T {
	return eachRelease(append(slices.Clone(beegoReleases), beegoV2Adapter), func(b beegoRelease) []T { return entries(b.web) })
}

// beegoEach returns what entries gives for every beego release: the tables
// outside this file name beego's calls once, for both.
func beegoEach[T any](entries func(b beegoRelease) []T) []T {
	return eachRelease(beegoReleases, entries)
}

// eachRelease concatenates what entries gives for each release of a
// library modelled release by release (beego, GoFrame).
func eachRelease[R, T any](releases []R, entries func(R) []T) []T {
	var out []T
	for _, r := range releases {
		out = append(out, entries(r)...)
	}
	return out
}

// Beego is github.com/beego/beego/v2 (v2.3.10), and BeegoV1 its earlier
// release github.com/astaxie/beego (v1.12.3, still in use, also through a
// replace to a fork; BeegoV1Org is the same code as github.com/beego/beego
// v1.12.12), whose sessions work the same: the router releases
// the controller's session after the handler (CommitAtEnd), SessionStart
// is strict, SessionRegenerateID moves the record to a new ID (the cookie
// provider returns a nil store).
var (
	Beego      = beegoLibrary(beegoV2, beegoV2Adapter)
	BeegoV1    = beegoLibrary(beegoV1)
	BeegoV1Org = beegoLibrary(beegoV1Org)
)

// beegoLibrary is the library of release b, whose sessions the packages of
// the releases alongside (v2.0's adapter) also reach.
func beegoLibrary(b beegoRelease, alongside ...beegoRelease) *Library {
	lib := &Library{
		Name:     b.name,
		Module:   b.module,
		Packages: []string{b.web, b.session, b.context},
		Session:  beegoSession(b),
		Cookies:  beegoCookies(b),
	}
	for _, a := range alongside {
		lib.Packages = append(lib.Packages, a.web, a.session)
		more := beegoSession(a)
		s := lib.Session
		s.Types = append(s.Types, more.Types...)
		s.Obtain = append(s.Obtain, more.Obtain...)
		s.Sinks = append(s.Sinks, more.Sinks...)
		s.Persist = append(s.Persist, more.Persist...)
		s.Renew = append(s.Renew, more.Renew...)
		s.Traps = append(s.Traps, more.Traps...)
	}
	return lib
}

// beegoSession is the session model of release b (its context's calls
// when it has a context package).
func beegoSession(b beegoRelease) *SessionModel {
	s := &SessionModel{
		Commit: CommitAtEnd,
		Types:  []TypeName{{b.session, "Store"}, {b.web, "Controller"}},
		Obtain: []Call{
			{Func: Func{b.web, "Controller", "StartSession"}, Session: OnResult},
			{Func: Func{b.session, "Manager", "SessionStart"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{b.web, "Controller", "SetSession"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{b.context, "BeegoOutput", "Session"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{b.session, "Store", "Set"}, Session: OnReceiver, Key: b.storeCtx, Value: b.storeCtx + 1},
		},
		Persist: []Call{
			{Func: Func{b.session, "Store", "SessionRelease"}, Session: OnReceiver},
		},
		Renew: []Call{
			{Func: Func{b.web, "Controller", "SessionRegenerateID"}, Session: OnReceiver, Key: -1, Value: -1},
			{Func: Func{b.session, "Manager", "SessionRegenerateID"}, Session: OnResult, Key: -1, Value: -1,
				Why: "only the returned store has the new ID"},
		},
		Traps: []Call{
			{Func: Func{b.web, "Controller", "DelSession"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "DelSession removes one value and keeps the session ID"},
			{Func: Func{b.web, "Controller", "DestroySession"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "DestroySession issues no new ID in this request"},
			{Func: Func{b.session, "Store", "Flush"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Flush clears the values and keeps the session ID"},
			{Func: Func{b.session, "Manager", "SessionDestroy"}, Session: OnRequest, Arg: 1, Key: -1, Value: -1,
				Why: "SessionDestroy issues no new ID in this request"},
		},
		Fix: "call %s.SessionRegenerateID() first",
		FixFor: map[string]string{
			"Store":       "write through the store returned by SessionRegenerateID(w, r) instead of %s",
			"BeegoOutput": "call " + b.webName + ".GlobalSessions.SessionRegenerateID(w, r) first and write through the store it returns",
		},
	}
	if b.context == "" {
		s.Sinks = slices.DeleteFunc(s.Sinks, func(c Call) bool { return c.Func.Pkg == "" })
	}
	return s
}

// beegoCookies is the cookie model of release b.
func beegoCookies(b beegoRelease) *CookieModel {
	return &CookieModel{
		Types: []CookieType{
			{
				// Path is always "/"; Secure only when Secure is set
				// and the request is TLS.
				Pkg: b.session, Type: "ManagerConfig", Session: true,
				Fields:   map[Attr]string{AttrName: "CookieName", AttrDomain: "Domain", AttrSecure: "Secure", AttrSameSite: "CookieSameSite"},
				Negated:  map[Attr]string{AttrHttpOnly: "DisableHTTPOnly"},
				SameSite: SameSiteHTTP,
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True},
			},
			{
				// BConfig.WebConfig.Session; Secure comes from
				// BConfig.Listen.EnableHTTPS (default false).
				Pkg: b.web, Type: "SessionConfig", Session: true,
				Fields:   map[Attr]string{AttrName: "SessionName", AttrDomain: "SessionDomain", AttrSameSite: "SessionCookieSameSite"},
				Negated:  map[Attr]string{AttrHttpOnly: "SessionDisableHTTPOnly"},
				SameSite: SameSiteHTTP,
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False},
				Enable:   "SessionOn",
				Sibling:  map[Attr]string{AttrSecure: "Listen.EnableHTTPS"},
			},
		},
		Server: beegoServer(b),
		Constructors: []ConfigSite{
			{Func: Func{b.session, "", "NewManager"}, ConfigArg: 1,
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameUnset}},
		},
		// The context's cookie API (v2.3.10 and v1.12.3 context.go,
		// output.go): Cookie(name, value, others ...interface{})
		// where others are maxAge (negative: deleted), path ("/"
		// when absent), domain, secure (a bool, or any other non-nil
		// value: on), httpOnly, sameSite (a string, absent: none).
		// SetSecureCookie signs the value first and takes the secret
		// before the name.
		Positional: []PositionalSetter{
			beegoCookie(Func{b.context, "BeegoOutput", "Cookie"}, 0),
			beegoCookie(Func{b.context, "Context", "SetCookie"}, 0),
			beegoCookie(Func{b.context, "Context", "SetSecureCookie"}, 1),
			beegoCookie(Func{b.web, "Controller", "SetSecureCookie"}, 1),
		},
	}
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

// beegoServer is beego's session cookie as conf/app.conf configures it:
// the keys are BConfig's field names, without case (SessionOn,
// SessionName, SessionDisableHTTPOnly, EnableHTTPS, SessionCookieSameSite
// as an http.SameSite number, SessionDomain), the run mode's section
// overriding the top-level keys; the cookie is HttpOnly, not Secure and
// without SameSite by default. Sessions switched on in code
// (BConfig.WebConfig.Session.SessionOn = true) are reported there.
func beegoServer(b beegoRelease) *ServerCookie {
	return &ServerCookie{
		Servers: []Func{{b.web, "", "Run"}, {b.web, "", "RunWithMiddleWares"}},
		Enable:  "SessionOn",
		Name:    "beegosessionID", NameKey: "SessionName",
		Keys:    map[Attr]string{AttrSecure: "EnableHTTPS", AttrSameSite: "SessionCookieSameSite", AttrDomain: "SessionDomain"},
		Negated: map[Attr]string{AttrHttpOnly: "SessionDisableHTTPOnly"},
		Files:   []string{"conf/app.conf", "conf/app.conf.example"},
		// beego.LoadAppConfig("ini", path) reads another file; the
		// module ships it (or a template of it) in conf/.
		OtherFiles: "conf/*.conf",
		Usual:      "conf/app.conf",
		// BEEGO_RUNMODE, else the file's runmode, else prod (v1.12.3 and
		// v2.3.8 config.go); a [mode] section's keys win in that mode.
		ModeKey: "RunMode", DefaultMode: "prod",
		// http.SameSite numbers: 1 is the default mode (no attribute).
		SameSite: map[string]Value{"2": SameLax, "3": SameStrict, "4": SameNone},
		Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameUnset},
	}
}
