// Package strict holds the renewals that come after the write but before
// persistence: clean by default, flagged under -strict-order.
package strict

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/beego/beego/v2/server/web"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var (
	sm         = scs.New()
	store      = sessions.NewFilesystemStore("")
	fiberStore = session.New()
)

func scsAfter(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	sm.Put(r.Context(), "userID", u.ID) // want `before its ID is renewed; call sm.RenewToken\(ctx\) first`
	_ = sm.RenewToken(r.Context())
}

func scsBefore(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "userID", u.ID)
}

func gorillaAfter(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
	s.ID = ""
	_ = s.Save(r, w)
}

func fiberAfter(c *fiber.Ctx) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return err
	}
	sess, _ := fiberStore.Get(c)
	sess.Set("user_id", u.ID) // want `call sess.Regenerate\(\) first`
	_ = sess.Regenerate()
	return sess.Save()
}

type LoginController struct {
	web.Controller
}

func (c *LoginController) Post() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		return
	}
	c.SetSession("uid", u.ID) // want `call c.SessionRegenerateID\(\) first`
	_ = c.SessionRegenerateID()
}

// A deferred renewal runs at the return: after the write.
func scsDeferred(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	defer sm.RenewToken(r.Context())
	sm.Put(r.Context(), "userID", u.ID) // want `before its ID is renewed`
}
