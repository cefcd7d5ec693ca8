// Package fiber is a stub of github.com/gofiber/fiber/v2 v2.52.15.
package fiber

import "time"

type Ctx struct{}

type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

const (
	CookieSameSiteDisabled   = "disabled"
	CookieSameSiteLaxMode    = "lax"
	CookieSameSiteStrictMode = "strict"
	CookieSameSiteNoneMode   = "none"
)

func (c *Ctx) Cookie(cookie *Cookie)                             {}
func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string   { return "" }
func (c *Ctx) Redirect(location string, status ...int) error     { return nil }

func (c *Ctx) Next() error { return nil }

func (c *Ctx) FormValue(key string, defaultValue ...string) string { return "" }

func (c *Ctx) SendString(body string) error { return nil }

func (c *Ctx) SendStatus(status int) error { return nil }

type Handler = func(*Ctx) error

type Router interface{}

type Config struct{}

type App struct{}

func New(config ...Config) *App { return &App{} }

func (app *App) Post(path string, handlers ...Handler) Router { return nil }

func (app *App) Get(path string, handlers ...Handler) Router { return nil }

func (app *App) Use(args ...interface{}) Router { return nil }

const StatusUnauthorized = 401
