package model

const fasthttpPkg = "github.com/valyala/fasthttp"

// FastHTTP is github.com/valyala/fasthttp (v1.69.0; the cookie API is the
// same since v1.33.0), which fastglue and hand-written fasthttp servers
// use directly: no sessions; a cookie whose attributes are set through
// methods (c.SetSecure(true)), sent by the response header's SetCookie.
// Its CookieSameSite numbers are net/http's (0 sends none, 1 a bare
// SameSite); SetSameSite(None) turns Secure on. Nothing is on by default.
var FastHTTP = &Library{
	Name:     "fasthttp",
	Module:   fasthttpPkg,
	Packages: []string{fasthttpPkg},
	Cookies: &CookieModel{
		Types: []CookieType{{
			Pkg: fasthttpPkg, Type: "Cookie",
			Setters: map[Attr]string{
				AttrName: "SetKey", AttrValue: "SetValue", AttrPath: "SetPath", AttrDomain: "SetDomain",
				AttrExpires: "SetExpire", AttrMaxAge: "SetMaxAge", AttrSecure: "SetSecure",
				AttrHttpOnly: "SetHTTPOnly", AttrSameSite: "SetSameSite", AttrPartitioned: "SetPartitioned",
			},
			Makers:           []string{"AcquireCookie"},
			SameSite:         SameSiteHTTP,
			SameSiteConsts:   "CookieSameSite",
			NoneForcesSecure: true,
		}},
		Senders: []Sender{
			{Func: Func{fasthttpPkg, "ResponseHeader", "SetCookie"}, Arg: 0},
		},
	},
}
