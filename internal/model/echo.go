package model

const echoMiddleware = "github.com/labstack/echo/v4/middleware"

// Echo is github.com/labstack/echo v4 and v5: SetCookie is a thin wrapper
// around http.SetCookie, with net/http's defaults. Its CSRF middleware
// (v4.16.0 middleware/csrf.go) keeps the token in a cookie configured by
// CSRFConfig: name "_csrf", MaxAge 86400, no Path unless set, Secure and
// HttpOnly as set (false by default, Secure forced by SameSite=None),
// SameSite sent only when not SameSiteDefaultMode.
var Echo = &Library{
	Name:     "echo",
	Module:   "github.com/labstack/echo/v4",
	Packages: []string{"github.com/labstack/echo/v4", "github.com/labstack/echo/v5", echoMiddleware},
	Cookies: &CookieModel{
		Senders: []Sender{
			{Func: Func{"github.com/labstack/echo/v4", "Context", "SetCookie"}, Arg: 0},
			{Func: Func{"github.com/labstack/echo/v5", "Context", "SetCookie"}, Arg: 0},
		},
		Types: []CookieType{{
			Pkg: echoMiddleware, Type: "CSRFConfig", Session: true, Purpose: "CSRF cookie", ScriptRead: true,
			Fields: map[Attr]string{
				AttrName: "CookieName", AttrPath: "CookiePath", AttrDomain: "CookieDomain", AttrMaxAge: "CookieMaxAge",
				AttrSecure: "CookieSecure", AttrHttpOnly: "CookieHTTPOnly", AttrSameSite: "CookieSameSite",
			},
			SameSite:         SameSiteHTTP,
			NoneForcesSecure: true,
			Defaults:         echoCSRFDefaults,
		}},
		Constructors: []ConfigSite{
			{Func: Func{echoMiddleware, "", "CSRF"}, ConfigArg: 0, Defaults: echoCSRFDefaults,
				ConfigType: TypeName{echoMiddleware, "CSRFConfig"}},
			{Func: Func{echoMiddleware, "", "CSRFWithConfig"}, ConfigArg: 0, Defaults: echoCSRFDefaults},
		},
	},
}

var echoCSRFDefaults = Attrs{AttrName: "_csrf", AttrMaxAge: "86400", AttrSecure: False, AttrHttpOnly: False, AttrSameSite: SameUnset}
