// Package fixes checks the suggested fixes.
package fixes

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/beego/beego/v2/server/web"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var (
	sm    = scs.New()
	store = session.New()
)

func login(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	sm.Put(r.Context(), "userID", u.ID) // want `call sm.RenewToken\(ctx\) first`
}

func loginAPI(r *http.Request) error {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return err
	}
	ctx := r.Context()
	if u.IsAdmin {
		sm.Put(ctx, "userID", u.ID) // want `call sm.RenewToken\(ctx\) first`
	}
	return nil
}

func loginFiber(c *fiber.Ctx) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return err
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("user_id", u.ID) // want `call sess.Regenerate\(\) first`
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
}
