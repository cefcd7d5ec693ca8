// Package oauth shows the success points of OAuth, OpenID Connect, goth,
// WebAuthn, TOTP and JWT checks.
package oauth

import (
	"context"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/go-webauthn/webauthn/webauthn"
	"github.com/golang-jwt/jwt/v5"
	"github.com/markbates/goth/gothic"
	"github.com/pquerna/otp/totp"
	"golang.org/x/oauth2"

	"oauth/providersdk"
)

var (
	conf     *oauth2.Config
	verifier *oidc.IDTokenVerifier
	wa       *webauthn.WebAuthn
)

func use(v any) {}

func oauthCallback(w http.ResponseWriter, r *http.Request) { // want `auth success: name: handler oauth.oauthCallback .* on this path`
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")) // want `auth success: oauth: oauth2.Config.Exchange returned a nil error principal=\*golang.org/x/oauth2.Token`
	if err != nil {
		return
	}
	use(tok)
}

func oidcCallback(ctx context.Context, raw string) {
	idt, err := verifier.Verify(ctx, raw) // want `auth success: oauth: oidc.IDTokenVerifier.Verify returned a nil error`
	if err == nil {
		use(idt.Subject)
	}
}

// gothic.CompleteUserAuth is called through a package variable.
func gothCallback(w http.ResponseWriter, r *http.Request) { // want `auth success: name: handler oauth.gothCallback .* on this path`
	gu, err := gothic.CompleteUserAuth(w, r) // want `auth success: oauth: gothic.CompleteUserAuth returned a nil error principal=github.com/markbates/goth.User`
	if err != nil {
		return
	}
	use(gu.UserID)
}

func passkey(w http.ResponseWriter, r *http.Request, u webauthn.User, sd webauthn.SessionData) {
	if _, err := wa.FinishLogin(u, sd, r); err != nil { // want `auth success: webauthn: webauthn.FinishLogin returned a nil error principal=github.com/go-webauthn/webauthn/webauthn.User`
		return
	}
	use(u)
}

func discoverable(w http.ResponseWriter, r *http.Request, sd webauthn.SessionData) {
	user, _, err := wa.FinishPasskeyLogin(nil, sd, r) // want `auth success: webauthn: webauthn.FinishPasskeyLogin returned a nil error`
	if err != nil {
		return
	}
	use(user)
}

func otp(w http.ResponseWriter, r *http.Request, secret string) {
	if !totp.Validate(r.FormValue("code"), secret) { // want `auth success: totp: totp.Validate returned true`
		return
	}
	use(secret)
}

// ValidateCustom returns (false, nil) for a wrong code: only the bool is
// the success signal, not the error.
func otpCustom(w http.ResponseWriter, r *http.Request, secret string) {
	ok, err := totp.ValidateCustom(r.FormValue("code"), secret, now(), totpOpts) // want `auth success: totp: totp.ValidateCustom returned true`
	if err != nil {
		return
	}
	if ok {
		use(secret)
	}
}

// jwt: the error and the Valid field each give a point.
func bearer(w http.ResponseWriter, r *http.Request, key []byte) {
	token, err := jwt.Parse(r.Header.Get("Authorization"), func(*jwt.Token) (any, error) { return key, nil }) // want `auth success: token: jwt.Parse returned a nil error` `auth success: token: jwt.Parse returned a token whose Valid field is true`
	if err != nil || !token.Valid {
		return
	}
	use(token.Claims)
}

type claims struct {
	jwt.RegisteredClaims
	Email string
}

// ParseWithClaims: the principal is the claims the caller passed.
func bearerClaims(w http.ResponseWriter, r *http.Request, key []byte) {
	var c claims
	if _, err := jwt.ParseWithClaims(r.Header.Get("Authorization"), &c, func(*jwt.Token) (any, error) { return key, nil }); err != nil { // want `auth success: token: jwt.ParseWithClaims returned a nil error principal=\*claims`
		return
	}
	use(c.Email)
}

// ParseUnverified checks nothing.
func unverified(w http.ResponseWriter, r *http.Request) {
	token, _, err := jwt.NewParser().ParseUnverified(r.Header.Get("Authorization"), jwt.MapClaims{})
	if err != nil {
		return
	}
	use(token)
}

// The OAuth state comparison protects against login CSRF; it does not
// authenticate anyone.
func stateCheck(w http.ResponseWriter, r *http.Request, c *http.Cookie) {
	if r.FormValue("state") != c.Value {
		return
	}
	use(c)
}

// A provider SDK's exchange, known by its answer: an oauth2.Token for the
// authorization code.
func sdkCallback(w http.ResponseWriter, r *http.Request) { // want `auth success: name: handler oauth.sdkCallback .* on this path`
	code := r.URL.Query().Get("code")
	tok, err := providersdk.GetOAuthToken(code, r.URL.Query().Get("state")) // want `auth success: oauth: providersdk.GetOAuthToken returned the provider's token for the authorization code principal=\*golang.org/x/oauth2.Token`
	if err != nil {
		return
	}
	use(tok)
}

// A token read back from storage is no exchange.
func storedToken(raw string) {
	tok, err := providersdk.StoredToken(raw)
	if err != nil {
		return
	}
	use(tok)
}

// exchanger is the application's own service; its implementation wraps
// the exchange and returns a nil token on failure.
type exchanger interface {
	Exchange(ctx context.Context, code string) (*oauth2.Token, error)
}

type service struct{ conf *oauth2.Config }

func (s *service) Exchange(ctx context.Context, code string) (*oauth2.Token, error) { // want `summary: authenticates\(result 1 error nil, oauth\)`
	t, err := s.conf.Exchange(ctx, code) // want `auth success: oauth: oauth2.Config.Exchange returned a nil error`
	if err != nil {
		return nil, err
	}
	return t, nil
}

// The exchange through the interface is its implementation's.
func serviceCallback(w http.ResponseWriter, r *http.Request, ex exchanger) { // want `auth success: name: handler oauth.serviceCallback .* on this path`
	tok, err := ex.Exchange(r.Context(), r.URL.Query().Get("code")) // want `auth success: helper: exchanger.Exchange succeeded \(it authenticates: oauth2.Config.Exchange returned a nil error\) via=oauth`
	if err != nil {
		return
	}
	use(tok)
}
