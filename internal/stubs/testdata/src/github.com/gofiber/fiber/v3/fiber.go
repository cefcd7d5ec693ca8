// Package fiber is a stub of github.com/gofiber/fiber/v3 v3.1.0.
package fiber

import "time"

type Cookie struct {
	Expires     time.Time `json:"expires"`
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	SameSite    string    `json:"same_site"`
	MaxAge      int       `json:"max_age"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	Partitioned bool      `json:"partitioned"`
	SessionOnly bool      `json:"session_only"`
}

const (
	CookieSameSiteDisabled   = "disabled"
	CookieSameSiteLaxMode    = "Lax"
	CookieSameSiteStrictMode = "Strict"
	CookieSameSiteNoneMode   = "None"
)

type Ctx interface {
	Cookie(cookie *Cookie)
	Next() error
	Query(key string, defaultValue ...string) string
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
