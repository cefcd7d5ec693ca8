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
