// Package context is a stub of github.com/astaxie/beego/context
// v1.12.3.
package context

import (
	"net/http"

	"github.com/astaxie/beego/session"
)

type Response struct {
	http.ResponseWriter
}

type Context struct {
	Input          *BeegoInput
	Output         *BeegoOutput
	Request        *http.Request
	ResponseWriter *Response
}

func (ctx *Context) GetCookie(key string) string { return "" }

type BeegoInput struct {
	Context    *Context
	CruSession session.Store
}

func (input *BeegoInput) Cookie(key string) string { return "" }

func (input *BeegoInput) Query(key string) string { return "" }

type BeegoOutput struct {
	Context *Context
}

func (output *BeegoOutput) Session(name interface{}, value interface{}) {}

func (output *BeegoOutput) Cookie(name string, value string, others ...interface{}) {}

func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {}

func (ctx *Context) SetSecureCookie(Secret, name, value string, others ...interface{}) {}
