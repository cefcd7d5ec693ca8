// Package sessions is a stub of github.com/gorilla/sessions v1.4.0.
package sessions

import "net/http"

type Store interface {
	Get(r *http.Request, name string) (*Session, error)
	New(r *http.Request, name string) (*Session, error)
	Save(r *http.Request, w http.ResponseWriter, s *Session) error
}

type Options struct {
	Path        string
	Domain      string
	MaxAge      int
	Secure      bool
	HttpOnly    bool
	Partitioned bool
	SameSite    http.SameSite
}

type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
	store   Store
	name    string
}

func NewSession(store Store, name string) *Session {
	return &Session{Values: make(map[interface{}]interface{}), store: store, name: name, Options: new(Options)}
}

func (s *Session) Flashes(vars ...string) []interface{} { return nil }

func (s *Session) AddFlash(value interface{}, vars ...string) {}

func (s *Session) Save(r *http.Request, w http.ResponseWriter) error { return s.store.Save(r, w, s) }

func (s *Session) Name() string { return s.name }

func (s *Session) Store() Store { return s.store }

func Save(r *http.Request, w http.ResponseWriter) error { return nil }

type CookieStore struct {
	Options *Options
}

func NewCookieStore(keyPairs ...[]byte) *CookieStore { return &CookieStore{Options: &Options{}} }

func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}

func (s *CookieStore) New(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}

func (s *CookieStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}

func (s *CookieStore) MaxAge(age int) {}

type FilesystemStore struct {
	Options *Options
}

func NewFilesystemStore(path string, keyPairs ...[]byte) *FilesystemStore {
	return &FilesystemStore{Options: &Options{}}
}

func (s *FilesystemStore) Get(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}

func (s *FilesystemStore) New(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}

func (s *FilesystemStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}

func (s *FilesystemStore) MaxAge(age int) {}

// NewCookie returns an http.Cookie with the options set.
func NewCookie(name, value string, options *Options) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: options.Path, MaxAge: options.MaxAge,
		Secure: options.Secure, HttpOnly: options.HttpOnly, SameSite: options.SameSite}
}

// Registry stores the sessions of one request.
type Registry struct {
	request *http.Request
}

func GetRegistry(r *http.Request) *Registry { return &Registry{request: r} }

// Get returns the request's session of that name from store, made with
// store.New the first time.
func (s *Registry) Get(store Store, name string) (session *Session, err error) {
	return store.New(s.request, name)
}

func (s *Registry) Save(w http.ResponseWriter) error { return nil }
