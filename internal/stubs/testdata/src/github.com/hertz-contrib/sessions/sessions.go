// Package sessions is a stub of github.com/hertz-contrib/sessions v1.0.3.
package sessions

import (
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	gsessions "github.com/gorilla/sessions"
)

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
	Set(key, val interface{})
	Delete(key interface{})
	Clear()
	AddFlash(value interface{}, vars ...string)
	Flashes(vars ...string) []interface{}
	Options(Options)
	Save() error
}

func New(name string, store Store) app.HandlerFunc { return nil }

func Sessions(name string, store Store) app.HandlerFunc { return nil }

func Default(c *app.RequestContext) Session { return nil }

func DefaultMany(c *app.RequestContext, name string) Session { return nil }
