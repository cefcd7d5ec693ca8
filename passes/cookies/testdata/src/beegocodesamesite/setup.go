package main

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
)

func configure() {
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteDefaultMode
	web.BConfig.WebConfig.Session.SessionName = "PHPSESSIONID"
}
