package model

import "slices"

// RequestTypes are the types whose values stand for the request being
// served: net/http's request and each framework's context (or controller).
// A session obtained from one of them, or a context derived from one, is
// that request's session; session passes canonicalise sessions by these.
// context.Context is recognised too, with lower priority (it may come from
// anywhere).
var RequestTypes = slices.Concat([]TypeName{
	{"net/http", "Request"},
	{"github.com/gin-gonic/gin", "Context"},
	{"github.com/labstack/echo/v4", "Context"},
	{"github.com/labstack/echo/v5", "Context"},
	{fiberV2, "Ctx"},
	{fiberV3, "Ctx"},
	{fiberV3, "DefaultCtx"},
	{"github.com/valyala/fasthttp", "RequestCtx"},
	{"github.com/kataras/iris/v12/context", "Context"},
	{buffaloPkg, "Context"},
}, beegoEach(func(b beegoRelease) []TypeName {
	return []TypeName{{b.context, "Context"}, {b.web, "Controller"}}
}))

// IsRequestType reports whether t names one of RequestTypes.
func IsRequestType(t TypeName) bool {
	for _, r := range RequestTypes {
		if r == t {
			return true
		}
	}
	return false
}

// ContextLocals read what a middleware put in the request's context for the
// handlers after it: the logged-in user, usually (gin c.Get("user"), echo
// c.Get, fiber c.Locals, r.Context().Value(userKey), buffalo c.Value). An
// identity read there belongs to the session already established, so
// writing it again is no login.
var ContextLocals = slices.Concat([]Func{
	{"context", "Context", "Value"},
	{ginPkg, "Context", "Get"},
	{ginPkg, "Context", "MustGet"},
	{ginPkg, "Context", "GetString"},
	{ginPkg, "Context", "GetInt"},
	{ginPkg, "Context", "GetInt64"},
	{ginPkg, "Context", "GetUint"},
	{ginPkg, "Context", "Value"},
	{"github.com/labstack/echo/v4", "Context", "Get"},
	{"github.com/labstack/echo/v5", "Context", "Get"},
	{fiberV2, "Ctx", "Locals"},
	{fiberV3, "Ctx", "Locals"},
	{buffaloPkg, "Context", "Value"},
	{irisContext, "Context", "Value"},
}, beegoEach(func(b beegoRelease) []Func {
	return []Func{{b.context, "BeegoInput", "GetData"}}
}))
