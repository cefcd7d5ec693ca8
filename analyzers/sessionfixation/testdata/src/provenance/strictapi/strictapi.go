// Package strictapi has handlers shaped like oapi-codegen's strict server:
// each takes its decoded request as a struct named ...RequestObject. The
// sign-up creates the account a lookup by e-mail did not find, and a
// helper writes it into the session; another helper marks a visitor's
// session unauthenticated.
package strictapi

import (
	"context"
	"net/http"

	"github.com/alexedwards/scs/v2"
)

type UserCreateBody struct {
	Email, Name, Password string
}

type UserCreateRequestObject struct {
	Body *UserCreateBody
}

type User struct{ ID int64 }

type Users interface {
	GetUserByEmail(ctx context.Context, email string) (*User, error)
	CreateUser(ctx context.Context, email, name string) (*User, error)
}

var (
	users Users
	sm    = scs.New()
)

func saveAuthenticated(ctx context.Context, u *User) {
	sm.Put(ctx, "authenticated", true)
	sm.Put(ctx, "user_id", u.ID)
}

func saveUnauthenticated(ctx context.Context) {
	sm.Put(ctx, "authenticated", false)
}

func UserCreate(w http.ResponseWriter, r *http.Request, request UserCreateRequestObject) {
	_, err := users.GetUserByEmail(r.Context(), request.Body.Email)
	if err == nil {
		http.Error(w, "registration failed", http.StatusBadRequest)
		return
	}
	u, err := users.CreateUser(r.Context(), request.Body.Email, request.Body.Name)
	if err != nil {
		return
	}
	saveAuthenticated(r.Context(), u) // want `^saveAuthenticated stores user identity in the session before its ID is renewed`
}

func UserCreateRenewed(w http.ResponseWriter, r *http.Request, request UserCreateRequestObject) {
	_, err := users.GetUserByEmail(r.Context(), request.Body.Email)
	if err == nil {
		http.Error(w, "registration failed", http.StatusBadRequest)
		return
	}
	u, err := users.CreateUser(r.Context(), request.Body.Email, request.Body.Name)
	if err != nil {
		return
	}
	if err := sm.RenewToken(r.Context()); err != nil {
		return
	}
	saveAuthenticated(r.Context(), u)
}

// authenticate, a middleware named like a login, gives a visitor a session
// marked unauthenticated: a zero value, no identity.
func authenticate(w http.ResponseWriter, r *http.Request) {
	if sm.GetInt(r.Context(), "user_id") == 0 {
		saveUnauthenticated(r.Context())
	}
}
