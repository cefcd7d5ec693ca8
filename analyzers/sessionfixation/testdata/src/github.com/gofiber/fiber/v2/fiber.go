// Package fiber is a stub of github.com/gofiber/fiber/v2 v2.52.15.
package fiber

type Ctx struct{}

func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }

func (c *Ctx) FormValue(key string, defaultValue ...string) string { return "" }

func (c *Ctx) SendString(body string) error { return nil }

func (c *Ctx) SendStatus(status int) error { return nil }

func (c *Ctx) Redirect(location string, status ...int) error { return nil }

type Handler = func(*Ctx) error

type Router interface{}

type Config struct{}

type App struct{}

func New(config ...Config) *App { return &App{} }

func (app *App) Post(path string, handlers ...Handler) Router { return nil }

func (app *App) Get(path string, handlers ...Handler) Router { return nil }

const StatusUnauthorized = 401
