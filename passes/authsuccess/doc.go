// Package authsuccess defines an analysis pass that finds where
// authentication succeeds: the points of each function after which the
// user's credentials are known to have been checked successfully. It
// reports nothing; analyzers (sessionfixation) read its Result.
//
// The pass works on the SSA form built by buildssa. For every function of
// the package — declared functions, methods, closures — Result.Points
// lists its success points, ordered by position. A Point's Block is the
// first block of the success side of a branch on a check, entered only
// from that branch; a mid-block point (After set) holds after a call.
// Result.Facts holds the functions' Authenticates summaries, exported as
// facts on declared functions and methods.
//
// # Checks (success points)
//
// A branch (an if, including the tests of && and ||) is a check when its
// condition is one of the following; the point is the block on its
// success side, provided that block is entered from the branch only (a
// failure branch that falls through — logs and continues — joins the
// success side, and then there is no point).
//
//   - The error of a known check compared with nil: err == nil (then side)
//     or err != nil (else side), the call inline or through a variable,
//     including a variable of an if statement's init. errors.Is(err, X) and
//     err == X with a sentinel X count with the success on the false side
//     (best effort: other errors also take that side; the usual later
//     err != nil test is a point of its own).
//   - The bool of a known check, a helper's bool, hmac.Equal, negated or
//     compared with a constant.
//   - subtle.ConstantTimeCompare(a, b) == 1 (!= 1, == 0, != 0 accordingly).
//   - A condition computed into a variable from several paths
//     (ok := check() == nil && u.Active): every path that can make it true
//     comes from the success side of a check or is a check itself.
//   - A credential comparison, a == b or a != b on strings or integers,
//     where an operand is named like a credential (below), unless both
//     operands carry what the request sent (passes/valueflow): a hash of
//     form fields against another form field (a tamper check on a signed
//     form), a CSRF cookie against the form's copy. The client chose both
//     sides, so the comparison proves nothing about who the user is. A
//     credential field of a record a call returned (client.Secret,
//     key.AccessSecret) is what the application stored, even when the
//     record was found by the ID the request sent (the record then seems
//     to carry the request's values), or of a local record a call filled
//     (var u User; u.Read()), or a digest computed from one
//     (md5(ip + "|" + u.Password), a remember-me cookie's token), is what
//     the application stored: compared with the request's secret, it is a
//     check.
//   - A call of a project function named like a credential check
//     (check, verify, compare or match, then ending in password, passwd or
//     credential(s): CheckUserPassword, VerifyPassword) with no fact of its
//     own, whose last result, an error, is nil, or whose bool result is
//     true: its check is out of sight (a pluggable hasher behind an
//     interface, LDAP, a database), and the name is the evidence.
//     ValidatePassword and CheckPasswordStrength do not count: they
//     usually judge a new password's strength.
//   - A call outside the table (a provider SDK's GetOAuthToken(code,
//     state), a helper that POSTs to the token endpoint itself) that
//     returns an oauth2.Token (model.OAuthToken) with an error, given a
//     value named like the authorization code: the provider's exchange
//     (KindOAuth, nil error), its token the principal. A token decoded
//     from storage is given no code and does not count.
//
// The known checks are the model's table (model.Credentials), checked against the real
// libraries by a test: golang.org/x/crypto/bcrypt CompareHashAndPassword
// (nil error); github.com/alexedwards/argon2id ComparePasswordAndHash and
// CheckHash (true); golang.org/x/oauth2 Config.Exchange and
// PasswordCredentialsToken, github.com/coreos/go-oidc (v2, v3)
// IDTokenVerifier.Verify, github.com/markbates/goth/gothic
// CompleteUserAuth (a package variable of func type, called through it)
// (nil error); github.com/go-webauthn/webauthn FinishLogin, ValidateLogin,
// FinishDiscoverableLogin, ValidateDiscoverableLogin, FinishPasskeyLogin,
// ValidatePasskeyLogin (nil error); github.com/pquerna/otp totp and hotp
// Validate and ValidateCustom (true; ValidateCustom's error is not the
// signal); github.com/golang-jwt/jwt v4 and v5 Parse and ParseWithClaims,
// functions and Parser methods (nil error, and the returned token's Valid
// field; ParseUnverified is not a check); github.com/go-ldap/ldap/v3
// Conn.Bind and Conn.SimpleBind, a bind as the user (nil error).
//
// A call of a method of the application's own interface (h.users.
// Authenticate(ctx, email, password) on a service behind an interface) is
// the check one of its implementations makes: among the package's own
// types and the methods of imported packages carrying an Authenticates
// fact, one implementation that authenticates is enough (the others are
// usually test doubles).
//
// Callback logins (model.CallbackLogins): a function of the package handed
// to a library that calls it only once someone has authenticated gets a
// KindOAuth point at its entry, positioned at the call that hands it over,
// with the parameter holding who logged in as its principal:
// github.com/zitadel/oidc (v2, v3) rp.CodeExchangeHandler's callback (the
// tokens) and rp.UserinfoCallback's (the userinfo), as a function or a
// closure. A callback handed over in another package is not seen.
//
// A call named like a check (Verify, Check, Compare, Match...) given a
// value named like a password, whose bool result is true, is a password
// check whose inside is out of sight (crypter.Verify([]byte(passphrase))
// behind an interface), so a function that returns true after it (or
// after bcrypt) is a helper that authenticates.
//
// Key derivation: the result of golang.org/x/crypto argon2.Key/IDKey,
// scrypt.Key, pbkdf2.Key or crypto/pbkdf2.Key, possibly converted or
// encoded, compared by subtle.ConstantTimeCompare, hmac.Equal or
// bytes.Equal is a password check (KindPassword). Otherwise
// subtle.ConstantTimeCompare and hmac.Equal are KindCompare, and
// bytes.Equal counts only when an operand is named like a credential.
// None of the three counts when an operand is named like a CSRF token, an
// OAuth state or a nonce.
//
// # Credential names
//
// The names of an operand are its identifier, its field name, the name of
// the function it calls and that call's string-literal arguments
// (r.FormValue("password")), a map's name and string-literal key;
// conversions, parentheses and the arguments of calls are looked through
// (hex.EncodeToString(hash)); a string literal compared directly is the
// value, not a name (r.URL.Path == "/api/token" is no check). A name is
// split into lower-case words
// (camelCase, snake_case, kebab-case, "APIKey" → api key). Trailing
// qualifiers (str, bytes, value, input, expected, stored, raw, from,
// header, form, ...) are dropped; the name is a credential when its last
// word is password, passwords, passwd, pwd, pw, pass, passphrase, passcode,
// hash, hashed, secret, token, apikey, pin, otp or totp, or its last two
// words are api key, admin key, secret key, access key, master key, auth
// key or pin code — except that a hash whose name also says data, file,
// content, body, payload, message, cert, suite, algorithm, type, kind,
// chain, block, tree, commit, object, image, blob or checksum is an
// integrity check (clientDataHash, suite.hash). Operands must be strings
// or integers, and integers count only for pin, otp, totp and passcode
// names. A comparison is not a check when any name contains
// confirm, repeat, retype, again, new (form validation: password ==
// passwordConfirm, newPassword == oldPassword), csrf, xsrf, state, nonce,
// err, error, invalid, missing, empty or expired; when an operand is a
// len() or cap() call; when an operand is the zero constant (password ==
// "", pin == 0: validation); or when the constant operand is not a
// non-empty string (a hard-coded password counts). Kinds: password words
// give KindPassword, otp/totp KindTOTP, the others KindCompare.
//
// Privilege elevation: a check whose operands are named with admin,
// administrator, root, superuser, sudo, role or staff, or like an API key,
// is KindElevation (apiKey == cfg.AdminKey, ConstantTimeCompare(key,
// adminKey) == 1). A role test such as u.Role == "admin" is no credential
// check and no point.
//
// # Signup
//
// The hash of bcrypt.GenerateFromPassword or argon2id.CreateHash (and a
// derived key) that flows — through conversions, encodings, stores into a
// struct's fields, constructors — into a call that stores a new record (a
// function or method whose name contains create, insert, save, add,
// register, signup, store, persist or upsert; an SQL Exec/Query whose
// text contains INSERT) or into a map update (a hand-made user table) is a
// signup, KindSignup. The point is the success side of the hash's error
// test, or right after the call (After) when the error is not tested. The
// principal is the record the hash was stored in. A hash stored by an
// update (UpdatePassword) is no signup. webauthn FinishRegistration is a
// signup too.
//
// # Project helpers (Authenticates facts)
//
// A function authenticates when a normal return with a certain result
// tells its caller that a check succeeded. Tried in order:
//
//   - An error result (from the last): every return gives there nil only
//     from the success side of a check; elsewhere it returns the check's
//     own error (return bcrypt.CompareHashAndPassword(...)), a value
//     certainly non-nil (a concrete error converted to the interface,
//     errors.New, fmt.Errorf, a package-level sentinel, or an error just
//     tested != nil), or a combination of these; and at least one return
//     can succeed. Example: Login(email, pw) (*User, error) returning
//     (nil, err) on a failed lookup, (nil, ErrBadCredentials) on a wrong
//     password and (u, nil) after bcrypt → {Result: 1, ErrorResult: true}.
//   - A bool result: every return gives false, a success condition
//     (return hmac.Equal(a, b), return err == nil), or anything from the
//     success side.
//   - Always: every normal return is on the success side, or follows an
//     abort of the request: code that leads straight to the return calls
//     net/http Error, Redirect or NotFound, a method named WriteHeader or
//     Abort*, log.Fatal*/Panic*, os.Exit, or passes a constant HTTP error
//     status (400-599) to any call (c.JSON(http.StatusUnauthorized, ...)).
//     A call of such a helper is a point right after the call (After).
//   - A string or pointer result: every return gives
//     there "" or nil except on the success side, and at least one return
//     is there (a helper returning the user's name after the secret
//     matched, "" with or without an error otherwise). The caller's
//     name != "" (or u != nil) is the success side: a point at the call.
//
// A function whose name, enclosing function's name or package name
// contains csrf, xsrf or nonce (validateCSRFToken, package csrf) gets no
// summary and no KindCompare points: what it compares is no credential.
//
// Calls of an authenticating function — a static call, a method value, a
// generic instance (by its origin), a closure of the package — are checks
// like the known ones: KindHelper, with Via the helper's kind and, as
// principal, the helper's first result that is neither an error nor a
// bool. The summary is computed callee first within the package
// (recursion reads as no summary) and imported as a fact from other
// packages, so a helper in another package works like inline code. Calls
// through interfaces and func variables are not followed (except
// gothic.CompleteUserAuth). Literals that initialise package variables
// belong to the package initialiser, which buildssa does not list: they
// are not summarised.
//
// # Name fallback (KindName)
//
// A function with no summary (a helper that returns its check's result
// has a summary and is no candidate) gets a KindName point at its entry
// when all of the following hold. With check points of its own too, the
// name point stands for the writes none of them reaches (a password
// branch beside an OAuth exchange in one handler): sessionops.FirstPoint
// prefers a check that reaches a write.
//
//   - It looks like a web handler: a parameter (or the receiver) is an
//     http.ResponseWriter or a framework context (a named type Context or
//     Ctx, pointer or not, outside the standard context package: gin,
//     echo, fiber, iris, buffalo, beego), or the receiver embeds a beego
//     Controller (directly or through the application's own base
//     controller). An *http.Request alone is not enough: client code that
//     authenticates outgoing requests takes one too.
//   - Its words name a login handler. The words are those of its name and,
//     for a method of a type whose name ends in Controller, Ctrl, Handler,
//     Endpoint or Resource, of that type name (LoginController.Post);
//     for a function registered on a route, also those of the route path;
//     for a closure, those of the route it is registered on (an argument,
//     direct or variadic, of a call that also has a constant path string)
//     or else of the enclosing declared function (LoginHandler() returning
//     a func literal). A login word is login, logon, signin, signup,
//     authenticate, authentication, callback, oauth, register,
//     registration, impersonate, impersonation, sudo (a privilege change
//     is an authentication event), or the pairs log in, log on, sign in,
//     sign up.
//   - No word excludes it: logout, signout, logoff (and log out, sign out,
//     log off), show, page, form, render, view, get, display, template,
//     tmpl, html, redirect, url, uri, link, route(s), router, middleware,
//     require(d/s), begin, start, init, status, limit, limiter, rate, test,
//     mock, fake, setup, config, set, cookie(s), generate, build, make,
//     client, challenge, options, server, hook(s), filter(s), plugin,
//     static, handlers (helpers such as setCallbackCookie, the WebAuthn
//     login challenge, which starts a login, route and server setup).
//   - It is not registered for GET only (a method argument "GET", a Go
//     1.22 pattern "GET /login", or a registration method named GET/Get),
//     unless a login word is callback or oauth: the OAuth redirect back
//     from the provider is a GET, a login form is not.
//
// # Scope
//
// The pass returns an empty Result at once, exporting no facts, for a
// package that imports none of the libraries of internal/model (web and
// session libraries, net/http included), nothing under crypto/ or
// golang.org/x/crypto, no library of the table, and no package with an
// Authenticates fact. Each function is scanned once, in dominator order;
// the pass is linear in the size of the package's SSA.
package authsuccess
