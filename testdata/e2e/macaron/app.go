// Package macaron uses github.com/go-macaron/session v1.0.4 on
// gopkg.in/macaron.v1, the stack of gogs.
//
// The Sessioner middleware injects session.Store into the handlers and
// releases it after them. sess.RegenerateId(ctx) moves the record to a new
// ID and returns a new store: only that store has the new ID, and the
// middleware does not release it. Writing through the injected store after
// it re-creates the old ID on the file, redis, memcache, ledis and nodb
// providers. Flush, Delete and Destory (sic) keep the ID. The cookie is
// always HttpOnly and Lax (Strict with CookieSameSite); Secure only when
// set.
package macaron

import (
	"github.com/go-macaron/session"
	"golang.org/x/crypto/bcrypt"
	"gopkg.in/macaron.v1"

	"sessionlint.test/e2e/internal/users"
)

// NewDefault keeps every default: the memory provider, no Secure.
func NewDefault() *macaron.Macaron {
	m := macaron.New()
	m.Use(session.Sessioner()) // e2e: cookieflags
	return m
}

// New is the hardened app: the file provider and a Secure cookie.
func New() *macaron.Macaron {
	m := macaron.New()
	m.Use(session.Sessioner(session.Options{ // e2e: clean
		Provider:       "file",
		ProviderConfig: "data/sessions",
		CookieName:     "sid",
		Secure:         true,
	}))
	m.Post("/login", LoginVulnerable)
	m.Post("/login-fixed", LoginFixed)
	m.Post("/login-stale", LoginInjectedAfterRegenerate)
	m.Post("/login-flushed", LoginFlushTrap)
	m.Post("/login-destoryed", LoginDestoryTrap)
	m.Post("/login-helper", LoginHelper)
	m.Post("/login-helper-fixed", LoginHelperFixed)
	m.Post("/logout", Logout)
	return m
}

func check(ctx *macaron.Context) (users.User, bool) {
	u, ok := users.Lookup(ctx.Query("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))) != nil {
		return users.User{}, false
	}
	return u, true
}

// LoginVulnerable writes the user into the session under the ID the
// browser presented (gogs before pull 8323).
func LoginVulnerable(ctx *macaron.Context, sess session.Store) {
	u, ok := users.Lookup(ctx.Query("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))) != nil {
		ctx.Redirect("/login")
		return
	}
	_ = sess.Set("uid", u.ID) // e2e: sessionfixation
	ctx.Redirect("/")
}

// LoginFixed writes through the store RegenerateId returns and releases
// it.
func LoginFixed(ctx *macaron.Context, sess session.Store) {
	u, ok := users.Lookup(ctx.Query("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))) != nil {
		ctx.Redirect("/login")
		return
	}
	fresh, err := sess.RegenerateId(ctx)
	if err != nil {
		ctx.Redirect("/login")
		return
	}
	_ = fresh.Set("uid", u.ID) // e2e: clean
	_ = fresh.Release()
	ctx.Redirect("/")
}

// LoginInjectedAfterRegenerate regenerates but keeps writing through the
// injected store, which the middleware releases under the old ID.
func LoginInjectedAfterRegenerate(ctx *macaron.Context, sess session.Store) {
	u, ok := users.Lookup(ctx.Query("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))) != nil {
		ctx.Redirect("/login")
		return
	}
	if _, err := sess.RegenerateId(ctx); err != nil {
		ctx.Redirect("/login")
		return
	}
	_ = sess.Set("uid", u.ID) // e2e: sessionfixation
	ctx.Redirect("/")
}

// LoginFlushTrap flushes the values; the ID stays.
func LoginFlushTrap(ctx *macaron.Context, sess session.Store) {
	u, ok := users.Lookup(ctx.Query("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))) != nil {
		ctx.Redirect("/login")
		return
	}
	_ = sess.Flush()
	_ = sess.Set("uid", u.ID) // e2e: sessionfixation
	ctx.Redirect("/")
}

// LoginDestoryTrap destroys the record and expires the cookie; the Set
// that follows re-creates the old ID.
func LoginDestoryTrap(ctx *macaron.Context, sess session.Store) {
	u, ok := users.Lookup(ctx.Query("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))) != nil {
		ctx.Redirect("/login")
		return
	}
	_ = sess.Destory(ctx)
	_ = sess.Set("uid", u.ID) // e2e: sessionfixation
	ctx.Redirect("/")
}

// afterLogin is gogs's shared sign-in helper.
func afterLogin(sess session.RawStore, u users.User) {
	_ = sess.Set("uid", u.ID)
	_ = sess.Set("uname", u.Name)
	_ = sess.Delete("mfaUserID")
}

// LoginHelper signs in through the helper without renewing.
func LoginHelper(ctx *macaron.Context, sess session.Store) {
	u, ok := check(ctx)
	if !ok {
		ctx.Redirect("/login")
		return
	}
	afterLogin(sess, u) // e2e: sessionfixation
	ctx.Redirect("/")
}

// LoginHelperFixed is gogs pull 8323: regenerate, sign in on the returned
// store, release it.
func LoginHelperFixed(ctx *macaron.Context, sess session.Store) {
	u, ok := check(ctx)
	if !ok {
		ctx.Redirect("/login")
		return
	}
	fresh, err := sess.RegenerateId(ctx)
	if err != nil {
		ctx.Redirect("/login")
		return
	}
	afterLogin(fresh, u) // e2e: clean
	_ = fresh.Release()
	ctx.Redirect("/")
}

// Logout is gogs's sign-out.
func Logout(ctx *macaron.Context, sess session.Store) {
	_ = sess.Flush()
	_ = sess.Destory(ctx)
	ctx.Redirect("/")
}

// RememberRedirect keeps where to go after login in a cookie set through
// macaron's SetCookie, which has no SameSite argument.
func RememberRedirect(ctx *macaron.Context) {
	ctx.SetCookie("redirect_to", ctx.Req.RequestURI, 0, "/") // e2e: cookieflags
}
