// Package g is a stub of github.com/gogf/gf/v2/frame/g v2.9.4.
package g

import (
	"context"

	"github.com/gogf/gf/v2/net/ghttp"
	"github.com/gogf/gf/v2/util/gmeta"
)

type (
	Meta = gmeta.Meta
	Map  = map[string]any
)

func Server(name ...any) *ghttp.Server                  { return ghttp.GetServer(name...) }
func RequestFromCtx(ctx context.Context) *ghttp.Request { return ghttp.RequestFromCtx(ctx) }
