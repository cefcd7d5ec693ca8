// Package beegov1hardened switches beego v1's sessions on over HTTPS with
// SameSite set: nothing to report.
package beegov1hardened

import (
	"net/http"

	"github.com/astaxie/beego"
)

func main() {
	beego.BConfig.Listen.EnableHTTPS = true
	beego.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode
	beego.BConfig.WebConfig.Session.SessionOn = true
}
