package factsdep // want package:`sessionMethods\[Renew\]`

// factsdep states the facts sessionops exports; its package fact names
// its methods that write or renew a session.

import (
	"context"
	"net/http"

	"github.com/alexedwards/scs/v2"
	gosession "github.com/go-session/session/v3"
	"github.com/gorilla/sessions"
)

var sm = scs.New()

var store = sessions.NewFilesystemStore("")

func Renew(ctx context.Context) error { // want Renew:`renews\(p0 scs@github.com/alexedwards/scs/v2\)`
	return sm.RenewToken(ctx)
}

// Renewed on one branch only: no fact.
func MaybeRenew(ctx context.Context, yes bool) {
	if yes {
		_ = sm.RenewToken(ctx)
	}
}

func Reset(s *sessions.Session) { // want Reset:`renews\(p0 gorilla/sessions@github.com/gorilla/sessions\)`
	s.ID = ""
}

func SetUser(r *http.Request, id int) { // want SetUser:`writes\(p0 scs@github.com/alexedwards/scs/v2\["userID"\]\)`
	sm.Put(r.Context(), "userID", id)
}

// Renews before writing: no write fact.
func LogIn(r *http.Request, id int) { // want LogIn:`renews\(p0 scs@github.com/alexedwards/scs/v2\)`
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "userID", id)
}

func Save(w http.ResponseWriter, r *http.Request, v any) error { // want Save:`writes\(p1 gorilla/sessions@github.com/gorilla/sessions "sid"\[\?\]\)`
	s, err := store.Get(r, "sid")
	if err != nil {
		return err
	}
	s.Values[v] = v
	return s.Save(r, w)
}

func Fresh(w http.ResponseWriter, r *http.Request) (gosession.Store, error) { // want Fresh:`returnsFresh\[0\]`
	return gosession.Refresh(r.Context(), w, r)
}

type Handler struct{}

func (h *Handler) Renew(r *http.Request) { // want Renew:`renews\(p1 scs@github.com/alexedwards/scs/v2\)`
	_ = sm.RenewToken(r.Context())
}
