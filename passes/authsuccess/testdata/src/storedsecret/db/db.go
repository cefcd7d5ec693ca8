// Package db looks API clients up by the ID the request names. The record
// it returns carries that ID (the query is by example), so everything in
// it seems to come from the request; its secret does not.
package db

type Client struct {
	ID, Secret, Owner string
}

type Key struct {
	AccessKey, AccessSecret, User string
}

// Engine stands for an ORM.
type Engine interface {
	Get(bean any) (bool, error)
}

var engine Engine

// ClientByID finds the client with that ID.
func ClientByID(id string) (*Client, error) {
	c := Client{ID: id}
	if _, err := engine.Get(&c); err != nil {
		return nil, err
	}
	return &c, nil
}

// KeyByAccessKey finds the access key.
func KeyByAccessKey(access string) (*Key, error) {
	k := Key{AccessKey: access}
	ok, err := engine.Get(&k)
	if err != nil || !ok {
		return nil, err
	}
	return &k, nil
}

// Member is a record that reads itself by its ID.
type Member struct {
	ID       int64
	Name     string
	Password string
}

// Read fills the member m.ID names.
func (m *Member) Read() error {
	_, err := engine.Get(m)
	return err
}

// Digest is the application's hash.
func Digest(b []byte) string { return string(b) }
