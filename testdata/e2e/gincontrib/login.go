package gincontrib

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/oauth"
	"sessionlint.test/e2e/internal/users"
)

// LoginVulnerable is the pattern of the gin-contrib README: the identity is
// written into the session the browser presented.
func LoginVulnerable(c *gin.Context) {
	u, ok := users.Lookup(c.PostForm("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID) // e2e: sessionfixation
	if err := s.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusSeeOther, "/")
}

// LoginClearTrap clears the session first. Clear removes the values but
// keeps the ID, so the planted ID is still the one that gets logged in.
func LoginClearTrap(c *gin.Context) {
	u, ok := users.Lookup(c.PostForm("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	s.Clear()
	s.Set("user_id", u.ID) // e2e: sessionfixation
	_ = s.Save()
	c.Redirect(http.StatusSeeOther, "/")
}

// LoginFixed reaches the wrapped gorilla session and empties its ID, so
// that Save stores the session under a new one.
func LoginFixed(c *gin.Context) {
	u, ok := users.Lookup(c.PostForm("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	g := s.(interface{ Session() *gsessions.Session }).Session()
	g.ID = ""
	s.Set("user_id", u.ID) // e2e: clean
	_ = s.Save()
	c.Redirect(http.StatusSeeOther, "/")
}

// Logout removes the identity.
func Logout(c *gin.Context) {
	s := sessions.Default(c)
	s.Delete("user_id") // e2e: clean
	_ = s.Save()
	c.Redirect(http.StatusSeeOther, "/")
}

// SetTheme stores a preference: not an identity.
func SetTheme(c *gin.Context) {
	s := sessions.Default(c)
	if s.Get("user_id") == nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s.Set("theme", c.PostForm("theme")) // e2e: clean
	_ = s.Save()
}

// OAuthCallback stores the provider's identity in the pre-login session.
func OAuthCallback(c *gin.Context) {
	s := sessions.Default(c)
	if c.Query("state") != s.Get("oauth_state") {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tok, err := oauth.Config.Exchange(c.Request.Context(), c.Query("code"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	s.Set("email", oauth.Email(tok)) // e2e: sessionfixation
	_ = s.Save()
	c.Redirect(http.StatusSeeOther, "/")
}
