package model

import "slices"

const gorillaPkg = "github.com/gorilla/sessions"

// rbcervillaPkgs are rbcervilla/redisstore's releases: v8 on go-redis v8,
// v9 on go-redis v9, the same API (v8.1.0, v9.0.0).
var rbcervillaPkgs = []string{"github.com/rbcervilla/redisstore/v8", "github.com/rbcervilla/redisstore/v9"}

// rbcervillaEach returns f's entries for each release of
// rbcervilla/redisstore.
func rbcervillaEach[T any](f func(pkg string) []T) []T {
	var out []T
	for _, p := range rbcervillaPkgs {
		out = append(out, f(p)...)
	}
	return out
}

// Gorilla is github.com/gorilla/sessions (v1.4.0) and everything built on
// it that hands out *sessions.Session: echo-contrib/session, buffalo's
// Session.Session, third-party stores (redistore, pgstore, memstore...).
//
// There is no regenerate API: an ID-based store mints a new ID inside Save
// when Session.ID is "". The old record is kept unless it was first erased
// with Options.MaxAge = -1 and Save. CookieStore is stateless.
var Gorilla = &Library{
	Name:     "gorilla/sessions",
	Module:   gorillaPkg,
	Packages: append([]string{gorillaPkg, "github.com/labstack/echo-contrib/session"}, rbcervillaPkgs...),
	Session: &SessionModel{
		Commit: CommitOnSave,
		Types:  []TypeName{{gorillaPkg, "Session"}},
		Obtain: []Call{
			{Func: Func{gorillaPkg, "Store", "Get"}, Session: OnResult},
			{Func: Func{gorillaPkg, "Store", "New"}, Session: OnResult,
				Why: "in the request that expired the session, New decodes the old cookie again and keeps its ID"},
			{Func: Func{"github.com/labstack/echo-contrib/session", "", "Get"}, Session: OnResult},
			// The request's registry (GetRegistry(r)) hands out one
			// session per name for the whole request, made with
			// store.New the first time (v1.4.0 sessions.go).
			{Func: Func{gorillaPkg, "Registry", "Get"}, Session: OnResult, StoreArg: 1},
		},
		SinkFields: []Field{{gorillaPkg, "Session", "Values"}},
		Persist: []Call{
			{Func: Func{gorillaPkg, "Session", "Save"}, Session: OnReceiver},
			{Func: Func{gorillaPkg, "", "Save"}, Session: OnRequest, Arg: 0},
			{Func: Func{gorillaPkg, "Store", "Save"}, Session: OnArg, Arg: 2},
		},
		RenewFields: []Field{{gorillaPkg, "Session", "ID"}},
		// NewSession(store, name) makes a session the request did not
		// name: no ID, IsNew; an ID-based store's Save mints its ID
		// (what store.New does before it decodes the request's cookie).
		Renew: []Call{
			{Func: Func{gorillaPkg, "", "NewSession"}, Session: OnResult, Key: -1, Value: -1,
				Why: "NewSession makes a session with no ID, which Save mints"},
		},
		Traps: []Call{
			{Func: Func{"github.com/boj/redistore", "RediStore", "Delete"}, Session: OnReceiver,
				Why: "redistore Delete clears the values and the record but keeps Session.ID"},
		},
		Stateless: []Func{
			{gorillaPkg, "", "NewCookieStore"},
		},
		// echo-contrib's session.Get names no store: it reads the one the
		// middleware was given.
		Registrations: []Call{
			{Func: Func{"github.com/labstack/echo-contrib/session", "", "Middleware"}, Session: OnArg, Arg: 0},
		},
		StoreFields: []Field{{"github.com/labstack/echo-contrib/session", "Config", "Store"}},
		ServerSide: append(append(append(append([]Func(nil), gorillaServerStores...), gormstoreConstructors...), gormstoreV1Constructors...),
			rbcervillaEach(func(pkg string) []Func { return []Func{{pkg, "", "NewRedisStore"}} })...),
		RecordByCookie:   gormstoreConstructors,
		RecordForRequest: gormstoreV1Constructors,
		Fix:              `set %s.ID = "" (after expiring the old record with Options.MaxAge = -1 and Save) before Save`,
		FixFor: map[string]string{
			RecordByCookie:   `delete the session's record first: set %s.Options.MaxAge = -1 and Save, then restore Options.MaxAge, write the user and Save (wader/gormstore finds the record by the request's cookie, so clearing the session's ID renews nothing)`,
			RecordForRequest: "write the user into a new session instead: fresh := sessions.NewSession(store, name), saved with store.Save(r.WithContext(r.Context()), w, fresh) (wader/gormstore before v2 keeps the record it found for the request, so neither clearing %s's ID nor deleting its record renews it)",
		},
	},
	Cookies: &CookieModel{
		// sessions.NewCookie(name, value, options) builds an *http.Cookie
		// from the Options it is given, nothing defaulted (v1.4.0
		// sessions.go newCookieFromOptions).
		Positional: []PositionalSetter{{
			Func:       Func{gorillaPkg, "", "NewCookie"},
			Args:       map[Attr]int{AttrName: 0, AttrValue: 1},
			Defaults:   Attrs{AttrHttpOnly: False, AttrSecure: False, AttrSameSite: SameUnset},
			OptionsArg: 2, OptionsType: TypeName{gorillaPkg, "Options"},
			OptionsFields: map[Attr]string{
				AttrPath: "Path", AttrDomain: "Domain", AttrMaxAge: "MaxAge",
				AttrHttpOnly: "HttpOnly", AttrSecure: "Secure", AttrSameSite: "SameSite",
			},
			SameSite: SameSiteHTTP,
		}},
		Types: []CookieType{{
			Pkg: gorillaPkg, Type: "Options", Session: true,
			Fields: map[Attr]string{
				AttrPath: "Path", AttrDomain: "Domain", AttrMaxAge: "MaxAge", AttrSecure: "Secure",
				AttrHttpOnly: "HttpOnly", AttrSameSite: "SameSite", AttrPartitioned: "Partitioned",
			},
			SameSite: SameSiteHTTP,
		}},
		Constructors: append([]ConfigSite{
			{
				// v1.3.0 (PR #276) made CookieStore default to Secure and SameSite=None.
				Func: Func{gorillaPkg, "", "NewCookieStore"}, ConfigArg: -1, ConfigVia: "Options", KeyPairs: true,
				Defaults:        Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: True, AttrHttpOnly: False, AttrSameSite: SameNone},
				VersionDefaults: gorillaCookieStoreBefore130,
			},
			{
				// NewSession makes a session with zero Options (v1.4.0
				// sessions.go): no Path, HttpOnly, Secure or SameSite
				// unless the code sets them before Save.
				Func: Func{gorillaPkg, "", "NewSession"}, ConfigArg: -1, ConfigVia: "Options", PerSession: true,
				Defaults: Attrs{AttrSecure: False, AttrHttpOnly: False, AttrSameSite: SameUnset},
			},
		}, slices.Concat(serverStoreSites(gorillaServerStores, "Options"),
			// store.Options(sessions.Options{...}) replaces every field.
			serverStoreSites(rbcervillaEach(func(pkg string) []Func { return []Func{{pkg, "", "NewRedisStore"}} }), "Options()"),
			// wader/gormstore keeps them in its SessionOpts field.
			serverStoreSites(slices.Concat(gormstoreConstructors, gormstoreV1Constructors), "SessionOpts"))...),
	},
}

