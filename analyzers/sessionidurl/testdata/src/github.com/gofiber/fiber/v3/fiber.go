// Package fiber is a stub of github.com/gofiber/fiber/v3 v3.1.0.
package fiber

type Ctx interface {
	Query(key string, defaultValue ...string) string
}

type Handler = func(Ctx) error
