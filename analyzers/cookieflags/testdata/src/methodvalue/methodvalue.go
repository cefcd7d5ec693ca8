// Package methodvalue registers scs's middleware as a method value
// (r.Use(app.sessions.LoadAndSave)): handing the library's own method
// to a router changes nothing in the manager's configuration, so the
// manager is judged by what was configured.
package methodvalue

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

type application struct {
	sessions *scs.SessionManager
}

type router struct {
	mw []func(http.Handler) http.Handler
}

func (r *router) Use(mw func(http.Handler) http.Handler) { r.mw = append(r.mw, mw) }

func newApp() *application {
	sm := scs.New() // want `session cookie of scs.New is sent without Secure; set Cookie.Secure = true`
	sm.Cookie.Name = "sid"
	return &application{sessions: sm}
}

func (app *application) routes() *router {
	r := &router{}
	r.Use(app.sessions.LoadAndSave)
	return r
}

func newHardenedApp() *application {
	sm := scs.New()
	sm.Cookie.Secure = true
	app := &application{sessions: sm}
	r := &router{}
	r.Use(app.sessions.LoadAndSave)
	wrap := sm.LoadAndSave
	_ = wrap
	return app
}
