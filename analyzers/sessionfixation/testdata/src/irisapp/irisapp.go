package irisapp

import (
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var sess = sessions.New(sessions.Config{Cookie: "sid"})

func Setup(app *iris.Application) {
	app.Post("/login", login)
}

func login(ctx iris.Context) {
	u, err := users.FindByEmail(ctx.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.FormValue("password"))); err != nil {
		ctx.StatusCode(401)
		return
	}
	s := sess.Start(ctx)
	s.Set("user_id", u.ID) // want `^user identity is stored in the session before its ID is renewed; destroy s, strip the session cookie from the request and Start a new session first \(iris has no regenerate call\)$`
}

// Destroy then Start re-adopts the ID from the request's cookie.
func loginDestroyStart(ctx iris.Context) {
	u, err := users.FindByEmail(ctx.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.FormValue("password"))); err != nil {
		return
	}
	sess.Destroy(ctx)
	sess.Start(ctx).Set("user_id", u.ID) // want `\(Destroy keeps the session ID\)`
}

// The working recipe: destroy, strip the cookie from the request, Start.
func loginGood(ctx iris.Context) {
	u, err := users.FindByEmail(ctx.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.FormValue("password"))); err != nil {
		return
	}
	if old := sessions.Get(ctx); old != nil {
		old.Destroy()
	}
	r := ctx.Request()
	cks := r.Cookies()
	r.Header.Del("Cookie")
	for _, c := range cks {
		if c.Name != "sid" {
			r.AddCookie(c)
		}
	}
	s := sess.Start(ctx)
	s.Set("user_id", u.ID)
}

func loginPreferences(ctx iris.Context) {
	u, err := users.FindByEmail(ctx.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.FormValue("password"))); err != nil {
		return
	}
	sessions.Get(ctx).Set("theme", u.Theme)
}

// AuthController is an iris MVC controller: iris binds the request's
// context to Ctx, and its methods handle requests.
type AuthController struct {
	Ctx iris.Context
}

var sessionUserID = "APP-USER_ID"

// account stands for a lookup the analysis cannot see into (go-natok-server's
// xorm Get with the posted struct as its condition).
func account() *users.User { return &users.User{} }

// Login keeps the account a hidden check accepted: the handler's name is
// the evidence, and an MVC controller's method is a handler.
func (c *AuthController) Login() {
	u := account()
	if u == nil {
		return
	}
	s := sess.Start(c.Ctx)
	s.Set(sessionUserID, u.ID) // want `^user identity is stored in the session before its ID is renewed`
}

// Theme keeps a preference.
func (c *AuthController) Theme() {
	s := sess.Start(c.Ctx)
	s.Set("theme", c.Ctx.FormValue("theme"))
}

// client holds a request, not a framework's context: its Login is no
// handler.
type client struct{ req *http.Request }

func (c *client) Login() {
	u := account()
	if u == nil {
		return
	}
	s := sess.Start(nil)
	s.Set(sessionUserID, u.ID)
}

// Accounts checks an administrator's password (the application's own
// service).
type Accounts interface {
	LoginByPwd(name, pwd string) (*users.User, error)
}

var accounts Accounts

// adminEnter reads the form through PostValueTrim: the account the
// service finds for it is who signs in.
func adminEnter(ctx iris.Context) {
	u, err := accounts.LoginByPwd(ctx.PostValueTrim("Username"), ctx.PostValueTrim("Password"))
	if err != nil {
		return
	}
	sess.Start(ctx).Set("uid", u.ID) // want `^user identity is stored in the session before its ID is renewed`
}