// gorillaServerStores are the constructors of gorilla/sessions' stores
// with a server-side ID whose options the application sets through the
// store's Options field.
var gorillaServerStores = []Func{
	{gorillaPkg, "", "NewFilesystemStore"},
	{"github.com/boj/redistore", "", "NewRediStore"},
	{"github.com/boj/redistore", "", "NewRediStoreWithDB"},
	{"github.com/boj/redistore", "", "NewRediStoreWithPool"},
	{"github.com/antonlindstrom/pgstore", "", "NewPGStore"},
	{"github.com/antonlindstrom/pgstore", "", "NewPGStoreFromPool"},
	{"github.com/quasoft/memstore", "", "NewMemStore"},
	// srinathgs/mysqlstore (v0.0.0-20170818123135-4f803440ed5b): Options
	// {Path: path, MaxAge: maxAge} from its arguments, nothing else.
	{"github.com/srinathgs/mysqlstore", "", "NewMySQLStore"},
	{"github.com/srinathgs/mysqlstore", "", "NewMySQLStoreFromConnection"},
	// bradleypeabody/gorilla-sessions-memcache (v0.0.0-20240916143655):
	// Options {Path: "/", MaxAge: 30 days}; Save mints an ID only for a
	// session without one.
	{gorillaMemcache, "", "NewMemcacheStore"},
	{gorillaMemcache, "", "NewMemcacherStore"},
	{gorillaMemcache, "", "NewMemcacheStoreWithValueStorer"},
	{gorillaMemcache, "", "NewMemcacherStoreWithValueStorer"},
}

