// Package ldap is a stub of github.com/go-ldap/ldap/v3 v3.4.14.
package ldap

// Conn is a connection to an LDAP server.
type Conn struct{}

// SimpleBindRequest is a simple bind.
type SimpleBindRequest struct {
	Username string
	Password string
}

// SimpleBindResult is a simple bind's answer.
type SimpleBindResult struct{}

func (l *Conn) Bind(username, password string) error { return nil }

func (l *Conn) SimpleBind(simpleBindRequest *SimpleBindRequest) (*SimpleBindResult, error) {
	return nil, nil
}

func (l *Conn) UnauthenticatedBind(username string) error { return nil }
