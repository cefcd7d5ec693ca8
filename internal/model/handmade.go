package model

import "slices"

// HandMade describes sessions an application builds itself: a map or a
// database keyed by the value of a request cookie. It is not in All (it has
// no package of its own); the session passes read it directly.
//
// The session is the record reached from the ID the client sent: writing the
// user into it binds the user to an ID the client chose, and the write
// persists at once. The fix is to mint a new ID (crypto/rand, uuid), create
// the record under it and set the cookie to it; a write under such a fresh
// ID is not a write into the request's session, so nothing else counts as a
// sanitizer.
var HandMade = &Library{
	Name: "hand-made store",
	Session: &SessionModel{
		Commit: CommitOnWrite,
		Fix:    "mint a new session ID (crypto/rand), store the user under it and set the cookie to it instead of writing under the ID from the request's cookie",
		FixFor: map[string]string{
			ChosenByClient: "mint a new session ID (crypto/rand) and store the user under it instead of binding the ID the client sent",
		},
	},
}

// RecordByCookie keys a library's advice for a session whose store finds
// its record by the request's cookie (SessionModel.RecordByCookie).
const RecordByCookie = "record found by the request's cookie"

// RecordForRequest keys a library's advice for a session whose store
// keeps the record it found for the request (SessionModel.RecordForRequest).
const RecordForRequest = "record kept for the request"

// ChosenByClient keys HandMade's advice for a session whose ID the client
// sent in the request's data rather than its cookie.
const ChosenByClient = "sent by the client"

// HandMadeRecord is the session of a helper that writes into a record it
// is given whose shape is a hand-made session's (a string ID and a map of
// values): whether it is one is its caller's to say, at each call, by the
// record it passes; a record that is no session makes no write.
var HandMadeRecord = &Library{
	Name:    "hand-made session record",
	Session: HandMade.Session,
}

// CookieReader is a call that returns the value of a request cookie.
type CookieReader struct {
	Func Func
	// Result is the index of the result holding the cookie: a
	// *http.Cookie (its Value field is the ID) or the value as a string.
	Result int
	// Name is the index of the cookie-name argument.
	Name int
}

// CookieReaders are the calls that read a request cookie, per framework.
var CookieReaders = slices.Concat([]CookieReader{
	{Func: Func{"net/http", "Request", "Cookie"}, Result: 0, Name: 0},
	{Func: Func{"github.com/gin-gonic/gin", "Context", "Cookie"}, Result: 0, Name: 0},
	{Func: Func{"github.com/labstack/echo/v4", "Context", "Cookie"}, Result: 0, Name: 0},
	{Func: Func{"github.com/labstack/echo/v5", "Context", "Cookie"}, Result: 0, Name: 0},
	{Func: Func{fiberV2, "Ctx", "Cookies"}, Result: 0, Name: 0},
	{Func: Func{fiberV3, "Ctx", "Cookies"}, Result: 0, Name: 0},
	{Func: Func{irisContext, "Context", "GetCookie"}, Result: 0, Name: 0},
	{Func: Func{irisV11.context, "Context", "GetCookie"}, Result: 0, Name: 0},
}, beegoEach(func(b beegoRelease) []CookieReader {
	return []CookieReader{
		{Func: Func{b.context, "Context", "GetCookie"}, Result: 0, Name: 0},
		{Func: Func{b.context, "BeegoInput", "Cookie"}, Result: 0, Name: 0},
	}
}))

// HandMadeWriteVerbs is the pattern of the names of the calls that store
// data under a key (a hand-made store's Set, a database helper's
// SetSessionUser): a call so named that is given the request cookie's value
// writes into the hand-made session.
const HandMadeWriteVerbs = `^(?i:set|put|save|store|update|upsert|bind|insert|assign|attach|associate|add|write|link)`

// HandMadeSessionWrite is the pattern of the names of the calls that bind
// a session record of the application's own to what they are given
// (commenterSessionUpdate(token, commenterHex), bindSession(sid, user)):
// given an ID the client sent in any way, they write into the session the
// client chose, whether or not it is the request's cookie.
const HandMadeSessionWrite = `(?i)(session.*(set|put|save|store|update|upsert|bind|insert|assign|attach|associate|write|link))|((set|put|save|store|update|upsert|bind|insert|assign|attach|associate|write|link).*session)`

// LookupCookieReader returns the model of a call that reads a request
// cookie.
func LookupCookieReader(f Func) *CookieReader {
	for i := range CookieReaders {
		if CookieReaders[i].Func == f {
			return &CookieReaders[i]
		}
	}
	return nil
}
