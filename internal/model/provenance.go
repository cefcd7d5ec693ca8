package model

// Where values come from: the calls, fields and packages whose results have
// a known origin (the request, the session's own ID, a random or
// predictable generator), the standard packages whose functions only
// compute their results from their operands, and the library settings that
// decide where session IDs come from and how they are minted. The valueflow
// pass reads these tables; the sessionadoption, sessionidurl and
// weaksessionid analyzers read the settings.

import (
	"slices"
	"strings"
)

// Source is a kind of origin the model knows.
type Source int

const (
	// SourceQuery: the URL's query string, or the request URL as a whole.
	SourceQuery Source = iota + 1
	// SourceForm: a form value that may come from the URL query
	// (FormValue, which reads the query and the body).
	SourceForm
	// SourceHeader: a request header.
	SourceHeader
	// SourcePath: a path parameter.
	SourcePath
	// SourceBody: the request body, including form values read from the
	// body only (PostFormValue, gin's PostForm).
	SourceBody
	// SourceCookie: the value of a request cookie.
	SourceCookie
	// SourceSessionID: the ID of a library's session, as the library
	// reports it (fiber Session.ID(), gorilla Session.ID, scs Token).
	SourceSessionID
	// SourceMathRand: math/rand or math/rand/v2, predictable.
	SourceMathRand
	// SourceTime: the clock, predictable.
	SourceTime
	// SourceCounter: a counter, predictable.
	SourceCounter
	// SourcePID: the process ID, predictable.
	SourcePID
	// SourceCryptoRand: crypto/rand or a generator built on it (uuid v4).
	SourceCryptoRand
)

// SourceCall is a call whose result, or the buffer it fills, has a known
// origin.
type SourceCall struct {
	Func   Func
	Source Source
	// Name is the index of the argument that names the input (the query
	// key, the header, the cookie name), -1 when there is none.
	Name int
	// Result is the index of the result that carries the value, -1 for
	// every result.
	Result int
	// Fills is the index of a []byte argument that the call fills with
	// the value, -1 when there is none.
	Fills int
	// ResultNames name the inputs the results carry, for a call that
	// takes no name (BasicAuth's user name and password).
	ResultNames []string
}

// SourceField is a field whose loads have a known origin.
type SourceField struct {
	Field  Field
	Source Source
}

// SourceVar is a package-level variable whose value has a known origin
// (crypto/rand.Reader: whatever reads from it is random).
type SourceVar struct {
	Pkg, Name string
	Source    Source
}

const (
	ginPkg         = "github.com/gin-gonic/gin"
	echoV4         = "github.com/labstack/echo/v4"
	echoV5         = "github.com/labstack/echo/v5"
	irisContext    = "github.com/kataras/iris/v12/context"
	hertzApp       = "github.com/cloudwego/hertz/pkg/app"
	fiberV3Extract = "github.com/gofiber/fiber/v3/extractors"
)

