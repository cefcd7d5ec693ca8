// Package sessions is a stub of github.com/gin-contrib/sessions v1.0.4.
package sessions

import (
	"net/http"

	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

const DefaultKey = "github.com/gin-contrib/sessions"

type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite http.SameSite
}

type Store interface {
	gsessions.Store
	Options(Options)
}

type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Delete(key interface{})
	Clear()
	AddFlash(value interface{}, vars ...string)
	Flashes(vars ...string) []interface{}
	Options(Options)
	Save() error
}

func Sessions(name string, store Store) gin.HandlerFunc { return nil }

func SessionsMany(names []string, store Store) gin.HandlerFunc { return nil }

type session struct {
	name    string
	request *http.Request
	store   Store
	session *gsessions.Session
	written bool
	writer  http.ResponseWriter
}

func (s *session) ID() string                                 { return s.Session().ID }
func (s *session) Get(key interface{}) interface{}            { return s.Session().Values[key] }
func (s *session) Set(key interface{}, val interface{})       { s.Session().Values[key] = val }
func (s *session) Delete(key interface{})                     {}
func (s *session) Clear()                                     {}
func (s *session) AddFlash(value interface{}, vars ...string) {}
func (s *session) Flashes(vars ...string) []interface{}       { return nil }
func (s *session) Options(options Options)                    {}
func (s *session) Save() error                                { return nil }
func (s *session) Session() *gsessions.Session                { return s.session }

func Default(c *gin.Context) Session { return c.MustGet(DefaultKey).(Session) }

func DefaultMany(c *gin.Context, name string) Session {
	return c.MustGet(DefaultKey).(map[string]Session)[name]
}
