package model

const (
	fiberV2        = "github.com/gofiber/fiber/v2"
	fiberV2Session = "github.com/gofiber/fiber/v2/middleware/session"
	fiberV2CSRF    = "github.com/gofiber/fiber/v2/middleware/csrf"
	fiberV3        = "github.com/gofiber/fiber/v3"
	fiberV3Session = "github.com/gofiber/fiber/v3/middleware/session"
	fiberV3CSRF    = "github.com/gofiber/fiber/v3/middleware/csrf"
	gothFiber      = "github.com/shareed2k/goth_fiber"
)

// fiberCookieDefaults: fasthttp turns an empty Path into "/" and an empty
// SameSite into Lax; HTTPOnly and Secure default to false.
var fiberCookieDefaults = Attrs{AttrPath: "/", AttrSameSite: SameLax, AttrHttpOnly: False, AttrSecure: False}

// fiberSessionConfig is session.Config's cookie part (v2 and v3): a zero
// field stays zero except CookieSameSite "" which means Lax.
func fiberSessionConfig(pkg string) CookieType {
	return CookieType{
		Pkg: pkg, Type: "Config", Session: true,
		Fields: map[Attr]string{
			AttrPath: "CookiePath", AttrDomain: "CookieDomain", AttrSecure: "CookieSecure",
			AttrHttpOnly: "CookieHTTPOnly", AttrSameSite: "CookieSameSite",
		},
		SameSite:         SameSiteString,
		Defaults:         fiberCookieDefaults,
		NoneForcesSecure: true,
	}
}

// fiberCSRFDefaults: the CSRF middleware's cookie (v2.28.0 to v2.52.15,
// v3.1.0 middleware/csrf config.go): "csrf_", SameSite Lax, neither
// Secure nor HttpOnly unless set.
var fiberCSRFDefaults = Attrs{AttrName: "csrf_", AttrPath: "/", AttrSameSite: SameLax, AttrHttpOnly: False, AttrSecure: False}

// fiberCSRF is the CSRF middleware's csrf.Config and csrf.New(config...).
// (v2's deprecated Cookie *fiber.Cookie field, copied over the Cookie*
// fields when set, is not read.)
func fiberCSRF(pkg string) (CookieType, ConfigSite) {
	return CookieType{
			Pkg: pkg, Type: "Config", Session: true, Purpose: "CSRF cookie", ScriptRead: true,
			Fields: map[Attr]string{
				AttrName: "CookieName", AttrPath: "CookiePath", AttrDomain: "CookieDomain", AttrSecure: "CookieSecure",
				AttrHttpOnly: "CookieHTTPOnly", AttrSameSite: "CookieSameSite",
			},
			SameSite:         SameSiteString,
			Defaults:         fiberCSRFDefaults,
			NoneForcesSecure: true,
		}, ConfigSite{
			Func: Func{pkg, "", "New"}, ConfigArg: 0, Defaults: fiberCSRFDefaults,
			ConfigType: TypeName{pkg, "Config"},
		}
}

var (
	fiberV2CSRFType, fiberV2CSRFNew = fiberCSRF(fiberV2CSRF)
	fiberV3CSRFType, fiberV3CSRFNew = fiberCSRF(fiberV3CSRF)
)

