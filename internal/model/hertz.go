package model

// Hertz is CloudWeGo Hertz's own cookie setter (v0.10.3; sessions are
// hertz-contrib's, HertzContrib): c.SetCookie(name, value, maxAge, path,
// domain, sameSite, secure, httpOnly) on the *app.RequestContext, every
// attribute an argument. protocol.CookieSameSite numbers are net/http's
// (CookieSameSiteDefaultMode writes a bare SameSite).
var Hertz = &Library{
	Name:     "hertz",
	Module:   "github.com/cloudwego/hertz",
	Packages: []string{hertzApp},
	Cookies: &CookieModel{
		Positional: []PositionalSetter{{
			Func: Func{hertzApp, "RequestContext", "SetCookie"},
			Args: map[Attr]int{
				AttrName: 0, AttrValue: 1, AttrMaxAge: 2, AttrPath: 3, AttrDomain: 4,
				AttrSameSite: 5, AttrSecure: 6, AttrHttpOnly: 7,
			},
			SameSite: SameSiteHTTP,
			Advice:   "pass protocol.CookieSameSiteLaxMode, true and true for its sameSite, secure and httpOnly arguments",
		}},
	},
}
