// Package sessionfixation defines an Analyzer that reports user identity stored in a session whose ID was not renewed after authentication.
//
// # Analyzer sessionfixation
//
// sessionfixation: reports user identity stored in a session whose ID was not renewed after authentication
//
// When a handler authenticates a user (checks a password, completes an
// OAuth login, creates an account, grants admin rights) and then writes who
// the user is into the session the request came with, the session keeps
// the ID it had before. An attacker who made the victim's browser use an ID
// the attacker knows (a link, a cookie set from a sibling subdomain, a
// shared computer, a library that adopts client-chosen IDs) holds a logged-in
// session as soon as the victim logs in. This is session fixation
// (CWE-384). The fix is to give the session a new ID when its privilege
// changes, before the identity is persisted under the old one.
//
// # The rule
//
// For every write of the user's identity into a session that came from
// the request, on a path where authentication has succeeded, every path
// from the handler's entry through the write to the point where the
// library persists the session must pass a call that gives that session a
// new ID (a sanitizer). Otherwise the write is reported, with the place
// where authentication succeeded as related information, and with the
// library's fix:
//
//	user identity is stored in the session before its ID is renewed; call sm.RenewToken(ctx) first
//
// The sanitizer may come before the write (the usual idiom), or after it
// as long as it precedes persistence: scs and beego commit the session at
// the end of the request, so Put then RenewToken is safe; fiber persists
// at Save, so Set, Regenerate, Save is safe; gorilla persists at Save, so
// Values[k] = v, ID = "", Save is safe. A renewal at the top of the
// handler, before the credential check, counts too. With -strict-order,
// the renewal must precede the write.
//
// # How the analysis decides
//
// It is a must-analysis over each function's SSA control-flow graph, not a
// pattern match: a forward dataflow analysis of the sessions renewed on
// every path (an intersection where paths join), linear in the size of the
// function, with no whole-program call graph.
//
//   - Authentication success comes from the authsuccess pass: the success
//     branch of a password check (bcrypt, argon2, scrypt, pbkdf2), a
//     constant-time comparison of a secret, an OAuth exchange or OIDC
//     verification, gothic.CompleteUserAuth, a WebAuthn or TOTP check, a
//     signup (a user created with a hashed password), a privilege granted
//     after a check, a call of a project function that authenticates
//     (a fact, across packages) or that is named like a credential check
//     (CheckUserPassword, VerifyPassword) when its check is out of sight,
//     and, as a fallback, a handler named like a
//     login (a beego controller counts when it embeds beego's Controller
//     through the application's own base controller). A write is on an
//     authentication path when the success point can reach it. An early
//     return on failed authentication does not reach the write, so it makes
//     no path. When the handler's name is the only sign, a write on an
//     error path (after err != nil) handles a failure and is not reported;
//     nor is a comparison of two values the client sent (a hash of form
//     fields against a form field is an integrity check, not a login). A
//     secret compared with the one stored in a record the request's ID
//     found (client.Secret != secret) is a check.
//   - Where no check is recognised, the identity's provenance decides
//     (in a function the package does not call itself: a helper is judged
//     at its calls): a login is identity found or made in
//     this request from what the client sent. The written value is followed
//     back (valueflow.Provenance) through copies, field reads, local
//     variables a call fills (var u User; db.First(&u, ...)) and the
//     receivers and arguments of calls, to a request input (form, query,
//     JSON body, header, path parameter, a cookie other than the session's)
//     reached through a call the analysis cannot see through: a method of
//     an interface (users.Verify(ctx, email, pw), a hasher with bcrypt and
//     argon2 behind it), a service in another package
//     (authService.Authenticate), a hand-written OAuth exchange
//     (getUserInfoByCode(code)), a database query. Calls of fmt, strings
//     and the like only reshape the input and find nobody. A profile loaded
//     by the ID of such a record carries its identity too, whatever its key
//     ("current"). When the identity is the input itself (the posted user
//     name), a call given it and a secret (an input named like a
//     password, token or code) whose error or bool result guards the write
//     is the check (if err :=
//     staff.Authenticate(name, pw); err != nil { return }). The message
//     names the lookup: "authentication succeeds here (Service.Authenticate
//     returned the user for the posted form value "email")". Not logins:
//     identity derived from the session (a record found by the session's
//     user ID, then edited) or from a value a middleware put in the
//     request's context (c.MustGet("user"), r.Context().Value(userKey)),
//     or from what a current-user getter returned (CurrentUser(ctx), a
//     session service's GetUser(ctx): a record found by the ID a form
//     struct took from it): the logged-in user stored again; a user
//     checked to be the logged-in one before the write (a password
//     change: if current.Id != u.Id { return }), or the logged-in user's
//     own record written back after the password was asked again (a
//     profile edit behind a real credential check: nobody new logs in);
//     an input stored as typed with no
//     lookup or check (a visitor's e-mail kept for the next form); writes
//     on an error path. Handlers that closures factories return are
//     functions like any other: the rule needs no handler name. A
//     function literal run at once (err = func() error { u, err =
//     svc.Login(email, pw); ...; u.Save(req.Session) }()), or a function
//     only closures call with the request (a route's closure calling
//     createUser(w, r, db, store)), that finds the user itself is judged
//     where it writes; tests that call a handler do not make it a helper.
//     The value is followed through a field the function set before
//     reading it (req.User = NewAuthUser(acct); req.User.Save(req.Session),
//     the session in a request object one wrapper fills), a variable
//     captured after it was overwritten (the signed-in user replaced by
//     the one just found), and a field of a record made from a literal
//     (box := Upsert(Mailbox{OwnerID: owner}); box.OwnerID is owner: the
//     user already signed in). A call that only wraps what it is given
//     (a constructor, NewAuthUser(acct, remember)) is no lookup: the
//     message names the service's call. A function named for
//     authenticating the request and given only the request, sessions and
//     stores, its receiver included (AuthenticateUser(r, store)), returns
//     the user the request already carries; one given the request's data
//     (a form the request filled that authenticates itself:
//     form.Authenticate()) is the lookup, and a registration form's Save
//     makes the account. The walk goes into the package's own function
//     whose result carries none of the request's data by itself (a
//     controller's userProfileHandler(ctx) that reads the posted name and
//     password and asks the service): what it returns, once per query. A
//     parameter of a function the walk reached from the identity's (the
//     closure's enclosing function, its callers in turn: an OAuth
//     callback that hands the provider's answer two helpers down to the
//     one whose closure stores the account) is followed to what the
//     package's calls give it. The provider's answer is a login however it
//     is reached: the result of a modelled OAuth completion (gothic's
//     CompleteUserAuth through its variable, oauth2's Exchange, an ID
//     token's Verify) or of the application's call given the request
//     and named for completing an external login (an interface's
//     CompleteUserAuth(w, r), HandleCallback). A method's receiver is the
//     record itself when it is given nothing but constants (user.M(),
//     user.Id.Hex()). Where one branch stores the user's name and another
//     the same key with a constant (LoginName = "Anonymous" when the
//     password did not match), the constant is no second report.
//   - A helper that finds the user itself, from what its caller passes (a
//     service's SignIn(ctx, in) whose query, dao.Where(do.User{Passport:
//     in.Passport, Password: in.Password}).Scan(&u), does the matching,
//     then writes u through another helper), is a login where the caller
//     passes the request's data: the helper's fact records the parameters
//     its lookups were given (not the context, the request or the
//     receiver), and the call is judged by where its arguments for them
//     come from. The message names the call: "authentication succeeds here
//     (SignIn returned the user for the form value)". A pointer handed to
//     a call as an any (Scan(&u)) is filled by that call.
//   - After an OAuth exchange a recognised check reaches (oauth2.Config.
//     Exchange), what was found through the token it returned (a profile
//     asked from the provider with the token's client, under whatever key)
//     is identity.
//   - A write stores identity when its key is an identity key (user,
//     user_id, userID, uid, username, email, account, role, is_admin,
//     authenticated, authentication, logged_in, current_user_id,
//     authenticatedUserID, signed_in, login_name, principal, sub, openid,
//     unionid, user_info_email, ...; also as the last part of a
//     namespaced key, middleware/security/Authentication, and, for a value
//     found from the request's data, after an application's one-word
//     prefix that names neither the user nor the session, itab_uid but
//     not user_role, and a JWT the application minted (jwt, jwt_token);
//     anchored and case-insensitive, so user_theme and username_color are
//     not; see -identity-keys; a key kept in a package-level variable
//     that keeps its constant value, var UserKey = "user_id" assigned
//     nowhere else in the module, is that constant), or when its value
//     carries the identity:
//     the authenticated principal the check produced, a value of a
//     user-like type (a named type ending in User, Account, Principal,
//     Claims, Identity, UserInfo, or a pointer to one), or an ID-like field
//     of one (u.ID, u.Email, u.Username, strconv.Itoa(u.ID)), or when a
//     key that is not a constant is built from the identity ("_id_" +
//     strconv.Itoa(u.ID): the session then records who logged in, whatever
//     the value, a digest of the email say). Keys that
//     never hold identity (flash, theme, cart, lang, locale, csrf,
//     redirect, next, an account an administrator generated or selected:
//     generated_account_username, target_user_id, ...) are not judged by
//     their value: a flash message may quote the user's email. Keys that hold a login half done
//     (mfaUserID, 2fa_user_id, halfauth, pending_user: the password
//     passed, the second factor is to come) are not identity: the write
//     that completes the second factor is the one judged. A zero value
//     (nil, "", 0, T{}) clears and is not identity.
//   - A session is followed through copies, phis, field loads, closures'
//     captured variables and conversions to where it came from (the call
//     that obtained it from the request, a parameter, a global); two
//     operations act on the same session when they come from the same
//     request (and the same session name when both are known). scs
//     sessions are the request's context: every scs call on the same
//     request is the same session, whatever the manager.
//   - A sanitizer counts only on its own session and only when it runs on
//     every path: a renewal on one branch (if remember { RenewToken }) does
//     not count. A renewal whose error is ignored still renews, and one
//     whose error branch returns early is fine. A renewal in a goroutine
//     does not count. A deferred renewal runs when the function returns:
//     it counts when the write persists at the return; a deferred write is
//     judged at the return too.
//   - The persistence point depends on the library: the write itself for a
//     library that writes through (iris) and for a hand-made store; the
//     function's return for one that commits at the end of the request
//     (scs, beego, buffalo, fiber v3 middleware mode); for one that saves
//     on demand (gorilla, gin-contrib, fiber, go-session), the Save calls
//     on that session the write can reach, or the function's return when
//     it reaches none (a caller or a middleware may save).
//   - Traps (calls that look like a renewal but keep the ID) neither renew
//     nor clear anything; when one ran before the write, the message says
//     so: "(Clear keeps the session ID)".
//   - Helpers work like inline code, in the same package or another: a
//     function that renews the session it is given (or the session of the
//     request it is given) on every path to its return counts as a
//     sanitizer at its call; a function that writes identity into such a
//     session without renewing it first is reported at its call, with the
//     write inside it as related information; a function that returns a
//     renewed session (it wraps go-session Refresh) gives a renewed
//     session. Closures passed to routers (those taking a handler's
//     parameters) are analysed as functions of their own; called closures,
//     deferred closures and a function literal given to another call (an
//     injector's c.Invoke(func(cfg *Config) {...}), a transaction's
//     callback) are summarised like helpers and judged at that call. A
//     whole map assigned to the session's values (sess.Values = m) writes
//     its entries: a map literal's, or, for a parameter, the entries the
//     callers put in the map they pass, judged at their calls (even when
//     the helper is named like a login).
//   - Stateless stores hold the whole session in a signed cookie: there is
//     no server-side ID to fix, so their writes are not reported. The
//     store behind a session is decided where the package shows it: a
//     store whose static type is one a stateless constructor returns
//     (gorilla *sessions.CookieStore), a modelled constructor's result, a
//     package variable every assignment of which is one; for gin-contrib
//     and echo-contrib, the stores the package registers
//     (sessions.Sessions(name, store), session.Middleware(store)); buffalo
//     and gothic sessions are stateless unless the package configures a
//     server-side store. A registration only the package's tests run (a
//     newTestRouter helper in a plain file, called from _test.go files or
//     given a *testing.T), or only other packages' tests (an exported
//     helper no program of the module refers to and other packages'
//     _test.go files call), decides nothing.
//   - Where the package does not show the store (it is registered in main,
//     kept in another package's variable or in a field of interface type,
//     or the session arrives through the request context), the module
//     decides: sessionlint reads the module's source (syntax only) for the
//     stores each program constructs, a program being a main package and
//     the packages of the module it imports. The session is stateless when
//     every store of its library that the programs including the package
//     construct is stateless (with no program including it, the whole
//     module counts). A store constructor sessionlint has no model of (a
//     New...Store of a third-party package next to a session library, or
//     a type of the module with a gorilla-style Save method) counts as
//     server-side. When the programs construct both kinds on the two
//     sides of one if (a Redis store or a cookie store, chosen at run
//     time), the write is reported and the message names the
//     signed-cookie store, under which it is no bug. When the module constructs no store of the library at
//     all, the store is unknown: the write is reported, and the message
//     says that the store was not seen. -stores=stateless or -stores=server
//     states what such stores are.
//   - One bug, one report: the unrenewed identity writes into one session
//     in one function are one finding, reported at the first, with the
//     others (and the writes inside a helper) as related information.
//   - A library whose own login handlers write the user into the session
//     (authboss: auth.LoginPost, the oauth2 and 2FA modules call
//     PutSession(w, SessionKey, pid); nothing in authboss renews the ID)
//     has its bug in code the application does not own and sessionlint
//     does not analyse (a third-party module). What the application
//     decides is the store: handing a server-side store to the library
//     (abclientstate.NewSessionStorerFromExisting(name, redisStore)) is
//     reported at that call; abclientstate.NewSessionStorer (a signed
//     cookie) is not.
//   - Helpers whose keys come from the caller (setSession(c, key, value),
//     or SetSession(c, map[string]any{...}) looping over the map) are
//     judged at each call, with the caller's keys and values.
//
// # Standalone and go vet
//
// Both modes run the same analysis, one package at a time with facts from
// its dependencies, and read the same module scan. One difference in what
// is found: a call through the module's own interface whose implementation
// lives in a package the caller does not import (GoFrame's service
// interfaces, implemented by logic packages only main imports, registered
// at init) is resolved only standalone. The standalone driver plans the
// whole module: when a package calls, that way, a method another package
// implements with a session write or renewal, it analyses the caller (and
// what imports it) again with the facts of every package of the module,
// for up to three more rounds, and reports from the last. go vet gives a
// package its imports' facts only, so there such a login is not reported. The scan reads the files
// of the module that holds the package (found by the nearest go.mod),
// excluding tests, vendor, testdata and nested modules, with the build
// constraints of the platform sessionlint runs on (standalone -tags are not
// applied to it). The difference is caching: go vet caches a package's
// findings by that package's inputs, so after a change to the store
// configuration in another package (main), go vet may show the old verdict
// for an unchanged handler package until its cache entry is invalidated
// (go clean -cache, or a change to the package). Standalone mode caches
// too, but records what the module scan answered with each result and
// analyses the package again when an answer has changed (see the README's
// developing section). The scan itself is kept in the user's cache directory,
// keyed by the module's files (paths, sizes, modification times), so that
// the many processes of one run read the module once
// (SESSIONLINT_MODULESCAN_CACHE names another directory, or "off").
//
// # Libraries
//
// What counts as a sink (a write into the session), a sanitizer (a new
// ID) and a trap, per library.
//
// The list below is generated from internal/model (go test -run TestDocLibraries -update).
//
// fiber (github.com/gofiber/fiber/v2, github.com/gofiber/fiber/v2/middleware/session, github.com/gofiber/fiber/v2/middleware/csrf), persisted by Save (a write with no Save after it persists when the handler returns):
//
//   - sinks: Session.Set
//   - sanitizers: Session.Regenerate; Session.Reset; goth_fiber.CompleteUserAuth (goth_fiber's CompleteUserAuth destroys the request's session and its cookie: the session obtained after it is new); goth_fiber.Logout (goth_fiber's Logout destroys the request's session and its cookie: the session obtained after it is new)
//   - traps, which keep the ID: Session.Destroy (Destroy deletes the data and the record but keeps the session ID); Session.Delete (Delete removes one value and keeps the session ID)
//   - advice: call sess.Regenerate() first
//
// fiber (github.com/gofiber/fiber/v3, github.com/gofiber/fiber/v3/middleware/session, github.com/gofiber/fiber/v3/middleware/csrf), persisted by Save (a write with no Save after it persists when the handler returns):
//
//   - sinks: Session.Set; Middleware.Set
//   - sanitizers: Session.Regenerate; Session.Reset; Middleware.Regenerate; Middleware.Reset
//   - traps, which keep the ID: Session.Destroy (in store mode Destroy keeps the session ID: a later Set and Save persist the identity under it); Session.Delete (Delete removes one value and keeps the session ID); Middleware.Delete (Delete removes one value and keeps the session ID)
//   - advice: call sess.Regenerate() first
//
// gorilla/sessions (github.com/gorilla/sessions, github.com/labstack/echo-contrib/session, github.com/rbcervilla/redisstore/v8, github.com/rbcervilla/redisstore/v9), persisted by Save (a write with no Save after it persists when the handler returns):
//
//   - sinks: Session.Values[k] = v
//   - sanitizers: Session.ID = ""; sessions.NewSession (NewSession makes a session with no ID, which Save mints)
//   - traps, which keep the ID: RediStore.Delete (redistore Delete clears the values and the record but keeps Session.ID); clearing Session.Values (assigning a new map, delete)
//   - stateless stores (not reported): sessions.NewCookieStore
//   - store registrations read in the package: session.Middleware; Config{Store: store}
//   - advice: set sess.ID = "" (after expiring the old record with Options.MaxAge = -1 and Save) before Save
//   - advice when the store finds the record by the request's cookie (gormstore.New, gormstore.NewOptions): delete the session's record first: set sess.Options.MaxAge = -1 and Save, then restore Options.MaxAge, write the user and Save (wader/gormstore finds the record by the request's cookie, so clearing the session's ID renews nothing)
//   - advice when the store also keeps the record for the request (gormstore.New, gormstore.NewOptions): write the user into a new session instead: fresh := sessions.NewSession(store, name), saved with store.Save(r.WithContext(r.Context()), w, fresh) (wader/gormstore before v2 keeps the record it found for the request, so neither clearing sess's ID nor deleting its record renews it)
//
// gin-contrib/sessions (github.com/gin-contrib/sessions), persisted by Save (a write with no Save after it persists when the handler returns):
//
//   - sinks: Session.Set
//   - sanitizers: the wrapped gorilla session's ID = "" (see the advice)
//   - traps, which keep the ID: Session.Clear (Clear deletes the values and keeps the session ID); Session.Delete (Delete removes one value and keeps the session ID); Session.Options (Options(MaxAge: -1) and Save delete the record, but the next Save re-creates it under the same ID (the gorm store then mints a new one: a renewal there))
//   - stateless stores (not reported): cookie.NewStore
//   - store registrations read in the package: sessions.Sessions; sessions.SessionsMany
//   - advice: set sess.(interface{ Session() *gsessions.Session }).Session().ID = "" before Save (gin-contrib/sessions has no regenerate call)
//   - advice when the store finds the record by the request's cookie (gorm.NewStore): delete the session's record first: sess.Options(sessions.Options{MaxAge: -1}) and Save(), then set the options again, write the user and Save (the gorm store finds the record by the request's cookie, so clearing the session's ID renews nothing)
//
// hertz-contrib/sessions (github.com/hertz-contrib/sessions), persisted by Save (a write with no Save after it persists when the handler returns):
//
//   - sinks: Session.Set
//   - sanitizers: the wrapped gorilla session's ID = "" (see the advice)
//   - traps, which keep the ID: Session.Clear (Clear deletes the values and keeps the session ID); Session.Delete (Delete removes one value and keeps the session ID); Session.Options (Options(MaxAge: -1) and Save delete the record, but the next Save re-creates it under the same ID (the gorm store then mints a new one: a renewal there))
//   - stateless stores (not reported): cookie.NewStore
//   - store registrations read in the package: sessions.New; sessions.Many; sessions.Sessions; sessions.SessionsMany
//   - advice: set sess.(interface{ Session() *gsessions.Session }).Session().ID = "" before Save (hertz-contrib/sessions has no regenerate call)
//
// scs (github.com/alexedwards/scs/v2), persisted at the end of the request:
//
//   - sinks: SessionManager.Put
//   - sanitizers: SessionManager.RenewToken; SessionManager.Destroy (Destroy followed by Put makes the commit mint a new token)
//   - traps, which keep the ID: SessionManager.Clear (Clear removes the values; the session token is unaffected); SessionManager.Remove (Remove deletes one value and keeps the token); SessionManager.MergeSession (MergeSession copies another session's data and keeps the current token)
//   - advice: call sess.RenewToken(ctx) first
//
// beego (github.com/beego/beego/v2/server/web, github.com/beego/beego/v2/server/web/session, github.com/beego/beego/v2/server/web/context, github.com/beego/beego/v2/adapter, github.com/beego/beego/v2/adapter/session), persisted at the end of the request:
//
//   - sinks: Controller.SetSession; BeegoOutput.Session; Store.Set
//   - sanitizers: Controller.SessionRegenerateID; Manager.SessionRegenerateID (only the returned store has the new ID)
//   - traps, which keep the ID: Controller.DelSession (DelSession removes one value and keeps the session ID); Controller.DestroySession (DestroySession issues no new ID in this request); Store.Flush (Flush clears the values and keeps the session ID); Manager.SessionDestroy (SessionDestroy issues no new ID in this request)
//   - advice: call sess.SessionRegenerateID() first
//   - advice for BeegoOutput sinks: call web.GlobalSessions.SessionRegenerateID(w, r) first and write through the store it returns
//   - advice for Store sinks: write through the store returned by SessionRegenerateID(w, r) instead of sess
//
// beego v1 (github.com/astaxie/beego, github.com/astaxie/beego/session, github.com/astaxie/beego/context), persisted at the end of the request:
//
//   - sinks: Controller.SetSession; BeegoOutput.Session; Store.Set
//   - sanitizers: Controller.SessionRegenerateID; Manager.SessionRegenerateID (only the returned store has the new ID)
//   - traps, which keep the ID: Controller.DelSession (DelSession removes one value and keeps the session ID); Controller.DestroySession (DestroySession issues no new ID in this request); Store.Flush (Flush clears the values and keeps the session ID); Manager.SessionDestroy (SessionDestroy issues no new ID in this request)
//   - advice: call sess.SessionRegenerateID() first
//   - advice for BeegoOutput sinks: call beego.GlobalSessions.SessionRegenerateID(w, r) first and write through the store it returns
//   - advice for Store sinks: write through the store returned by SessionRegenerateID(w, r) instead of sess
//
// beego v1 (github.com/beego/beego, github.com/beego/beego/session, github.com/beego/beego/context), persisted at the end of the request:
//
//   - sinks: Controller.SetSession; BeegoOutput.Session; Store.Set
//   - sanitizers: Controller.SessionRegenerateID; Manager.SessionRegenerateID (only the returned store has the new ID)
//   - traps, which keep the ID: Controller.DelSession (DelSession removes one value and keeps the session ID); Controller.DestroySession (DestroySession issues no new ID in this request); Store.Flush (Flush clears the values and keeps the session ID); Manager.SessionDestroy (SessionDestroy issues no new ID in this request)
//   - advice: call sess.SessionRegenerateID() first
//   - advice for BeegoOutput sinks: call beego.GlobalSessions.SessionRegenerateID(w, r) first and write through the store it returns
//   - advice for Store sinks: write through the store returned by SessionRegenerateID(w, r) instead of sess
//
// iris (github.com/kataras/iris/v12/sessions), persisted at each write:
//
//   - sinks: Session.Set; Session.SetImmutable
//   - sanitizers: obtaining the session after r.Header.Del("Cookie") removed the session cookie from the request
//   - traps, which keep the ID: Session.Clear (Clear removes the values and keeps the session ID); Session.Destroy (Session.Destroy deletes the record but leaves the cookie, which is adopted again); Sessions.Destroy (Destroy then Start in the same request re-creates the same ID from the request's cookie)
//   - advice: destroy sess, strip the session cookie from the request and Start a new session first (iris has no regenerate call)
//
// iris v11 (github.com/kataras/iris/sessions), persisted at each write:
//
//   - sinks: Session.Set; Session.SetImmutable
//   - sanitizers: obtaining the session after r.Header.Del("Cookie") removed the session cookie from the request
//   - traps, which keep the ID: Session.Clear (Clear removes the values and keeps the session ID); Session.Destroy (Session.Destroy deletes the record but leaves the cookie, which is adopted again); Sessions.Destroy (Destroy then Start in the same request re-creates the same ID from the request's cookie)
//   - advice: destroy sess, strip the session cookie from the request and Start a new session first (iris has no regenerate call)
//
// go-session (github.com/go-session/session/v3), persisted by Save (a write with no Save after it persists when the handler returns):
//
//   - sinks: Store.Set
//   - sanitizers: session.Refresh (only the returned store has the new ID); Manager.Refresh (only the returned store has the new ID)
//   - traps, which keep the ID: Store.Flush (Flush clears the values and keeps the session ID); session.Destroy (Destroy issues no new ID); Manager.Destroy (Destroy issues no new ID)
//   - advice: write through the store returned by session.Refresh(ctx, w, r) instead of sess
//
// buffalo (github.com/gobuffalo/buffalo), persisted at the end of the request:
//
//   - sinks: Session.Set
//   - sanitizers: the wrapped gorilla session's ID = "" (see the advice)
//   - traps, which keep the ID: Session.Clear (Clear deletes the values and keeps the session ID); Session.Delete (Delete removes one value and keeps the session ID)
//   - stateless stores (not reported): the library's default store, when the package configures none
//   - store registrations read in the package: Options{SessionStore: store}
//   - advice: set sess.Session.ID = "" (after expiring the old record) before saving
//
// gothic (github.com/markbates/goth/gothic), persisted at each write:
//
//   - sinks: gothic.StoreInSession
//   - sanitizers: none
//   - traps, which keep the ID: none
//   - stateless stores (not reported): the library's default store, when the package configures none
//   - store registrations read in the package: gothic.Store = store
//   - advice: renew the session of gothic.Store (a server-side store) before StoreInSession
//
// authboss (github.com/volatiletech/authboss/v3, github.com/volatiletech/authboss-clientstate), persisted at the end of the request:
//
//   - sinks: authboss.PutSession
//   - sanitizers: none
//   - traps, which keep the ID: authboss.DelSession (DelSession deletes one key and keeps the session ID); authboss.DelAllSession (DelAllSession deletes keys and keeps the session ID)
//   - reported where a server-side store is handed to the library's own login handlers: authboss-clientstate.NewSessionStorerFromExisting
//   - advice: use a stateless session storer (abclientstate.NewSessionStorer) or reset the gorilla session ID in your ClientStateReadWriter
//
// flamego/session (github.com/flamego/session), persisted at the end of the request:
//
//   - sinks: Session.Set
//   - sanitizers: Session.RegenerateID (the end-of-request Save stores the session under the new ID; not effective on the default memory store, whose index keeps the old ID, which then carries the identity (flamego/session#183): use another store)
//   - traps, which keep the ID: Session.Flush (Flush clears the values and keeps the session ID); Session.Delete (Delete removes one value and keeps the session ID); Store.Destroy (Destroy deletes the record but the end-of-request Save re-creates it under the same ID)
//   - advice: call sess.RegenerateID(w, r) first (with a store other than the default memory store)
//
// go-macaron/session (github.com/go-macaron/session, gopkg.in/macaron.v1), persisted at the end of the request:
//
//   - sinks: RawStore.Set
//   - sanitizers: Store.RegenerateId (only the returned store has the new ID; release it by hand)
//   - traps, which keep the ID: RawStore.Flush (Flush clears the values and keeps the session ID); RawStore.Delete (Delete removes one value and keeps the session ID); Store.Destory (Destory deletes the record and expires the cookie but issues no new ID: a later Set re-creates the old ID)
//   - advice: call sess.RegenerateId(ctx) first, write through the store it returns and Release that store
//
// GoFrame (github.com/gogf/gf/v2/net/ghttp, github.com/gogf/gf/v2/os/gsession, github.com/gogf/gf/v2/frame/g), persisted at the end of the request:
//
//   - sinks: Session.Set; Session.MustSet; Session.SetMap; Session.MustSetMap
//   - sanitizers: Session.RegenerateId; Session.MustRegenerateId; Session.SetId (SetId gives a new ID only when it runs before the session is first read or written); Session.SetIdFunc (SetIdFunc gives a new ID only when it runs before the session is first read or written)
//   - traps, which keep the ID: Session.RemoveAll (RemoveAll deletes the values and keeps the session ID); Session.Remove (Remove deletes values and keeps the session ID); Session.MustRemove (MustRemove deletes values and keeps the session ID)
//   - advice: call sess.RegenerateId(true) first (GoFrame v2.8.2 and later; on older releases, SetId(gsession.NewSessionId()) before the session is first used)
//
// GoFrame v1 (github.com/gogf/gf/net/ghttp, github.com/gogf/gf/os/gsession, github.com/gogf/gf/frame/g), persisted at the end of the request:
//
//   - sinks: Session.Set; Session.SetMap; Session.Sets
//   - sanitizers: Session.SetId (SetId gives a new ID only when it runs before the session is first read or written); Session.SetIdFunc (SetIdFunc gives a new ID only when it runs before the session is first read or written)
//   - traps, which keep the ID: Session.RemoveAll (RemoveAll deletes the values and keeps the session ID); Session.Remove (Remove deletes values and keeps the session ID); Session.Clear (Clear deletes the values and keeps the session ID)
//   - advice: call sess.SetId(gsession.NewSessionId()) before the session is first read or written (GoFrame v1 has no RegenerateId)
//
// zerodha/simplesessions (github.com/zerodha/simplesessions/v3), persisted at each write:
//
//   - sinks: Session.Set; Session.SetMulti
//   - sanitizers: Manager.NewSession (only the returned session has the new ID)
//   - traps, which keep the ID: Session.Clear (Clear empties the record and keeps the session ID); Session.Delete (Delete removes values and keeps the session ID); Session.Destroy (Destroy deletes the record and expires the cookie, but this session keeps its ID)
//   - advice: write into the session the manager's NewSession(r, w) returns (a new ID, and its cookie) instead of sess
//
// go-sessions (github.com/kataras/go-sessions/v3), persisted at each write:
//
//   - sinks: Session.Set; Session.SetImmutable
//   - sanitizers: obtaining the session after r.Header.Del("Cookie") removed the session cookie from the request
//   - traps, which keep the ID: Session.Clear (Clear removes the values and keeps the session ID); Session.Destroy (Session.Destroy deletes the record but leaves the cookie, which is adopted again); Sessions.Destroy (Destroy then Start in the same request finds the old ID in the request's cookie unless Config.AllowReclaim); go-sessions.Destroy (Destroy then Start in the same request finds the old ID in the request's cookie unless Config.AllowReclaim)
//   - advice: destroy sess, strip the session cookie from the request and Start a new session first (go-sessions has no regenerate call)
//
// hand-made store (no package: maps and stores keyed by a request cookie), persisted at each write:
//
//   - sinks: m[c.Value] = v; rec.Field = v where rec = m[c.Value], rec = store.Get(w, r) (an application function returning the record under the cookie's value) or rec = store.get(c.Value) (one returning the record a map keeps under the key it is given), rec = db.GetSession(ctx, c.Value) (an application function named to find a session, given the cookie's value), or rec = GetSession(r) (one returning the record a middleware put into the request's context: ctx.Value(key) where the package, or a helper it calls, stores such a record under key); a call named like ^(?i:set|put|save|store|update|upsert|bind|insert|assign|attach|associate|add|write|link) given the cookie's value, or an ID the client sent that the handler sets as its cookie; a call named like (?i)(session.*(set|put|save|store|update|upsert|bind|insert|assign|attach|associate|write|link))|((set|put|save|store|update|upsert|bind|insert|assign|attach|associate|write|link).*session) given an ID the client sent in any way (a form value, the OAuth state): the value it is given is the identity
//   - sanitizers: writing under a fresh ID instead (crypto/rand, uuid), which is not a write into the request's session; moving the record to a crypto/rand ID (rec.ID = rand.Text()), in the handler or in a helper given the record
//   - traps, which keep the ID: none
//   - advice: mint a new session ID (crypto/rand), store the user under it and set the cookie to it instead of writing under the ID from the request's cookie
//   - advice when the ID is sent by the client in the request's data: mint a new session ID (crypto/rand) and store the user under it instead of binding the ID the client sent
//
// # Examples
//
// scs (commits at the end of the request):
//
//	func login(w http.ResponseWriter, r *http.Request) {
//		u, err := users.FindByEmail(r.FormValue("email"))
//		if err != nil { ... }
//		if err := bcrypt.CompareHashAndPassword(u.Hash, []byte(r.FormValue("password"))); err != nil {
//			http.Error(w, "unauthorized", http.StatusUnauthorized)
//			return
//		}
//		sm.Put(r.Context(), "userID", u.ID) // reported
//	}
//
//	user identity is stored in the session before its ID is renewed; call sm.RenewToken(ctx) first
//
// The suggested fix inserts, before the write:
//
//	if err := sm.RenewToken(r.Context()); err != nil {
//		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
//		return
//	}
//
// (in a function that returns an error, "return err"; fiber gets
// sess.Regenerate() the same way, beego c.SessionRegenerateID()).
//
// gorilla/sessions with a server-side store:
//
//	s, _ := store.Get(r, "sid")
//	s.Values["user_id"] = u.ID // reported
//	_ = s.Save(r, w)
//
//	user identity is stored in the session before its ID is renewed; set s.ID = "" (after expiring the old record with Options.MaxAge = -1 and Save) before Save
//
// A trap:
//
//	sm.Clear(r.Context())
//	sm.Put(r.Context(), "userID", u.ID) // reported
//
//	user identity is stored in the session before its ID is renewed (Clear keeps the session ID); call sm.RenewToken(ctx) first
//
// A helper that writes:
//
//	func setUser(r *http.Request, u *User) { sm.Put(r.Context(), "userID", u.ID) }
//	...
//	setUser(r, u) // reported
//
//	setUser stores user identity in the session before its ID is renewed; call sm.RenewToken(ctx) first
//
// A hand-made store:
//
//	c, _ := r.Cookie("sid")
//	sessions[c.Value] = u // reported
//
//	user identity is stored in the session before its ID is renewed; mint a new session ID (crypto/rand), store the user under it and set the cookie to it instead of writing under the ID from the request's cookie
//
// The application's own store, across packages: store.Get(w, r) returns
// the record kept under the session cookie's value, so its result is the
// request's session; a Renew that moves the record to a crypto/rand ID is
// a renewal:
//
//	sess := st.Get(w, r)
//	sess.UserID = u.ID // reported; not after st.Renew(w, sess)
//
// The attack itself: the client picks the ID, the handler sends it back as
// the cookie and binds the user to it (sessionadoption reports the cookie):
//
//	sid := r.PostFormValue("sid")
//	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, ...})
//	...
//	st.Bind(sid, u.ID) // reported; not with sid := rand.Text()
//
// A server-side store handed to authboss, whose login handlers write the
// user and never renew:
//
//	abclientstate.NewSessionStorerFromExisting("ab", redisStore) // reported
//
//	authboss's login handlers store the user in this session store without renewing its ID, and the store keeps sessions on the server; use a stateless session storer (abclientstate.NewSessionStorer) or reset the gorilla session ID in your ClientStateReadWriter
//
// # Not reported
//
//   - Writes that are not identity: flash messages, theme, cart, language,
//     CSRF tokens, preferences (s.Values["theme"] = u.Theme).
//   - Writes on no authentication path: a profile update, a logout, a
//     handler that only reads the session.
//   - Writes into stateless (signed-cookie) sessions; their risk is replay
//     after logout, not fixation.
//   - Writes under a freshly minted ID (a hand-made store keyed by
//     crypto/rand or uuid), and writes through a renewed session (the
//     store go-session Refresh or beego's manager SessionRegenerateID
//     returns).
//   - A login that renews the ID on every path before the write is
//     persisted, directly or through a helper.
//   - A login half done (the password passed, a second factor is to come:
//     mfaUserID, 2fa_user_id), a zero value written (a logout through the
//     login helper: SetMember(Member{})), also a value a branch found empty
//     (if name != "" {...} else { setUser(name) })), the user already logged in
//     written again (getCurrentUser()) or a write on an error path, where
//     the handler's name is the only sign of a login.
//   - The second step of a login in two requests (a one-time code, a
//     forced password change): a write that runs only where a key read
//     from the session is present (if s.Values["pending_user"] is set),
//     when every other write of that key in the package follows a
//     renewal. The first step gave the session its new ID; an ID planted
//     before it is gone.
//
// Known limits: the analysis is per function; a session reached through a
// function value, or through an interface of the application that more
// than one type of the module implements (one implementation is followed,
// like a direct call), is not followed; a hand-made session ID is followed within the function that
// reads the cookie (through field loads, conversions, concatenation,
// fmt.Sprintf and strings functions) and through the application's
// functions that return it or its record (store.Get(w, r)), and a record
// through the request's context (a helper package that carries it is
// analysed only when it imports net/http, a session library or a
// credential package), not through a struct field it is stored in or an
// interface of the application; sessions obtained from the same request before and after
// r.Header.Del("Cookie") are not told apart (iris); the module scan reads
// syntax, so a store chosen at run time between a cookie and a server-side
// store counts as server-side, and a store built by a function of another
// module (a framework) is not seen.
//
// # Flags
//
//   - -sessionfixation.strict-order: require the renewal to precede the
//     write (the conventional rule), instead of accepting any renewal
//     before the write is persisted.
//   - -sessionfixation.identity-keys=regexp: the session keys that hold
//     the identity (default: DefaultIdentityKeys), matched against the
//     whole key or, for a key under a namespace of the application's
//     ("app_sess_key:account_id", "auth/user"), the part after the last
//     ':' or '/'. Values are still judged by their type and origin.
//   - -sessionfixation.stores=auto|stateless|server: what the session
//     stores are where the package does not show them. auto (the
//     default) decides by the stores the module constructs, as above;
//     stateless says they are signed-cookie stores (nothing is reported
//     for them); server says they keep sessions on the server (the module
//     scan is not consulted).
//   - -sessionfixation.sanitizers=pkg.Type.Method,pkg.Func: the team's own
//     calls that renew the session ID; a call of one renews every session
//     of the function. Name the helpers themselves: functions that call
//     them are not summarised.
//   - -sessionfixation.sinks=pkg.Type.Method,pkg.Func: the team's own
//     calls that write into the session; the first constant string
//     argument is the key and the last argument the value; the write
//     persists when the function returns.
//
// A bad value (an invalid regular expression, a name that is not of the
// form pkgpath.Func or pkgpath.Type.Method) is rejected when the flag is
// set, in every driver.
//
// # Suppression
//
// A reviewed finding is silenced with a directive on the line of the
// report or the line above, giving the reason:
//
//	//sessionlint:ignore sessionfixation the session store is stateless in production (configured in main)
//
// A directive that silences nothing is itself reported.
package sessionfixation
