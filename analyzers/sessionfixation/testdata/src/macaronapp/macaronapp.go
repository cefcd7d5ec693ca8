package macaronapp

import (
	"github.com/go-macaron/session"
	"golang.org/x/crypto/bcrypt"
	"gopkg.in/macaron.v1"

	"users"
)

// The Sessioner injects session.Store into the handlers: a Store parameter
// is the request's session, released after the handlers.
func Setup(m *macaron.Macaron) {
	m.Use(session.Sessioner(session.Options{Provider: "file", ProviderConfig: "data/sessions"}))
	m.Post("/login", login)
	m.Post("/login-good", loginGood)
}

func login(ctx *macaron.Context, sess session.Store) {
	u, err := users.FindByEmail(ctx.Query("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))); err != nil {
		ctx.Redirect("/login")
		return
	}
	_ = sess.Set("uid", u.ID) // want `^user identity is stored in the session before its ID is renewed; call sess.RegenerateId\(ctx\) first, write through the store it returns and Release that store$`
	ctx.Redirect("/")
}

// The renewed store is the one RegenerateId returns; the middleware does
// not release it.
func loginGood(ctx *macaron.Context, sess session.Store) {
	u, err := users.FindByEmail(ctx.Query("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))); err != nil {
		ctx.Redirect("/login")
		return
	}
	fresh, err := sess.RegenerateId(ctx)
	if err != nil {
		return
	}
	_ = fresh.Set("uid", u.ID)
	_ = fresh.Release()
	ctx.Redirect("/")
}

// Writing through the injected store after RegenerateId: on the file,
// redis, memcache, ledis and nodb providers it is released under the old
// ID, which it re-creates with the identity.
func loginInjectedAfterRegenerate(ctx *macaron.Context, sess session.Store) {
	u, err := users.FindByEmail(ctx.Query("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))); err != nil {
		return
	}
	if _, err := sess.RegenerateId(ctx); err != nil {
		return
	}
	_ = sess.Set("uid", u.ID) // want `before its ID is renewed; call sess.RegenerateId\(ctx\) first, write through the store it returns`
}

// gogs's sign-out followed by a sign-in in the same request: Flush keeps
// the ID.
func loginFlush(ctx *macaron.Context, sess session.Store) {
	u, err := users.FindByEmail(ctx.Query("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))); err != nil {
		return
	}
	_ = sess.Flush()
	_ = sess.Set("uid", u.ID) // want `\(Flush keeps the session ID\)`
}

// Destory (sic) deletes the record and expires the cookie, but the later
// Set re-creates the old ID.
func loginDestory(ctx *macaron.Context, sess session.Store) {
	u, err := users.FindByEmail(ctx.Query("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))); err != nil {
		return
	}
	_ = sess.Destory(ctx)
	_ = sess.Set("uid", u.ID) // want `\(Destory keeps the session ID\)`
}

// gogs's shared helper: writes the identity into the session it is given.
func afterLogin(sess session.RawStore, u *users.User) {
	_ = sess.Set("uid", u.ID)
	_ = sess.Set("uname", u.Email)
	_ = sess.Delete("mfaUserID")
}

func loginHelper(ctx *macaron.Context, sess session.Store) {
	u, err := users.FindByEmail(ctx.Query("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))); err != nil {
		return
	}
	afterLogin(sess, u) // want `afterLogin stores user identity in the session before its ID is renewed`
}

// The fix of gogs pull 8323: regenerate, write to the returned store,
// release it.
func loginHelperGood(ctx *macaron.Context, sess session.Store) {
	u, err := users.FindByEmail(ctx.Query("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))); err != nil {
		return
	}
	fresh, err := sess.RegenerateId(ctx)
	if err != nil {
		return
	}
	afterLogin(fresh, u)
	_ = fresh.Release()
}

func loginPreferences(ctx *macaron.Context, sess session.Store) {
	u, err := users.FindByEmail(ctx.Query("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Query("password"))); err != nil {
		return
	}
	_ = sess.Set("theme", u.Theme)
}

func logout(ctx *macaron.Context, sess session.Store) {
	_ = sess.Flush()
	_ = sess.Destory(ctx)
	ctx.Redirect("/")
}
