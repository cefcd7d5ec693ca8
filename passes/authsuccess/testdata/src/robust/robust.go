// Package robust exercises Go features the pass must survive: generics,
// defer, go statements, recursion, calls through func variables and
// interfaces, loops, panics, select, unreachable code.
package robust

import (
	"crypto/subtle"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type User struct{ Hash []byte }

func use(v any) {}

// A generic helper: calls of its instances use the origin's summary.
func Equal[T ~string](stored, got T) bool { // want `summary: authenticates\(result 0 bool true, compare\)`
	return subtle.ConstantTimeCompare([]byte(stored), []byte(got)) == 1
}

type Key string

func generic(w http.ResponseWriter, r *http.Request, k Key) {
	if Equal(k, Key(r.Header.Get("X-Token"))) { // want `auth success: helper: robust.Equal succeeded`
		use(k)
	}
}

// A method of a generic type.
type Checker[T any] struct{ hash []byte }

func (c *Checker[T]) Check(pw string) error { // want `summary: authenticates\(result 0 error nil, password\)`
	return bcrypt.CompareHashAndPassword(c.hash, []byte(pw))
}

func genericMethod(c *Checker[int], pw string) {
	if c.Check(pw) == nil { // want `auth success: helper: Checker.Check succeeded`
		use(c)
	}
}

// Recursion: the summary of a function being summarised reads as none.
func recursive(n int, u *User, pw string) bool {
	if n > 0 {
		return recursive(n-1, u, pw)
	}
	return bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)) == nil
}

// defer, go, recover, a loop, select.
func statements(u *User, pw string, ch chan int) {
	defer func() { _ = recover() }()
	go func() {
		if bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)) == nil { // want `auth success: password`
			use(u)
		}
	}()
	for i := 0; i < 3; i++ {
		if bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)) != nil { // want `auth success: password`
			continue
		}
		use(i)
	}
	select {
	case <-ch:
	default:
	}
}

// A func variable and an interface: no static callee, no point. (The
// literal initialising a package variable belongs to the package
// initialiser, which buildssa does not list among the source functions:
// it has no summary.)
var checkFn = func(u *User, pw string) error { return bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)) }

type checker interface{ Check(pw string) error }

func dynamic(u *User, pw string, c checker) {
	if checkFn(u, pw) != nil {
		return
	}
	if c.Check(pw) != nil {
		return
	}
	use(u)
}

// Panics and code after them.
func panics(u *User, pw string) error { // want `summary: authenticates\(result 0 error nil, password\)`
	if err := bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)); err != nil { // want `auth success: password`
		panic(err)
	}
	return nil
}

// Never returns.
func forever(u *User, pw string) {
	for {
		if bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)) == nil { // want `auth success: password`
			use(u)
		}
	}
}

// A condition that is a constant.
func constant() {
	if true {
		use(nil)
	}
}
