// Package realapi requires, at the versions the authsuccess table
// describes, every library the table names, so that TestKnownTableRealAPI
// can check each entry against the real exported API.
package realapi

import (
	_ "github.com/alexedwards/argon2id"
	_ "github.com/astaxie/beego"
	_ "github.com/beego/beego/v2/server/web"
	_ "github.com/coreos/go-oidc"
	_ "github.com/coreos/go-oidc/v3/oidc"
	_ "github.com/go-ldap/ldap/v3"
	_ "github.com/go-webauthn/webauthn/webauthn"
	_ "github.com/golang-jwt/jwt/v4"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/markbates/goth/gothic"
	_ "github.com/pquerna/otp/hotp"
	_ "github.com/pquerna/otp/totp"
	_ "github.com/shareed2k/goth_fiber"
	_ "github.com/zitadel/oidc/v2/pkg/client/rp"
	_ "github.com/zitadel/oidc/v3/pkg/client/rp"
	_ "golang.org/x/crypto/argon2"
	_ "golang.org/x/crypto/bcrypt"
	_ "golang.org/x/crypto/pbkdf2"
	_ "golang.org/x/crypto/scrypt"
	_ "golang.org/x/oauth2"
)
