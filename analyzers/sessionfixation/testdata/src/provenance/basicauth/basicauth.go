// Package basicauth logs the web UI in from an HTTP Basic header: a
// middleware parses the header in a helper, asks a password file whether
// the pair is right (two booleans, no error), and keeps the user in a
// gorilla session on a store the middleware reaches through its
// controller.
package basicauth

import (
	"encoding/base64"
	"errors"
	"net/http"
	"strings"
	"sync"

	"github.com/go-ldap/ldap/v3"
	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

type passwords struct{ hashes map[string]string }

func (p *passwords) get(username string) (hash string, present bool) {
	hash, present = p.hashes[username]
	return
}

type verifier interface{ Verify(passphrase []byte) bool }

var crypters = map[string]verifier{}

// Authenticate reports whether the pair is right (bcrypt, or a crypt(3)
// verifier), and whether the user exists.
func (p *passwords) Authenticate(username, passphrase string) (ok, present bool) {
	hash, present := p.get(username)
	if !present {
		return false, false
	}
	if strings.HasPrefix(hash, "$2") {
		if err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(passphrase)); err != nil {
			return false, present
		}
		return true, present
	}
	var v verifier
	if v, ok = crypters[hash[:3]]; !ok {
		return false, present
	}
	if !v.Verify([]byte(passphrase)) {
		return false, present
	}
	return true, present
}

type controller struct {
	Store sessions.Store
}

type directory struct {
	mu           sync.Mutex
	conn         *ldap.Conn
	bindDN       string
	bindPassword string
}

var errBadUser = errors.New("no such user")

func (d *directory) search(username string) ([]string, error) {
	return []string{"uid=" + username}, nil
}

// Authenticate binds as the directory's reader (retrying), finds the
// user's entry, and binds as the user: the directory checks the password.
// The deferred unlock makes SSA return the results through locals.
func (d *directory) Authenticate(username, password string) (bool, map[string]string, []string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if password == "" {
		return false, nil, nil, errors.New("empty password")
	}
	connected := false
	for retries := 0; !connected && retries < 3; retries++ {
		if d.bindPassword != "" {
			if err := d.conn.Bind(d.bindDN, d.bindPassword); err != nil {
				continue
			}
		} else if err := d.conn.UnauthenticatedBind(d.bindDN); err != nil {
			continue
		}
		connected = true
	}
	if !connected {
		return false, nil, nil, errors.New("no connection")
	}
	entries, err := d.search(username)
	if err != nil {
		return false, nil, nil, err
	}
	if len(entries) != 1 {
		err := errBadUser
		return false, nil, nil, err
	}
	if err := d.conn.Bind(entries[0], password); err != nil {
		return false, nil, nil, err
	}
	return true, map[string]string{"uid": username}, nil, nil
}

type middleware struct {
	htpasswd *passwords
	ldap     *directory
}

func (m *middleware) ldapAuthn(ctlr *controller, w http.ResponseWriter, r *http.Request) (bool, error) {
	identity, passphrase, err := credentials(r)
	if err != nil {
		return false, nil
	}
	ok, _, _, err := m.ldap.Authenticate(identity, passphrase)
	if ok && err == nil {
		if err := saveLoggedIn(ctlr.Store, w, r, identity); err != nil { // want `saveLoggedIn stores user identity in the session before its ID is renewed`
			return false, err
		}
		return true, nil
	}
	return false, nil
}

func credentials(r *http.Request) (string, string, error) {
	header := r.Header.Get("Authorization")
	kind, payload, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(kind, "basic") {
		return "", "", errors.New("no basic credentials")
	}
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		return "", "", err
	}
	user, pass, ok := strings.Cut(string(raw), ":")
	if !ok {
		return "", "", errors.New("malformed credentials")
	}
	return user, pass, nil
}

func saveLoggedIn(store sessions.Store, w http.ResponseWriter, r *http.Request, identity string) error {
	s, _ := store.Get(r, "session")
	s.Values["authStatus"] = true
	s.Values["user"] = identity
	return s.Save(r, w)
}

func saveLoggedInRenewed(store sessions.Store, w http.ResponseWriter, r *http.Request, identity string) error {
	s, _ := store.Get(r, "session")
	s.ID = ""
	s.Values["authStatus"] = true
	s.Values["user"] = identity
	return s.Save(r, w)
}

func (m *middleware) basicAuthn(ctlr *controller, w http.ResponseWriter, r *http.Request) (bool, error) {
	identity, passphrase, err := credentials(r)
	if err != nil {
		return false, nil
	}
	ok, _ := m.htpasswd.Authenticate(identity, passphrase)
	if ok {
		if r.Header.Get("X-UI") != "" {
			if err := saveLoggedIn(ctlr.Store, w, r, identity); err != nil { // want `saveLoggedIn stores user identity in the session before its ID is renewed`
				return false, err
			}
		}
		return true, nil
	}
	return false, nil
}

func (m *middleware) basicAuthnRenewed(ctlr *controller, w http.ResponseWriter, r *http.Request) (bool, error) {
	identity, passphrase, err := credentials(r)
	if err != nil {
		return false, nil
	}
	if ok, _ := m.htpasswd.Authenticate(identity, passphrase); !ok {
		return false, nil
	}
	return true, saveLoggedInRenewed(ctlr.Store, w, r, identity)
}
