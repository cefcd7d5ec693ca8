package ginapp

import (
	"errors"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

func authenticate(c *gin.Context) (*users.User, error) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil {
		return nil, err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))); err != nil {
		return nil, errors.New("bad password")
	}
	return u, nil
}

func Router() *gin.Engine {
	r := gin.Default()
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
	r.Use(sessions.Sessions("sid", store))
	r.POST("/login", login)
	r.POST("/login2", func(c *gin.Context) {
		u, err := authenticate(c)
		if err != nil {
			c.AbortWithStatus(401)
			return
		}
		s := sessions.Default(c)
		s.Set("user_id", u.ID) // want `before its ID is renewed`
		_ = s.Save()
	})
	return r
}

func login(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		c.AbortWithStatus(401)
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID) // want `^user identity is stored in the session before its ID is renewed; set s.\(interface\{ Session\(\) \*gsessions.Session \}\).Session\(\).ID = "" before Save \(gin-contrib/sessions has no regenerate call\)$`
	_ = s.Save()
}

// The only way to a new ID: the wrapper's gorilla session.
func loginGood(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.(interface{ Session() *gsessions.Session }).Session().ID = ""
	s.Set("user_id", u.ID)
	_ = s.Save()
}

func loginResetBeforeSave(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID)
	gs := s.(interface{ Session() *gsessions.Session }).Session()
	gs.ID = ""
	_ = s.Save()
}

func loginClear(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Clear()
	s.Set("user_id", u.ID) // want `\(Clear keeps the session ID\)`
	_ = s.Save()
}

func loginDelete(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Delete("user_id")
	s.Set("user_id", u.ID) // want `\(Delete keeps the session ID\)`
	_ = s.Save()
}

func loginOptions(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: -1})
	_ = s.Save()
	s.Options(sessions.Options{MaxAge: 3600})
	s.Set("user_id", u.ID) // want `\(Options keeps the session ID\)`
	_ = s.Save()
}

func loginRemember(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	if c.PostForm("remember") != "" {
		s.(interface{ Session() *gsessions.Session }).Session().ID = ""
	}
	s.Set("user_id", u.ID) // want `before its ID is renewed`
	_ = s.Save()
}

func renew(s sessions.Session) {
	s.(interface{ Session() *gsessions.Session }).Session().ID = ""
}

func setUser(c *gin.Context, u *users.User) {
	sessions.Default(c).Set("user", u)
}

func loginHelpers(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	renew(s)
	s.Set("user_id", u.ID)
	_ = s.Save()
}

func loginHelperWrites(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	setUser(c, u) // want `^setUser stores user identity in the session before its ID is renewed; set sessions.Default\(c\)`
	_ = sessions.Default(c).Save()
}

func loginPreferences(c *gin.Context) {
	u, err := authenticate(c)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.AddFlash("welcome " + u.Email)
	s.Set("theme", u.Theme)
	s.Set("lang", "en")
	_ = s.Save()
}

func logout(c *gin.Context) {
	s := sessions.Default(c)
	s.Clear()
	s.Options(sessions.Options{MaxAge: -1})
	_ = s.Save()
}

func updateProfile(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("email", c.PostForm("email"))
	_ = s.Save()
}
