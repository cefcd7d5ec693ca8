// Package model is sessionlint's knowledge of web and session libraries,
// kept as data: one declarative Library value per library (in its own file),
// saying which calls write identity into a session, which really give the
// session a new ID, which only look like they do, how the session is
// persisted, and how cookies are configured and what their defaults are.
//
// The passes under passes/ read this model; they never hard-code a library
// name. The facts were read in the libraries' own sources and checked by
// running them (each file names the version read and the behaviour that
// matters: what renews, what only clears, the defaults); a test checks
// every name here against the real modules' exported API (api_test.go), so
// a renamed method breaks the build rather than the users.
package model

import (
	"fmt"
	"strings"
)

// Func names a package-level function or a method. Recv is the name of the
// receiver's named type (without pointer), or "" for a function. A method of
// an interface type is named by the interface type.
type Func struct {
	Pkg, Recv, Name string
}

// String renders f as "pkgpath.Name" or "pkgpath.Recv.Name", the form the
// command-line flags accept.
func (f Func) String() string {
	if f.Recv == "" {
		return f.Pkg + "." + f.Name
	}
	return f.Pkg + "." + f.Recv + "." + f.Name
}

// ParseFunc parses the form produced by Func.String. The last element of the
// package path must not contain a dot.
func ParseFunc(s string) (Func, error) {
	slash := strings.LastIndex(s, "/")
	parts := strings.Split(s[slash+1:], ".")
	prefix := s[:slash+1]
	switch len(parts) {
	case 2:
		return Func{Pkg: prefix + parts[0], Name: parts[1]}, validFunc(s, parts)
	case 3:
		return Func{Pkg: prefix + parts[0], Recv: parts[1], Name: parts[2]}, validFunc(s, parts)
	}
	return Func{}, fmt.Errorf("%q is not of the form pkgpath.Func or pkgpath.Type.Method", s)
}

func validFunc(s string, parts []string) error {
	for _, p := range parts {
		if p == "" {
			return fmt.Errorf("%q is not of the form pkgpath.Func or pkgpath.Type.Method", s)
		}
	}
	return nil
}

// TypeName names a named type.
type TypeName struct {
	Pkg, Name string
}

func (t TypeName) String() string { return t.Pkg + "." + t.Name }

// Field names a struct field: Type is the named struct type in package Pkg.
type Field struct {
	Pkg, Type, Name string
}

func (f Field) String() string { return f.Pkg + "." + f.Type + "." + f.Name }

// Library is everything sessionlint knows about one library.
type Library struct {
	// Name is how diagnostics and docs name the library, e.g. "scs".
	Name string
	// Module is the module path, for reading the version the analyzed
	// module selects (defaults and adoption depend on it).
	Module string
	// Packages are the package paths whose import makes the library
	// relevant to a package under analysis.
	Packages []string

	// Session operations (nil for libraries with no sessions).
	Session *SessionModel
	// Cookies: how the library's cookies are configured and sent.
	Cookies *CookieModel
}

// Commit says when a session library writes the session to its store.
type Commit int

const (
	// CommitOnSave: the session is persisted by an explicit call
	// (SessionModel.Persist), e.g. gorilla Save, fiber Save.
	CommitOnSave Commit = iota
	// CommitAtEnd: the session is persisted after the handler returns
	// (middleware), e.g. scs LoadAndSave, beego's router.
	CommitAtEnd
	// CommitOnWrite: every write goes straight to the store, e.g. iris.
	CommitOnWrite
)

