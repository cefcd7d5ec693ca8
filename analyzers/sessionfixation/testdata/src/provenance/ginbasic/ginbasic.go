// Package ginbasic checks an HTTP Basic header against the credentials its
// configuration lists, in a gin handler a factory returns, and keeps the
// user's information in a gin-contrib session on a Redis store.
package ginbasic

import (
	"encoding/base64"
	"strings"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

const userKey = "app-user"

type UserInfo struct {
	UserID string
	Groups []string
}

type SessionData struct{ UserInfo UserInfo }

type Credentials struct{ Username, Password string }

type Config struct{ Credentials []Credentials }

type UserService struct{}

func (UserService) GetUserInfo(userID string) UserInfo { return UserInfo{UserID: userID} }

var store, _ = redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))

func decode(header string) (userid, password string, ok bool) {
	kind, payload, found := strings.Cut(header, " ")
	if !found || kind != "Basic" {
		return "", "", false
	}
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		return "", "", false
	}
	userid, password, ok = strings.Cut(string(raw), ":")
	return userid, password, ok
}

func checkBasic(cfg Config, users UserService) func(c *gin.Context) {
	return func(c *gin.Context) {
		session := sessions.Default(c)
		if user := session.Get(userKey); user != nil {
			c.Next()
			return
		}
		values, has := c.Request.Header["Authorization"]
		if !has {
			c.AbortWithStatus(401)
			return
		}
		username, password, ok := decode(values[0])
		if !ok {
			c.AbortWithStatus(401)
			return
		}
		for _, pc := range cfg.Credentials {
			if pc.Username == username && pc.Password == password {
				info := users.GetUserInfo("local:" + username)
				session.Set(userKey, SessionData{info}) // want `^user identity is stored in the session before its ID is renewed`
				_ = session.Save()
				c.Next()
				return
			}
		}
		c.AbortWithStatus(401)
	}
}

func basicScheme(cfg Config, users *UserService) gin.HandlerFunc {
	return func(c *gin.Context) {
		checkBasic(cfg, *users)(c)
	}
}

func Routes(r *gin.Engine, cfg Config) {
	r.Use(sessions.Sessions("s", store))
	r.GET("/login", basicScheme(cfg, &UserService{}))
}

type Display struct{ Theme, Lang string }

// checkDisplay keeps only display settings after the same check: a
// struct with no identity field carries no identity.
func checkDisplay(cfg Config) func(c *gin.Context) {
	return func(c *gin.Context) {
		values, has := c.Request.Header["Authorization"]
		if !has {
			return
		}
		username, password, ok := decode(values[0])
		if !ok {
			return
		}
		for _, pc := range cfg.Credentials {
			if pc.Username == username && pc.Password == password {
				session := sessions.Default(c)
				session.Set("app-display", Display{Theme: c.Query("theme"), Lang: "en"})
				_ = session.Save()
				return
			}
		}
	}
}

type claims struct {
	Email  string
	Groups []string
}

// HandleCallback exchanges the code the request carries and returns the
// ID token's claims.
type HandleCallback func(c *gin.Context, storedState string) (*claims, error)

// oidcScheme's handler gets the callback's handling as a function value
// (built elsewhere around oauth2.Config.Exchange and the ID-token check).
func oidcScheme(users UserService, handle HandleCallback) func(c *gin.Context) {
	return func(c *gin.Context) {
		session := sessions.Default(c)
		if c.Query("code") == "" {
			return
		}
		state, ok := session.Get("oauth-state").(string)
		if !ok {
			c.AbortWithStatus(401)
			return
		}
		cl, err := handle(c, state)
		if err != nil || cl == nil {
			c.AbortWithStatus(401)
			return
		}
		info := users.GetUserInfo("local:" + cl.Email)
		session.Set(userKey, SessionData{info}) // want `^user identity is stored in the session before its ID is renewed`
		_ = session.Save()
	}
}

// linkedScheme reads the code too, but stores the user the session already
// holds, looked up by its own ID: a re-write, not the provider's answer.
func linkedScheme(users UserService) func(c *gin.Context) {
	return func(c *gin.Context) {
		session := sessions.Default(c)
		if c.Query("code") == "" {
			return
		}
		id, ok := session.Get("uid").(string)
		if !ok {
			return
		}
		info := users.GetUserInfo(id)
		session.Set(userKey, SessionData{info})
		_ = session.Save()
	}
}
