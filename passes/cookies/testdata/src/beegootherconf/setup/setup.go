// Package setup loads the application's configuration file.
package setup

import "github.com/beego/beego/v2/server/web"

func init() {
	_ = web.LoadAppConfig("ini", "conf/site.conf")
}
