// Package app is a stub of github.com/cloudwego/hertz/pkg/app v0.10.3.
package app

import (
	"context"

	"github.com/cloudwego/hertz/pkg/protocol"
)

type HandlerFunc func(c context.Context, ctx *RequestContext)

type RequestContext struct{}

func (ctx *RequestContext) Param(key string) string                         { return "" }
func (ctx *RequestContext) Query(key string) string                         { return "" }
func (ctx *RequestContext) Body() ([]byte, error)                           { return nil, nil }
func (ctx *RequestContext) PostForm(key string) string                      { return "" }
func (ctx *RequestContext) FormValue(key string) []byte                     { return nil }
func (ctx *RequestContext) GetHeader(key string) []byte                     { return nil }
func (ctx *RequestContext) BindAndValidate(obj interface{}) error           { return nil }
func (ctx *RequestContext) Get(key string) (value interface{}, exists bool) { return nil, false }
func (ctx *RequestContext) Set(key string, value interface{})               {}
func (ctx *RequestContext) Redirect(statusCode int, uri []byte)             {}
func (ctx *RequestContext) JSON(code int, obj interface{})                  {}

func (ctx *RequestContext) SetCookie(name, value string, maxAge int, path, domain string, sameSite protocol.CookieSameSite, secure, httpOnly bool) {
}
