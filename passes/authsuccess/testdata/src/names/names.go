// Package names shows the name fallback: a function with no visible check
// that looks like a web handler (an http.ResponseWriter or *http.Request
// parameter, a framework context, a beego controller receiver) and is
// named, or registered on a route, like a login, sign-up or OAuth callback
// handler gets a KindName point at its entry.
package names

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

type store interface {
	Authenticate(email, pw string) (int, error)
}

var db store

func Login(w http.ResponseWriter, r *http.Request) { // want `auth success: name: handler names.Login is named like a login handler and has no visible credential check`
	id, err := db.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	_ = id
}

func handleSignIn(w http.ResponseWriter, r *http.Request) {} // want `auth success: name: handler names.handleSignIn`

func SignupHandler(c *gin.Context) {} // want `auth success: name: handler names.SignupHandler for route "/signup"`

func OAuthCallback(w http.ResponseWriter, r *http.Request) {} // want `auth success: name: handler names.OAuthCallback`

// A visible check: a real point, and the name point for the writes the
// check does not reach.
func LoginWithCheck(w http.ResponseWriter, r *http.Request, hash []byte) { // want `auth success: name: handler names.LoginWithCheck is named like a login handler and has no visible credential check on this path`
	if bcrypt.CompareHashAndPassword(hash, []byte(r.FormValue("password"))) != nil { // want `auth success: password`
		return
	}
}

func routes(r *gin.Engine) {
	r.GET("/login", func(c *gin.Context) { // a form: GET
		c.HTML(200, "login.html", nil)
	})
	r.POST("/login", func(c *gin.Context) { // want `auth success: name: handler for route "/login" has no visible credential check`
		c.JSON(200, nil)
	})
	r.GET("/auth/google/callback", func(c *gin.Context) { // want `auth success: name: handler for route "/auth/google/callback"`
	})
	r.POST("/logout", func(c *gin.Context) {})
	r.POST("/signup", SignupHandler)
	r.GET("/signin", signIn) // also registered for POST below
	r.POST("/signin", signIn)
}

func signIn(c *gin.Context) {} // want `auth success: name: handler names.signIn for route "/signin"`

func mux(m *http.ServeMux) {
	m.HandleFunc("POST /signin", func(w http.ResponseWriter, r *http.Request) {}) // want `auth success: name: handler for route "/signin"`
	m.HandleFunc("GET /signin", func(w http.ResponseWriter, r *http.Request) {})
	m.Handle("/register", http.HandlerFunc(register)) // the route names it too
	m.HandleFunc("/profile", func(w http.ResponseWriter, r *http.Request) {})
}

func register(w http.ResponseWriter, r *http.Request) {} // want `auth success: name: handler names.register for route "/register"`

// A handler literal returned by a function named like a login handler.
func LoginHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {} // want `auth success: name: handler literal in names.LoginHandler`
}

// A middleware's literal is not a handler of its own.
func loginRateLimit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}

// beego: the controller's type name says what Post does; Get renders the
// form.
type LoginController struct{ web.Controller }

func (c *LoginController) Post() {} // want `auth success: name: handler LoginController.Post`
func (c *LoginController) Get()  {}

type AuthHandler struct{}

func (h *AuthHandler) Register(w http.ResponseWriter, r *http.Request) {} // want `auth success: name: handler AuthHandler.Register`
func (h *AuthHandler) Logout(w http.ResponseWriter, r *http.Request)   {}
func (h *AuthHandler) Me(w http.ResponseWriter, r *http.Request)       {}
