// Package proxy keeps its session store in a field typed as the cookie
// store's interface, though the Redis store is assigned to it when Redis
// is configured: the field's type says nothing of what it holds.
package proxy

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"users"
)

type Proxy struct {
	cookieStore cookie.Store
}

func New(useRedis bool) *Proxy {
	p := &Proxy{}
	var err error
	if useRedis {
		p.cookieStore, err = redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
		if err != nil {
			panic(err)
		}
	} else {
		p.cookieStore = cookie.NewStore([]byte("secret"))
	}
	return p
}

func (p *Proxy) Run() {
	r := gin.Default()
	r.Use(sessions.Sessions("proxy", p.cookieStore))
	r.POST("/login", p.login)
}

func (p *Proxy) login(c *gin.Context) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID) // want `user identity is stored in the session before its ID is renewed; .* \(this holds where a server-side store serves the session; the module also builds a signed-cookie store, cookie\.NewStore at ifacefield/proxy/proxy\.go:29, which needs none\)`
	_ = s.Save()
}
