// Package irisstrip renews iris sessions the only way iris allows: when
// the request carries the session cookie, strip it (iris v12.1's
// RemoveCookie also empties the request's Cookie header), then Start a
// new session. A request without the cookie gets a new session anyway.
// The test's GOPATH is named for iris v12.1.8.
package irisstrip

import (
	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

const cookieName = "ksession"

var sess = sessions.New(sessions.Config{Cookie: cookieName})

func authenticate(ctx iris.Context) (*users.User, bool) {
	u, err := users.FindByEmail(ctx.FormValue("email"))
	if err != nil {
		return nil, false
	}
	return u, bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.FormValue("password"))) == nil
}

func login(ctx iris.Context) {
	u, ok := authenticate(ctx)
	if !ok {
		return
	}
	if ctx.GetCookie(cookieName) != "" {
		ctx.RemoveCookie(cookieName)
	}
	s := sess.Start(ctx)
	s.Set("user_id", u.ID)
}

// Only when the cookie is absent: a request that brings one keeps its ID.
func loginAbsentOnly(ctx iris.Context) {
	u, ok := authenticate(ctx)
	if !ok {
		return
	}
	if ctx.GetCookie(cookieName) != "" {
		ctx.StatusCode(409)
	}
	s := sess.Start(ctx)
	s.Set("user_id", u.ID) // want `^user identity is stored in the session before its ID is renewed`
}
