package model

import (
	"strings"
	"sync"
)

// AuthKind is the kind of an authentication: how the user proved who they
// are (passes/authsuccess re-exports it as Kind, with the kinds it makes
// itself).
type AuthKind string

// The kinds of the credential checks of Credentials.
const (
	AuthPassword AuthKind = "password" // bcrypt/argon2/scrypt/pbkdf2, equality with a password
	AuthCompare  AuthKind = "compare"  // subtle.ConstantTimeCompare, hmac.Equal on secrets
	AuthOAuth    AuthKind = "oauth"    // oauth2 Exchange, OIDC Verify, gothic CompleteUserAuth
	AuthWebAuthn AuthKind = "webauthn" // webauthn FinishLogin
	AuthTOTP     AuthKind = "totp"     // TOTP validation
	AuthSignup   AuthKind = "signup"   // a user created with a hashed password
	AuthToken    AuthKind = "token"    // a signed token verified (jwt Parse)
)

// Signal says how a Credentials function tells that the check succeeded.
type Signal int

const (
	// SignalNone: the function checks nothing by itself (a key derivation or
	// a password hash).
	SignalNone Signal = iota
	// SignalError: the result at index Result is an error, nil on success.
	SignalError
	// SignalBool: the result at index Result is a bool, true on success.
	SignalBool
	// SignalInt1: the result is an int, 1 on equality
	// (subtle.ConstantTimeCompare).
	SignalInt1
)

// PrincipalSource says where a check's Principal (the authenticated user, token or
// claims) comes from.
type PrincipalSource int

const (
	NoPrincipal PrincipalSource = iota
	FromResult                  // the result at index Index
	FromArg                     // the argument at index Index
	OwnerOfArg                  // the record whose field is the argument at Index (u in u.PasswordHash)
)

type Principal struct {
	From  PrincipalSource
	Index int
}

