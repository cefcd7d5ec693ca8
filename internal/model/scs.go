package model

const scsPkg = "github.com/alexedwards/scs/v2"

// SCS is github.com/alexedwards/scs/v2 (v2.9.0). The session is the one the
// LoadAndSave middleware loaded into the request's context; it is committed
// when the response is first written or the handler returns. Strict: an
// unknown token is never adopted.
var SCS = &Library{
	Name:     "scs",
	Module:   scsPkg,
	Packages: []string{scsPkg},
	Session: &SessionModel{
		Commit: CommitAtEnd,
		Sinks: []Call{
			{Func: Func{scsPkg, "SessionManager", "Put"}, Session: OnContext, Arg: 0, Key: 1, Value: 2},
		},
		Persist: []Call{
			{Func: Func{scsPkg, "SessionManager", "Commit"}, Session: OnContext, Arg: 0},
		},
		Renew: []Call{
			{Func: Func{scsPkg, "SessionManager", "RenewToken"}, Session: OnContext, Arg: 0, Key: -1, Value: -1},
			{Func: Func{scsPkg, "SessionManager", "Destroy"}, Session: OnContext, Arg: 0, Key: -1, Value: -1,
				Requires: "Put", Why: "Destroy followed by Put makes the commit mint a new token"},
		},
		Traps: []Call{
			{Func: Func{scsPkg, "SessionManager", "Clear"}, Session: OnContext, Arg: 0, Key: -1, Value: -1,
				Why: "Clear removes the values; the session token is unaffected"},
			{Func: Func{scsPkg, "SessionManager", "Remove"}, Session: OnContext, Arg: 0, Key: -1, Value: -1,
				Why: "Remove deletes one value and keeps the token"},
			{Func: Func{scsPkg, "SessionManager", "MergeSession"}, Session: OnContext, Arg: 0, Key: -1, Value: -1,
				Why: "MergeSession copies another session's data and keeps the current token"},
		},
		Fix: "call %s.RenewToken(ctx) first",
	},
	Cookies: &CookieModel{
		Types: []CookieType{{
			Pkg: scsPkg, Type: "SessionCookie", Session: true,
			Fields: map[Attr]string{
				AttrName: "Name", AttrPath: "Path", AttrDomain: "Domain", AttrSecure: "Secure",
				AttrHttpOnly: "HttpOnly", AttrSameSite: "SameSite", AttrPartitioned: "Partitioned",
			},
			SameSite: SameSiteHTTP,
		}},
		Constructors: []ConfigSite{
			{Func: Func{scsPkg, "", "New"}, ConfigArg: -1, ConfigVia: "Cookie",
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameLax}},
			{Func: Func{scsPkg, "", "NewSession"}, ConfigArg: -1, ConfigVia: "Cookie",
				Defaults: Attrs{AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameLax}},
		},
	},
}
