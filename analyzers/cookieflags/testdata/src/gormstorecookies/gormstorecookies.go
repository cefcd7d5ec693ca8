// Package gormstorecookies uses wader/gormstore directly (as echo and
// net/http applications do): its cookie options are the store's
// SessionOpts field, Path and MaxAge only until the application sets more.
package gormstorecookies

import (
	"net/http"

	jinzhu "github.com/jinzhu/gorm"
	oldstore "github.com/wader/gormstore"
	"github.com/wader/gormstore/v2"
	"gorm.io/gorm"
)

var store *gormstore.Store

func Setup(db *gorm.DB, secret []byte) {
	store = gormstore.New(db, secret) // want `^session cookie of gormstore.New is sent without HttpOnly, Secure and SameSite; set SessionOpts.HttpOnly = true, SessionOpts.Secure = true and SessionOpts.SameSite = http.SameSiteLaxMode$`
}

var hardened *gormstore.Store

func SetupHardened(db *gorm.DB, secret []byte) {
	hardened = gormstore.NewOptions(db, gormstore.Options{TableName: "sessions"}, secret)
	hardened.SessionOpts.HttpOnly = true
	hardened.SessionOpts.Secure = true
	hardened.SessionOpts.SameSite = http.SameSiteLaxMode
}

var old *oldstore.Store

// The store before the v2 module: the same defaults.
func SetupOld(db *jinzhu.DB, secret []byte) {
	old = oldstore.New(db, secret) // want `^session cookie of gormstore.New is sent without HttpOnly, Secure and SameSite`
	old.SessionOpts.MaxAge = 3600
}

func handler(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "s")
	_ = store.Save(r, w, s)
	t, _ := hardened.Get(r, "t")
	_ = hardened.Save(r, w, t)
	u, _ := old.Get(r, "u")
	_ = old.Save(r, w, u)
}

var _ = handler
