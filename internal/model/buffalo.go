package model

const buffaloPkg = "github.com/gobuffalo/buffalo"

// Buffalo is github.com/gobuffalo/buffalo (v1.1.4). Its session wraps a
// gorilla *sessions.Session (exported field Session); the default store is
// a gorilla CookieStore (stateless). Render and Redirect save the session.
var Buffalo = &Library{
	Name:     "buffalo",
	Module:   buffaloPkg,
	Packages: []string{buffaloPkg},
	Session: &SessionModel{
		Commit: CommitAtEnd,
		Types:  []TypeName{{buffaloPkg, "Session"}},
		Sinks: []Call{
			{Func: Func{buffaloPkg, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		Persist: []Call{{Func: Func{buffaloPkg, "Session", "Save"}, Session: OnReceiver}},
		Traps: []Call{
			{Func: Func{buffaloPkg, "Session", "Clear"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Clear deletes the values and keeps the session ID"},
			{Func: Func{buffaloPkg, "Session", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Delete removes one value and keeps the session ID"},
		},
		// Options.SessionStore defaults to a gorilla CookieStore.
		StoreFields:      []Field{{buffaloPkg, "Options", "SessionStore"}},
		DefaultStateless: true,
		Fix:              `set %s.Session.ID = "" (after expiring the old record) before saving`,
	},
}

// Gothic is github.com/markbates/goth/gothic (v1.82.0): it never stores the
// user itself; StoreInSession is a sink when the value comes from
// CompleteUserAuth. Its default Store is a gorilla CookieStore.
var Gothic = &Library{
	Name:     "gothic",
	Module:   "github.com/markbates/goth",
	Packages: []string{"github.com/markbates/goth/gothic"},
	Session: &SessionModel{
		Commit: CommitOnWrite,
		Sinks: []Call{
			{Func: Func{"github.com/markbates/goth/gothic", "", "StoreInSession"}, Session: OnRequest, Arg: 2, Key: 0, Value: 1},
		},
		// gothic.Store is a gorilla CookieStore unless the application
		// replaces it.
		StoreFields:      []Field{{"github.com/markbates/goth/gothic", "", "Store"}},
		DefaultStateless: true,
		Fix:              "renew the session of gothic.Store (a server-side store) before StoreInSession",
	},
}

// Authboss is github.com/volatiletech/authboss/v3 (v3.5.0): PutSession
// buffers a write applied by the ClientStateReadWriter; nothing in authboss
// regenerates the ID.
var Authboss = &Library{
	Name:     "authboss",
	Module:   "github.com/volatiletech/authboss/v3",
	Packages: []string{"github.com/volatiletech/authboss/v3", abClientState},
	Session: &SessionModel{
		Commit: CommitAtEnd,
		Sinks: []Call{
			{Func: Func{"github.com/volatiletech/authboss/v3", "", "PutSession"}, Session: OnArg, Arg: 0, Key: 1, Value: 2},
		},
		Traps: []Call{
			{Func: Func{"github.com/volatiletech/authboss/v3", "", "DelSession"}, Session: OnArg, Arg: 0, Key: -1, Value: -1,
				Why: "DelSession deletes one key and keeps the session ID"},
			{Func: Func{"github.com/volatiletech/authboss/v3", "", "DelAllSession"}, Session: OnArg, Arg: 0, Key: -1, Value: -1,
				Why: "DelAllSession deletes keys and keeps the session ID"},
		},
		LibraryLogins: []Call{
			// abclientstate.NewSessionStorerFromExisting(name, store): the
			// storer maps PutSession to Values[k] = v and Save on store.
			{Func: Func{abClientState, "", "NewSessionStorerFromExisting"}, Session: OnArg, Arg: 1},
		},
		Fix: "use a stateless session storer (abclientstate.NewSessionStorer) or reset the gorilla session ID in your ClientStateReadWriter",
	},
	// abclientstate's CookieStorer (59bd50e cookies.go) writes authboss's
	// cookies (the remember-me token) with its own fields: Path "/",
	// MaxAge one month, HTTPOnly and Secure true, no SameSite, as
	// NewCookieStorer sets them. Its SessionStorer is a gorilla store.
	Cookies: &CookieModel{
		Types: []CookieType{{
			Pkg: abClientState, Type: "CookieStorer", Session: true, Purpose: "remember-me cookie",
			Fields: map[Attr]string{
				AttrDomain: "Domain", AttrPath: "Path", AttrMaxAge: "MaxAge",
				AttrHttpOnly: "HTTPOnly", AttrSecure: "Secure", AttrSameSite: "SameSite",
			},
			SameSite: SameSiteHTTP,
		}},
	},
}

const abClientState = "github.com/volatiletech/authboss-clientstate"