const gorillaMemcache = "github.com/bradleypeabody/gorilla-sessions-memcache"

// gormstoreConstructors make wader/gormstore's store (v2.0.3), whose Save
// finds the session's row by the request's cookie, not Session.ID. Its
// cookie options are the field SessionOpts, &sessions.Options{Path: "/",
// MaxAge: 30 days} from the constructor.
var gormstoreConstructors = []Func{
	{"github.com/wader/gormstore/v2", "", "New"},
	{"github.com/wader/gormstore/v2", "", "NewOptions"},
}

// gormstoreV1Constructors make the store of wader/gormstore before its v2
// module (v0.0.0-20190904144442-d36772af4310, on jinzhu/gorm): server-side,
// the same SessionOpts defaults. Its Save keeps the row New found for the
// request in gorilla/context, so neither clearing Session.ID nor deleting
// the row first renews the ID (gorm v1's Save re-inserts it): its
// sessions are renewed by saving a new session through another request
// value (RecordForRequest).
var gormstoreV1Constructors = []Func{
	{"github.com/wader/gormstore", "", "New"},
	{"github.com/wader/gormstore", "", "NewOptions"},
}

// serverStoreDefaults are the session cookie's attributes of a
// server-side gorilla-style store left with its defaults: every one of
// them starts from &sessions.Options{Path: "/", MaxAge: ...} and nothing
// else (FilesystemStore, boj/redistore, pgstore, memstore, rbcervilla's,
// and gin-contrib's wrappers: wader/gormstore, gorilla-sessions-memcache).
var serverStoreDefaults = Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: False, AttrHttpOnly: False, AttrSameSite: SameUnset}

// serverStoreSites are the cookie configuration sites of server-side store
// constructors left with serverStoreDefaults, configured through via; each
// encodes its cookie with the key pairs it is given, where it takes them.
func serverStoreSites(fs []Func, via string) []ConfigSite {
	out := make([]ConfigSite, len(fs))
	for i, f := range fs {
		out[i] = ConfigSite{Func: f, ConfigArg: -1, ConfigVia: via, Defaults: serverStoreDefaults, KeyPairs: true}
	}
	return out
}

// gorillaCookieStoreBefore130 are CookieStore's defaults before v1.3.0
// (PR #276 made it Secure with SameSite=None), shared by the stores that
// wrap it.
var gorillaCookieStoreBefore130 = []VersionDefaults{{Before: "v1.3.0",
	Defaults: Attrs{AttrPath: "/", AttrMaxAge: "2592000", AttrSecure: False, AttrHttpOnly: False, AttrSameSite: SameUnset}}}
