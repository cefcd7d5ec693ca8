// Package gothicgin finishes an OAuth sign-in with gothic and keeps a
// profile made from the provider's answer in a gin session, whose store is
// the application's own adapter over a gorilla FilesystemStore.
package gothicgin

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
	"github.com/markbates/goth"
	"github.com/markbates/goth/gothic"
)

// store adapts a gorilla store to gin-contrib's interface.
type store struct {
	gsessions.Store
}

func (*store) Options(sessions.Options) {}

// Profile is what the session keeps of the signed-in user.
type Profile struct {
	ID, Name, Email string
}

func newProfile(u goth.User) Profile {
	return Profile{ID: u.UserID, Name: u.Name, Email: u.Email}
}

func Setup(engine *gin.Engine, dir string, key []byte) {
	fs := gsessions.NewFilesystemStore(dir, key)
	gothic.Store = fs
	engine.Use(sessions.Sessions("auth-session", &store{fs}))
	engine.GET("/callback", Callback)
	engine.GET("/callback-renewed", CallbackRenewed)
}

func Callback(ctx *gin.Context) {
	user, err := gothic.CompleteUserAuth(ctx.Writer, ctx.Request)
	if err != nil {
		ctx.AbortWithStatus(500)
		return
	}
	session := sessions.Default(ctx)
	session.Set("profile", newProfile(user)) // want `user identity is stored in the session before its ID is renewed`
	_ = session.Save()
}

func CallbackRenewed(ctx *gin.Context) {
	user, err := gothic.CompleteUserAuth(ctx.Writer, ctx.Request)
	if err != nil {
		ctx.AbortWithStatus(500)
		return
	}
	session := sessions.Default(ctx)
	session.(interface{ Session() *gsessions.Session }).Session().ID = ""
	session.Set("profile", newProfile(user))
	_ = session.Save()
}
