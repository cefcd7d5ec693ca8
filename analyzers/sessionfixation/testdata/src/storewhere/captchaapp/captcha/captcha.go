// Package captcha keeps a captcha's answer in the request's session.
package captcha

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

// Store is what the captcha library asks for.
type Store interface {
	Verify(answer string) bool
}

type sessionStore struct{ session sessions.Session }

// NewSessionStore is named like a session store; it is a captcha's store
// over the session the program already has.
func NewSessionStore(c *gin.Context) Store {
	return &sessionStore{session: sessions.Default(c)}
}

func (s *sessionStore) Verify(answer string) bool {
	want, _ := s.session.Get("captcha").(string)
	return want != "" && want == answer
}
