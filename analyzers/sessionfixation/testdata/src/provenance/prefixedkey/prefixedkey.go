// Package prefixedkey keeps the signed-in user under keys carrying the
// application's own prefix (shop_uid): an identity key when the value was
// found from the request's data (the provider's answer to the callback's
// code), not otherwise.
package prefixedkey

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

var store, _ = redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))

type Profile struct {
	Subject string
	Name    string
}

type Provider interface {
	Exchange(code string) (string, error)
	Profile(token string) (*Profile, error)
}

type Accounts interface {
	Upsert(p *Profile) (int64, error)
}

type SSO struct {
	Provider Provider
	Accounts Accounts
}

func (s *SSO) Callback(c *gin.Context) {
	token, err := s.Provider.Exchange(c.Query("code"))
	if err != nil {
		c.AbortWithStatus(401)
		return
	}
	prof, err := s.Provider.Profile(token)
	if err != nil {
		c.AbortWithStatus(401)
		return
	}
	id, err := s.Accounts.Upsert(prof)
	if err != nil {
		c.AbortWithStatus(500)
		return
	}
	sess := sessions.Default(c)
	sess.Set("shop_uid", id) // want `user identity is stored in the session before its ID is renewed`
	_ = sess.Save()
}

// CallbackRenewed is Callback's twin that starts a new session first.
func (s *SSO) CallbackRenewed(c *gin.Context) {
	token, err := s.Provider.Exchange(c.Query("code"))
	if err != nil {
		c.AbortWithStatus(401)
		return
	}
	prof, err := s.Provider.Profile(token)
	if err != nil {
		c.AbortWithStatus(401)
		return
	}
	id, err := s.Accounts.Upsert(prof)
	if err != nil {
		c.AbortWithStatus(500)
		return
	}
	sess := sessions.Default(c)
	sess.(interface{ Session() *gsessions.Session }).Session().ID = ""
	sess.Set("shop_uid", id)
	_ = sess.Save()
}

// Rename changes the signed-in member's display name and keeps the new one
// under a key that names the user, not the application: an attribute
// refreshed, not a login.
func (s *SSO) Rename(c *gin.Context) {
	prof, err := s.Provider.Profile(c.PostForm("token"))
	if err != nil {
		return
	}
	sess := sessions.Default(c)
	sess.Set("user_display", prof.Name)
	sess.Set("user_role", prof.Subject)
	_ = sess.Save()
}

// Preferences keeps what the visitor picked under the same prefix: a
// value the request chose, not one found for it.
func Preferences(c *gin.Context) {
	sess := sessions.Default(c)
	sess.Set("shop_role_filter", c.Query("role"))
	_ = sess.Save()
}

func Routes(r *gin.Engine, s *SSO) {
	r.Use(sessions.Sessions("shop", store))
	r.GET("/sso/callback", s.Callback)
	r.GET("/sso/callback-renewed", s.CallbackRenewed)
	r.GET("/preferences", Preferences)
}
