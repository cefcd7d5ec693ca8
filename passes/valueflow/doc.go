// Package valueflow defines an analysis pass that tells where SSA values
// come from: the one mechanism sessionlint's analyzers use to ask whether
// a session ID was sent by the client, read from the URL, or built from
// something predictable. It never reports.
//
// # Origins
//
// Result.Origins(v) walks v backwards through its operands and returns the
// set of its origins (Origins: a Kind bitset and the list of Origin, each
// with its position, a description and, for request inputs, the constant
// name of the parameter, header or cookie):
//
//   - Query, Form, Header, Path, Body: what the client sends, read through
//     the calls of model.RequestInputs (r.FormValue, r.PathValue, gin's
//     c.Param, echo's c.QueryParam, fiber's c.Query, iris's URLParam,
//     beego's Input.Query...) and the fields of model.RequestFields
//     (r.URL, r.Header, r.Form, r.Body), with r.URL.Query().Get("sid") and
//     r.Header.Get("X") naming the input;
//   - Cookie: the value of a request cookie (model.CookieReaders, and
//     r.Cookies()), with SessionID too when its name matches
//     model.SessionCookieNames;
//   - SessionID: a library session's ID (model.SessionIDs and
//     model.SessionIDFields: fiber s.ID(), gorilla s.ID, scs Token...);
//   - MathRand (any call into math/rand or math/rand/v2, including a
//     *rand.Rand's methods and rand.Read into a buffer), Time (time.Now),
//     Counter (atomic.Add*, atomic.Int64.Add, and x++ / x += k on a global
//     or a field of this package), PID (os.Getpid);
//   - CryptoRand: crypto/rand (Read into a buffer, Text, Int, and whatever
//     reads crypto/rand.Reader), uuid v4 (google, gofrs, satori),
//     securecookie.GenerateRandomKey, fiber's utils.UUIDv4;
//   - Const, Param (a parameter callers outside the package may set), and
//     Unknown (a call without a summary, another package's global, a
//     channel receive, a walk cut short by its budget).
//
// The walk goes through phis, conversions, arithmetic and concatenation,
// slicing and indexing (an index counts: letters[rand.Intn(n)] is
// random), struct fields (a local object's stores; for types of this
// package, every store into the field in the package; otherwise the
// object's own origins, so that r.Cookie("sid").Value is the cookie), map
// values (what was stored in the map, never the key looked up), captured
// variables, and calls: the functions of model.PurePackages (fmt, strings,
// strconv, bytes, encoding/hex and base64, hashes, time's methods,
// net/url...) return what their operands are made of, and what they write
// into a buffer, builder, hash or decoded value (sb.WriteString(s),
// h.Write(b), hex.Encode(dst, src), json.NewDecoder(r.Body).Decode(&v))
// becomes the contents of that object. A hash of predictable inputs is
// therefore predictable. Calls of functions of this package are followed
// through their summaries (parameters replaced by the call's arguments);
// calls of other packages through their Summary facts.
//
// Parameters: Origins follows a parameter to the arguments of the calls of
// its function in the package, and keeps a Param origin too when the
// function can be called from elsewhere (exported, a method, used as a
// value). Local keeps parameters as Param origins. ByCaller returns one
// set per call of the value's function, so that a helper that sets the
// session cookie is judged per caller rather than on the union of what all
// its callers pass. FuncResults gives the origins of the results of a
// function value (a KeyGenerator), from its body or its fact.
//
// Origins.Predictable says whether a value is built from predictable
// inputs only: some MathRand, Time, Counter or PID, and no CryptoRand,
// Unknown or SessionID (Param and constants do not count).
//
// # Facts
//
// Each exported function (or method) with a result that can carry an ID
// (strings, byte slices and arrays, integers, pointers, maps) gets a
// Summary fact: per result, its origins with "file.go:line" positions, and
// Param origins for the parameters it derives from. A function given the
// request (or a framework's context) that fills what a pointer or
// interface parameter points to from it (a bind helper over
// c.ShouldBindJSON(v)) records that in the fact's Fills, so that the
// struct a caller in another package hands it is the request's data; in
// the package itself, the helper's body is read. Each exported text
// field (a string or bytes) of the package's struct types that the package
// fills with an ID (a random, predictable or session one) gets a
// FieldSummary fact: the origins of those stores, each field's walk kept
// short (fieldBudget). Another
// package that loads the field from an object it did not build reads the
// fact instead of the origins of
// the whole object, so that a record's random ID is not taken for the
// session ID another of its fields holds; what the stores took from a
// parameter is read as the whole object's origins there. Summaries are not
// computed for the standard library and the modelled libraries (modelled,
// not analysed), nor for packages lazyssa finds irrelevant (importing
// neither net/http, a modelled library, nor a crypto, math/rand, uuid or
// credential package): a helper there is an Unknown call.
//
// # Limits
//
// The walk is flow-insensitive inside a function (a value's origins are
// those of every assignment that can reach it), field-based across
// functions, and context-insensitive beyond one level of callers. Each
// query visits at most a fixed number of values, each once: a cycle is
// walked once (its head's answer is kept for later queries, the values
// inside it for the rest of the query), so a query is linear in the values
// it reaches; recursion sees a partial summary. Interface method calls are Unknown unless their interface is in
// a pure package. Queries are serialised by a mutex: the analyzers that
// share a Result run concurrently.
//
// The idsinks sub-package finds where values become session IDs and
// where sessions are found by an ID; the sessionadoption, sessionidurl and
// weaksessionid analyzers combine the two.
package valueflow
