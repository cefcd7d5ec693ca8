// Package opsdep has helpers whose effects reach package ops as facts.
package opsdep

import (
	"context"
	"net/http"

	"github.com/alexedwards/scs/v2"
	gosession "github.com/go-session/session/v3"
	"github.com/gorilla/sessions"
)

var SM = scs.New()

func Renew(ctx context.Context) error { return SM.RenewToken(ctx) } // want `renew RenewToken scs@ctx`

func Reset(s *sessions.Session) { s.ID = "" } // want `renew ID gorilla/sessions@s`

func Put(r *http.Request, key string, v any) { SM.Put(r.Context(), key, v) } // want `sink Put scs@r key=\? before=false sanitized=false`

func Fresh(w http.ResponseWriter, r *http.Request) (gosession.Store, error) {
	s, err := gosession.Refresh(r.Context(), w, r) // want `renew Refresh go-session@t\d+ \(fresh\)`
	if err != nil {
		return nil, err
	}
	return s, nil
}
