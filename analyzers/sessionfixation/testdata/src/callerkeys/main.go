// Command callerkeys registers a server-side store.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"

	"callerkeys/api"
)

func main() {
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("k"))
	r := gin.Default()
	r.Use(sessions.Sessions("s", store))
	api.Routes(r)
}
