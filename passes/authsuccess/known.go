package authsuccess

import (
	"strings"
	"sync"

	"github.com/sessionlint/sessionlint/internal/model"
)

// signal says how a known function tells that the check succeeded.
type signal int

const (
	// sigNone: the function checks nothing by itself (a key derivation or
	// a password hash).
	sigNone signal = iota
	// sigError: the result at index Result is an error, nil on success.
	sigError
	// sigBool: the result at index Result is a bool, true on success.
	sigBool
	// sigInt1: the result is an int, 1 on equality
	// (subtle.ConstantTimeCompare).
	sigInt1
)

// source says where a check's principal (the authenticated user, token or
// claims) comes from.
type source int

const (
	noPrincipal source = iota
	fromResult         // the result at index Index
	fromArg            // the argument at index Index
	ownerOfArg         // the record whose field is the argument at Index (u in u.PasswordHash)
)

type principal struct {
	From  source
	Index int
}

// entry is one known authenticating (or hashing) function.
type entry struct {
	Func model.Func
	// Var: Func names a package-level variable of func type, called
	// through the variable (gothic.CompleteUserAuth).
	Var    bool
	Kind   Kind
	Signal signal
	Result int
	// Derives: the result is a key derived from a password; comparing it
	// with a stored value (subtle.ConstantTimeCompare, bytes.Equal, ==)
	// is a password check.
	Derives bool
	// Hashes: the result is a fresh password hash or derived key; storing
	// it into a create/insert/save call is a signup.
	Hashes bool
	// Compare: the function compares its two arguments; the check counts
	// unless the operands are named like a CSRF token, an OAuth state or a
	// nonce.
	Compare bool
	// NeedsCredential: a comparison that counts only when an operand is
	// derived from a password (Derives) or named like a credential
	// (bytes.Equal).
	NeedsCredential bool
	// ValidField names a bool field of the result at index 0 whose true
	// value also signals success (jwt's Token.Valid).
	ValidField string
	Principal  principal
	// Desc names the function in descriptions, e.g.
	// "bcrypt.CompareHashAndPassword".
	Desc string
}

const (
	bcryptPkg  = "golang.org/x/crypto/bcrypt"
	oauth2Pkg  = "golang.org/x/oauth2"
	webauthn   = "github.com/go-webauthn/webauthn/webauthn"
	argon2id   = "github.com/alexedwards/argon2id"
	jwtV5      = "github.com/golang-jwt/jwt/v5"
	jwtV4      = "github.com/golang-jwt/jwt/v4"
	totpPkg    = "github.com/pquerna/otp/totp"
	hotpPkg    = "github.com/pquerna/otp/hotp"
	oidcV3     = "github.com/coreos/go-oidc/v3/oidc"
	oidcV2     = "github.com/coreos/go-oidc"
	gothicPkg  = "github.com/markbates/goth/gothic"
	argon2Pkg  = "golang.org/x/crypto/argon2"
	scryptPkg  = "golang.org/x/crypto/scrypt"
	xpbkdf2Pkg = "golang.org/x/crypto/pbkdf2"
	ldapV3     = "github.com/go-ldap/ldap/v3"
)

