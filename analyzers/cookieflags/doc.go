// Package cookieflags defines an Analyzer that reports cookies sent to a browser without HttpOnly, Secure or SameSite.
//
// # Analyzer cookieflags
//
// cookieflags: reports cookies sent to a browser without HttpOnly, Secure or SameSite
//
// A cookie that carries a session, a login or any secret must be sent
// with three attributes:
//
//   - HttpOnly, so that script in the page cannot read it: one XSS flaw is
//     otherwise enough to copy the session to the attacker (CWE-1004);
//   - Secure, so that the browser never sends it over plain HTTP, where
//     anyone on the network path reads it, and so that a page served over
//     HTTP (or a spoofed one on a hostile network) cannot overwrite it
//     (CWE-614);
//   - SameSite=Lax or Strict, so that the browser does not attach it to
//     requests other sites trigger: without it a cross-site form post
//     arrives authenticated (CSRF), and the cookie leaks into cross-site
//     subresource requests (CWE-1275). Browsers that default to Lax do
//     not all do so, and SameSite=None switches the protection off.
//
// cookieflags reports, once per cookie, at the place where the cookie is
// built or its session configuration is set, a cookie that reaches a
// browser without one of them, and names what is missing. SameSite=None
// chosen by the author is accepted (a cookie meant for cross-site use)
// as long as it is Secure, which browsers require.
//
// # What is checked
//
// The sites come from the cookies pass (passes/cookies), which follows
// each cookie through SSA to the attribute values it has when it is sent:
//
//   - net/http: http.Cookie literals, value or pointer, with the field
//     stores that follow them in the same function, the ones made by
//     callees that take the cookie (also across packages), and the ones
//     made by the callers of a helper that returns the cookie. A value
//     not known statically (Secure: cfg.Production, c.Secure = r.TLS !=
//     nil) counts as set: the author decided, except Secure: r.URL.Scheme
//     == "https", which is never true for a request a server receives
//     (its URL has no scheme) and counts as off. SameSite 0 and
//     http.SameSiteDefaultMode send no attribute and count as missing.
//     Cookies kept in a slice or array are followed where they are read
//     back (a helper returning []http.Cookie that the caller ranges over
//     and sends, by http.SetCookie or as c.String() in a Set-Cookie
//     header). A helper with deferred calls returns the cookie through the
//     return its store reaches, not an earlier error return nor the
//     recover block. Options copied into a variable before they are sent
//     (opts := *ses.Options; opts.MaxAge = ...; sessions.NewCookie(name,
//     id, &opts), an own gorilla Store's Save) carry the one literal the
//     package assigns that field (its New), else the author's
//     configuration.
//     The cookie is sent by http.SetCookie, by echo's c.SetCookie, by
//     gin's c.SetCookieData, by w.Header().Add("Set-Cookie", c.String()),
//     as c.String() stored in a field named for the header (SetCookie:
//     the response types oapi-codegen's strict servers generate), or by
//     a function of yours that does one of these.
//   - Hand-written headers: w.Header().Set or Add("Set-Cookie", v) with a
//     constant, a fmt.Sprintf with a constant format or a concatenation;
//     the attributes after the first ';' are parsed as a browser does.
//   - gin: c.SetCookie(name, value, maxAge, path, domain, secure,
//     httpOnly), whose SameSite is the one set by c.SetSameSite earlier on
//     every path of the same handler (gin resets it for each request; a
//     middleware of the package that calls SetSameSite and then c.Next is
//     trusted to have done it). c.SetCookieData takes that SameSite only
//     when the cookie's is exactly http.SameSiteDefaultMode: a zero
//     SameSite stays unset (gin v1.11 and later), and the message says so.
//   - beego: c.Ctx.SetCookie(name, value, others...), Output.Cookie and
//     SetSecureCookie (on the context and the controller), whose others
//     are maxAge, path, domain, secure, httpOnly and sameSite in that
//     order: an element not given is unset (no Secure, no HttpOnly, no
//     SameSite), a negative maxAge deletes, others... from a slice counts
//     as set.
//   - A protection switched off by an assignment on every path through a
//     function, on a configuration whose construction is not followed
//     (cstore := storer.Store.(*sessions.CookieStore); cstore.Options.
//     HttpOnly = false), including authboss-clientstate's CookieStorer
//     (its remember-me cookie: storer.HTTPOnly = false, storer.Secure =
//     false): reported at the first such assignment, one report per
//     configuration. Turned off on some paths only (a development switch),
//     it is the author's decision and not reported.
//   - macaron: ctx.SetCookie(name, value, others...), whose others are
//     maxAge, path ("/" when absent), domain, secure and httpOnly (then
//     expires): it has no SameSite argument, so the cookie is sent
//     without one; the remedy says to use http.SetCookie for that. The
//     encrypting SetSecureCookie and SetSuperSecureCookie(secret, name,
//     value, others...) take the same others.
//   - echo's CSRF middleware: middleware.CSRF() and
//     CSRFWithConfig(CSRFConfig{...}) configure the token cookie ("_csrf",
//     no Secure, no HttpOnly, no SameSite by default; SameSite=None forces
//     Secure), reported as "CSRF cookie of ...". fiber's CSRF middleware
//     (v2 and v3 csrf.New(csrf.Config{...})): "csrf_", SameSite Lax, no
//     Secure and no HttpOnly unless set (v2's deprecated Cookie field is
//     not read). gorilla/csrf's csrf.Protect(key, options...):
//     "_gorilla_csrf", HttpOnly, Secure and SameSite=Lax unless an option
//     (csrf.Secure(false), csrf.SameSite(csrf.SameSiteDefaultMode)) turns
//     one off; the advice names the option to pass. justinas/nosurf's
//     nosurf.New(handler): "csrf_token" with a year's MaxAge and no other
//     attribute, until h.SetBaseCookie(http.Cookie{...}) replaces the
//     whole base cookie (what the literal leaves out stays zero).
//   - Hertz: c.SetCookie(name, value, maxAge, path, domain, sameSite,
//     secure, httpOnly), every attribute an argument
//     (protocol.CookieSameSiteDefaultMode writes a bare SameSite: counted
//     as missing).
//   - fasthttp used directly (fastglue, hand-written servers): a
//     fasthttp.Cookie from var c fasthttp.Cookie or
//     fasthttp.AcquireCookie(), its attributes set by its methods
//     (c.SetSecure(true), c.SetSameSite(fasthttp.CookieSameSiteLaxMode)),
//     sent by the response header's SetCookie; nothing is on by default,
//     and SetSameSite(None) turns Secure on.
//   - fiber v2 and v3: c.Cookie(&fiber.Cookie{...}). HTTPOnly and Secure
//     default to false; an empty SameSite is Lax, "disabled" sends none
//     (case-insensitive); SameSite "None" and, in v3, Partitioned turn
//     Secure on.
//   - Session cookies, where the library's defaults decide:
//     gorilla/sessions (sessions.NewCookieStore: Secure and SameSite=None
//     from v1.3.0, nothing before — the version the module selects is
//     read from the library's file paths in the build, else from the main
//     module's vendor/modules.txt or go.mod; when none tells, the newest
//     defaults are assumed and the message says the version is unknown;
//     gin-contrib's cookie.NewStore is a CookieStore and follows the
//     gorilla/sessions version; NewFilesystemStore and third-party stores:
//     nothing; a session made by sessions.NewSession(store, name) starts
//     with zero Options and is judged where it is saved: at the call of
//     the application's own wrapper that returns it, in the package that
//     saves it, with the options both set; wader/gormstore's, v2 and
//     before, are its SessionOpts field), with store.Options.X = ... writes
//     anywhere in the package
//     and store.Options = &sessions.Options{...} or session.Options =
//     &sessions.Options{...}, which replace every field;
//     gin-contrib/sessions stores (every server-side one: redis, memstore,
//     postgres, gorm, memcached, mongodriver, left with Path and MaxAge
//     only) and store.Options(sessions.Options{...}) (which also replaces
//     every field); scs.New() (HttpOnly and Lax, but
//     Secure only when sm.Cookie.Secure is set); fiber session.New and
//     session.Config (HTTPOnly and Secure off by default); beego
//     session.NewManager(provider, &session.ManagerConfig{...}) and
//     web.BConfig.WebConfig.Session writes (HttpOnly on by default, Secure
//     only with Secure or BConfig.Listen.EnableHTTPS, no SameSite by
//     default); iris sessions.New(sessions.Config{...}) (Secure only with
//     CookieSecureTLS); go-session session.NewManager and InitManager with
//     their functional options (no SameSite unless SetSameSite);
//     flamego/session session.Sessioner() (HttpOnly and Lax, no Secure) and
//     session.CookieOptions{...} (HttpOnly off once any field is set: only
//     the zero CookieOptions gets it); go-macaron/session
//     session.Sessioner() and session.Options{...} (always HttpOnly, Lax or
//     Strict, Secure only when set); hertz-contrib/sessions stores as
//     gin-contrib's (its cookie store keeps gorilla/sessions v1.2.2's
//     defaults: nothing set); zerodha/simplesessions
//     simplesessions.CookieOptions{...} in the manager's Options (no
//     HttpOnly, Secure or SameSite unless set), with what the function
//     registered by SetCookieHooks sets on the cookie it sends: a function
//     or closure the package registers is followed; one the analysis
//     cannot see (a field of a callbacks struct main fills) leaves to the
//     author every attribute a function of the module taking an
//     *http.Cookie and returning an error assigns (listmonk's
//     cookie.SameSite = http.SameSiteLaxMode).
//   - iris: ctx.SetCookieKV(name, value, options...) (Path "/" and
//     HttpOnly, no Secure, no SameSite) and ctx.SetCookie(cookie,
//     options...), with the options iris.CookieSecure (Secure over TLS),
//     iris.CookieHTTPOnly(b), iris.CookieSameSite(m), CookiePath and
//     CookieDomain; an option of the application's own, or options the
//     module registers for every cookie (ctx.AddCookieOptions in a
//     middleware), leave those attributes to the author.
//   - gorilla's sessions.NewCookie(name, value, &sessions.Options{...}),
//     which builds the cookie from the options it is given (nothing
//     defaulted).
//   - GoFrame v2: r.Cookie.SetCookie(key, value, domain, path, maxAge,
//     options...), whose HttpOnly, Secure and SameSite come only from the
//     first ghttp.CookieOptions (none without one); options that are not
//     a literal leave them to the author. (r.Cookie.Set takes them from
//     the server's configuration: see the next item.) GoFrame v1's
//     r.Cookie.SetCookie(key, value, domain, path, maxAge, httpOnly...)
//     can send HttpOnly only, and its r.Cookie.Set none of the three: each
//     call is reported, and the advice names r.Cookie.SetHttpCookie.
//   - net/http cookies made by new(http.Cookie) or declared as a variable
//     (var c http.Cookie) and given their fields one by one before they
//     are sent: reported at the new or the declaration, the advice names
//     the variable (set c.HttpOnly = true).
//   - A cookie the request carried, sent back (c, err := r.Cookie("sid");
//     c.MaxAge = 3600; http.SetCookie(w, c), to extend it; echo's
//     c.Cookie too): a browser sends only a cookie's name and value, so
//     every attribute the code does not set again is unset. Reported at
//     the read, only when the cookie is sent back (not when it is
//     expired, nor when a session library's cookie hook returns it).
//   - GoFrame's session cookie (gfsessionid), which the server writes at
//     the end of a request that wrote a session, with HttpOnly, Secure and
//     SameSite from the server's configuration (false, false and none by
//     default). The configuration file the module ships is read
//     (manifest/config/config.yaml, config/config.yaml or config.yaml, or
//     .yml, .toml, .json: the first that exists; keys compared as GoFrame
//     does, without case, '-' or '_'; cookieSameSite counts only as "lax",
//     "strict" or "none"), then SetConfigWithMap(g.Map{...}) and
//     SetConfig(ghttp.ServerConfig{...}) literals in the package that runs
//     the server (s.Run(), s.Start()). One report per program, in that
//     package, when some package of the module writes a session, or,
//     writing none, sends its own cookies with r.Cookie.Set, which takes
//     the same three attributes from the same configuration (then the
//     message names r.Cookie.Set's cookies, not gfsessionid): in the
//     configuration file (at the insecure key, else at the server section)
//     when there is one, with the s.Run() call as related information,
//     else at that call. The message says the file
//     is the one the module ships: a configuration loaded at run time
//     (another path, an environment variable) may differ. GoFrame v1 has
//     no such settings: the report says so. An example configuration
//     (config.example.yaml) is read when the module ships no real one,
//     and the message says it is an example.
//   - beego's session cookie switched on in conf/app.conf (sessionon =
//     true; conf/app.conf.example when there is no conf/app.conf; when
//     there is neither, the first conf/*.conf that switches sessions on:
//     the file an application that calls beego.LoadAppConfig("ini",
//     "conf/mine.conf") ships, or its template) rather than in code (a
//     switch in another program of the module, or commented out, does not
//     count): the file's top-level keys SessionName,
//     SessionDisableHTTPOnly, EnableHTTPS, SessionCookieSameSite (an
//     http.SameSite number: 2 Lax, 3 Strict, 4 None) and SessionDomain,
//     without case, as beego reads them, then those of the run mode's
//     section ([prod] unless the file's runmode names another; when the
//     environment picks the mode, "${MODE||prod}", every section's value
//     is the deployment's choice, as is any "${VAR||default}" value). A
//     setting the module's code assigns wins over the file: a constant
//     that leaves the attribute off (SessionCookieSameSite =
//     http.SameSiteDefaultMode) is reported with where the code sets it,
//     any other value (BConfig.Listen.EnableHTTPS = cfg.TLS) counts as
//     set. Reported at the
//     sessionon line, with the package's web.Run() (beego.Run() in v1) as
//     related information. Sessions switched on in code are reported
//     there instead (see the beego item above). Under go vet the finding is
//     printed at the file's line too, but the file is not one of the
//     inputs the go command knows for the package: a result it reuses
//     does not see an edit of the configuration alone (go clean -cache
//     does; the standalone driver's result cache rechecks the file).
//
// # Examples
//
//	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id})
//
// is reported as
//
//	cookie "sid" is sent without HttpOnly, Secure and SameSite; set HttpOnly: true, Secure: true and SameSite: http.SameSiteLaxMode
//
// with a suggested fix that adds the three fields to the literal. Other
// messages name the remedy in the site's terms:
//
//	cookie "sid" is sent without Secure (SameSite=None requires it); set Secure: true
//	cookie "sid" is sent without HttpOnly, Secure and SameSite; pass true for secure and httpOnly and call SetSameSite(http.SameSiteLaxMode) before SetCookie
//	cookie "sid" is sent without SameSite (SetCookieData keeps a zero SameSite even after SetSameSite; only http.SameSiteDefaultMode takes the context's SameSite); set SameSite: http.SameSiteLaxMode
//	cookie "theme" is sent without HttpOnly, Secure and SameSite; add "; HttpOnly; Secure; SameSite=Lax" to the Set-Cookie header
//	session cookie of sessions.NewCookieStore is sent without HttpOnly and with SameSite=None by default; set Options.HttpOnly = true and Options.SameSite = http.SameSiteLaxMode
//	session cookie of scs.New is sent without Secure; set Cookie.Secure = true
//	session cookie of session.New is sent without HttpOnly and Secure; pass session.Config{CookieHTTPOnly: true, CookieSecure: true}
//
// The fix:
//
//	http.SetCookie(w, &http.Cookie{
//		Name:     "sid",
//		Value:    id,
//		Path:     "/",
//		HttpOnly: true,
//		Secure:   true,
//		SameSite: http.SameSiteLaxMode,
//	})
//
// When the site cannot be served over HTTPS in development, make Secure
// depend on the configuration (Secure: cfg.Production): a value that is
// not a constant is accepted, and so is an assignment that some path of
// its function skips (if cfg.InsecureCookies { store.Options.Secure =
// false }, on a store Secure by default): the attribute then depends on
// the configuration.
//
// Diagnostic.Category holds the missing parts, comma-separated:
// httponly, secure, samesite, samesite-none (SameSite=None without
// Secure). Suggested fixes add the missing fields to a literal (under the
// name the file imports net/http as; fiber's are HTTPOnly: true and
// SameSite: "Lax"), turn gin's false arguments into true, and append the
// attributes to a constant Set-Cookie header.
//
// # What is not reported
//
//   - Deletion cookies: MaxAge < 0, an Expires in the past
//     (time.Unix(0, 0), time.Now().Add(-time.Hour), fasthttp's
//     CookieExpireDelete), Max-Age=0 in a header, gin's negative maxAge.
//   - Cookies whose value is the empty constant (Value: "", a setter given
//     ""): a logout cookie with MaxAge 0 carries nothing a script or a
//     network observer could take, so it is treated like a deletion. A
//     literal that names no value at all counts as one only in a function
//     named for clearing a cookie (NewInvalidateCookie, expireCookie,
//     logoutCookie); elsewhere its value is taken to be filled in later.
//   - HttpOnly on a cookie whose value is a non-empty constant (consent=1,
//     lang=en): HttpOnly keeps secrets from scripts, and a constant is no
//     secret. Secure and SameSite are still required: they decide where
//     the cookie travels. A cookie named like a session or a credential
//     (session, sid, auth, token, jwt, remember, login, secret, api_key,
//     with any prefix: app_session) is not exempt: its constant is a
//     placeholder for a secret set elsewhere, or a secret in the code.
//     (Hand-written Set-Cookie headers are judged as before: their value
//     is not read.)
//   - Cookies given only to client-side APIs, (*http.Request).AddCookie
//     and cookie jars: their browser attributes mean nothing.
//   - Cookies whose journey cannot be followed: a literal stored in a
//     struct field, a map or a global, or passed to a function value or an
//     interface method, is not reported (precision first). A cookie
//     passed to such code before being sent has every attribute counted as
//     set.
//   - A helper returning a cookie is reported once, at its literal, when
//     one of its callers in the package sends it without the attributes
//     (the callers' own field stores count), or when it is exported and
//     its callers elsewhere cannot be seen; its callers are not reported.
//     An exported helper that no program of the module refers to from
//     another package (its non-test Go files, read as text) sends nothing
//     and is not reported; in a module without programs (a library),
//     other modules may call it, and it is.
//   - A store's defaults that reach no browser: when every session the
//     package obtains from a gorilla-style store gets its own Options
//     (session.Options = &sessions.Options{...}) before each Save, and the
//     store goes nowhere else, the store is not reported; when some Save
//     keeps the store's configuration, the store is reported with that
//     Save as related information ("sent here"). A store kept in an
//     exported variable of a library package, passed to a function or
//     registered with a framework is judged by its own configuration, as
//     sessions may be obtained from it out of sight. A session obtained
//     from a store the package cannot follow to its constructor (a
//     sessions.Store parameter) whose Options fields the function sets
//     before Save is reported at the store.Get for what those writes leave
//     off (session.Options.SameSite = http.SameSiteDefaultMode sends no
//     attribute); what they do not set is the store's, judged where the
//     store is made.
//   - A gorilla-style store left with its defaults and handed to other
//     code, in a program whose code gives sessions a configuration of
//     their own from a value (sess.Options = opts, in a wrapper's Write):
//     whether the defaults reach a browser is not known.
//   - Options given to a session a library hands out without a request, a
//     response or a framework's context (hertz-contrib's
//     redis.LoadSessionBySessionId(store, id), saved back with
//     SaveSessionWithoutContext): the server edits a stored session and no
//     cookie of it reaches a browser.
//   - The default configuration of a store the application builds itself
//     (Options: &sessions.Options{...} in its constructor) when the package
//     also lets callers replace it (a setter assigning the field), as
//     stores written for gin-contrib's Options(...) do.
//   - Cookies meant to be read by JavaScript need not be HttpOnly: those
//     whose name matches -js-readable (CSRF tokens, language, locale,
//     theme and time-zone preferences by default; a name built at run
//     time, "CSRF-Token-" + id, by its constant start), and those the
//     application's own front-end reads — a script or template file of
//     the module (.js, .ts, .jsx, .tsx, .vue, .svelte, .html, .tmpl,
//     .gohtml; not node_modules, vendor, minified or files over 1 MiB)
//     that quotes the cookie's name within 80 bytes of the word "cookie"
//     (curCookie["jsonWebConfig"], Cookies.get('brand')): making such a
//     cookie HttpOnly would break the page. Secure and SameSite are still
//     required of them, and the suggested arguments keep httpOnly false.
//   - A hand-written header whose attribute part is not known (a variable
//     holding "; HttpOnly", a lone "%s") is not reported, nor a header
//     written through the map (w.Header()["Set-Cookie"] = ...).
//   - Cookies that travel through a slice, an interface value, a generic
//     function or a recursive helper are not followed.
//   - gin's SameSite set by a middleware in another package cannot be
//     seen: such handlers are reported for SameSite; suppress them, or set
//     SameSite where the cookie is set.
//   - An attribute that another package of the module sets on a store kept
//     in an exported package variable (middleware.Store.Options.Secure =
//     cfg.UseTLS in main) counts as set, to a value that cannot be known;
//     replacing that store or its whole configuration there makes the
//     store's configuration unknown, and it is not reported. The module is
//     read as sessionfixation reads it (internal/modulescan).
//
// # Flags
//
//	-cookieflags.js-readable=<regexp>
//
// Cookies whose name matches are meant to be read by script, such as the
// token of the double-submit CSRF defence; HttpOnly is not required of
// them, Secure and SameSite still are. The default,
// (?i)(csrf|xsrf|(^|[_.-])(lang|language|locale|i18n|i18next|theme|timezone|tz)$),
// covers XSRF-TOKEN, csrftoken, csrf_token and _csrf, and preference
// cookies that hold no secret. An empty value requires HttpOnly of every
// cookie the front-end does not read.
//
//	-cookieflags.tests
//
// Also report cookies built in _test.go files, and in functions only the
// tests run: helpers in plain files that tests call, that are named for
// tests (newTestRouter) or that are given a *testing.T (NewMockApp(t)),
// and that no other code runs, and exported functions that no program of
// the module refers to and other packages' _test.go files do (a
// SetupSession helper of a helpers package). Test servers set throwaway
// cookies; they are skipped by default.
//
//	-cookieflags.ignore-names=<regexp>
//
// Cookies whose name matches are not checked at all (say, a theme or
// language preference that is neither secret nor authenticating). Empty by
// default.
//
// # Suppressing a report
//
// Put a directive with a reason on the line of the report, or on the line
// before it:
//
//	//sessionlint:ignore cookieflags the widget cookie must reach our iframe on partner sites
//	http.SetCookie(w, &http.Cookie{Name: "widget", Value: v, Secure: true, SameSite: http.SameSiteNoneMode})
//
// The reason is required, and a directive that silences nothing is itself
// reported.
package cookieflags
