// Package session is a stub of github.com/beego/beego/v2/adapter/session
// v2.0.2: v1's session API over v2's.
package session

import "net/http"

type Store interface {
	Set(key, value interface{}) error
	Get(key interface{}) interface{}
	Delete(key interface{}) error
	SessionID() string
	SessionRelease(w http.ResponseWriter)
	Flush() error
}
