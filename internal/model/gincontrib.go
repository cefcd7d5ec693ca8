package model

const ginContribPkg = "github.com/gin-contrib/sessions"

// A ginContribPort is gin-contrib/sessions or a port of it to another
// framework (hertz-contrib/sessions for CloudWeGo Hertz): the same Session
// interface over gorilla/sessions, the same stores, the same traps.
type ginContribPort struct {
	name, pkg string
	// registrations are the middleware constructors taking (name, store).
	registrations []string
	// serverSide are the server-side stores' packages and constructors;
	// recordByCookie those of them whose Save ignores Session.ID.
	serverSide     []Func
	recordByCookie []Func
	// cookieDefaults are the session cookie's attributes when the store's
	// options are not set; cookieVersions the older gorilla defaults of a
	// cookie store, when they differ.
	cookieStoreDefaults Attrs
	cookieVersions      []VersionDefaults
}

var (
	ginContribGin = ginContribPort{
		name: "gin-contrib/sessions", pkg: ginContribPkg,
		registrations: []string{"Sessions", "SessionsMany"},
		serverSide: []Func{
			{ginContribPkg + "/redis", "", "NewStore"},
			{ginContribPkg + "/redis", "", "NewStoreWithDB"},
			{ginContribPkg + "/redis", "", "NewStoreWithPool"},
			{ginContribPkg + "/memstore", "", "NewStore"},
			{ginContribPkg + "/postgres", "", "NewStore"},
			{ginContribPkg + "/gorm", "", "NewStore"},
			{ginContribPkg + "/memcached", "", "NewStore"},
			{ginContribPkg + "/memcached", "", "NewMemcacheStore"},
			{ginContribPkg + "/mongo/mongodriver", "", "NewStore"},
		},
		// gorm.NewStore wraps wader/gormstore, whose Save looks the record
		// up by the request's cookie (v2.0.3 getSessionFromCookie).
		recordByCookie:      []Func{{ginContribPkg + "/gorm", "", "NewStore"}},
		cookieStoreDefaults: Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: True, AttrHttpOnly: False, AttrSameSite: SameNone},
		cookieVersions:      gorillaCookieStoreBefore130,
	}
	// hertz-contrib/sessions v1.0.3 requires gorilla/sessions v1.2.2, whose
	// cookie store has the old defaults; a module that selects v1.3.0 or
	// later (another requirement, its own go.mod) builds the new ones.
	ginContribHertz = ginContribPort{
		name: "hertz-contrib/sessions", pkg: hertzContribPkg,
		registrations: []string{"New", "Many", "Sessions", "SessionsMany"},
		serverSide: []Func{
			{hertzContribPkg + "/redis", "", "NewStore"},
			{hertzContribPkg + "/redis", "", "NewStoreWithDB"},
			{hertzContribPkg + "/redis", "", "NewStoreWithPool"},
		},
		cookieStoreDefaults: Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: True, AttrHttpOnly: False, AttrSameSite: SameNone},
		cookieVersions:      gorillaCookieStoreBefore130,
	}
)

const hertzContribPkg = "github.com/hertz-contrib/sessions"

// GinContrib is github.com/gin-contrib/sessions (v1.0.4), a wrapper around
// gorilla/sessions, and HertzContrib its port to Hertz
// (github.com/hertz-contrib/sessions v1.0.3). The Session interface has no
// way to reset the ID; the only escape is asserting the unexported wrapper
// to interface{ Session() *gsessions.Session } and setting ID = ""
// (modelled by Gorilla's RenewFields).
var (
	GinContrib   = ginContribLibrary(ginContribGin)
	HertzContrib = ginContribLibrary(ginContribHertz)
)

func ginContribLibrary(p ginContribPort) *Library {
	pkg := p.pkg
	var registrations []Call
	for _, n := range p.registrations {
		registrations = append(registrations, Call{Func: Func{pkg, "", n}, Session: OnArg, Arg: 1})
	}
	constructors := []ConfigSite{{
		// cookie.NewStore wraps gorilla CookieStore: its defaults follow
		// the selected gorilla/sessions version (see Gorilla).
		Func: Func{pkg + "/cookie", "", "NewStore"}, ConfigArg: -1, ConfigVia: "Options()", KeyPairs: true,
		Defaults: p.cookieStoreDefaults, VersionDefaults: p.cookieVersions,
	}}
	if p.cookieVersions != nil {
		constructors[0].VersionModule = gorillaPkg
	}
	// Every server-side store starts from gorilla-style options with only
	// Path and MaxAge (mongostore takes MaxAge as an argument).
	constructors = append(constructors, serverStoreSites(p.serverSide, "Options()")...)
	var fixFor map[string]string
	if len(p.recordByCookie) > 0 {
		fixFor = map[string]string{
			RecordByCookie: `delete the session's record first: %s.Options(sessions.Options{MaxAge: -1}) and Save(), then set the options again, write the user and Save (the gorm store finds the record by the request's cookie, so clearing the session's ID renews nothing)`,
		}
	}
	return &Library{
		Name:     p.name,
		Module:   pkg,
		Packages: []string{pkg},
		Session: &SessionModel{
			Commit: CommitOnSave,
			Types:  []TypeName{{pkg, "Session"}},
			Obtain: []Call{
				{Func: Func{pkg, "", "Default"}, Session: OnResult},
				{Func: Func{pkg, "", "DefaultMany"}, Session: OnResult},
			},
			Sinks: []Call{
				{Func: Func{pkg, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
			},
			Persist: []Call{
				{Func: Func{pkg, "Session", "Save"}, Session: OnReceiver},
			},
			Traps: []Call{
				{Func: Func{pkg, "Session", "Clear"}, Session: OnReceiver, Key: -1, Value: -1,
					Why: "Clear deletes the values and keeps the session ID"},
				{Func: Func{pkg, "Session", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
					Why: "Delete removes one value and keeps the session ID"},
				{Func: Func{pkg, "Session", "Options"}, Session: OnReceiver, Key: -1, Value: -1, Expires: "MaxAge",
					Why: "Options(MaxAge: -1) and Save delete the record, but the next Save re-creates it under the same ID (the gorm store then mints a new one: a renewal there)"},
			},
			Stateless:      []Func{{pkg + "/cookie", "", "NewStore"}},
			Registrations:  registrations,
			ServerSide:     p.serverSide,
			RecordByCookie: p.recordByCookie,
			Fix:            `set %s.(interface{ Session() *gsessions.Session }).Session().ID = "" before Save (` + p.name + ` has no regenerate call)`,
			FixFor:         fixFor,
		},
		Cookies: &CookieModel{
			Types: []CookieType{{
				// Options(sessions.Options{...}) REPLACES every field: Path and
				// MaxAge become zero when omitted.
				Pkg: pkg, Type: "Options", Session: true,
				Fields: map[Attr]string{
					AttrPath: "Path", AttrDomain: "Domain", AttrMaxAge: "MaxAge", AttrSecure: "Secure",
					AttrHttpOnly: "HttpOnly", AttrSameSite: "SameSite",
				},
				SameSite: SameSiteHTTP,
			}},
			Constructors: constructors,
		},
	}
}
