// Command shop configures the Redis session store the handlers use.
package main

import (
	"github.com/hertz-contrib/sessions"
	"github.com/hertz-contrib/sessions/redis"

	"hertzapp/web"
)

func main() {
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", []byte("secret"))
	_ = sessions.New("shop", store)
	_ = web.SignIn
}
