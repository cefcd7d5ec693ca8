package model

const nosurf = "github.com/justinas/nosurf"

// nosurfDefaults: the base cookie of nosurf.New (v1.1.1, v1.2.0
// handler.go): "csrf_token", a year's MaxAge and nothing else; no Path
// (the request's).
var nosurfDefaults = Attrs{AttrName: "csrf_token", AttrMaxAge: "31536000", AttrHttpOnly: False, AttrSecure: False, AttrSameSite: SameUnset}

// Nosurf is github.com/justinas/nosurf (v1.2.0): the CSRF handler sends
// its token cookie built from a base cookie, which SetBaseCookie replaces
// whole (an http.Cookie literal: what it leaves out stays zero). The page
// gets the token from nosurf.Token, not from the cookie.
var Nosurf = &Library{
	Name:     "nosurf",
	Module:   nosurf,
	Packages: []string{nosurf},
	Cookies: &CookieModel{
		Constructors: []ConfigSite{
			{Func: Func{nosurf, "", "New"}, ConfigArg: -1, ConfigVia: "SetBaseCookie()", Defaults: nosurfDefaults,
				ConfigType: TypeName{"net/http", "Cookie"}, Purpose: "CSRF cookie"},
			{Func: Func{nosurf, "", "NewPure"}, ConfigArg: -1, Defaults: nosurfDefaults,
				ConfigType: TypeName{"net/http", "Cookie"}, Purpose: "CSRF cookie"},
		},
	},
}
