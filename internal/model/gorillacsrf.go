package model

const gorillaCSRF = "github.com/gorilla/csrf"

// gorillaCSRFDefaults: Protect's cookie (v1.7.2 options.go parseOptions,
// csrf.go Protect, store.go Save): "_gorilla_csrf", HttpOnly, Secure and
// SameSite Lax unless an option turns them off; the Path is the request's
// unless Path is given.
var gorillaCSRFDefaults = Attrs{AttrName: "_gorilla_csrf", AttrMaxAge: "43200", AttrHttpOnly: True, AttrSecure: True, AttrSameSite: SameLax}

// GorillaCSRF is github.com/gorilla/csrf (v1.7.2): csrf.Protect(key,
// options...) sends the token's cookie, configured by functional options.
// The page gets the token from csrf.Token or the template field, not from
// the cookie: no script needs to read it.
var GorillaCSRF = &Library{
	Name:     "gorilla/csrf",
	Module:   gorillaCSRF,
	Packages: []string{gorillaCSRF},
	Cookies: &CookieModel{
		Types: []CookieType{{
			// The unexported options Protect's options fill; named so
			// messages say which cookie it is.
			Pkg: gorillaCSRF, Type: "options", Session: true, Purpose: "CSRF cookie",
			SameSite: SameSiteHTTP, SameSiteConsts: "SameSite",
			Defaults: gorillaCSRFDefaults,
		}},
		Constructors: []ConfigSite{{
			Func: Func{gorillaCSRF, "", "Protect"}, ConfigArg: 1, Defaults: gorillaCSRFDefaults,
			ConfigType: TypeName{gorillaCSRF, "options"},
			// SameSite takes csrf.SameSiteMode, numbered like
			// http.SameSite (1 default mode: no attribute, 2 Lax, 3
			// Strict, 4 None).
			Options: []OptionFunc{
				{Func: Func{gorillaCSRF, "", "CookieName"}, Attr: AttrName},
				{Func: Func{gorillaCSRF, "", "Domain"}, Attr: AttrDomain},
				{Func: Func{gorillaCSRF, "", "Path"}, Attr: AttrPath},
				{Func: Func{gorillaCSRF, "", "MaxAge"}, Attr: AttrMaxAge},
				{Func: Func{gorillaCSRF, "", "Secure"}, Attr: AttrSecure},
				{Func: Func{gorillaCSRF, "", "HttpOnly"}, Attr: AttrHttpOnly},
				{Func: Func{gorillaCSRF, "", "SameSite"}, Attr: AttrSameSite},
			},
		}},
	},
}
