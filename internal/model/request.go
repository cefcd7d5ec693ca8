package model

import (
	"go/types"
	"reflect"
	"slices"
	"strings"
)

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
	{irisContext, "Context"},
	{irisV11.context, "Context"},
	{buffaloPkg, "Context"},
	{hertzApp, "RequestContext"},
}, goframeEach(func(r goframeRelease) []TypeName {
	return []TypeName{{r.http, "Request"}}
}), beegoEach(func(b beegoRelease) []TypeName {
	return []TypeName{{b.context, "Context"}}
}), beegoControllers(func(web string) []TypeName {
	return []TypeName{{web, "Controller"}}
}))

// RequestFromContext are the functions that return the request a context
// was made for (GoFrame's g.RequestFromCtx(ctx)): the request they return
// is the context's.
var RequestFromContext = goframeEach(func(r goframeRelease) []Func {
	return []Func{{r.g, "", "RequestFromCtx"}, {r.http, "", "RequestFromCtx"}}
})

// IsRequestFromContext reports whether fn is one of RequestFromContext.
func IsRequestFromContext(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	return slices.Contains(RequestFromContext, Func{Pkg: fn.Pkg().Path(), Name: fn.Name()})
}

// RequestHandles are calls that return an object made for the request
// they are given, which stands for it (gorilla's GetRegistry(r), the
// request's registry of sessions): a session obtained through one is that
// request's.
var RequestHandles = []Func{{gorillaPkg, "", "GetRegistry"}}

// IsRequestHandle reports whether fn is one of RequestHandles.
func IsRequestHandle(fn *types.Func) bool {
	f, ok := FuncOf(fn)
	return ok && slices.Contains(RequestHandles, f)
}

// RequestStructs are embedded marker types that make a struct a request's
// input: a handler given a pointer to such a struct is given what the
// client sent, decoded by the framework (GoFrame's typed handlers
// func(ctx, req *v1.LoginReq), whose LoginReq embeds g.Meta).
var RequestStructs = goframeEach(func(r goframeRelease) []TypeName {
	return []TypeName{{r.meta, "Meta"}}
})

// IsRequestStruct reports whether t, or the struct it points to, embeds
// one of RequestStructs.
func IsRequestStruct(t types.Type) bool {
	return Embeds(t, 0, func(tn TypeName) bool { return slices.Contains(RequestStructs, tn) })
}

// ControllerTypes are the framework types an application's controllers
// embed: their methods are request handlers (beego's web.Controller,
// usually through the application's own BaseController).
var ControllerTypes = beegoControllers(func(web string) []TypeName {
	return []TypeName{{web, "Controller"}}
})

// IsController reports whether t, or the struct it points to, embeds one
// of ControllerTypes, directly or through up to three embedded structs.
func IsController(t types.Type) bool {
	return Embeds(t, 3, func(tn TypeName) bool { return slices.Contains(ControllerTypes, tn) })
}

// HoldsContext reports whether t, or the struct it points to, has a field
// of a framework's request context (iris MVC's controllers: Ctx
// iris.Context): its methods handle requests. An *http.Request field does
// not count: a client holds one too.
func HoldsContext(t types.Type) bool {
	st, ok := structBehind(t)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		tn, ok := TypeNameOf(st.Field(i).Type())
		if ok && tn != (TypeName{"net/http", "Request"}) && IsRequestType(tn) {
			return true
		}
	}
	return false
}

// structBehind returns the struct t is, or points to.
func structBehind(t types.Type) (*types.Struct, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// Embeds reports whether t, or the struct it points to, has an embedded
// field whose named type is, by is, what is looked for, looking through
// up to depth more levels of embedded structs.
func Embeds(t types.Type, depth int, is func(TypeName) bool) bool {
	st, ok := structBehind(t)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		if tn, ok := TypeNameOf(f.Type()); ok && is(tn) {
			return true
		}
		if depth > 0 && Embeds(f.Type(), depth-1, is) {
			return true
		}
	}
	return false
}

