// Package cookiescope defines an Analyzer that reports cookies scoped wider than intended and broken cookie name prefixes.
//
// # Analyzer cookiescope
//
// cookiescope: reports cookies scoped wider than intended and broken cookie name prefixes
//
// Where a browser sends a cookie back is decided by its Domain and Path;
// whether a server can trust where a cookie came from is what the
// __Host- and __Secure- name prefixes are for. cookiescope reports what
// is certainly wrong with them, on the same cookie sites and final
// attribute values as cookieflags (net/http literals and headers, gin,
// echo, fiber, session store and manager configurations):
//
//   - A Domain that is a public suffix (co.jp, github.io, com — any rule
//     of the Public Suffix List with more than one label, or an ICANN
//     top-level domain). This is the "cookie monster" problem: a browser
//     that honours it shares the cookie with every site under the suffix,
//     so any of them can read or overwrite — fixate — your session; a
//     browser that knows the list rejects the cookie, so it silently
//     never arrives. A registrable domain (example.co.jp) is fine; a
//     leading dot is ignored, as browsers do; single-label names the list
//     does not know (localhost) and IP addresses are left alone.
//   - A cookie named __Host-... that is not Secure, has a Path other than
//     "/" (or none: net/http then sends no Path and the browser uses the
//     request's directory), or has a Domain; a cookie named __Secure-...
//     that is not Secure. Browsers reject such cookies outright (the
//     prefixes compare case-insensitively). The prefixes exist so that a
//     subdomain or a plain-HTTP page cannot plant the cookie: __Host- is
//     the defence against cookie tossing, the classic way to fixate a
//     session from a sibling subdomain.
//   - A Partitioned cookie (CHIPS) that is not Secure: browsers reject
//     it. (fiber v3 turns Secure on by itself.)
//   - A session library that scopes its cookie to the parent domain by
//     default: iris sessions set Domain to the registrable domain of the
//     request (app.example.com sends Domain=example.com), so every
//     subdomain — including one that serves user content or is taken over
//     — receives the session cookie and can set one. Reported at
//     sessions.New(sessions.Config{...}) unless
//     DisableSubdomainPersistence is true.
//
// # Examples
//
//	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", Value: id, Domain: "example.com", HttpOnly: true, SameSite: http.SameSiteLaxMode})
//
// is reported as
//
//	cookie "__Host-sid" is rejected by browsers: the __Host- prefix requires Secure, Path "/" and no Domain
//
// with a fix that sets Secure: true and Path: "/" and removes Domain.
// Other messages:
//
//	cookie "a" has Domain "co.jp", a public suffix: browsers reject it or share it with every site under co.jp; drop Domain (a host-only cookie) or use your own registrable domain
//	cookie "chip" is Partitioned without Secure: browsers reject it; set Secure
//	session cookie of sessions.New is scoped to the registrable domain by default, so every subdomain receives it; set DisableSubdomainPersistence: true
//
// Diagnostic.Category is public-suffix, prefix, partitioned or
// parent-domain. Suggested fixes edit the literal (add Secure: true and
// Path: "/", remove Domain, add DisableSubdomainPersistence: true) or
// gin's SetCookie arguments (path "/", domain "").
//
// # What is not reported
//
//   - Values not known statically: a Domain from configuration, a Secure
//     decided at run time.
//   - Deletion cookies and cookies given only to client-side APIs, as in
//     cookieflags.
//   - A Domain set to the registrable domain on purpose: sharing a cookie
//     with your own subdomains may be intended. Only the library default
//     that does it silently is reported.
//   - Missing HttpOnly, Secure or SameSite on ordinary cookies: that is
//     cookieflags.
//
// # Flags
//
//	-cookiescope.tests
//
// Also report cookies built in _test.go files (skipped by default).
//
// # Suppressing a report
//
//	//sessionlint:ignore cookiescope the session is shared with our own subdomains on purpose
//	var sess = sessions.New(sessions.Config{Cookie: "sid", CookieSecureTLS: true})
//
// The reason is required, and a directive that silences nothing is itself
// reported.
package cookiescope