// Credential is one Credentials authenticating (or hashing) function.
type Credential struct {
	Func Func
	// Var: Func names a package-level variable of func type, called
	// through the variable (gothic.CompleteUserAuth).
	Var    bool
	Kind   AuthKind
	Signal Signal
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
	Principal  Principal
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

// OAuthToken is the token an OAuth 2.0 provider answers an exchange with.
// A call outside the table that returns one with an error, given the
// authorization code (an SDK's GetOAuthToken(code, state)), is the
// provider's exchange: passes/authsuccess names it the authentication.
var OAuthToken = TypeName{oauth2Pkg, "Token"}

// Credentials is the table of functions whose calls are credential checks,
// key derivations or password hashes. Signatures are those of the versions
// listed in passes/authsuccess/doc.go; its tests (known_test.go) check every
// entry against the stubs, which copy the real signatures, and against the
// real libraries.
var Credentials = []Credential{
	// Password hashes and key derivation.
	{Func: Func{Pkg: bcryptPkg, Name: "CompareHashAndPassword"}, Kind: AuthPassword, Signal: SignalError, Result: 0,
		Principal: Principal{OwnerOfArg, 0}, Desc: "bcrypt.CompareHashAndPassword"},
	// An LDAP bind as the user: the directory checks the password.
	{Func: Func{Pkg: ldapV3, Recv: "Conn", Name: "Bind"}, Kind: AuthPassword, Signal: SignalError, Result: 0,
		Desc: "ldap.Conn.Bind"},
	{Func: Func{Pkg: ldapV3, Recv: "Conn", Name: "SimpleBind"}, Kind: AuthPassword, Signal: SignalError, Result: 1,
		Desc: "ldap.Conn.SimpleBind"},
	{Func: Func{Pkg: bcryptPkg, Name: "GenerateFromPassword"}, Kind: AuthSignup, Signal: SignalNone, Hashes: true,
		Desc: "bcrypt.GenerateFromPassword"},
	{Func: Func{Pkg: argon2id, Name: "ComparePasswordAndHash"}, Kind: AuthPassword, Signal: SignalBool, Result: 0,
		Principal: Principal{OwnerOfArg, 1}, Desc: "argon2id.ComparePasswordAndHash"},
	{Func: Func{Pkg: argon2id, Name: "CheckHash"}, Kind: AuthPassword, Signal: SignalBool, Result: 0,
		Principal: Principal{OwnerOfArg, 1}, Desc: "argon2id.CheckHash"},
	{Func: Func{Pkg: argon2id, Name: "CreateHash"}, Kind: AuthSignup, Signal: SignalNone, Hashes: true,
		Desc: "argon2id.CreateHash"},
	{Func: Func{Pkg: argon2Pkg, Name: "IDKey"}, Kind: AuthPassword, Derives: true, Hashes: true, Desc: "argon2.IDKey"},
	{Func: Func{Pkg: argon2Pkg, Name: "Key"}, Kind: AuthPassword, Derives: true, Hashes: true, Desc: "argon2.Key"},
	{Func: Func{Pkg: scryptPkg, Name: "Key"}, Kind: AuthPassword, Derives: true, Hashes: true, Desc: "scrypt.Key"},
	{Func: Func{Pkg: xpbkdf2Pkg, Name: "Key"}, Kind: AuthPassword, Derives: true, Hashes: true, Desc: "pbkdf2.Key"},
	{Func: Func{Pkg: "crypto/pbkdf2", Name: "Key"}, Kind: AuthPassword, Derives: true, Hashes: true, Desc: "pbkdf2.Key"},

	// Constant-time comparisons.
	{Func: Func{Pkg: "crypto/subtle", Name: "ConstantTimeCompare"}, Kind: AuthCompare, Signal: SignalInt1, Compare: true,
		Desc: "subtle.ConstantTimeCompare"},
	{Func: Func{Pkg: "crypto/hmac", Name: "Equal"}, Kind: AuthCompare, Signal: SignalBool, Compare: true,
		Desc: "hmac.Equal"},
	{Func: Func{Pkg: "bytes", Name: "Equal"}, Kind: AuthCompare, Signal: SignalBool, Compare: true, NeedsCredential: true,
		Desc: "bytes.Equal"},

	// OAuth 2.0 and OpenID Connect.
	{Func: Func{Pkg: oauth2Pkg, Recv: "Config", Name: "Exchange"}, Kind: AuthOAuth, Signal: SignalError, Result: 1,
		Principal: Principal{FromResult, 0}, Desc: "oauth2.Config.Exchange"},
	{Func: Func{Pkg: oauth2Pkg, Recv: "Config", Name: "PasswordCredentialsToken"}, Kind: AuthPassword, Signal: SignalError, Result: 1,
		Principal: Principal{FromResult, 0}, Desc: "oauth2.Config.PasswordCredentialsToken"},
	{Func: Func{Pkg: oidcV3, Recv: "IDTokenVerifier", Name: "Verify"}, Kind: AuthOAuth, Signal: SignalError, Result: 1,
		Principal: Principal{FromResult, 0}, Desc: "oidc.IDTokenVerifier.Verify"},
	{Func: Func{Pkg: oidcV2, Recv: "IDTokenVerifier", Name: "Verify"}, Kind: AuthOAuth, Signal: SignalError, Result: 1,
		Principal: Principal{FromResult, 0}, Desc: "oidc.IDTokenVerifier.Verify"},
	// gothic.CompleteUserAuth is a package variable of func type, so that
	// tests can replace it; calls go through the variable.
	{Func: Func{Pkg: gothicPkg, Name: "CompleteUserAuth"}, Var: true, Kind: AuthOAuth, Signal: SignalError, Result: 1,
		Principal: Principal{FromResult, 0}, Desc: "gothic.CompleteUserAuth"},
	{Func: Func{Pkg: gothFiber, Name: "CompleteUserAuth"}, Kind: AuthOAuth, Signal: SignalError, Result: 1,
		Principal: Principal{FromResult, 0}, Desc: "goth_fiber.CompleteUserAuth"},

	// WebAuthn (passkeys).
	{Func: Func{Pkg: webauthn, Recv: "WebAuthn", Name: "FinishLogin"}, Kind: AuthWebAuthn, Signal: SignalError, Result: 1,
		Principal: Principal{FromArg, 0}, Desc: "webauthn.FinishLogin"},
	{Func: Func{Pkg: webauthn, Recv: "WebAuthn", Name: "ValidateLogin"}, Kind: AuthWebAuthn, Signal: SignalError, Result: 1,
		Principal: Principal{FromArg, 0}, Desc: "webauthn.ValidateLogin"},
	{Func: Func{Pkg: webauthn, Recv: "WebAuthn", Name: "FinishDiscoverableLogin"}, Kind: AuthWebAuthn, Signal: SignalError, Result: 1,
		Desc: "webauthn.FinishDiscoverableLogin"},
	{Func: Func{Pkg: webauthn, Recv: "WebAuthn", Name: "ValidateDiscoverableLogin"}, Kind: AuthWebAuthn, Signal: SignalError, Result: 1,
		Desc: "webauthn.ValidateDiscoverableLogin"},
	{Func: Func{Pkg: webauthn, Recv: "WebAuthn", Name: "FinishPasskeyLogin"}, Kind: AuthWebAuthn, Signal: SignalError, Result: 2,
		Principal: Principal{FromResult, 0}, Desc: "webauthn.FinishPasskeyLogin"},
	{Func: Func{Pkg: webauthn, Recv: "WebAuthn", Name: "ValidatePasskeyLogin"}, Kind: AuthWebAuthn, Signal: SignalError, Result: 2,
		Principal: Principal{FromResult, 0}, Desc: "webauthn.ValidatePasskeyLogin"},
	{Func: Func{Pkg: webauthn, Recv: "WebAuthn", Name: "FinishRegistration"}, Kind: AuthSignup, Signal: SignalError, Result: 1,
		Principal: Principal{FromArg, 0}, Desc: "webauthn.FinishRegistration"},

	// One-time passwords. ValidateCustom returns (false, nil) on a wrong
	// code: only its bool says success.
	// A cookie signed by the server (a remember-me cookie) verified: its
	// content is who the user is.
	{Func: Func{Pkg: "github.com/beego/beego/v2/server/web", Recv: "Controller", Name: "GetSecureCookie"}, Kind: AuthToken, Signal: SignalBool, Result: 1,
		Desc: "Controller.GetSecureCookie (a signed cookie)"},
	{Func: Func{Pkg: "github.com/astaxie/beego", Recv: "Controller", Name: "GetSecureCookie"}, Kind: AuthToken, Signal: SignalBool, Result: 1,
		Desc: "Controller.GetSecureCookie (a signed cookie)"},
	{Func: Func{Pkg: totpPkg, Name: "Validate"}, Kind: AuthTOTP, Signal: SignalBool, Result: 0, Desc: "totp.Validate"},
	{Func: Func{Pkg: totpPkg, Name: "ValidateCustom"}, Kind: AuthTOTP, Signal: SignalBool, Result: 0, Desc: "totp.ValidateCustom"},
	{Func: Func{Pkg: hotpPkg, Name: "Validate"}, Kind: AuthTOTP, Signal: SignalBool, Result: 0, Desc: "hotp.Validate"},
	{Func: Func{Pkg: hotpPkg, Name: "ValidateCustom"}, Kind: AuthTOTP, Signal: SignalBool, Result: 0, Desc: "hotp.ValidateCustom"},

	// JWT: Parse verifies the signature and the registered claims and
	// returns an error otherwise; Token.Valid is set on success.
	// ParseUnverified is deliberately absent.
	{Func: Func{Pkg: jwtV5, Name: "Parse"}, Kind: AuthToken, Signal: SignalError, Result: 1, ValidField: "Valid",
		Principal: Principal{FromResult, 0}, Desc: "jwt.Parse"},
	{Func: Func{Pkg: jwtV5, Name: "ParseWithClaims"}, Kind: AuthToken, Signal: SignalError, Result: 1, ValidField: "Valid",
		Principal: Principal{FromArg, 1}, Desc: "jwt.ParseWithClaims"},
	{Func: Func{Pkg: jwtV5, Recv: "Parser", Name: "Parse"}, Kind: AuthToken, Signal: SignalError, Result: 1, ValidField: "Valid",
		Principal: Principal{FromResult, 0}, Desc: "jwt.Parser.Parse"},
	{Func: Func{Pkg: jwtV5, Recv: "Parser", Name: "ParseWithClaims"}, Kind: AuthToken, Signal: SignalError, Result: 1, ValidField: "Valid",
		Principal: Principal{FromArg, 1}, Desc: "jwt.Parser.ParseWithClaims"},
	{Func: Func{Pkg: jwtV4, Name: "Parse"}, Kind: AuthToken, Signal: SignalError, Result: 1, ValidField: "Valid",
		Principal: Principal{FromResult, 0}, Desc: "jwt.Parse"},
	{Func: Func{Pkg: jwtV4, Name: "ParseWithClaims"}, Kind: AuthToken, Signal: SignalError, Result: 1, ValidField: "Valid",
		Principal: Principal{FromArg, 1}, Desc: "jwt.ParseWithClaims"},
}

// A CallbackLogin is a library function that takes the application's
// function (argument Arg) and calls it only once someone has authenticated:
// zitadel's rp.UserinfoCallback(f) calls f after the authorization code
// was exchanged and the provider's userinfo fetched. The callback's entry
// is the authentication; its parameter Principal is who logged in.
type CallbackLogin struct {
	Func      Func
	Arg       int
	Principal int
	Kind      AuthKind
	Desc      string
}

const (
	zitadelRPv3 = "github.com/zitadel/oidc/v3/pkg/client/rp"
	zitadelRPv2 = "github.com/zitadel/oidc/v2/pkg/client/rp"
)

// CallbackLogins is the table of callback logins (zitadel/oidc v2.12 and
// v3.35: CodeExchangeHandler's callback gets the tokens, UserinfoCallback's
// also the userinfo).
var CallbackLogins = []CallbackLogin{
	{Func: Func{Pkg: zitadelRPv3, Name: "CodeExchangeHandler"}, Arg: 0, Principal: 2, Kind: AuthOAuth,
		Desc: "rp.CodeExchangeHandler calls it after exchanging the authorization code"},
	{Func: Func{Pkg: zitadelRPv3, Name: "UserinfoCallback"}, Arg: 0, Principal: 5, Kind: AuthOAuth,
		Desc: "rp.UserinfoCallback calls it with the provider's userinfo after the code exchange"},
	{Func: Func{Pkg: zitadelRPv2, Name: "CodeExchangeHandler"}, Arg: 0, Principal: 2, Kind: AuthOAuth,
		Desc: "rp.CodeExchangeHandler calls it after exchanging the authorization code"},
	{Func: Func{Pkg: zitadelRPv2, Name: "UserinfoCallback"}, Arg: 0, Principal: 5, Kind: AuthOAuth,
		Desc: "rp.UserinfoCallback calls it with the provider's userinfo after the code exchange"},
}

// CallbackLoginFunc returns the CallbackLogins entry for f, or nil.
func CallbackLoginFunc(f Func) *CallbackLogin {
	for i := range CallbackLogins {
		if CallbackLogins[i].Func == f {
			return &CallbackLogins[i]
		}
	}
	return nil
}

var (
	credentialsOnce sync.Once
	credentialIndex map[credentialKey]*Credential
)

type credentialKey struct {
	f     Func
	isVar bool
}

// lookup returns the table Credential for f (a function or method, or with
// isVar a package-level func variable), or nil.
func CredentialFunc(f Func, isVar bool) *Credential {
	credentialsOnce.Do(func() {
		credentialIndex = map[credentialKey]*Credential{}
		for i := range Credentials {
			credentialIndex[credentialKey{Credentials[i].Func, Credentials[i].Var}] = &Credentials[i]
		}
	})
	return credentialIndex[credentialKey{f, isVar}]
}

// knownPackage reports whether path is (or is inside) a package of the
// table, other than the standard library's bytes.
func CredentialPackage(path string) bool {
	for i := range CallbackLogins {
		if CallbackLogins[i].Func.Pkg == path {
			return true
		}
	}
	for i := range Credentials {
		p := Credentials[i].Func.Pkg
		if p == "bytes" || strings.HasPrefix(p, "crypto/") {
			continue
		}
		if path == p || strings.HasPrefix(path, p+"/") || strings.HasPrefix(p, path+"/") {
			return true
		}
	}
	return strings.HasPrefix(path, "golang.org/x/crypto/") || strings.HasPrefix(path, "golang.org/x/oauth2/")
}
