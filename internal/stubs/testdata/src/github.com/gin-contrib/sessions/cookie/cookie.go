// Package cookie is a stub of github.com/gin-contrib/sessions/cookie v1.0.4.
package cookie

import "github.com/gin-contrib/sessions"

type Store interface {
	sessions.Store
}

func NewStore(keyPairs ...[]byte) Store { return nil }
