// Command gormv1app keeps its gorilla sessions in wader/gormstore before
// its v2 module: the store keeps the record it found for the request, so
// neither clearing the session's ID nor deleting the record renews it.
package main

import (
	"net/http"

	"github.com/jinzhu/gorm"
	"github.com/wader/gormstore"

	"storewhere/gormv1app/web"
)

func main() {
	web.Store = gormstore.New(&gorm.DB{}, []byte("secret"))
	http.HandleFunc("/login", web.Login)
	http.HandleFunc("/login2", web.LoginDeletesFirst)
	http.HandleFunc("/login3", web.LoginFreshSession)
	_ = http.ListenAndServe(":8080", nil)
}
