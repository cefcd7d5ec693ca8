package model

// Gin is github.com/gin-gonic/gin (v1.12.0): cookie setters only; sessions
// come from gin-contrib/sessions.
var Gin = &Library{
	Name:     "gin",
	Module:   "github.com/gin-gonic/gin",
	Packages: []string{"github.com/gin-gonic/gin"},
	Cookies: &CookieModel{
		Positional: []PositionalSetter{{
			// SetCookie(name, value, maxAge, path, domain, secure, httpOnly);
			// SameSite is c.sameSite, reset per request, set by SetSameSite.
			Func: Func{"github.com/gin-gonic/gin", "Context", "SetCookie"},
			Args: map[Attr]int{
				AttrName: 0, AttrValue: 1, AttrMaxAge: 2, AttrPath: 3,
				AttrDomain: 4, AttrSecure: 5, AttrHttpOnly: 6,
			},
			SameSiteFrom: "SetSameSite",
			Defaults:     Attrs{AttrPath: "/"},
		}},
		Senders: []Sender{{
			// v1.11.0+: SameSite is replaced by c.sameSite only when the
			// cookie's is exactly SameSiteDefaultMode; zero stays unset.
			Func:                      Func{"github.com/gin-gonic/gin", "Context", "SetCookieData"},
			Arg:                       0,
			SameSiteFrom:              "SetSameSite",
			SameSiteOnlyIfDefaultMode: true,
			Defaults:                  Attrs{AttrPath: "/"},
		}},
	},
}
