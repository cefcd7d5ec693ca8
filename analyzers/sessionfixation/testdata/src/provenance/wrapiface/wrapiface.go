// Package wrapiface keeps gin sessions behind the application's own
// interfaces: a store whose Get wraps sessions.Default(c), and a service
// that writes the user's ID through the wrapper after a bcrypt check.
package wrapiface

import (
	"errors"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

// SessionStore gives the request's session.
type SessionStore interface {
	Get(c *gin.Context) Session
}

// Session is what the service needs of a session.
type Session interface {
	Set(key string, value any)
	Renew()
	Save() error
}

type ginStore struct{}

func (ginStore) Get(c *gin.Context) Session { return &ginSession{s: sessions.Default(c)} }

type ginSession struct{ s sessions.Session }

func (g *ginSession) Set(key string, value any) { g.s.Set(key, value) }

// Renew gives the session a new ID at the next Save.
func (g *ginSession) Renew() {
	g.s.(interface{ Session() *gsessions.Session }).Session().ID = ""
}

func (g *ginSession) Save() error { return g.s.Save() }

type Service struct {
	sessions SessionStore
}

func NewService() *Service { return &Service{sessions: ginStore{}} }

func (s *Service) createSession(c *gin.Context, id int) error {
	sess := s.sessions.Get(c)
	sess.Set("user_id", id)
	return sess.Save()
}

func (s *Service) createRenewedSession(c *gin.Context, id int) error {
	sess := s.sessions.Get(c)
	sess.Renew()
	sess.Set("user_id", id)
	return sess.Save()
}

func (s *Service) LocalLogin(c *gin.Context, email, password string) error {
	u, err := users.FindByEmail(email)
	if err != nil {
		return err
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)) != nil {
		return errors.New("wrong password")
	}
	return s.createSession(c, u.ID) // want `^createSession stores user identity in the session before its ID is renewed`
}

func (s *Service) LocalLoginRenewed(c *gin.Context, email, password string) error {
	u, err := users.FindByEmail(email)
	if err != nil {
		return err
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)) != nil {
		return errors.New("wrong password")
	}
	return s.createRenewedSession(c, u.ID)
}