// SessionModel describes a library's session operations.
type SessionModel struct {
	// Commit is when the session is persisted.
	Commit Commit
	// Types are the named types whose values are this library's sessions
	// (as a pointer or an interface). A call from outside the library that
	// returns one, or a method that takes the request, obtains the request's
	// session; see Obtain for the calls that do it by other means.
	Types []TypeName
	// Obtain lists the calls that return the request's session (the result
	// at index Result). A session obtained from the request carries the ID
	// the client sent.
	Obtain []Call
	// Sinks write a key/value into the session.
	Sinks []Call
	// SinkFields are map fields whose index assignment is a write
	// (gorilla's Session.Values[k] = v).
	SinkFields []Field
	// Persist lists the calls that commit the session (CommitOnSave).
	Persist []Call
	// Renew lists the sanitizers: calls that give the session a new ID.
	Renew []Call
	// RenewFields are fields whose assignment of the zero value gives the
	// session a new ID at the next persist (gorilla's Session.ID = "").
	RenewFields []Field
	// FreshChecks are calls whose true result says the session was made in
	// this request with an ID the server minted (fiber's s.Fresh() since
	// v2.52.5, when unknown IDs stopped being adopted): a write only on
	// that branch goes into a new session.
	FreshChecks []Call
	// Traps are the calls that look like a renewal but keep the ID: they
	// only clear data or delete the record. Listed so diagnostics can say
	// why a call did not count, and so the docs list them.
	Traps []Call
	// Stateless lists the store constructors whose sessions live entirely
	// in a signed cookie: no server-side ID exists, so fixation is moot.
	Stateless []Func
	// ServerSide lists store constructors with a server-side ID.
	ServerSide []Func
	// RecordByCookie lists the server-side store constructors (of
	// ServerSide) whose Save finds the session's record by the request's
	// cookie, whatever Session.ID says (wader/gormstore): clearing the ID
	// (RenewFields) renews nothing there; deleting the record first does.
	// Advice for them is FixFor[RecordByCookie].
	RecordByCookie []Func
	// RecordForRequest lists server-side store constructors whose Save,
	// like RecordByCookie's, ignores Session.ID, and whose store also
	// keeps, for the rest of the request, the record it found
	// (wader/gormstore before v2, in gorilla/context): deleting it first
	// renews nothing either, as the next Save writes it back under the
	// same ID. Advice for them is FixFor[RecordForRequest].
	RecordForRequest []Func
	// Registrations are the calls that hand the library the store behind
	// the sessions it gives out (gin-contrib sessions.Sessions(name, store),
	// echo-contrib session.Middleware(store)); the store is argument Arg.
	// When every registration in the package passes a Stateless store, the
	// sessions obtained without naming a store are stateless.
	Registrations []Call
	// LibraryLogins are the calls that hand the library a session store
	// that its own login handlers write the user into without renewing the
	// ID (authboss's auth, oauth2 and 2FA modules call PutSession(w,
	// SessionKey, pid) and nothing in authboss regenerates): with a
	// server-side store (argument Arg) that is session fixation in code the
	// application does not own, so the call is where it is reported.
	LibraryLogins []Call
	// StoreFields hold the store behind the library's sessions: a struct
	// field (buffalo Options.SessionStore) or, with Type "", a package
	// variable (gothic.Store). Read like Registrations.
	StoreFields []Field
	// DefaultStateless: when the package configures no store at all, the
	// library's own default store is stateless (buffalo and gothic default
	// to a gorilla CookieStore).
	DefaultStateless bool
	// RenewByStrippingCookie: the library has no regenerate call, but
	// obtaining the session again after the session cookie was removed from
	// the request (r.Header.Del("Cookie")) creates a session with a new ID
	// (iris: Destroy, strip the cookie, Start).
	RenewByStrippingCookie bool
	// CookieStrippers are calls of the library that also strip the
	// session cookie from the request (iris v12.1's ctx.RemoveCookie
	// empties the request's Cookie header): with RenewByStrippingCookie,
	// a renewal when followed by obtaining the session again.
	CookieStrippers []Call
	// Fix is the sanitizer to recommend, as text completing "...; <Fix>",
	// with %s standing for the session expression.
	Fix string
	// FixFor overrides Fix for the sinks that are methods of the named
	// receiver type (beego: a session.Store from the manager is renewed
	// differently from a controller's session).
	FixFor map[string]string
}

// Where says which operand of a call is the session it acts on.
type Where int

const (
	// OnReceiver: the receiver (or first operand of an interface call).
	OnReceiver Where = iota
	// OnContext: the context.Context argument at index Arg (scs: the
	// session is the one loaded into the request's context).
	OnContext
	// OnArg: the argument at index Arg is the session (gorilla
	// store.Save(r, w, s)).
	OnArg
	// OnResult: the call returns the session (Obtain, or a sanitizer that
	// returns a renewed session: only that result is renewed).
	OnResult
	// OnRequest: the *http.Request argument at index Arg (gorilla
	// store.Get(r, name), go-session Start(ctx, w, r)).
	OnRequest
	// OnFramework: the framework context argument at index Arg (gin's
	// *gin.Context, echo's echo.Context, fiber's Ctx).
	OnFramework
)

