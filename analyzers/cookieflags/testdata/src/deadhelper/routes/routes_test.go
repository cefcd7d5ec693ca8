package routes_test

import (
	"testing"

	"github.com/gin-gonic/gin"

	"deadhelper/web"
)

// The only caller of web.SetupSession is this test.
func TestRoutes(t *testing.T) {
	r := gin.New()
	web.SetupSession(r)
}
