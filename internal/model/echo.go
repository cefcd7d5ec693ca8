package model

// Echo is github.com/labstack/echo v4 and v5: SetCookie is a thin wrapper
// around http.SetCookie, with net/http's defaults.
var Echo = &Library{
	Name:     "echo",
	Module:   "github.com/labstack/echo/v4",
	Packages: []string{"github.com/labstack/echo/v4", "github.com/labstack/echo/v5"},
	Cookies: &CookieModel{
		Senders: []Sender{
			{Func: Func{"github.com/labstack/echo/v4", "Context", "SetCookie"}, Arg: 0},
			{Func: Func{"github.com/labstack/echo/v5", "Context", "SetCookie"}, Arg: 0},
		},
	},
}
