package model

const goSession = "github.com/go-session/session/v3"

// GoSession is github.com/go-session/session/v3 (v3.2.1). Start is strict;
// Refresh moves the data to a new ID but only the store it returns has it:
// writing through the store from Start re-creates the old ID.
var GoSession = &Library{
	Name:     "go-session",
	Module:   goSession,
	Packages: []string{goSession},
	Session: &SessionModel{
		Commit: CommitOnSave,
		Types:  []TypeName{{goSession, "Store"}},
		Obtain: []Call{
			{Func: Func{goSession, "", "Start"}, Session: OnResult},
			{Func: Func{goSession, "Manager", "Start"}, Session: OnResult},
		},
		Sinks: []Call{
			{Func: Func{goSession, "Store", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		Persist: []Call{{Func: Func{goSession, "Store", "Save"}, Session: OnReceiver}},
		Renew: []Call{
			{Func: Func{goSession, "", "Refresh"}, Session: OnResult, Key: -1, Value: -1,
				Why: "only the returned store has the new ID"},
			{Func: Func{goSession, "Manager", "Refresh"}, Session: OnResult, Key: -1, Value: -1,
				Why: "only the returned store has the new ID"},
		},
		Traps: []Call{
			{Func: Func{goSession, "Store", "Flush"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Flush clears the values and keeps the session ID"},
			{Func: Func{goSession, "", "Destroy"}, Session: OnRequest, Arg: 2, Key: -1, Value: -1,
				Why: "Destroy issues no new ID"},
			{Func: Func{goSession, "Manager", "Destroy"}, Session: OnRequest, Arg: 2, Key: -1, Value: -1,
				Why: "Destroy issues no new ID"},
		},
		Fix: "write through the store returned by session.Refresh(ctx, w, r) instead of %s",
	},
	Cookies: &CookieModel{
		// The cookie is always HttpOnly with Path "/"; Secure (on by
		// default) is sent only over TLS, https or to a loopback or private
		// peer; SameSite only with SetSameSite.
		Constructors: []ConfigSite{
			{Func: Func{goSession, "", "NewManager"}, ConfigArg: 0, Options: goSessionOptions, Defaults: goSessionDefaults},
			{Func: Func{goSession, "", "InitManager"}, ConfigArg: 0, Options: goSessionOptions, Defaults: goSessionDefaults},
		},
	},
}

var goSessionDefaults = Attrs{AttrName: "go_session_id", AttrPath: "/", AttrHttpOnly: True, AttrSecure: SecureIfTLS, AttrSameSite: SameUnset}

var goSessionOptions = []OptionFunc{
	{Func: Func{goSession, "", "SetCookieName"}, Attr: AttrName},
	{Func: Func{goSession, "", "SetDomain"}, Attr: AttrDomain},
	{Func: Func{goSession, "", "SetSecure"}, Attr: AttrSecure},
	{Func: Func{goSession, "", "SetSameSite"}, Attr: AttrSameSite},
	{Func: Func{goSession, "", "SetCookieLifeTime"}, Attr: AttrMaxAge},
}
