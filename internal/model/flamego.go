package model

const flamegoSession = "github.com/flamego/session"

// Flamego is github.com/flamego/session (v1.6.6; RegenerateID takes (w, r)
// since v1.6.5). The Sessioner middleware injects session.Session (and
// session.Store) into the handlers' parameters: a parameter of type Session
// is the request's session. After the handlers, the middleware calls
// Store.Save when the session changed (any Set, SetFlash, Delete or Flush),
// Store.Touch otherwise (CommitAtEnd).
//
// What the model cannot say:
//   - RegenerateID is counted as a renewal whatever the store, but on the
//     memory store (the default, when Options.Initer is unset or
//     MemoryIniter()) it is broken: the store's index keeps the old ID, so
//     the identity written after it is reachable with the old, attacker-known
//     ID and the new cookie gets an empty session (flamego/session#183).
//     Which Initer the Sessioner was given is not part of the session the
//     handler sees; the caveat is in RegenerateID's Why, so the docs carry it.
//   - v1.6.3 and later adopt any well-formed client-chosen ID (#108 removed
//     the Exist check); v1.6.2 and earlier are strict. Adopting.Before
//     expresses only "versions below", so flamego is not in AdoptingStores.
var Flamego = &Library{
	Name:     "flamego/session",
	Module:   flamegoSession,
	Packages: []string{flamegoSession},
	Session: &SessionModel{
		Commit: CommitAtEnd,
		// Session only: a Store is the store of every session, not one
		// session (store.Read(ctx, id) returns the session named id).
		Types: []TypeName{{flamegoSession, "Session"}},
		Sinks: []Call{
			{Func: Func{flamegoSession, "Session", "Set"}, Session: OnReceiver, Key: 0, Value: 1},
		},
		// The middleware saves at the end of the request; an explicit
		// store.Save(ctx, s) persists earlier.
		Persist: []Call{
			{Func: Func{flamegoSession, "Store", "Save"}, Session: OnArg, Arg: 1},
		},
		Renew: []Call{
			// RegenerateID writes the new cookie at once and changes the
			// session's ID; the data is saved under the new ID by the
			// end-of-request Save, which runs only when the session changed
			// (Requires: a Set). Requires also keeps sessionfixation's
			// suggested fix, which cannot supply the (w, r) arguments, from
			// inserting s.RegenerateID() without them; the advice says it.
			{Func: Func{flamegoSession, "Session", "RegenerateID"}, Session: OnReceiver, Key: -1, Value: -1,
				Requires: "Set",
				Why:      "the end-of-request Save stores the session under the new ID; not effective on the default memory store, whose index keeps the old ID, which then carries the identity (flamego/session#183): use another store"},
		},
		Traps: []Call{
			{Func: Func{flamegoSession, "Session", "Flush"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Flush clears the values and keeps the session ID"},
			{Func: Func{flamegoSession, "Session", "Delete"}, Session: OnReceiver, Key: -1, Value: -1,
				Why: "Delete removes one value and keeps the session ID"},
			// store.Destroy(ctx, s.ID()): the ID argument is traced to the
			// session it was read from.
			{Func: Func{flamegoSession, "Store", "Destroy"}, Session: OnArg, Arg: 1, Key: -1, Value: -1,
				Why: "Destroy deletes the record but the end-of-request Save re-creates it under the same ID"},
		},
		Fix: "call %s.RegenerateID(w, r) first (with a store other than the default memory store)",
	},
	Cookies: &CookieModel{
		Types: []CookieType{{
			// Options.Cookie. Sessioner gives it Name "flamego_session",
			// Path "/" and SameSite Lax when zero (any value outside
			// SameSiteDefaultMode..SameSiteNoneMode becomes Lax;
			// SameSiteDefaultMode sends no attribute), and HttpOnly only
			// when the whole CookieOptions is zero: setting any field, even
			// just Name, leaves HttpOnly to the HTTPOnly field (v1.6.6,
			// session.go parseOptions). A CookieOptions value the model sees
			// is one the application wrote, so an unset HTTPOnly counts as
			// false: conservative, wrong only for a CookieOptions{} written
			// with no field at all.
			Pkg: flamegoSession, Type: "CookieOptions", Session: true,
			Fields: map[Attr]string{
				AttrName: "Name", AttrPath: "Path", AttrDomain: "Domain", AttrMaxAge: "MaxAge",
				AttrSecure: "Secure", AttrHttpOnly: "HTTPOnly", AttrSameSite: "SameSite",
			},
			SameSite: SameSiteHTTP,
			Defaults: Attrs{AttrName: "flamego_session", AttrPath: "/", AttrHttpOnly: False, AttrSecure: False, AttrSameSite: SameLax},
		}},
		Constructors: []ConfigSite{
			// Sessioner() with no options: the zero CookieOptions, which
			// gets HttpOnly. (The cookie is sent only when a session is
			// created or regenerated; MaxAge 0 makes it a browser-session
			// cookie.)
			{Func: Func{flamegoSession, "", "Sessioner"}, ConfigArg: 0, CookieField: "Cookie", IDWriterField: "WriteIDFunc",
				ConfigType: TypeName{flamegoSession, "CookieOptions"},
				Defaults:   Attrs{AttrName: "flamego_session", AttrPath: "/", AttrHttpOnly: True, AttrSecure: False, AttrSameSite: SameLax}},
		},
	},
}
