// Package jwt is a stub of github.com/golang-jwt/jwt/v5 v5.3.1. Its Claims
// interface is v5's getters; v4's was Valid() error.
package jwt

import "time"

type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

type NumericDate struct {
	time.Time
}

type ClaimStrings []string

type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (m MapClaims) GetIssuer() (string, error)               { return "", nil }
func (m MapClaims) GetSubject() (string, error)              { return "", nil }

type RegisteredClaims struct {
	Issuer    string
	Subject   string
	Audience  ClaimStrings
	ExpiresAt *NumericDate
	NotBefore *NumericDate
	IssuedAt  *NumericDate
	ID        string
}

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return c.NotBefore, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return c.IssuedAt, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return c.Audience, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return c.Issuer, nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return c.Subject, nil }

type Token struct {
	Raw       string
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

type Keyfunc func(*Token) (any, error)

type ParserOption func(*Parser)

type Parser struct{}

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
