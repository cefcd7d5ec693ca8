// Package web logs customers in with CloudWeGo Hertz and
// hertz-contrib/sessions; the store (Redis, server-side) is made in
// cmd/shop. The credential check is a remote service's answer.
package web

import (
	"bytes"
	"context"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	gsessions "github.com/gorilla/sessions"
	"github.com/hertz-contrib/sessions"

	"hertzapp/service"
)

type loginReq struct {
	Email    string `form:"email"`
	Password string `form:"password"`
}

// UserClient is the remote user service.
type UserClient interface {
	Login(ctx context.Context, email, password string) (userID int64, err error)
}

var users UserClient

func SignIn(ctx context.Context, c *app.RequestContext) {
	var req loginReq
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	id, err := users.Login(ctx, req.Email, req.Password)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", id) // want `^user identity is stored in the session before its ID is renewed; set s.\(interface\{ Session\(\) \*gsessions.Session \}\).Session\(\).ID = "" before Save \(hertz-contrib/sessions has no regenerate call\)$`
	s.Save()
}

func SignInRenewed(ctx context.Context, c *app.RequestContext) {
	var req loginReq
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	id, err := users.Login(ctx, req.Email, req.Password)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.(interface{ Session() *gsessions.Session }).Session().ID = ""
	s.Set("user_id", id)
	s.Save()
}

// Cart re-writes what the session holds: no login.
func Cart(ctx context.Context, c *app.RequestContext) {
	s := sessions.Default(c)
	id := s.Get("user_id")
	s.Set("user_id", id)
	s.Set("cart", c.Query("item"))
	s.Save()
}

// SignInHz hands the request to a service struct, as hz lays it out.
func SignInHz(ctx context.Context, c *app.RequestContext) {
	var req service.SignInReq
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	if _, err := service.NewSignInService(ctx, c).Run(&req); err != nil { // want `^Run stores user identity in the session before its ID is renewed; in Run, set s.\(interface\{ Session\(\) \*gsessions.Session \}\).Session\(\).ID = "" before Save \(hertz-contrib/sessions has no regenerate call\)$`
		return
	}
}

// Keys of the application's own namespace, in a session DefaultMany names
// (webchat_be's shape).
const (
	sessionAccount   = "sess_account"
	sessionKeyEmail  = "app_sess_key:email"
	sessionKeyID     = "app_sess_key:account_id"
	sessionKeyDevice = "app_sess_key:device"
)

func SignInMany(ctx context.Context, c *app.RequestContext) {
	var req loginReq
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	id, err := users.Login(ctx, req.Email, req.Password)
	if err != nil {
		return
	}
	s := sessions.DefaultMany(c, sessionAccount)
	s.Set(sessionKeyEmail, req.Email) // want `^user identity is stored in the session before its ID is renewed`
	s.Set(sessionKeyID, id)
	s.Set(sessionKeyDevice, c.Query("device"))
	s.Save()
}

// Device keeps only the device under the namespace: no identity.
func Device(ctx context.Context, c *app.RequestContext) {
	s := sessions.DefaultMany(c, sessionAccount)
	s.Set(sessionKeyDevice, c.Query("device"))
	s.Save()
}

// UpstreamSignIn returns the handler of a gateway: it forwards the login
// to the identity service and, when it answers 200, marks the session
// logged in with the service's token. The check is the upstream's answer.
func UpstreamSignIn(upstream string) func(ctx context.Context, c *app.RequestContext) {
	return func(ctx context.Context, c *app.RequestContext) {
		body, _ := c.Body()
		res, err := http.Post(upstream+"/signin", "application/json", bytes.NewReader(body))
		if err != nil {
			return
		}
		defer res.Body.Close()
		if res.StatusCode == http.StatusOK {
			s := sessions.Default(c)
			s.Set("X-Subject-Token", res.Header.Get("X-Subject-Token"))
			s.Set("isLogin", true) // want `^user identity is stored in the session before its ID is renewed`
			s.Save()
		}
	}
}

// UpstreamSignInRenewed is its renewed twin.
func UpstreamSignInRenewed(upstream string) func(ctx context.Context, c *app.RequestContext) {
	return func(ctx context.Context, c *app.RequestContext) {
		body, _ := c.Body()
		res, err := http.Post(upstream+"/signin", "application/json", bytes.NewReader(body))
		if err != nil {
			return
		}
		defer res.Body.Close()
		if res.StatusCode == http.StatusOK {
			s := sessions.Default(c)
			s.(interface{ Session() *gsessions.Session }).Session().ID = ""
			s.Set("X-Subject-Token", res.Header.Get("X-Subject-Token"))
			s.Set("isLogin", true)
			s.Save()
		}
	}
}
