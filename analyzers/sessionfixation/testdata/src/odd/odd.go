// Package odd is Go that is unusual for a handler: it must not make the
// analysis panic.
package odd

import (
	"context"
	"iter"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var sm = scs.New()

var store = sessions.NewFilesystemStore("")

type Box[T any] struct {
	v T
	s *sessions.Session
}

func (b *Box[T]) Put(k string) { b.s.Values[k] = b.v }

func (b *Box[T]) Reset() { b.s.ID = "" }

type Getter interface {
	Get(r *http.Request, name string) (*sessions.Session, error)
}

func recurse(ctx context.Context, n int) {
	if n == 0 {
		_ = sm.RenewToken(ctx)
		return
	}
	recurse(ctx, n-1)
}

func seq(yield func(int) bool) {
	for i := range 3 {
		if !yield(i) {
			return
		}
	}
}

var _ iter.Seq[int] = seq

func loginOdd(w http.ResponseWriter, r *http.Request, g Getter, f func(context.Context) error) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	recurse(r.Context(), 3)
	_ = f(r.Context())
	var nilf func(context.Context) error
	if nilf != nil {
		_ = nilf(r.Context())
	}
	s, _ := g.Get(r, "sid")
	b := &Box[int]{v: u.ID, s: s}
	b.Reset()
	b.Put("user_id")
	get := Getter.Get
	t, _ := get(g, r, "other")
	t.ID = ""
	for i := range seq {
		if i > 1 {
			break
		}
		sm.Put(r.Context(), "theme", i)
	}
	ch := make(chan int)
	select {
	case v := <-ch:
		sm.Put(r.Context(), "cart", v)
	default:
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	var sess *sessions.Session
	func() {
		sess, _ = store.Get(r, "sid")
	}()
	if sess != nil {
		sess.ID = ""
		sess.Values["user_id"] = u.ID
		_ = sess.Save(r, w)
	}
	defer func() {
		if recover() != nil {
			sm.Put(r.Context(), "userID", 0)
		}
	}()
	var m map[string]*sessions.Session
	m["x"].Values[u.Email] = true
	panic("unreachable")
}
