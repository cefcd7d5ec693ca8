// Package macaroncookies sets cookies through macaron's ctx.SetCookie,
// whose trailing arguments are maxAge, path, domain, secure, httpOnly and
// expires: nothing sends SameSite.
package macaroncookies

import "gopkg.in/macaron.v1"

func remember(ctx *macaron.Context, token string) {
	ctx.SetCookie("remember", token, 86400, "/") // want `cookie "remember" is sent without HttpOnly, Secure and SameSite; pass them after the value, in the order maxAge, path, domain, secure, httpOnly: \(name, value, maxAge, "/", "", true, true\); this setter cannot send SameSite: set the cookie with http.SetCookie and SameSite: http.SameSiteLaxMode instead`
}

func rememberHardened(ctx *macaron.Context, token string) {
	ctx.SetCookie("remember", token, 86400, "/", "", true, true) // want `cookie "remember" is sent without SameSite`
}

func loggedIn(ctx *macaron.Context) {
	// A constant: no secret for HttpOnly to keep.
	ctx.SetCookie("logged_in", "true", 0, "/") // want `cookie "logged_in" is sent without Secure and SameSite`
}

func logout(ctx *macaron.Context) {
	ctx.SetCookie("remember", "", -1, "/")
}

// The encrypting setters take the same others (after a secret for
// SetSuperSecureCookie): the remember-me pair of a gogs-style login.
func rememberEncrypted(ctx *macaron.Context, name, hash string) {
	ctx.SetSuperSecureCookie(hash, "r_name", name, 86400, "/", "", true, true) // want `cookie "r_name" is sent without SameSite; pass them after the value, in the order maxAge, path, domain, secure, httpOnly`
	ctx.SetSecureCookie("s_name", name, 86400, "/")                            // want `cookie "s_name" is sent without HttpOnly, Secure and SameSite`
}
