// Package auth finishes a Google sign-in: the code is exchanged for a
// token, the token's client asks Google's userinfo endpoint who signed
// in, and a helper of another package writes the answer into the session.
package auth

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
	userinfo "google.golang.org/api/oauth2/v2"

	"provenance/googlelogin/session"
)

var conf = &oauth2.Config{ClientID: "id"}

func profile(r *http.Request) (*userinfo.Userinfoplus, error) {
	tok, err := conf.Exchange(context.Background(), r.FormValue("code"))
	if err != nil {
		return nil, err
	}
	svc, err := userinfo.New(conf.Client(context.Background(), tok))
	if err != nil {
		return nil, err
	}
	return svc.Userinfo.Get().Do()
}

func Callback(w http.ResponseWriter, r *http.Request) {
	p, err := profile(r)
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusBadGateway)
		return
	}
	if err := session.RememberUser(w, r, *p); err != nil { // want `before its ID is renewed`
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func CallbackRenewed(w http.ResponseWriter, r *http.Request) {
	p, err := profile(r)
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusBadGateway)
		return
	}
	if err := session.RememberUserFresh(w, r, *p); err != nil {
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

type Handlers struct {
	OAuth *oauth2.Config
}

func (h *Handlers) Inline(w http.ResponseWriter, r *http.Request) {
	code := r.FormValue("code")
	tok, err := h.OAuth.Exchange(context.Background(), code)
	if err != nil {
		return
	}
	svc, _ := userinfo.New(h.OAuth.Client(context.Background(), tok))
	p, err := svc.Userinfo.Get().Do()
	if err != nil {
		return
	}
	if err := session.RememberProfile(w, r, p); err != nil { // want `before its ID is renewed`
		return
	}
}