// Call describes one library call and the roles of its operands. Argument
// indices count the call's arguments, not the receiver.
type Call struct {
	Func Func
	// Session says where the session operand is; Arg is its index for
	// OnContext, OnRequest and OnFramework, the result index for OnResult.
	Session Where
	Arg     int
	// Key and Value are the indices of the key and value arguments of a
	// sink, -1 when absent.
	Key, Value int
	// Entries, on a sink, says the Value argument is a map whose every
	// entry is a write (GoFrame's SetMap(map[string]any{"user": u})).
	Entries bool
	// Requires, on a sanitizer, names another call of the same library that
	// must follow it before the write for the renewal to happen (scs
	// Destroy renews only when a Put follows). Empty otherwise.
	Requires string
	// Why explains a trap or an unusual sanitizer, for docs and messages.
	Why string
	// Expires, on a trap taking a configuration literal, names its field
	// that, negative, makes the next Save delete the session's record
	// (gin-contrib's Options(sessions.Options{MaxAge: -1})). With a store
	// that finds the record by the request's cookie
	// (SessionModel.RecordByCookie), the Save after it mints a new ID: the
	// call is then a renewal, counted where it runs like scs Destroy.
	Expires string
	// Since, on a fresh check, is the first version of the library's
	// Module where it means what the model says; with an older or unknown
	// selected version the call is not one. Before, on a cookie stripper,
	// is the first version where it no longer does; with that or a later
	// or unknown version the call is not one.
	Since, Before string
	// Absent, on a fresh check, says the call returns the value of the
	// request's cookie named by argument Arg, "" when the request has
	// none: a session obtained where it is "" (for a cookie named like a
	// session) is a new one.
	Absent bool
	// NoOptions, on a sanitizer with a variadic options parameter, says it
	// renews only when given no options (goth_fiber's CompleteUserAuth
	// logs out unless a CompleteUserAuthOptions says otherwise).
	NoOptions bool
	// StoreArg, on an obtain call whose receiver is not the store, is 1 +
	// the index of the argument that is (gorilla's Registry.Get(store,
	// name)); 0 when the receiver is the store.
	StoreArg int
}

// CookieModel describes a library's cookies: the types that configure them,
// the calls that send them, and the session-cookie configuration sites.
type CookieModel struct {
	// Types are the struct types that describe one cookie or a session
	// cookie's configuration, with the meaning of their fields.
	Types []CookieType
	// Senders send a cookie described by the argument Arg to the browser.
	Senders []Sender
	// Positional are setters that take the attributes as arguments.
	Positional []PositionalSetter
	// ClientSide calls take a cookie that goes to a server, not a browser:
	// its browser attributes are meaningless.
	ClientSide []Sender
	// Constructors create a session store or manager whose cookie
	// configuration starts from Defaults; the configuration is reached
	// through the field or method named in ConfigVia.
	Constructors []ConfigSite
	// Registered are calls that register options every later cookie of
	// the request gets (iris ctx.AddCookieOptions): where the module makes
	// one, the attributes options can set are not known at a setter.
	Registered []Func
	// Hooks are calls that register the application's function the
	// library hands each of its session cookies to, to send it
	// (simplesessions' SetCookieHooks(get, set)): what that function sets
	// on the cookie wins over the configuration.
	Hooks []CookieHook
	// Server, for a framework whose server sends the session cookie
	// itself with attributes from the server's configuration (GoFrame).
	Server *ServerCookie
}

// CookieHook is a call that registers a function taking the library's
// cookie (an *http.Cookie) as its first parameter: argument Arg, counting
// from 0 after any receiver.
type CookieHook struct {
	Func Func
	Arg  int
}

