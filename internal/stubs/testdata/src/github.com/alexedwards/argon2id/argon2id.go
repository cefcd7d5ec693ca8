// Package argon2id is a stub of github.com/alexedwards/argon2id (v1.0.0).
package argon2id

type Params struct{ Memory uint32 }

var DefaultParams = &Params{}

func CreateHash(password string, params *Params) (hash string, err error) { return "", nil }

func ComparePasswordAndHash(password, hash string) (match bool, err error) { return false, nil }

func CheckHash(password, hash string) (match bool, params *Params, err error) {
	return false, nil, nil
}
