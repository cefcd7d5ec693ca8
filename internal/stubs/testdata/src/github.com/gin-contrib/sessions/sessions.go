// Package sessions is a stub of github.com/gin-contrib/sessions v1.0.4.
package sessions

import (
	"net/http"

	"github.com/gin-gonic/gin"
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
	Options(Options)
}

type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Options(Options)
	Save() error
}

func Sessions(name string, store Store) gin.HandlerFunc { return nil }

func Default(c *gin.Context) Session { return nil }
