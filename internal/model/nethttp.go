package model

// NetHTTP is net/http: no sessions, the reference cookie type, the senders
// every framework ends in, and the client-side uses of cookies.
var NetHTTP = &Library{
	Name:     "net/http",
	Module:   "std",
	Packages: []string{"net/http"},
	Cookies: &CookieModel{
		Types: []CookieType{httpCookie},
		Senders: []Sender{
			{Func: Func{"net/http", "", "SetCookie"}, Arg: 1},
		},
		ClientSide: []Sender{
			{Func: Func{"net/http", "Request", "AddCookie"}, Arg: 0},
			{Func: Func{"net/http/cookiejar", "Jar", "SetCookies"}, Arg: 1},
			{Func: Func{"net/http", "CookieJar", "SetCookies"}, Arg: 1},
		},
	},
}

// httpCookie is net/http.Cookie (Go 1.26). Zero SameSite and
// SameSiteDefaultMode both emit no attribute; net/http forces nothing.
var httpCookie = CookieType{
	Pkg: "net/http", Type: "Cookie",
	Fields: map[Attr]string{
		AttrName: "Name", AttrValue: "Value", AttrPath: "Path", AttrDomain: "Domain",
		AttrExpires: "Expires", AttrMaxAge: "MaxAge", AttrSecure: "Secure",
		AttrHttpOnly: "HttpOnly", AttrSameSite: "SameSite", AttrPartitioned: "Partitioned",
	},
	SameSite: SameSiteHTTP,
}