// known is the table of functions whose calls are credential checks, key
// derivations or password hashes. Signatures are those of the versions
// listed in doc.go; the test TestKnownTable checks every entry against the
// stub packages under testdata, which copy the real signatures.
var known = []entry{
	// Password hashes and key derivation.
	{Func: model.Func{Pkg: bcryptPkg, Name: "CompareHashAndPassword"}, Kind: KindPassword, Signal: sigError, Result: 0,
		Principal: principal{ownerOfArg, 0}, Desc: "bcrypt.CompareHashAndPassword"},
	// An LDAP bind as the user: the directory checks the password.
	{Func: model.Func{Pkg: ldapV3, Recv: "Conn", Name: "Bind"}, Kind: KindPassword, Signal: sigError, Result: 0,
		Desc: "ldap.Conn.Bind"},
	{Func: model.Func{Pkg: ldapV3, Recv: "Conn", Name: "SimpleBind"}, Kind: KindPassword, Signal: sigError, Result: 1,
		Desc: "ldap.Conn.SimpleBind"},
	{Func: model.Func{Pkg: bcryptPkg, Name: "GenerateFromPassword"}, Kind: KindSignup, Signal: sigNone, Hashes: true,
		Desc: "bcrypt.GenerateFromPassword"},
	{Func: model.Func{Pkg: argon2id, Name: "ComparePasswordAndHash"}, Kind: KindPassword, Signal: sigBool, Result: 0,
		Principal: principal{ownerOfArg, 1}, Desc: "argon2id.ComparePasswordAndHash"},
	{Func: model.Func{Pkg: argon2id, Name: "CheckHash"}, Kind: KindPassword, Signal: sigBool, Result: 0,
		Principal: principal{ownerOfArg, 1}, Desc: "argon2id.CheckHash"},
	{Func: model.Func{Pkg: argon2id, Name: "CreateHash"}, Kind: KindSignup, Signal: sigNone, Hashes: true,
		Desc: "argon2id.CreateHash"},
	{Func: model.Func{Pkg: argon2Pkg, Name: "IDKey"}, Kind: KindPassword, Derives: true, Hashes: true, Desc: "argon2.IDKey"},
	{Func: model.Func{Pkg: argon2Pkg, Name: "Key"}, Kind: KindPassword, Derives: true, Hashes: true, Desc: "argon2.Key"},
	{Func: model.Func{Pkg: scryptPkg, Name: "Key"}, Kind: KindPassword, Derives: true, Hashes: true, Desc: "scrypt.Key"},
	{Func: model.Func{Pkg: xpbkdf2Pkg, Name: "Key"}, Kind: KindPassword, Derives: true, Hashes: true, Desc: "pbkdf2.Key"},
	{Func: model.Func{Pkg: "crypto/pbkdf2", Name: "Key"}, Kind: KindPassword, Derives: true, Hashes: true, Desc: "pbkdf2.Key"},

	// Constant-time comparisons.
	{Func: model.Func{Pkg: "crypto/subtle", Name: "ConstantTimeCompare"}, Kind: KindCompare, Signal: sigInt1, Compare: true,
		Desc: "subtle.ConstantTimeCompare"},
	{Func: model.Func{Pkg: "crypto/hmac", Name: "Equal"}, Kind: KindCompare, Signal: sigBool, Compare: true,
		Desc: "hmac.Equal"},
	{Func: model.Func{Pkg: "bytes", Name: "Equal"}, Kind: KindCompare, Signal: sigBool, Compare: true, NeedsCredential: true,
		Desc: "bytes.Equal"},

	// OAuth 2.0 and OpenID Connect.
	{Func: model.Func{Pkg: oauth2Pkg, Recv: "Config", Name: "Exchange"}, Kind: KindOAuth, Signal: sigError, Result: 1,
		Principal: principal{fromResult, 0}, Desc: "oauth2.Config.Exchange"},
	{Func: model.Func{Pkg: oauth2Pkg, Recv: "Config", Name: "PasswordCredentialsToken"}, Kind: KindPassword, Signal: sigError, Result: 1,
		Principal: principal{fromResult, 0}, Desc: "oauth2.Config.PasswordCredentialsToken"},
	{Func: model.Func{Pkg: oidcV3, Recv: "IDTokenVerifier", Name: "Verify"}, Kind: KindOAuth, Signal: sigError, Result: 1,
		Principal: principal{fromResult, 0}, Desc: "oidc.IDTokenVerifier.Verify"},
	{Func: model.Func{Pkg: oidcV2, Recv: "IDTokenVerifier", Name: "Verify"}, Kind: KindOAuth, Signal: sigError, Result: 1,
		Principal: principal{fromResult, 0}, Desc: "oidc.IDTokenVerifier.Verify"},
	// gothic.CompleteUserAuth is a package variable of func type, so that
	// tests can replace it; calls go through the variable.
	{Func: model.Func{Pkg: gothicPkg, Name: "CompleteUserAuth"}, Var: true, Kind: KindOAuth, Signal: sigError, Result: 1,
		Principal: principal{fromResult, 0}, Desc: "gothic.CompleteUserAuth"},

	// WebAuthn (passkeys).
	{Func: model.Func{Pkg: webauthn, Recv: "WebAuthn", Name: "FinishLogin"}, Kind: KindWebAuthn, Signal: sigError, Result: 1,
		Principal: principal{fromArg, 0}, Desc: "webauthn.FinishLogin"},
	{Func: model.Func{Pkg: webauthn, Recv: "WebAuthn", Name: "ValidateLogin"}, Kind: KindWebAuthn, Signal: sigError, Result: 1,
		Principal: principal{fromArg, 0}, Desc: "webauthn.ValidateLogin"},
	{Func: model.Func{Pkg: webauthn, Recv: "WebAuthn", Name: "FinishDiscoverableLogin"}, Kind: KindWebAuthn, Signal: sigError, Result: 1,
		Desc: "webauthn.FinishDiscoverableLogin"},
	{Func: model.Func{Pkg: webauthn, Recv: "WebAuthn", Name: "ValidateDiscoverableLogin"}, Kind: KindWebAuthn, Signal: sigError, Result: 1,
		Desc: "webauthn.ValidateDiscoverableLogin"},
	{Func: model.Func{Pkg: webauthn, Recv: "WebAuthn", Name: "FinishPasskeyLogin"}, Kind: KindWebAuthn, Signal: sigError, Result: 2,
		Principal: principal{fromResult, 0}, Desc: "webauthn.FinishPasskeyLogin"},
	{Func: model.Func{Pkg: webauthn, Recv: "WebAuthn", Name: "ValidatePasskeyLogin"}, Kind: KindWebAuthn, Signal: sigError, Result: 2,
		Principal: principal{fromResult, 0}, Desc: "webauthn.ValidatePasskeyLogin"},
	{Func: model.Func{Pkg: webauthn, Recv: "WebAuthn", Name: "FinishRegistration"}, Kind: KindSignup, Signal: sigError, Result: 1,
		Principal: principal{fromArg, 0}, Desc: "webauthn.FinishRegistration"},

	// One-time passwords. ValidateCustom returns (false, nil) on a wrong
	// code: only its bool says success.
	// A cookie signed by the server (a remember-me cookie) verified: its
	// content is who the user is.
	{Func: model.Func{Pkg: "github.com/beego/beego/v2/server/web", Recv: "Controller", Name: "GetSecureCookie"}, Kind: KindToken, Signal: sigBool, Result: 1,
		Desc: "Controller.GetSecureCookie (a signed cookie)"},
	{Func: model.Func{Pkg: "github.com/astaxie/beego", Recv: "Controller", Name: "GetSecureCookie"}, Kind: KindToken, Signal: sigBool, Result: 1,
		Desc: "Controller.GetSecureCookie (a signed cookie)"},
	{Func: model.Func{Pkg: totpPkg, Name: "Validate"}, Kind: KindTOTP, Signal: sigBool, Result: 0, Desc: "totp.Validate"},
	{Func: model.Func{Pkg: totpPkg, Name: "ValidateCustom"}, Kind: KindTOTP, Signal: sigBool, Result: 0, Desc: "totp.ValidateCustom"},
	{Func: model.Func{Pkg: hotpPkg, Name: "Validate"}, Kind: KindTOTP, Signal: sigBool, Result: 0, Desc: "hotp.Validate"},
	{Func: model.Func{Pkg: hotpPkg, Name: "ValidateCustom"}, Kind: KindTOTP, Signal: sigBool, Result: 0, Desc: "hotp.ValidateCustom"},

	// JWT: Parse verifies the signature and the registered claims and
	// returns an error otherwise; Token.Valid is set on success.
	// ParseUnverified is deliberately absent.
	{Func: model.Func{Pkg: jwtV5, Name: "Parse"}, Kind: KindToken, Signal: sigError, Result: 1, ValidField: "Valid",
		Principal: principal{fromResult, 0}, Desc: "jwt.Parse"},
	{Func: model.Func{Pkg: jwtV5, Name: "ParseWithClaims"}, Kind: KindToken, Signal: sigError, Result: 1, ValidField: "Valid",
		Principal: principal{fromArg, 1}, Desc: "jwt.ParseWithClaims"},
	{Func: model.Func{Pkg: jwtV5, Recv: "Parser", Name: "Parse"}, Kind: KindToken, Signal: sigError, Result: 1, ValidField: "Valid",
		Principal: principal{fromResult, 0}, Desc: "jwt.Parser.Parse"},
	{Func: model.Func{Pkg: jwtV5, Recv: "Parser", Name: "ParseWithClaims"}, Kind: KindToken, Signal: sigError, Result: 1, ValidField: "Valid",
		Principal: principal{fromArg, 1}, Desc: "jwt.Parser.ParseWithClaims"},
	{Func: model.Func{Pkg: jwtV4, Name: "Parse"}, Kind: KindToken, Signal: sigError, Result: 1, ValidField: "Valid",
		Principal: principal{fromResult, 0}, Desc: "jwt.Parse"},
	{Func: model.Func{Pkg: jwtV4, Name: "ParseWithClaims"}, Kind: KindToken, Signal: sigError, Result: 1, ValidField: "Valid",
		Principal: principal{fromArg, 1}, Desc: "jwt.ParseWithClaims"},
}

var (
	knownOnce  sync.Once
	knownIndex map[knownKey]*entry
)

type knownKey struct {
	f     model.Func
	isVar bool
}

// lookup returns the table entry for f (a function or method, or with
// isVar a package-level func variable), or nil.
func lookup(f model.Func, isVar bool) *entry {
	knownOnce.Do(func() {
		knownIndex = map[knownKey]*entry{}
		for i := range known {
			knownIndex[knownKey{known[i].Func, known[i].Var}] = &known[i]
		}
	})
	return knownIndex[knownKey{f, isVar}]
}

// knownPackage reports whether path is (or is inside) a package of the
// table, other than the standard library's bytes.
func knownPackage(path string) bool {
	for i := range known {
		p := known[i].Func.Pkg
		if p == "bytes" || strings.HasPrefix(p, "crypto/") {
			continue
		}
		if path == p || strings.HasPrefix(path, p+"/") || strings.HasPrefix(p, path+"/") {
			return true
		}
	}
	return strings.HasPrefix(path, "golang.org/x/crypto/") || strings.HasPrefix(path, "golang.org/x/oauth2/")
}