// ServerCookie is a framework server's session cookie: its attributes come
// from the server's configuration, set in code or, most often, in a
// configuration file the application ships.
type ServerCookie struct {
	// Servers are the calls that make or run the server (g.Server(),
	// web.Run()): the package that calls one is where the cookie is
	// reported.
	Servers []Func
	// Stop names the server's method that stops it: a Servers call on a
	// server the same function stops first is a restart, not where the
	// program runs it (s.Shutdown(); s.Start()).
	Stop string
	// Enable is the key whose true value switches sessions, and their
	// cookie, on (beego's SessionOn): with it, the file must set it (and
	// the code must not, where the code's own site reports); without it,
	// the cookie is sent once the module writes a session (GoFrame).
	Enable string
	// SessionUses are patterns of Go source that show the module uses the
	// request's session other than by calling a sink on the request's
	// field (r.Session.Set(...)): the session handed on as a value
	// (Session: r.Session) or named by its type (*ghttp.Session), for
	// code that writes it elsewhere. Without Enable, one of them is
	// enough to send the cookie.
	SessionUses []string
	// Setters are the request's cookie setters that send the application's
	// own cookie with the attributes the server's configuration gives the
	// session cookie (GoFrame v2's r.Cookie.Set): a module that calls one
	// has the configuration's attributes to answer for even when it
	// writes no session.
	Setters []Func
	// Negated are keys whose true value turns an attribute off (beego's
	// SessionDisableHTTPOnly).
	Negated map[Attr]string
	// Name is the cookie's default name; NameKey the key that renames it.
	Name, NameKey string
	// Keys are the configuration keys of the attributes, compared ignoring
	// case, '-' and '_' as the framework does; empty when the release has
	// none (GoFrame v1 cannot set them).
	Keys map[Attr]string
	// SetConfig are methods taking the configuration as a struct literal
	// whose fields are named like Keys (s.SetConfig(ghttp.ServerConfig{...}));
	// SetConfigMap take it as a map keyed by Keys
	// (s.SetConfigWithMap(g.Map{"cookieHttpOnly": true})). The
	// configuration is argument 0.
	SetConfig, SetConfigMap []Func
	// Files are the configuration files the framework reads by default,
	// relative to the module root, in the order it looks for them;
	// Section is where the keys are in them.
	Files   []string
	Section string
	// OtherFiles, when none of Files is in the module, is a pattern of
	// the files an application that loads a configuration of its own
	// names ships instead (beego's LoadAppConfig("ini", "conf/my.conf"):
	// "conf/*.conf"); the first that switches sessions on is read.
	OtherFiles string
	// ModeKey, for a framework whose configuration file has a section per
	// run mode that overrides the top-level keys (beego's [dev], [prod]),
	// is the key that selects the mode; DefaultMode is the mode when the
	// file sets none. A mode the environment chooses is not known.
	ModeKey, DefaultMode string
	// Usual is the file to name in advice when the module ships none.
	// Files may end in ".example": a template the module ships for its
	// deployments, read when the real file is not in the module.
	Usual string
	// SameSite maps the configuration's spellings to values (compared
	// exactly: GoFrame knows only "lax", "strict" and "none"); any other
	// value sends no attribute.
	SameSite map[string]Value
	// Defaults are the attributes when nothing is configured.
	Defaults Attrs
	// Advice replaces the advice when Keys is empty.
	Advice string
}

// Attr is a cookie attribute.
type Attr string

const (
	AttrName        Attr = "Name"
	AttrValue       Attr = "Value"
	AttrPath        Attr = "Path"
	AttrDomain      Attr = "Domain"
	AttrExpires     Attr = "Expires"
	AttrMaxAge      Attr = "MaxAge"
	AttrSecure      Attr = "Secure"
	AttrHttpOnly    Attr = "HttpOnly"
	AttrSameSite    Attr = "SameSite"
	AttrPartitioned Attr = "Partitioned"
)

// SameSiteEncoding says how a type spells SameSite.
type SameSiteEncoding int

const (
	// SameSiteHTTP: an http.SameSite value; 0 and SameSiteDefaultMode (1)
	// emit nothing, 2 Lax, 3 Strict, 4 None.
	SameSiteHTTP SameSiteEncoding = iota
	// SameSiteString: a string; "" means Lax (fiber/fasthttp), "disabled"
	// means none, comparison is case-insensitive.
	SameSiteString
)

