// Package db runs code on connections of a store named by a token.
package db

// Store opens and closes named connections.
type Store interface {
	Connect(token string)
	Close(token string)
}

// StoreSession runs fn on a connection of the store named by token: a
// scope, not a session record (semaphore's db.StoreSession).
func StoreSession(st Store, token string, fn func()) {
	st.Connect(token)
	fn()
	st.Close(token)
}
