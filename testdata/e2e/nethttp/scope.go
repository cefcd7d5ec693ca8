package nethttp

import "net/http"

// Cookie scope: which sites and paths receive a cookie, and the name
// prefixes browsers enforce.

// HostPrefixWithDomain breaks the __Host- rules: browsers reject a __Host-
// cookie that has a Domain (or a Path other than "/").
func HostPrefixWithDomain(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // e2e: cookiescope
		Name:     "__Host-sid",
		Value:    newID(),
		Domain:   "example.com",
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}

// PublicSuffixDomain scopes the cookie to "co.jp", a public suffix: the
// browser drops it or shares it with every site under co.jp.
func PublicSuffixDomain(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // e2e: cookiescope
		Name:     "sid",
		Value:    newID(),
		Domain:   ".co.jp",
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}

// RegistrableDomain shares the cookie with the site's own subdomains:
// a deliberate choice, not a public suffix.
func RegistrableDomain(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // e2e: clean
		Name:     "sid",
		Value:    newID(),
		Domain:   "example.co.jp",
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}

// SecurePrefixWithoutSecure: a __Secure- cookie must be Secure.
func SecurePrefixWithoutSecure(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // e2e: cookieflags, cookiescope
		Name:     "__Secure-pref",
		Value:    "dark",
		Path:     "/",
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}