// CookieType maps a struct type's fields to cookie attributes.
type CookieType struct {
	Pkg, Type string
	// Fields maps each attribute to the field that sets it.
	Fields map[Attr]string
	// Setters maps attributes to the methods that set them, given the
	// value as their only argument (fasthttp's c.SetSecure(true)), for a
	// type whose fields are unexported.
	Setters map[Attr]string
	// Makers are functions of Pkg that return a new, empty cookie of the
	// type (fasthttp.AcquireCookie()): where a cookie starts, like a
	// variable of the type.
	Makers []string
	// Negated maps attributes to boolean fields whose true value turns
	// the attribute off (beego's DisableHTTPOnly).
	Negated map[Attr]string
	// SameSite is how the SameSite field is spelt.
	SameSite SameSiteEncoding
	// SameSiteConsts, for SameSiteHTTP numbers the package names itself,
	// is the prefix of its constants (fasthttp's CookieSameSite gives
	// fasthttp.CookieSameSiteLaxMode), for advice.
	SameSiteConsts string
	// Defaults are the attribute values the library applies when the
	// field holds its zero value (e.g. fiber: SameSite "" is Lax).
	Defaults Attrs
	// Session is true for a session cookie's configuration (store options,
	// manager config) rather than a single cookie.
	Session bool
	// Purpose names the cookie a configuration is for in messages, when
	// not "session cookie" (echo's CSRFConfig: "CSRF cookie").
	Purpose string
	// ScriptRead: the cookie carries a token the page's scripts read and
	// send back (a double-submit CSRF token), so HttpOnly is not asked
	// for, whatever its name.
	ScriptRead bool
	// NoneForcesSecure: the library turns Secure on when SameSite is None
	// (fasthttp under fiber v2, fiber v3).
	NoneForcesSecure bool
	// PartitionedForcesSecure: the library turns Secure on for a
	// Partitioned cookie (fiber v3).
	PartitionedForcesSecure bool
	// Overrides change the defaults when a boolean field is true (iris
	// DisableSubdomainPersistence drops the parent-domain scoping and the
	// SameSite=Lax that came with it).
	Overrides []Override
	// Enable names the boolean field that turns the configuration on
	// (beego SessionOn). A configuration written field by field into a
	// package variable of another package is a cookie site only where this
	// field is set to true.
	Enable string
	// Sibling maps attributes to fields outside the type, as dotted paths
	// from the package variable that holds the configuration (beego's
	// Secure is BConfig.Listen.EnableHTTPS, next to
	// BConfig.WebConfig.Session).
	Sibling map[Attr]string
}

// Sender is a call that sends (or, for ClientSide, uses) a cookie.
type Sender struct {
	Func Func
	Arg  int
	// SameSiteFrom names a call on the same receiver earlier in the
	// handler that supplies SameSite when the cookie's is the default
	// mode (gin SetCookieData with SetSameSite). Empty otherwise.
	SameSiteFrom string
	// SameSiteOnlyIfDefaultMode: SameSiteFrom applies only when the
	// cookie's SameSite is exactly http.SameSiteDefaultMode, not zero (the
	// gin v1.11 trap).
	SameSiteOnlyIfDefaultMode bool
	// Defaults are applied by the sender to attributes left at their zero
	// value (gin SetCookieData: Path "" becomes "/").
	Defaults Attrs
	// Options and OptionsArg: functional options applied to the cookie
	// when it is sent (iris ctx.SetCookie(c, iris.CookieSecure)).
	Options    []OptionFunc
	OptionsArg int
}

// PositionalSetter is a cookie setter with one argument per attribute.
type PositionalSetter struct {
	Func Func
	// Args maps attributes to argument indices. With Variadic set, an
	// index at or past it names an element of the variadic argument
	// (beego's others ...interface{}: maxAge, path, domain, secure,
	// httpOnly, sameSite); an element not given leaves the attribute unset.
	Args map[Attr]int
	// Variadic is the index of the variadic parameter the Args past it
	// read, 0 when the setter has none.
	Variadic int
	// SameSite is how the SameSite argument is spelt.
	SameSite SameSiteEncoding
	// SameSiteFrom names the method on the same receiver that sets
	// SameSite for later calls in the same request (gin SetSameSite).
	SameSiteFrom string
	Defaults     Attrs
	// Options are the functional options the setter takes from its
	// variadic argument OptionsArg (iris SetCookieKV(name, value,
	// iris.CookieSameSite(http.SameSiteStrictMode))).
	Options    []OptionFunc
	OptionsArg int
	// OptionsType names the struct the setter takes as its variadic
	// argument OptionsArg, whose first element sets the attributes named
	// in OptionsFields (GoFrame's r.Cookie.SetCookie(k, v, domain, path,
	// maxAge, ghttp.CookieOptions{HttpOnly: true})).
	OptionsType   TypeName
	OptionsFields map[Attr]string
	// Advice replaces the advice for a setter that cannot send some of
	// the attributes (GoFrame v1's SetCookie has no Secure or SameSite).
	Advice string
}

