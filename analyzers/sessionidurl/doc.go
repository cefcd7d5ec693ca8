// Package sessionidurl defines an Analyzer that reports session IDs carried in URLs.
//
// # Analyzer sessionidurl
//
// sessionidurl: reports session IDs carried in URLs
//
// A session ID in a URL (CWE-598) leaks: browsers send the whole URL in the
// Referer header to the next site, proxies and servers log it, it stays in
// the browser history and in bookmarks, and users paste it into chats. A
// URL that carries an ID is also how session fixation is planted: the
// attacker sends the victim a link with the attacker's ID in it. Session
// IDs belong in a cookie (HttpOnly, Secure) and nowhere else.
//
// The analyzer reports:
//
//   - a session ID read from the URL: a query, form or path parameter
//     named as a session ID (see -names: sid, session_id, PHPSESSID, ...)
//     that is used as one: to look a session up (a map, a store's Get, a
//     library call taking an ID such as fiber's Store.GetByID or scs's
//     Load), as a store key, as the session cookie's value. It reports at
//     the read (r.URL.Query().Get("sid"), r.FormValue("PHPSESSID"),
//     c.Query("session_id")).
//   - a session ID put into a URL: the value of a request cookie named as
//     a session, or what a session library reports as the session's ID
//     (fiber's s.ID(), gorilla's s.ID, go-session's SessionID(), scs's
//     Token, flamego's and go-macaron's ID()), that ends up in a redirect (http.Redirect, gin's, echo's,
//     fiber's, iris's and beego's Redirect), in a query (url.Values Set,
//     Add or literal, url.URL's RawQuery, Path or Fragment), or in a
//     string whose constant text looks like a URL ("?sid=", "&s=", "href=",
//     "://"), including an HTML link written with fmt.Fprintf. A URL built
//     in a helper, of this package or another, counts.
//   - a library configured to take the ID from the URL: fiber v2
//     Config{KeyLookup: "query:..."} ("form:" and "param:" too), fiber v3
//     Config{Extractor: extractors.FromQuery(...)} (FromForm, FromParam,
//     also inside extractors.Chain), beego ManagerConfig{EnableSidInURLQuery:
//     true}, web.BConfig.WebConfig.Session.SessionEnableSidInURLQuery = true,
//     session.CfgEnableSidInURLQuery(true) and, where the module runs
//     beego's server, SessionEnableSidInURLQuery = true in the
//     conf/app.conf it ships (the run mode's section winning; reported at
//     the file's line, the web.Run call as related information; go vet
//     shows it as well, at the same position), and go-session, which
//     accepts ?go_session_id= by default: session.NewManager(...) and
//     session.InitManager(...) built without
//     session.SetEnableSIDInURLQuery(false) (a suggested fix adds it).
//
// # Examples
//
//	sid := r.URL.Query().Get("sid")
//	s, ok := sessions[sid]
//
// reports at the read:
//
//	session ID is read from the URL (query parameter "sid") and used to find a session (the lookup in sessions); take it from the session cookie only: URLs leak into Referer headers, logs and browser history
//
//	c, _ := r.Cookie("sid")
//	http.Redirect(w, r, "/home?sid="+c.Value, http.StatusFound)
//
// reports at the redirect:
//
//	session ID (request cookie "sid") is put into the redirect URL of http.Redirect; keep session IDs out of URLs and rely on the session cookie: URLs leak into Referer headers, logs and browser history
//
//	var store = session.New(session.Config{KeyLookup: "query:sid"}) // fiber v2
//
// reports:
//
//	fiber takes the session ID from the URL (KeyLookup "query:sid"); use "cookie:sid" so that only the cookie carries it
//
//	var manager = session.NewManager(session.SetCookieName("sid")) // go-session
//
// reports, with a fix appending session.SetEnableSIDInURLQuery(false):
//
//	go-session accepts the session ID from the URL query unless told otherwise; pass session.SetEnableSIDInURLQuery(false) to session.NewManager
//
// # Not reported
//
//   - Parameters whose names do not say session (q, page, lang), and
//     session-named parameters that are not used as a session key.
//   - Cookies that are not named as sessions put into URLs (lang).
//   - Session IDs written to logs or other strings that do not look like
//     a URL.
//   - A one-time code exchanged for a session: a parameter named like a
//     session ID whose lookup the same function undoes, deleting the key
//     from the store it found it in (codes.LoadAndDelete(id), or
//     codes.Load(id) then codes.Delete(id), delete(pending, id)). A leaked
//     URL then carries a spent code.
//   - A manager built from options the analysis cannot see
//     (session.NewManager(opts...)).
//   - go-session used only through its package-level Start without a
//     visible InitManager: the default manager is built inside the
//     library.
//
// One report per session ID: a URL built by concatenation and then
// redirected is reported at the redirect only.
//
// # Flags
//
//	-names regexp
//	    the names of session cookies and of the parameters that carry a
//	    session ID (default: model.SessionCookieNames, see weaksessionid).
//
// # Suppressing a finding
//
//	//sessionlint:ignore sessionidurl single-use login token, not the session ID
package sessionidurl
