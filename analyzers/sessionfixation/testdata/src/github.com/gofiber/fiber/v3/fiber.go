// Package fiber is a stub of github.com/gofiber/fiber/v3 v3.1.0.
package fiber

type Ctx interface {
	Cookies(key string, defaultValue ...string) string
	FormValue(key string, defaultValue ...string) string
	SendString(body string) error
	SendStatus(status int) error
}

type Handler = func(Ctx) error

type Router interface{}

type Config struct{}

type App struct{}

func New(config ...Config) *App { return &App{} }

func (app *App) Use(args ...any) Router { return nil }

func (app *App) Post(path string, handler any, handlers ...any) Router { return nil }

const StatusUnauthorized = 401
