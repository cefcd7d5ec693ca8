// Package usehelpers calls the helpers of package helpers: the success
// side of each call is a KindHelper point, as if the check were inline.
package usehelpers

import (
	"net/http"

	"helpers"
)

var svc = &helpers.Service{}

func login(v any) {}

func withError(w http.ResponseWriter, r *http.Request, u *helpers.User) {
	if err := helpers.CheckPassword(u, r.FormValue("password")); err != nil { // want `auth success: helper: helpers.CheckPassword succeeded \(it authenticates: bcrypt.CompareHashAndPassword returned a nil error\) via=password`
		return
	}
	login(u)
}

func withUser(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, password\)`
	u, err := svc.Login(r.FormValue("email"), r.FormValue("password")) // want `auth success: helper: Service.Login succeeded .* via=password principal=\*helpers.User`
	if err != nil {
		http.Error(w, "bad credentials", http.StatusUnauthorized)
		return
	}
	login(u)
}

func withBool(w http.ResponseWriter, r *http.Request, u *helpers.User) {
	if ok := helpers.Valid(u, r.FormValue("password")); !ok { // want `auth success: helper: helpers.Valid succeeded`
		return
	}
	login(u)
}

func withBoolError(w http.ResponseWriter, r *http.Request, u *helpers.User) {
	ok, err := helpers.Check(u, r.FormValue("password")) // want `auth success: helper: helpers.Check succeeded`
	if err != nil || !ok {
		return
	}
	login(u)
}

// A helper that aborts the request otherwise: the point is after the call.
func withAlways(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, elevation\)`
	helpers.RequireAPIKey(w, r, "k") // want `auth success: helper: helpers.RequireAPIKey returned \(it aborts the request unless subtle.ConstantTimeCompare returned 1\) via=elevation`
	login("admin")
}

func withIndirect(w http.ResponseWriter, r *http.Request, u *helpers.User) {
	if helpers.Indirect(u, r.FormValue("password")) != nil { // want `auth success: helper: helpers.Indirect succeeded`
		return
	}
	login(u)
}

// A method value: the bound method is summarised like the method.
func methodValue(w http.ResponseWriter, r *http.Request) {
	f := svc.Login
	u, err := f(r.FormValue("email"), r.FormValue("password")) // want `auth success: helper: Service.Login succeeded`
	if err != nil {
		return
	}
	login(u)
}

// No point for helpers without a fact.
func noFact(w http.ResponseWriter, r *http.Request, u *helpers.User) {
	if err := helpers.Leaky(u, r.FormValue("password")); err != nil {
		return
	}
	if _, err := helpers.LoginNoCheck(r.FormValue("email")); err != nil {
		return
	}
	if err := helpers.Lookup(svc, "", "", true); err != nil {
		return
	}
	login(u)
}

type authenticator interface {
	Login(email, pw string) (*helpers.User, error)
}

// An interface call is the check of an implementation the package sees:
// helpers.Service.Login, which implements it, has an Authenticates fact;
// the call is named by the interface's method.
func viaInterface(w http.ResponseWriter, r *http.Request, a authenticator) {
	u, err := a.Login(r.FormValue("email"), r.FormValue("password")) // want `auth success: helper: authenticator.Login succeeded`
	if err != nil {
		return
	}
	login(u)
}

// A closure in this package that authenticates is summarised too.
func closure(w http.ResponseWriter, r *http.Request, u *helpers.User) {
	check := func(pw string) bool { // want `summary: authenticates\(result 0 bool true, password\)`
		return helpers.Valid(u, pw)
	}
	if check(r.FormValue("password")) { // want `auth success: helper: closure\$1 succeeded`
		login(u)
	}
}

func genericHelper(w http.ResponseWriter, r *http.Request, key string) {
	if !helpers.Same(key, r.Header.Get("X-Key")) { // want `auth success: helper: helpers.Same succeeded`
		return
	}
	login(key)
}
