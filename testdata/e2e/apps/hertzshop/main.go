// Command hertzshop serves a shop with CloudWeGo Hertz and
// hertz-contrib/sessions on Redis, its cookie left with the store's
// defaults.
package main

import (
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/hertz-contrib/sessions"
	"github.com/hertz-contrib/sessions/redis"

	"sessionlint.test/e2e/apps/hertzshop/handler"
)

func main() {
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", []byte("secret")) // e2e: cookieflags
	if err != nil {
		panic(err)
	}
	h := server.Default()
	h.Use(sessions.New("shop", store))
	h.POST("/signin", handler.SignIn)
	h.POST("/basket", handler.Basket)
	h.Spin()
}