// FiberV2 is github.com/gofiber/fiber/v2 (v2.52.15) and its session
// middleware. Strict since v2.52.5; v2.52.4 and earlier adopt any client ID
// (CVE-2024-38513).
var FiberV2 = &Library{
	Name:     "fiber",
	Module:   fiberV2,
	Packages: []string{fiberV2, fiberV2Session, fiberV2CSRF},
	Session: &SessionModel{
		Commit: CommitOnSave,
		Types:  []TypeName{{fiberV2Session, "Session"}},
		Obtain: []Call{{Func: Func{fiberV2Session, "Store", "Get"}, Session: OnResult}},
		Sinks: []Call{
			{Func: Func{fiberV2Session, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		Persist: []Call{{Func: Func{fiberV2Session, "Session", "Save"}, Session: OnReceiver}},
		// Before v2.52.5 Fresh is also true for an unknown ID the client
		// sent, which the store kept (CVE-2024-38513).
		FreshChecks: []Call{
			{Func: Func{fiberV2Session, "Session", "Fresh"}, Session: OnReceiver, Key: -1, Value: -1, Since: "v2.52.5"},
		},
		Renew: []Call{
			{Func: Func{fiberV2Session, "Session", "Regenerate"}, Session: OnReceiver, Key: -1, Value: -1},
			{Func: Func{fiberV2Session, "Session", "Reset"}, Session: OnReceiver, Key: -1, Value: -1},
			// goth_fiber (v0.3.3) keeps goth's state in a fiber session
			// store; its Logout, which CompleteUserAuth defers unless given
			// options, destroys the request's session, deleting the
			// cookie from the request too: a session obtained after it has
			// a new ID. (One obtained before keeps the old one; the
			// analysis does not tell them apart.)
			{Func: Func{gothFiber, "", "CompleteUserAuth"}, Session: OnFramework, Arg: 0, Key: -1, Value: -1, NoOptions: true,
				Why: "goth_fiber's CompleteUserAuth destroys the request's session and its cookie: the session obtained after it is new"},
			{Func: Func{gothFiber, "", "Logout"}, Session: OnFramework, Arg: 0, Key: -1, Value: -1,
				Why: "goth_fiber's Logout destroys the request's session and its cookie: the session obtained after it is new"},
		},
		Traps: []Call{
			{Func: Func{fiberV2Session, "Session", "Destroy"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Destroy deletes the data and the record but keeps the session ID"},
			{Func: Func{fiberV2Session, "Session", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Delete removes one value and keeps the session ID"},
		},
		Fix: "call %s.Regenerate() first",
	},
	Cookies: &CookieModel{
		Types: []CookieType{
			{
				Pkg: fiberV2, Type: "Cookie",
				Fields: map[Attr]string{
					AttrName: "Name", AttrValue: "Value", AttrPath: "Path", AttrDomain: "Domain",
					AttrExpires: "Expires", AttrMaxAge: "MaxAge", AttrSecure: "Secure",
					AttrHttpOnly: "HTTPOnly", AttrSameSite: "SameSite",
				},
				SameSite: SameSiteString,
				Defaults: fiberCookieDefaults,
				// fasthttp's SetSameSite(None) turns Secure on.
				NoneForcesSecure: true,
			},
			fiberSessionConfig(fiberV2Session),
			fiberV2CSRFType,
		},
		Senders: []Sender{{Func: Func{fiberV2, "Ctx", "Cookie"}, Arg: 0}},
		Constructors: []ConfigSite{
			{Func: Func{fiberV2Session, "", "New"}, ConfigArg: 0, Defaults: fiberCookieDefaults},
			fiberV2CSRFNew,
		},
	},
}

// FiberV3 is github.com/gofiber/fiber/v3 (v3.1.0). Its session middleware
// has two modes: middleware mode (session.New / FromContext, saved after the
// handler unless destroyed) and store mode (NewStore, Get, Save).
var FiberV3 = &Library{
	Name:     "fiber",
	Module:   fiberV3,
	Packages: []string{fiberV3, fiberV3Session, fiberV3CSRF},
	Session: &SessionModel{
		Commit: CommitOnSave,
		Types:  []TypeName{{fiberV3Session, "Session"}, {fiberV3Session, "Middleware"}},
		Obtain: []Call{
			{Func: Func{fiberV3Session, "", "FromContext"}, Session: OnResult},
			{Func: Func{fiberV3Session, "Store", "Get"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{fiberV3Session, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
			{Func: Func{fiberV3Session, "Middleware", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		Persist: []Call{{Func: Func{fiberV3Session, "Session", "Save"}, Session: OnReceiver}},
		FreshChecks: []Call{
			{Func: Func{fiberV3Session, "Session", "Fresh"}, Session: OnReceiver, Key: -1, Value: -1},
		},
		Renew: []Call{
			{Func: Func{fiberV3Session, "Session", "Regenerate"}, Session: OnReceiver, Key: -1, Value: -1},
			{Func: Func{fiberV3Session, "Session", "Reset"}, Session: OnReceiver, Key: -1, Value: -1},
			{Func: Func{fiberV3Session, "Middleware", "Regenerate"}, Session: OnReceiver, Key: -1, Value: -1},
			{Func: Func{fiberV3Session, "Middleware", "Reset"}, Session: OnReceiver, Key: -1, Value: -1},
		},
		Traps: []Call{
			{Func: Func{fiberV3Session, "Session", "Destroy"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "in store mode Destroy keeps the session ID: a later Set and Save persist the identity under it"},
			{Func: Func{fiberV3Session, "Session", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Delete removes one value and keeps the session ID"},
			{Func: Func{fiberV3Session, "Middleware", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Delete removes one value and keeps the session ID"},
		},
		Fix: "call %s.Regenerate() first",
	},
	Cookies: &CookieModel{
		Types: []CookieType{
			{
				// Partitioned and SameSite=None force Secure in v3.
				Pkg: fiberV3, Type: "Cookie",
				Fields: map[Attr]string{
					AttrName: "Name", AttrValue: "Value", AttrPath: "Path", AttrDomain: "Domain",
					AttrExpires: "Expires", AttrMaxAge: "MaxAge", AttrSecure: "Secure",
					AttrHttpOnly: "HTTPOnly", AttrSameSite: "SameSite", AttrPartitioned: "Partitioned",
				},
				SameSite:                SameSiteString,
				Defaults:                fiberCookieDefaults,
				NoneForcesSecure:        true,
				PartitionedForcesSecure: true,
			},
			fiberSessionConfig(fiberV3Session),
			fiberV3CSRFType,
		},
		Senders: []Sender{
			{Func: Func{fiberV3, "Ctx", "Cookie"}, Arg: 0},
			// c.Res().Cookie(...), and DefaultCtx's promoted method.
			{Func: Func{fiberV3, "Res", "Cookie"}, Arg: 0},
			{Func: Func{fiberV3, "DefaultRes", "Cookie"}, Arg: 0},
		},
		Constructors: []ConfigSite{
			{Func: Func{fiberV3Session, "", "New"}, ConfigArg: 0, Defaults: fiberCookieDefaults},
			fiberV3CSRFNew,
			{Func: Func{fiberV3Session, "", "NewWithStore"}, ConfigArg: 0, Defaults: fiberCookieDefaults},
			{Func: Func{fiberV3Session, "", "NewStore"}, ConfigArg: 0, Defaults: fiberCookieDefaults},
		},
	},
}