// RequestInputs are the calls that return what the client sent, per
// framework. Request cookies are read by CookieReaders.
var RequestInputs = slices.Concat([]SourceCall{
	{Func: Func{"net/http", "Request", "FormValue"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
	{Func: Func{"net/http", "Request", "PostFormValue"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
	{Func: Func{"net/http", "Request", "PathValue"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
	{Func: Func{"net/http", "Request", "Referer"}, Source: SourceHeader, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"net/http", "Request", "BasicAuth"}, Source: SourceHeader, Name: -1, Result: -1, Fills: -1, ResultNames: []string{"username", "password"}},
	{Func: Func{"net/http", "Request", "UserAgent"}, Source: SourceHeader, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"net/http", "Request", "FormFile"}, Source: SourceBody, Name: 0, Result: -1, Fills: -1},
	// Routers' path parameters: mux.Vars(r)["id"], chi.URLParam(r, "id").
	{Func: Func{"github.com/gorilla/mux", "", "Vars"}, Source: SourcePath, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/go-chi/chi/v5", "", "URLParam"}, Source: SourcePath, Name: 1, Result: 0, Fills: -1},

	{Func: Func{ginPkg, "Context", "Param"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
	{Func: Func{ginPkg, "Context", "Query"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{ginPkg, "Context", "DefaultQuery"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{ginPkg, "Context", "GetQuery"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{ginPkg, "Context", "PostForm"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
	{Func: Func{ginPkg, "Context", "DefaultPostForm"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
	{Func: Func{ginPkg, "Context", "GetPostForm"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
	{Func: Func{ginPkg, "Context", "GetHeader"}, Source: SourceHeader, Name: 0, Result: 0, Fills: -1},

	{Func: Func{echoV4, "Context", "Param"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
	{Func: Func{echoV4, "Context", "QueryParam"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{echoV4, "Context", "QueryParams"}, Source: SourceQuery, Name: -1, Result: 0, Fills: -1},
	{Func: Func{echoV4, "Context", "QueryString"}, Source: SourceQuery, Name: -1, Result: 0, Fills: -1},
	{Func: Func{echoV4, "Context", "FormValue"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
	{Func: Func{echoV5, "Context", "Param"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
	{Func: Func{echoV5, "Context", "QueryParam"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{echoV5, "Context", "QueryParams"}, Source: SourceQuery, Name: -1, Result: 0, Fills: -1},
	{Func: Func{echoV5, "Context", "QueryString"}, Source: SourceQuery, Name: -1, Result: 0, Fills: -1},
	{Func: Func{echoV5, "Context", "FormValue"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},

	{Func: Func{fiberV2, "Ctx", "Params"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
	{Func: Func{fiberV2, "Ctx", "Query"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{fiberV2, "Ctx", "FormValue"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
	{Func: Func{fiberV2, "Ctx", "Get"}, Source: SourceHeader, Name: 0, Result: 0, Fills: -1},
	{Func: Func{fiberV3, "Ctx", "Params"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
	{Func: Func{fiberV3, "Ctx", "Query"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{fiberV3, "Ctx", "FormValue"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
	{Func: Func{fiberV3, "Ctx", "Get"}, Source: SourceHeader, Name: 0, Result: 0, Fills: -1},
	// fiber v3's generic helpers: fiber.Query[string](c, "sid").
	{Func: Func{fiberV3, "", "Params"}, Source: SourcePath, Name: 1, Result: 0, Fills: -1},
	{Func: Func{fiberV3, "", "Query"}, Source: SourceQuery, Name: 1, Result: 0, Fills: -1},
	{Func: Func{fiberV3, "", "GetReqHeader"}, Source: SourceHeader, Name: 1, Result: 0, Fills: -1},

	{Func: Func{hertzApp, "RequestContext", "Param"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
	{Func: Func{hertzApp, "RequestContext", "Query"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{hertzApp, "RequestContext", "DefaultQuery"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
	{Func: Func{hertzApp, "RequestContext", "PostForm"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
	{Func: Func{hertzApp, "RequestContext", "DefaultPostForm"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
	{Func: Func{hertzApp, "RequestContext", "FormValue"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
	{Func: Func{hertzApp, "RequestContext", "GetHeader"}, Source: SourceHeader, Name: 0, Result: 0, Fills: -1},
}, RequestBinders, goframeEach(goframeInputs), beegoEach(func(b beegoRelease) []SourceCall {
	return []SourceCall{
		{Func: Func{b.context, "BeegoInput", "Query"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
		{Func: Func{b.context, "BeegoInput", "Param"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
		{Func: Func{b.context, "BeegoInput", "Header"}, Source: SourceHeader, Name: 0, Result: 0, Fills: -1},
	}
}), beegoControllers(func(web string) []SourceCall {
	return []SourceCall{
		{Func: Func{web, "Controller", "GetString"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
		{Func: Func{web, "Controller", "ParseForm"}, Source: SourceForm, Name: -1, Result: -1, Fills: 0},
	}
}))

// RequestBinders decode what the client sent into the struct their
// argument Fills points to (gin's c.ShouldBindJSON(&req)): the fields of
// that struct are request inputs.
var RequestBinders = slices.Concat(
	binders(ginPkg, "Context", SourceBody, "ShouldBind", "ShouldBindJSON", "Bind", "BindJSON",
		"ShouldBindXML", "ShouldBindYAML", "ShouldBindTOML", "ShouldBindPlain", "BindXML", "BindYAML", "BindTOML", "BindPlain",
		"ShouldBindBodyWith", "ShouldBindBodyWithJSON", "ShouldBindBodyWithXML", "ShouldBindBodyWithYAML",
		"ShouldBindBodyWithTOML", "ShouldBindBodyWithPlain"),
	// With a binding of the caller's choice (binding.Form reads the query too).
	binders(ginPkg, "Context", SourceForm, "ShouldBindWith", "MustBindWith"),
	binders(ginPkg, "Context", SourceHeader, "ShouldBindHeader", "BindHeader"),
	binders(ginPkg, "Context", SourceQuery, "ShouldBindQuery", "BindQuery"),
	binders(ginPkg, "Context", SourcePath, "ShouldBindUri", "BindUri"),
	binders(echoV4, "Context", SourceBody, "Bind"),
	binders(echoV5, "Context", SourceBody, "Bind"),
	binders(fiberV2, "Ctx", SourceBody, "BodyParser"),
	binders(fiberV2, "Ctx", SourceQuery, "QueryParser"),
	binders(fiberV3, "Bind", SourceBody, "Body", "JSON", "Form"),
	binders(fiberV3, "Bind", SourceQuery, "Query"),
	binders(irisContext, "Context", SourceBody, "ReadBody"),
	binders(irisContext, "Context", SourceQuery, "ReadQuery"),
	binders(hertzApp, "RequestContext", SourceForm, "BindAndValidate", "Bind", "BindForm", "BindJSON"),
	binders(hertzApp, "RequestContext", SourceQuery, "BindQuery"),
	irisEach(func(r irisRelease) []SourceCall {
		return append([]SourceCall{
			{Func: Func{r.context, "Context", "URLParam"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "URLParamDefault"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "FormValue"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "PostValue"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "URLParamTrim"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "URLParamEscape"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "URLParamInt"}, Source: SourceQuery, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "FormValueDefault"}, Source: SourceForm, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "PostValueTrim"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "PostValueDefault"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "PostValueInt"}, Source: SourceBody, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "Context", "GetHeader"}, Source: SourceHeader, Name: 0, Result: 0, Fills: -1},
			{Func: Func{r.context, "RequestParams", "Get"}, Source: SourcePath, Name: 0, Result: 0, Fills: -1},
		}, binders(r.context, "Context", SourceBody, "ReadJSON", "ReadForm")...)
	}),
)

// binders lists methods of one type that fill their first argument from
// the request.
func binders(pkg, recv string, src Source, names ...string) []SourceCall {
	out := make([]SourceCall, 0, len(names))
	for _, n := range names {
		out = append(out, SourceCall{Func: Func{pkg, recv, n}, Source: src, Name: -1, Result: -1, Fills: 0})
	}
	return out
}

// RequestFields are the fields of a request that carry what the client
// sent: r.URL.Query(), r.Header.Get(k) and r.Form.Get(k) inherit them.
var RequestFields = []SourceField{
	{Field: Field{"net/http", "Request", "URL"}, Source: SourceQuery},
	{Field: Field{"net/http", "Request", "RequestURI"}, Source: SourceQuery},
	{Field: Field{"net/http", "Request", "Form"}, Source: SourceForm},
	{Field: Field{"net/http", "Request", "PostForm"}, Source: SourceBody},
	{Field: Field{"net/http", "Request", "MultipartForm"}, Source: SourceForm},
	{Field: Field{"net/http", "Request", "Header"}, Source: SourceHeader},
	{Field: Field{"net/http", "Request", "Host"}, Source: SourceHeader},
	{Field: Field{"net/http", "Request", "Body"}, Source: SourceBody},
}

// SessionIDs are the calls that return a library session's ID.
var SessionIDs = slices.Concat([]SourceCall{
	{Func: Func{fiberV2Session, "Session", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{fiberV3Session, "Session", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{fiberV3Session, "Middleware", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/gin-contrib/sessions", "Session", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/alexedwards/scs/v2", "SessionManager", "Token"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{irisSessions, "Session", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{irisV11.sessions, "Session", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{kataraGoSessions, "Session", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{goSession, "Store", "SessionID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{flamegoSession, "Session", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{macaronSession, "RawStore", "ID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1},
}, beegoEach(func(b beegoRelease) []SourceCall {
	return []SourceCall{{Func: Func{b.session, "Store", "SessionID"}, Source: SourceSessionID, Name: -1, Result: 0, Fills: -1}}
}))

// SessionIDFields are the fields that hold a library session's ID. Storing
// into one sets the ID the session is saved under.
var SessionIDFields = []SourceField{
	{Field: Field{gorillaPkg, "Session", "ID"}, Source: SourceSessionID},
}

// RandomSources are the calls whose results are random or predictable,
// outside the packages of SourcePackages.
var RandomSources = []SourceCall{
	{Func: Func{"crypto/rand", "", "Read"}, Source: SourceCryptoRand, Name: -1, Result: -1, Fills: 0},
	{Func: Func{"crypto/rand", "", "Text"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"crypto/rand", "", "Int"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"crypto/rand", "", "Prime"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/gorilla/securecookie", "", "GenerateRandomKey"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	// google/uuid: New, NewString and NewRandom are version 4 (crypto/rand);
	// NewUUID is version 1 (the clock and the MAC address).
	{Func: Func{"github.com/google/uuid", "", "New"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/google/uuid", "", "NewString"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/google/uuid", "", "NewRandom"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/google/uuid", "", "NewUUID"}, Source: SourceTime, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/gofrs/uuid", "", "NewV4"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/gofrs/uuid", "", "NewV1"}, Source: SourceTime, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/satori/go.uuid", "", "NewV4"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/satori/go.uuid", "", "NewV1"}, Source: SourceTime, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/gofiber/utils/v2", "", "UUIDv4"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"github.com/gofiber/utils/v2", "", "SecureToken"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},
	{Func: Func{fiberV2 + "/utils", "", "UUIDv4"}, Source: SourceCryptoRand, Name: -1, Result: 0, Fills: -1},

	{Func: Func{"time", "", "Now"}, Source: SourceTime, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"os", "", "Getpid"}, Source: SourcePID, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"os", "", "Getppid"}, Source: SourcePID, Name: -1, Result: 0, Fills: -1},

	{Func: Func{"sync/atomic", "", "AddInt32"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "", "AddInt64"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "", "AddUint32"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "", "AddUint64"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "", "AddUintptr"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "Int32", "Add"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "Int64", "Add"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "Uint32", "Add"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "Uint64", "Add"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
	{Func: Func{"sync/atomic", "Uintptr", "Add"}, Source: SourceCounter, Name: -1, Result: 0, Fills: -1},
}

// SourcePackages are packages every function and method of which is a
// source: the result of any call into them (and a buffer passed to their
// Read) has the origin.
var SourcePackages = map[string]Source{
	"math/rand":    SourceMathRand,
	"math/rand/v2": SourceMathRand,
}

// SourceVars are package-level variables with a known origin.
var SourceVars = []SourceVar{
	{Pkg: "crypto/rand", Name: "Reader", Source: SourceCryptoRand},
}

// KeyedHashes make a MAC keyed by their argument Key (crypto/hmac.New):
// what it computes from the client's data with a secret key is neither the
// client's choice nor predictable, unless the key is a constant.
var KeyedHashes = []KeyedHash{
	{Func: Func{"crypto/hmac", "", "New"}, Key: 1},
}

// A KeyedHash is a constructor of a keyed hash.
type KeyedHash struct {
	Func Func
	Key  int // the argument that carries the key
}

// PurePackages are standard packages whose functions and methods compute
// their results (and what they write into a buffer or writer passed to
// them) from their operands only: the origins of a result are the origins
// of the operands. Hashes are here on purpose: a hash of predictable
// inputs is predictable.
var PurePackages = []string{
	"bufio", "bytes", "encoding/ascii85", "encoding/base32", "encoding/base64", "encoding/binary",
	"encoding/csv", "encoding/hex", "encoding/json", "encoding/pem", "fmt", "hash", "hash/adler32",
	"hash/crc32", "hash/crc64", "hash/fnv", "hash/maphash", "html", "io", "math", "math/big",
	"math/bits", "net/url", "path", "path/filepath", "slices", "sort", "strconv", "strings",
	"text/template", "html/template", "time", "unicode", "unicode/utf16", "unicode/utf8",
	"crypto/md5", "crypto/sha1", "crypto/sha256", "crypto/sha512", "crypto/sha3", "crypto/hmac",
	"maps", "errors",
}

// OAuthCodeInputs matches the names of the request inputs an OAuth
// provider's redirect carries the authorization code in (?code=...).
const OAuthCodeInputs = `(?i)^(code|auth_?code|authori[sz]ation_?code|oauth_?code)$`

// SessionCookieNames matches the names of cookies (and query or form
// parameters) that carry a session ID: the generic names, the defaults of
// the modelled libraries and of other platforms (go_session_id,
// irissessionid, beegosessionID, flamego_session, MacaronSession,
// session_id, PHPSESSID, JSESSIONID, connect.sid, ASP.NET_SessionId), with
// an optional prefix ending in a separator (myapp_session) and the __Host-
// and __Secure- prefixes.
// PendingFactorKeys matches the session keys under which a login keeps
// the user between its first and second factor (mfaUserID, 2fa_user_id,
// halfauth, pending_user): written, the user is not logged in yet; read,
// the user is the one the second step logs in, not the one logged in.
const PendingFactorKeys = `(?i)(mfa|2fa|twofa|two[_.-]?factor|pending|half[_.-]?auth|pre[_.-]?auth)`

const SessionCookieNames = `(?i)^(__(host|secure)-)?([\w.-]*[-_.])?(sid|sess|sessid|session|sessionid|session[-_.]?(id|token|key)|phpsessid|jsessionid|aspsessionid\w*|asp\.net_sessionid|irissessionid|beegosessionid|macaronsession)$`

// IDGenerator is where a library takes the function that mints its session
// IDs: a config field (fiber Config.KeyGenerator) or an argument of an
// option or setter (go-session SetSessionID(f)).
type IDGenerator struct {
	Lib string
	// Field is the config field holding the generator (zero for a call).
	Field Field
	// Func and Arg are the call taking the generator as argument Arg.
	Func Func
	Arg  int
	// Result is the generator's result that is the ID.
	Result int
}

// IDGenerators lists the session-ID generator settings.
var IDGenerators = append([]IDGenerator{
	{Lib: "fiber", Field: Field{fiberV2Session, "Config", "KeyGenerator"}},
	{Lib: "fiber", Field: Field{fiberV3Session, "Config", "KeyGenerator"}},
	{Lib: irisV12.name, Field: Field{irisSessions, "Config", "SessionIDGenerator"}},
	{Lib: irisV11.name, Field: Field{irisV11.sessions, "Config", "SessionIDGenerator"}},
	{Lib: "go-sessions", Field: Field{kataraGoSessions, "Config", "SessionIDGenerator"}},
	{Lib: "go-session", Func: Func{goSession, "", "SetSessionID"}, Arg: 0},
}, rbcervillaEach(func(pkg string) []IDGenerator {
	return []IDGenerator{{Lib: "rbcervilla/redisstore", Func: Func{pkg, "RedisStore", "KeyGen"}, Arg: 0}}
})...)

// URLSink is a call that puts its argument Arg into a URL the browser
// sees: a redirect's location, a query value.
type URLSink struct {
	Func Func
	Arg  int
	// Redirect: the call sends the URL to the browser as a redirect.
	Redirect bool
}

// URLSinks are the calls whose argument ends up in a URL.
var URLSinks = slices.Concat([]URLSink{
	{Func: Func{"net/http", "", "Redirect"}, Arg: 2, Redirect: true},
	{Func: Func{ginPkg, "Context", "Redirect"}, Arg: 1, Redirect: true},
	{Func: Func{echoV4, "Context", "Redirect"}, Arg: 1, Redirect: true},
	{Func: Func{echoV5, "Context", "Redirect"}, Arg: 1, Redirect: true},
	{Func: Func{fiberV2, "Ctx", "Redirect"}, Arg: 0, Redirect: true},
	{Func: Func{fiberV3, "Redirect", "To"}, Arg: 0, Redirect: true},
	{Func: Func{irisContext, "Context", "Redirect"}, Arg: 0, Redirect: true},
	{Func: Func{irisV11.context, "Context", "Redirect"}, Arg: 0, Redirect: true},
	{Func: Func{"net/url", "Values", "Set"}, Arg: 1},
	{Func: Func{"net/url", "Values", "Add"}, Arg: 1},
}, beegoEach(func(b beegoRelease) []URLSink {
	return []URLSink{
		{Func: Func{b.web, "Controller", "Redirect"}, Arg: 0, Redirect: true},
		{Func: Func{b.context, "Context", "Redirect"}, Arg: 1, Redirect: true},
	}
}))

// URLFields are fields whose value is part of a URL.
var URLFields = []Field{
	{"net/url", "URL", "RawQuery"},
	{"net/url", "URL", "Path"},
	{"net/url", "URL", "RawPath"},
	{"net/url", "URL", "Fragment"},
}

// IDInURLSetting is a library setting that makes the library accept the
// session ID from the URL query or a form field.
type IDInURLSetting struct {
	Lib string
	// Flag is a boolean field that turns it on (beego
	// ManagerConfig.EnableSidInURLQuery).
	Flag Field
	// Option is an option taking a boolean that turns it on or off
	// (go-session SetEnableSIDInURLQuery(bool)).
	Option Func
	// DefaultOn: the library accepts the ID from the URL unless the option
	// turns it off; Managers are the calls that take the options and build
	// the manager (go-session NewManager, InitManager).
	DefaultOn bool
	Managers  []Func
	// Lookup is a string field of the form "source:name" whose source
	// "query" (or "form", "param") takes the ID from the URL (fiber v2
	// Config.KeyLookup).
	Lookup Field
	// Extractor is a field holding an extractor, and Extractors the
	// constructors of extractors that read the URL (fiber v3
	// Config.Extractor, extractors.FromQuery).
	Extractor  Field
	Extractors []Func
	// Chain is a constructor combining extractors (extractors.Chain).
	Chain Func
	// ConfigKey is a key of the configuration file the framework's server
	// reads (Server: its Files, at the top level) that turns it on when
	// true (beego's SessionEnableSidInURLQuery in conf/app.conf), judged
	// where the module runs the server.
	ConfigKey string
	Server    *ServerCookie
}

// IDInURLSettings lists the settings that take the session ID from the URL.
var IDInURLSettings = slices.Concat([]IDInURLSetting{
	{Lib: "go-session", Option: Func{goSession, "", "SetEnableSIDInURLQuery"}, DefaultOn: true,
		Managers: []Func{{goSession, "", "NewManager"}, {goSession, "", "InitManager"}}},
	{Lib: "fiber", Lookup: Field{fiberV2Session, "Config", "KeyLookup"}},
	{Lib: "fiber", Extractor: Field{fiberV3Session, "Config", "Extractor"},
		Extractors: []Func{{fiberV3Extract, "", "FromQuery"}, {fiberV3Extract, "", "FromForm"}, {fiberV3Extract, "", "FromParam"}},
		Chain:      Func{fiberV3Extract, "", "Chain"}},
}, beegoEach(func(b beegoRelease) []IDInURLSetting {
	settings := []IDInURLSetting{
		{Lib: b.name, Flag: Field{b.session, "ManagerConfig", "EnableSidInURLQuery"}},
		{Lib: b.name, Flag: Field{b.web, "SessionConfig", "SessionEnableSidInURLQuery"}},
		{Lib: b.name, ConfigKey: "SessionEnableSidInURLQuery", Server: beegoServer(b)},
	}
	if b.storeCtx == 1 { // v2's functional options
		settings = append(settings, IDInURLSetting{Lib: b.name, Option: Func{b.session, "", "CfgEnableSidInURLQuery"}})
	}
	return settings
}))

// Adopting is a store or manager constructor whose sessions adopt any ID
// the client sends (an unknown ID becomes a new session under that ID).
type Adopting struct {
	Lib  string
	Func Func
	// ConfigArg is the index of the config argument, -1 when none.
	ConfigArg int
	// Unless names config fields any of whose non-zero value stops the
	// adoption (iris Config.Encoding, or v12.1's Decode).
	Unless []string
	// Before: only versions of Module below this one adopt ("" for all).
	Module, Before string
	// Used and Renewed, when set, are patterns of the module's Go text:
	// the adoption is reported only where the module uses the sessions
	// (Used matches) and never renews an ID (Renewed does not): with a new
	// ID at every login, an adopted ID carries nothing (GoFrame, whose
	// sessions every server has).
	Used, Renewed string
	// Stop, for a server: see ServerCookie.Stop.
	Stop string
	// Why says what adopts, for messages.
	Why string
	// Fix completes "...; <Fix>".
	Fix string
}

// AdoptingStores lists the constructors of stores that accept any session
// ID the client sends as the ID of a new session (read in each library's
// source: the Why of each entry says what it does).
var AdoptingStores = slices.Concat([]Adopting{
	// v12.1's Config.Decode (beside Encode) rejects what it cannot decode
	// as Encoding does: the client then gets a new ID.
	{Lib: irisV12.name, Func: Func{irisSessions, "", "New"}, ConfigArg: 0, Unless: []string{"Encoding", "Decode"},
		Why: "iris sessions without Config.Encoding accept any session ID the client sends",
		Fix: "set Config.Encoding (e.g. securecookie.New(hashKey, blockKey)) so that forged IDs are rejected"},
	{Lib: irisV11.name, Func: Func{irisV11.sessions, "", "New"}, ConfigArg: 0, Unless: []string{"Encoding", "Decode"},
		Why: "iris sessions without Config.Encoding accept any session ID the client sends",
		Fix: "set Config.Encoding (e.g. securecookie.New(hashKey, blockKey)) so that forged IDs are rejected"},
	{Lib: "go-sessions", Func: Func{kataraGoSessions, "", "New"}, ConfigArg: 0, Unless: []string{"Encoding", "Decode"},
		Why: "go-sessions without Config.Encoding accepts any session ID the client sends",
		Fix: "set Config.Encoding (e.g. securecookie.New(hashKey, blockKey)) so that forged IDs are rejected"},
	{Lib: "fiber", Func: Func{fiberV2Session, "", "New"}, ConfigArg: 0, Module: fiberV2, Before: "v2.52.5",
		Why: "fiber's session middleware before v2.52.5 keeps an unknown session ID sent by the client (CVE-2024-38513)",
		Fix: "upgrade github.com/gofiber/fiber/v2 to v2.52.5 or later"},
}, rbcervillaEach(func(pkg string) []Adopting {
	return []Adopting{{Lib: "rbcervilla/redisstore", Func: Func{pkg, "", "NewRedisStore"}, ConfigArg: -1,
		Why: "rbcervilla/redisstore keeps the unsigned session ID from the cookie even when Redis has no such session",
		Fix: "use a store that signs its IDs (boj/redistore) or mints a new ID for unknown ones"}}
}), goframeEach(func(r goframeRelease) []Adopting {
	var out []Adopting
	for _, f := range []Func{{r.http, "Server", "Run"}, {r.http, "Server", "Start"}} {
		out = append(out, Adopting{Lib: r.name, Func: f, ConfigArg: -1, Stop: "Shutdown",
			Used:    `\.Session\.(Set|MustSet|SetMap|MustSetMap|Sets)\(`,
			Renewed: `\.Session\.(RegenerateId|MustRegenerateId|SetId|SetIdFunc)\(`,
			Why:     r.name + "'s sessions keep any session ID the client sends (the gfsessionid cookie or header), even one its storage has never seen, and this module never gives a session a new ID",
			Fix:     "give the session a new ID at login: " + strings.ReplaceAll(r.fix, "%s", "r.Session")})
	}
	return out
}))

// IDTaker is a library call that takes a session ID as argument Arg: to
// look the session up, to load or to delete it.
type IDTaker struct {
	Func Func
	Arg  int
}

// IDTakers lists the calls that act on a session named by its ID.
var IDTakers = slices.Concat([]IDTaker{
	{Func: Func{fiberV2Session, "Store", "Delete"}, Arg: 0},
	{Func: Func{fiberV3Session, "Store", "Delete"}, Arg: 1},
	{Func: Func{fiberV3Session, "Store", "GetByID"}, Arg: 1},
	{Func: Func{"github.com/alexedwards/scs/v2", "SessionManager", "Load"}, Arg: 1},
	{Func: Func{irisSessions, "Sessions", "DestroyByID"}, Arg: 0},
	{Func: Func{kataraGoSessions, "Sessions", "DestroyByID"}, Arg: 0},
	{Func: Func{kataraGoSessions, "", "DestroyByID"}, Arg: 0},
}, beegoEach(func(b beegoRelease) []IDTaker {
	return []IDTaker{{Func: Func{b.session, "Manager", "GetSessionStore"}, Arg: 0}}
}))
