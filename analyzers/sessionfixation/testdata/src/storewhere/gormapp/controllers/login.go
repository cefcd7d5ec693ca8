// Package controllers is gormapp's handlers. Clearing the session's ID,
// which renews a session of gorilla's other stores, does nothing here:
// the advice is to delete the record first, which renews (the next Save
// finds no record for the request's cookie and mints a new ID).
package controllers

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

func authenticate(c *gin.Context) (*users.User, bool) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil {
		return nil, false
	}
	return u, bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) == nil
}

func Login(c *gin.Context) {
	u, ok := authenticate(c)
	if !ok {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID) // want `user identity is stored in the session before its ID is renewed; delete the session's record first: s\.Options\(sessions\.Options\{MaxAge: -1\}\) and Save\(\), then set the options again, write the user and Save \(the gorm store finds the record by the request's cookie, so clearing the session's ID renews nothing\)$`
	_ = s.Save()
}

func LoginClearsID(c *gin.Context) {
	u, ok := authenticate(c)
	if !ok {
		return
	}
	s := sessions.Default(c)
	s.(interface{ Session() *gsessions.Session }).Session().ID = ""
	s.Set("user_id", u.ID) // want `user identity is stored in the session before its ID is renewed \(clearing ID, which gorm\.NewStore at gormapp/main\.go:15 ignores, keeps the session ID\); delete the session's record first`
	_ = s.Save()
}

func LoginDeletesFirst(c *gin.Context) {
	u, ok := authenticate(c)
	if !ok {
		return
	}
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: -1})
	_ = s.Save()
	s.Options(sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	s.Set("user_id", u.ID)
	_ = s.Save()
}
