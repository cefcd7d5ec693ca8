// Package weaksessionid defines an Analyzer that reports session IDs derived from predictable sources.
//
// # Analyzer weaksessionid
//
// weaksessionid: reports session IDs derived from predictable sources
//
// A session ID is the only thing that proves who a request comes from. If
// an attacker can compute the IDs the server hands out (CWE-330, CWE-340),
// they can compute a logged-in victim's ID and use it. IDs built from
// math/rand (v1 or v2), the clock, a counter or the process ID, or from a
// hash of only such inputs, can be predicted: math/rand is not meant to be
// unpredictable, and observing a few IDs reveals its state; clocks and
// counters are guessable outright.
//
// The analyzer follows every value that becomes a session ID back to where
// it comes from (the valueflow pass), through conversions, concatenation,
// fmt, strconv, strings, hex and base64 encoding, hashes, builders and
// buffers, slices and fields, local closures, and helpers in this or
// another package. A session ID is:
//
//   - the value of a cookie sent to the browser whose name says it holds a
//     session (sid, session, session_id, PHPSESSID, JSESSIONID,
//     connect.sid, ... see -names): http.SetCookie, gin's SetCookie, echo's
//     and fiber's Cookie, a Set-Cookie header;
//   - the key under which a hand-made store keeps a session: a map named
//     as sessions, a method creating a session record
//     (store.CreateSession(id, s), rdb.Set(ctx, "session:"+id, ...));
//   - a library session's ID set by the application (gorilla s.ID = id);
//   - the result of a library's ID generator: fiber
//     session.Config{KeyGenerator: f}, iris sessions.Config{SessionIDGenerator: f},
//     go-session session.SetSessionID(f), rbcervilla/redisstore KeyGen(f);
//   - the result of a function named like a session-ID generator
//     (newSessionID, generateSessionToken, genSID).
//
// It reports at the source (the math/rand call, time.Now, the counter
// increment), once, naming where the value becomes a session ID. When the
// source is in a helper of another package, it reports at the call of the
// helper and says where the source is.
//
// # Examples
//
//	id := strconv.Itoa(rand.Int())
//	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id})
//
// reports at rand.Int():
//
//	session ID built from math/rand.Int is predictable: it becomes the value of cookie "sid"; generate session IDs with crypto/rand (rand.Text())
//
//	var store = session.New(session.Config{KeyGenerator: func() string {
//		return strconv.FormatInt(time.Now().UnixNano(), 36)
//	}})
//
// reports at time.Now():
//
//	session ID built from time.Now is predictable: it becomes the fiber session-ID generator session.Config.KeyGenerator; generate session IDs with crypto/rand (rand.Text())
//
//	http.SetCookie(w, &http.Cookie{Name: "sid", Value: ids.New()}) // ids.New uses math/rand
//
// reports at ids.New():
//
//	session ID built from math/rand.Int63 in ids.New (ids.go:13) is predictable: it becomes the value of cookie "sid"; generate session IDs with crypto/rand (rand.Text())
//
// The fix is crypto/rand: rand.Text() (Go 1.24) returns 26 base32
// characters of 128 random bits; or rand.Read into a 16- or 32-byte buffer
// and encode it; uuid.NewString() (version 4) is fine too. When the source
// is inside a generator of the shape func() string whose result comes only
// from predictable inputs and constants, a suggested fix replaces its body
// with "return rand.Text()", imports crypto/rand (reusing the math/rand
// import when nothing else in the file uses it) and drops the imports only
// the old body used.
//
// # Not reported
//
//   - math/rand used for anything that is not a session ID: jitter,
//     sampling, a theme cookie, a cache key. (Unlike gosec's G404, which
//     reports every math/rand call.)
//   - IDs from crypto/rand (rand.Read, rand.Text, rand.Int), uuid.New,
//     uuid.NewString and uuid.NewRandom (version 4), securecookie's
//     GenerateRandomKey, fiber's utils.UUIDv4 and SecureToken.
//   - IDs that mix a random part with a predictable one (crand.Text() +
//     strconv.Itoa(rand.Int())), or that include something the analysis
//     cannot see (a value from a database, an environment variable, a
//     function without a summary): it might be a secret.
//   - Values that merely pass through a helper: a helper that sets the
//     session cookie is judged per caller, so a caller passing a
//     crypto/rand ID is not blamed for another passing a counter.
//
// The library's own default generators are not reported: every modelled
// library mints IDs with crypto/rand by default.
//
// # Flags
//
//	-names regexp
//	    the names of session cookies (default: model.SessionCookieNames,
//	    which matches sid, sess, session, session_id, sessionid,
//	    session-token, PHPSESSID, JSESSIONID, connect.sid, go_session_id,
//	    irissessionid, beegosessionID, MacaronSession, ASP.NET_SessionId,
//	    such names with a prefix ending in "_", "-" or "." (flamego_session),
//	    and the __Host- and __Secure- prefixes; case-insensitive).
//
// With go vet: -weaksessionid.names='^(sid|auth)$'.
//
// # Suppressing a finding
//
//	//sessionlint:ignore weaksessionid the ID is also signed with a server secret
package weaksessionid
