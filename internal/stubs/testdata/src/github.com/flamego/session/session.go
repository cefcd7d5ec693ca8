// Package session is a stub of github.com/flamego/session v1.6.6 (the
// exported API is the same as v1.6.5's, which testdata/modelcheck builds).
package session

import (
	"context"
	"net/http"
	"time"

	"github.com/flamego/flamego"
)

type Session interface {
	ID() string
	RegenerateID(w http.ResponseWriter, r *http.Request) error
	Get(key interface{}) interface{}
	Set(key, val interface{})
	SetFlash(val interface{})
	Delete(key interface{})
	Flush()
	Encode() ([]byte, error)
	HasChanged() bool
}

type Store interface {
	Exist(ctx context.Context, sid string) bool
	Read(ctx context.Context, sid string) (Session, error)
	Destroy(ctx context.Context, sid string) error
	Touch(ctx context.Context, sid string) error
	Save(ctx context.Context, session Session) error
	GC(ctx context.Context) error
}

type Flash interface{}

type Initer func(ctx context.Context, args ...interface{}) (Store, error)

type IDWriter func(w http.ResponseWriter, r *http.Request, sid string)

type CookieOptions struct {
	Name     string
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HTTPOnly bool
	SameSite http.SameSite
}

type Options struct {
	Initer      Initer
	Config      interface{}
	Cookie      CookieOptions
	IDLength    int
	GCInterval  time.Duration
	ErrorFunc   func(err error)
	ReadIDFunc  func(r *http.Request) string
	WriteIDFunc func(w http.ResponseWriter, r *http.Request, sid string, created bool)
}

func Sessioner(opts ...Options) flamego.Handler { return nil }

type MemoryConfig struct {
	Lifetime time.Duration
}

func MemoryIniter() Initer { return nil }

type FileConfig struct {
	Lifetime time.Duration
	RootDir  string
}

func FileIniter() Initer { return nil }
