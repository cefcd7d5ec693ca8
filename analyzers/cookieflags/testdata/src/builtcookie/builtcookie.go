// Package builtcookie builds its session cookie in one helper whose
// result a second helper returns through named results; both defer a
// call, so SSA keeps their results in cells that the early error returns
// load too: the cookie is what reaches the final return.
package builtcookie

import (
	"context"
	"net/http"
	"time"
)

type config struct {
	Name       string
	SecureOnly bool
}

type service struct{ cfg config }

type span struct{}

func (span) End() {}

func startSpan(ctx context.Context) (context.Context, span) { return ctx, span{} }

func (s *service) buildCookie(ctx context.Context, domain, value string, expiry time.Time) (*http.Cookie, error) {
	_, sp := startSpan(ctx)
	defer sp.End()
	encoded, err := encode(value)
	if err != nil {
		return nil, err
	}
	cookie := &http.Cookie{
		Name:     s.cfg.Name,
		Value:    encoded,
		Path:     "/",
		HttpOnly: true,
		Secure:   s.cfg.SecureOnly,
		Domain:   domain,
		Expires:  expiry,
		SameSite: http.SameSiteNoneMode,
		MaxAge:   int(time.Until(expiry).Seconds()),
	}
	return cookie, nil
}

func (s *service) issue(ctx context.Context, domain, token string) (cookie *http.Cookie, err error) {
	ctx, sp := startSpan(ctx)
	defer sp.End()
	cookie, err = s.buildCookie(ctx, domain, token, time.Now().Add(time.Hour))
	if err != nil {
		return nil, err
	}
	return cookie, nil
}

func (s *service) logoutCookie(ctx context.Context) (*http.Cookie, error) {
	c, err := s.buildCookie(ctx, "", "deleted", time.Time{})
	if err != nil || c == nil {
		return nil, err
	}
	c.MaxAge = -1
	return c, nil
}

func (s *service) login(w http.ResponseWriter, r *http.Request) {
	c, err := s.issue(r.Context(), r.Host, "token")
	if err != nil {
		return
	}
	http.SetCookie(w, c)
}

func (s *service) logout(w http.ResponseWriter, r *http.Request) {
	c, err := s.logoutCookie(r.Context())
	if err != nil {
		return
	}
	http.SetCookie(w, c)
}

func encode(v string) (string, error) { return v, nil }

// buildDeviceCookie has the same shape without HttpOnly.
func (s *service) buildDeviceCookie(ctx context.Context, value string) (*http.Cookie, error) {
	_, sp := startSpan(ctx)
	defer sp.End()
	encoded, err := encode(value)
	if err != nil {
		return nil, err
	}
	c := &http.Cookie{Name: "session_device", Value: encoded, Path: "/", Secure: true, SameSite: http.SameSiteLaxMode} // want `cookie "session_device" is sent without HttpOnly`
	return c, nil
}

func (s *service) remember(w http.ResponseWriter, r *http.Request) {
	c, err := s.buildDeviceCookie(r.Context(), "id")
	if err != nil {
		return
	}
	http.SetCookie(w, c)
}
