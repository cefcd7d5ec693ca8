// Package session is a stub of github.com/labstack/echo-contrib/session
// v0.17.4.
package session

import (
	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
)

type Config struct {
	Store sessions.Store
}

func Get(name string, c echo.Context) (*sessions.Session, error) { return nil, nil }

func Middleware(store sessions.Store) echo.MiddlewareFunc { return nil }

func MiddlewareWithConfig(config Config) echo.MiddlewareFunc { return nil }
