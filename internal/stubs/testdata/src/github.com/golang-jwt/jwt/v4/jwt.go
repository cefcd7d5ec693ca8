// Package jwt is a stub of github.com/golang-jwt/jwt/v4 v4.5.2. Its Claims
// interface is v4's (Valid() error); v5 replaced it with getters.
package jwt

import "time"

type Claims interface {
	Valid() error
}

type MapClaims map[string]interface{}

func (m MapClaims) Valid() error { return nil }

type NumericDate struct {
	time.Time
}

type ClaimStrings []string

type RegisteredClaims struct {
	Issuer    string
	Subject   string
	Audience  ClaimStrings
	ExpiresAt *NumericDate
	NotBefore *NumericDate
	IssuedAt  *NumericDate
	ID        string
}

func (c RegisteredClaims) Valid() error { return nil }

type Token struct {
	Raw       string
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

type Keyfunc func(*Token) (interface{}, error)

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
