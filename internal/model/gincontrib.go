package model

const ginContribPkg = "github.com/gin-contrib/sessions"

// GinContrib is github.com/gin-contrib/sessions (v1.0.4), a wrapper around
// gorilla/sessions. Its Session interface has no way to reset the ID; the
// only escape is asserting the unexported wrapper to
// interface{ Session() *gsessions.Session } and setting ID = "" (modelled by
// Gorilla's RenewFields).
var GinContrib = &Library{
	Name:     "gin-contrib/sessions",
	Module:   ginContribPkg,
	Packages: []string{ginContribPkg},
	Session: &SessionModel{
		Commit: CommitOnSave,
		Types:  []TypeName{{ginContribPkg, "Session"}},
		Obtain: []Call{
			{Func: Func{ginContribPkg, "", "Default"}, Session: OnResult},
			{Func: Func{ginContribPkg, "", "DefaultMany"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{ginContribPkg, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		Persist: []Call{
			{Func: Func{ginContribPkg, "Session", "Save"}, Session: OnReceiver},
		},
		Traps: []Call{
			{Func: Func{ginContribPkg, "Session", "Clear"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Clear deletes the values and keeps the session ID"},
			{Func: Func{ginContribPkg, "Session", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Delete removes one value and keeps the session ID"},
			{Func: Func{ginContribPkg, "Session", "Options"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Options(MaxAge: -1) and Save delete the record, but the next Save re-creates it under the same ID"},
		},
		Stateless: []Func{
			{ginContribPkg + "/cookie", "", "NewStore"},
		},
		Registrations: []Call{
			{Func: Func{ginContribPkg, "", "Sessions"}, Session: OnArg, Arg: 1},
			{Func: Func{ginContribPkg, "", "SessionsMany"}, Session: OnArg, Arg: 1},
		},
		ServerSide: []Func{
			{ginContribPkg + "/redis", "", "NewStore"},
			{ginContribPkg + "/redis", "", "NewStoreWithDB"},
			{ginContribPkg + "/redis", "", "NewStoreWithPool"},
			{ginContribPkg + "/memstore", "", "NewStore"},
			{ginContribPkg + "/postgres", "", "NewStore"},
			{ginContribPkg + "/gorm", "", "NewStore"},
			{ginContribPkg + "/memcached", "", "NewStore"},
			{ginContribPkg + "/mongo/mongodriver", "", "NewStore"},
		},
		Fix: `set %s.(interface{ Session() *gsessions.Session }).Session().ID = "" before Save (gin-contrib/sessions has no regenerate call)`,
	},
	Cookies: &CookieModel{
		Types: []CookieType{{
			// Options(sessions.Options{...}) REPLACES every field: Path and
			// MaxAge become zero when omitted.
			Pkg: ginContribPkg, Type: "Options", Session: true,
			Fields: map[Attr]string{
				AttrPath: "Path", AttrDomain: "Domain", AttrMaxAge: "MaxAge", AttrSecure: "Secure",
				AttrHttpOnly: "HttpOnly", AttrSameSite: "SameSite",
			},
			SameSite: SameSiteHTTP,
		}},
		Constructors: []ConfigSite{
			{
				// cookie.NewStore wraps gorilla CookieStore: its defaults follow
				// the selected gorilla/sessions version (see Gorilla).
				Func: Func{ginContribPkg + "/cookie", "", "NewStore"}, ConfigArg: -1, ConfigVia: "Options()",
				Defaults:        Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: True, AttrHttpOnly: False, AttrSameSite: SameNone},
				VersionDefaults: gorillaCookieStoreBefore130, VersionModule: gorillaPkg,
			},
			{
				Func: Func{ginContribPkg + "/redis", "", "NewStore"}, ConfigArg: -1, ConfigVia: "Options()",
				Defaults: Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: False, AttrHttpOnly: False, AttrSameSite: SameUnset},
			},
			{
				Func: Func{ginContribPkg + "/memstore", "", "NewStore"}, ConfigArg: -1, ConfigVia: "Options()",
				Defaults: Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: False, AttrHttpOnly: False, AttrSameSite: SameUnset},
			},
			{
				Func: Func{ginContribPkg + "/postgres", "", "NewStore"}, ConfigArg: -1, ConfigVia: "Options()",
				Defaults: Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: False, AttrHttpOnly: False, AttrSameSite: SameUnset},
			},
		},
	},
}