// IsRequestPackage reports whether path declares one of RequestTypes: a
// package importing it holds request handlers (Hertz's pkg/app).
func IsRequestPackage(path string) bool {
	return slices.ContainsFunc(RequestTypes, func(tn TypeName) bool { return tn.Pkg == path })
}

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
	{hertzApp, "RequestContext", "Get"},
	{hertzApp, "RequestContext", "MustGet"},
}, beegoEach(func(b beegoRelease) []Func {
	return []Func{{b.context, "BeegoInput", "GetData"}}
}))

// NoReturn are calls that never return to their caller: the process
// exits, or the framework ends the request by panicking (beego's
// Controller.StopRun, and Abort and CustomAbort, which call it: v1.12.3 and
// v2.3.10 controller.go). A branch that ends in one does not join the code
// after it.
var NoReturn = slices.Concat([]Func{
	{"os", "", "Exit"},
	{"log", "", "Fatal"}, {"log", "", "Fatalf"}, {"log", "", "Fatalln"},
	{"log", "", "Panic"}, {"log", "", "Panicf"}, {"log", "", "Panicln"},
	{"runtime", "", "Goexit"},
}, beegoControllers(func(web string) []Func {
	return []Func{{web, "Controller", "StopRun"}, {web, "Controller", "Abort"}, {web, "Controller", "CustomAbort"}}
}))

// ExpiredTimes are package-level variables that hold a time in the past: a
// cookie set to expire at one is a deletion.
var ExpiredTimes = []Func{{Pkg: "github.com/valyala/fasthttp", Name: "CookieExpireDelete"}}

// IsExpiredTime reports whether the package-level variable name of package
// path is one of ExpiredTimes.
func IsExpiredTime(path, name string) bool {
	return slices.Contains(ExpiredTimes, Func{Pkg: path, Name: name})
}

// IsHandlerParam reports whether a parameter of type t makes its function
// a request handler: an http.ResponseWriter, a framework's request or
// context (RequestTypes: ghttp.Request, Hertz's RequestContext), a typed
// handler's request struct (IsRequestStruct), or any named type Context or
// Ctx outside the standard context package (an application's own context
// wrapper). An *http.Request alone does not: client code takes one too.
func IsHandlerParam(t types.Type) bool {
	if IsRequestStruct(t) {
		return true
	}
	tn, ok := TypeNameOf(t)
	if !ok {
		return false
	}
	switch {
	case tn.Pkg == "net/http":
		return tn.Name == "ResponseWriter"
	case IsRequestType(tn):
		return true
	case tn.Name == "Context" || tn.Name == "Ctx":
		return tn.Pkg != "context"
	}
	return false
}

// boundTagKeys are the struct tag keys of fields a framework fills from
// the request (form values, query, path, a validator's rules).
var boundTagKeys = []string{"form", "query", "uri", "binding", "valid", "validate"}

// requestTypeSuffixes end the names of the structs generated or written to
// hold a decoded request (oapi-codegen's UserCreateRequestObject, a
// LoginRequest, SignInReq, a search's Params).
var requestTypeSuffixes = []string{"Request", "RequestObject", "Req", "Params", "Form", "Input"}

// IsBoundForm reports whether t, or the struct it points to, is a struct of
// the application that a framework fills from the request before calling a
// handler given it: its fields carry a binding or validation tag (form,
// query, uri, binding, valid, validate: flamego's and macaron's
// binding.Form(form.Login{}) injecting f form.Login), or its name says it
// is a request (oapi-codegen's strict handlers' UserCreateRequestObject).
func IsBoundForm(t types.Type) bool {
	st, ok := structBehind(t)
	if !ok {
		return false
	}
	tn, ok := TypeNameOf(t)
	if !ok || Lookup(tn.Pkg) != nil {
		return false
	}
	for _, suffix := range requestTypeSuffixes {
		if len(tn.Name) > len(suffix) && strings.HasSuffix(tn.Name, suffix) {
			return true
		}
	}
	for i := range st.NumFields() {
		tag := reflect.StructTag(st.Tag(i))
		for _, k := range boundTagKeys {
			if _, ok := tag.Lookup(k); ok {
				return true
			}
		}
	}
	return false
}
