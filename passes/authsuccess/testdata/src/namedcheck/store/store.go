// Package store checks passwords through a pluggable hasher: nothing in
// it shows a credential check, only the names of its functions say so.
package store

// Hasher is chosen by configuration (bcrypt, argon2, LDAP...).
type Hasher interface {
	Matches(hash, password string) bool
}

var hasher Hasher

type User struct{ Name, Hash string }

// CheckUserPassword returns the user when the password matches.
func CheckUserPassword(name, password string) (*User, error) {
	u := &User{Name: name}
	if !hasher.Matches(u.Hash, password) {
		return nil, errWrong
	}
	return u, nil
}

// VerifyPassword reports whether the password matches.
func VerifyPassword(u *User, password string) bool { return hasher.Matches(u.Hash, password) }

// ValidatePassword checks a new password's strength: not a login.
func ValidatePassword(password string) error {
	if len(password) < 12 {
		return errWrong
	}
	return nil
}

// CheckPasswordStrength is not a login either.
func CheckPasswordStrength(password string) error { return ValidatePassword(password) }

type wrong struct{}

func (wrong) Error() string { return "wrong password" }

var errWrong error = wrong{}