// ConfigSite is a constructor of a session store or manager.
type ConfigSite struct {
	Func Func
	// ConfigArg is the index of an argument of a CookieType that replaces
	// the defaults field by field where set (fiber session.New(Config)),
	// -1 when the constructor takes none.
	ConfigArg int
	// ConfigVia names how the configuration is changed after construction:
	// a field of the result holding a CookieType ("Options" for gorilla,
	// "Cookie" for scs) or a method taking one ("Options()" for
	// gin-contrib, whose argument replaces every field).
	ConfigVia string
	// Defaults are the attributes when nothing is configured.
	Defaults Attrs
	// VersionDefaults override Defaults for module versions below Before.
	VersionDefaults []VersionDefaults
	// ConfigType names the configuration type of a constructor that takes
	// none (echo's CSRF(), configured by CSRFConfig in CSRFWithConfig);
	// its ConfigArg names no parameter: the defaults always apply.
	ConfigType TypeName
	// VersionModule is the module whose selected version picks among
	// VersionDefaults, when not the library's own (gin-contrib's cookie
	// store is a gorilla CookieStore: gorilla/sessions' version decides).
	VersionModule string
	// Options are the functional options the constructor takes from its
	// variadic argument ConfigArg (go-session SetSecure(true)), each
	// setting one attribute from its first argument.
	Options []OptionFunc
	// CookieField names the field of the ConfigArg struct that holds the
	// cookie configuration (flamego's session.Options{Cookie: ...}): an
	// argument whose literal leaves it unset keeps Defaults.
	CookieField string
	// IDWriterField names the field of the ConfigArg struct that replaces
	// how the session ID reaches the client (flamego's WriteIDFunc: a
	// header instead of the cookie): a literal that sets it sends no
	// cookie of the library's.
	IDWriterField string
	// Purpose names the cookie in messages when not "session cookie" and
	// the configuration type has none of its own (nosurf's base cookie is
	// an http.Cookie: "CSRF cookie").
	Purpose string
	// KeyPairs: the constructor's variadic ...[]byte argument gives the
	// key pairs the store encodes its cookie with (gorilla's securecookie
	// codecs); a call given none makes a store whose Save fails before it
	// sets the cookie (securecookie's errNoCodecs), so it sends none.
	KeyPairs bool
	// PerSession: the constructor makes one session, not a store
	// (gorilla's NewSession(store, name), whose Options start zero): its
	// cookie is reported where that session is saved in sight, and left to
	// the code it is handed to otherwise (a wrapper returning it, whose
	// callers set its options).
	PerSession bool
}

// OptionFunc is a functional option that sets a cookie attribute from its
// first argument.
type OptionFunc struct {
	Func Func
	Attr Attr
	// Value, when set, is what the option sets without an argument (iris's
	// CookieSecure, a function value: Secure over TLS).
	Value Value
}

// VersionDefaults are the defaults of the versions older than Before.
type VersionDefaults struct {
	Before   string // semantic version, e.g. "v1.3.0"
	Defaults Attrs
}

// Attrs is a set of known attribute values. A missing key means unset.
type Attrs map[Attr]Value

// Value is a cookie attribute's value as the model knows it.
type Value string

// Attribute values used in defaults.
const (
	True       Value = "true"
	False      Value = "false"
	SameLax    Value = "Lax"
	SameStrict Value = "Strict"
	SameNone   Value = "None"
	// SameUnset: no SameSite attribute is sent.
	SameUnset Value = ""
	// ParentDomain: the library scopes the cookie to the registrable
	// domain of the request (iris).
	ParentDomain Value = "<registrable domain>"
	// SecureIfTLS: Secure is sent only when the request arrived over TLS,
	// which behind a TLS-terminating proxy is never.
	SecureIfTLS Value = "<only over TLS>"
)
