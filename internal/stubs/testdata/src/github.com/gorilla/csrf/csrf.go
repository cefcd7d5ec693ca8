// Package csrf is a stub of github.com/gorilla/csrf (v1.7.2): Protect's
// token cookie is HttpOnly, Secure and SameSite=Lax unless an option says
// otherwise.
package csrf

import "net/http"

type SameSiteMode int

const (
	SameSiteDefaultMode SameSiteMode = iota + 1
	SameSiteLaxMode
	SameSiteStrictMode
	SameSiteNoneMode
)

type options struct {
	MaxAge     int
	Domain     string
	Path       string
	HttpOnly   bool
	Secure     bool
	SameSite   SameSiteMode
	CookieName string
}

type csrf struct {
	opts options
}

type Option func(*csrf)

func Protect(authKey []byte, opts ...Option) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler { return h }
}

func MaxAge(age int) Option            { return func(cs *csrf) { cs.opts.MaxAge = age } }
func Domain(domain string) Option      { return func(cs *csrf) { cs.opts.Domain = domain } }
func Path(p string) Option             { return func(cs *csrf) { cs.opts.Path = p } }
func Secure(s bool) Option             { return func(cs *csrf) { cs.opts.Secure = s } }
func HttpOnly(h bool) Option           { return func(cs *csrf) { cs.opts.HttpOnly = h } }
func SameSite(s SameSiteMode) Option   { return func(cs *csrf) { cs.opts.SameSite = s } }
func CookieName(name string) Option    { return func(cs *csrf) { cs.opts.CookieName = name } }
func FieldName(name string) Option     { return func(cs *csrf) {} }
func TrustedOrigins(o []string) Option { return func(cs *csrf) {} }
func Token(r *http.Request) string     { return "" }
