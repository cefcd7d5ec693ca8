package authsuccess

import (
	"fmt"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/variadic"
)

// route is a handler's registration: router.POST("/login", h),
// mux.HandleFunc("POST /login", h), app.Add("POST", "/login", h).
type route struct {
	method string // upper case; "" when unknown
	path   string
}

var httpMethods = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE"}

// collectRoutes records, for every function of the package passed as an
// argument of a call that also has a constant route argument (a string
// containing "/"), the route and its HTTP method: a method-only string
// argument, the method prefix of a Go 1.22 pattern, or the name of the
// registration call when it is an HTTP method (gin POST, echo GET, fiber
// Post). The first registration wins, unless it is for GET and a later
// one is not.
//
// The same walk records the package's callback logins (callbackCall).
func (s *pointFinder) collectRoutes(funcs []*ssa.Function) {
	s.routes = map[*ssa.Function]route{}
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				s.routeCall(&call.Call)
				s.callbackCall(call)
			}
		}
	}
}

func (s *pointFinder) routeCall(c *ssa.CallCommon) {
	var r route
	for _, a := range c.Args {
		k, ok := a.(*ssa.Const)
		if !ok || k.Value == nil || k.Value.Kind() != constant.String {
			continue
		}
		str := constant.StringVal(k.Value)
		switch {
		case slices.Contains(httpMethods, strings.ToUpper(str)):
			r.method = strings.ToUpper(str)
		case strings.Contains(str, "/") && r.path == "":
			r.path = str
			if m, rest, ok := strings.Cut(str, " "); ok && slices.Contains(httpMethods, m) {
				r.method, r.path = m, strings.TrimSpace(rest)
			}
		}
	}
	if r.path == "" {
		return
	}
	if r.method == "" {
		name := ""
		if c.IsInvoke() {
			name = c.Method.Name()
		} else if fn := c.StaticCallee(); fn != nil {
			name = fn.Name()
		}
		if slices.Contains(httpMethods, strings.ToUpper(name)) {
			r.method = strings.ToUpper(name)
		}
	}
	for _, a := range c.Args {
		for _, f := range s.funcValues(a) {
			// The first registration wins, except that a handler also
			// registered for another method than GET is not a GET-only
			// form renderer.
			if old, dup := s.routes[f]; !dup || old.method == "GET" && r.method != "GET" {
				s.routes[f] = r
			}
		}
	}
}

// funcValues returns the package's functions an argument denotes: one
// function value, or the elements of a variadic argument's slice
// (gin's POST(path, handlers ...HandlerFunc)).
func (s *pointFinder) funcValues(v ssa.Value) []*ssa.Function {
	if f := s.funcValue(v); f != nil {
		return []*ssa.Function{f}
	}
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	elems, _ := variadic.Elems(sl)
	var out []*ssa.Function
	for _, elem := range elems {
		if f := s.funcValue(elem); f != nil {
			out = append(out, f)
		}
	}
	return out
}

// funcValue returns the package's function that a value denotes
// (ssautil.FuncValue), nil for another package's.
func (s *pointFinder) funcValue(v ssa.Value) *ssa.Function { return s.own(ssautil.FuncValue(v)) }

// own maps a function value to the package's source function: a bound
// method value or thunk to its method; nil for other packages' functions.
func (s *pointFinder) own(f *ssa.Function) *ssa.Function {
	if f == nil || s.pkg == nil {
		return nil
	}
	if f.Synthetic != "" {
		obj, ok := f.Object().(*types.Func)
		if !ok {
			return nil
		}
		f = s.pkg.Prog.FuncValue(obj.Origin())
	}
	if f == nil || f.Pkg != s.pkg {
		return nil
	}
	return f
}

// nameFallback returns a KindName point at fn's entry when fn looks like
// an authentication handler (see the package documentation for the rule).
// checked says fn has visible checks too: the point then stands for the
// writes none of them reaches.
func (s *pointFinder) nameFallback(fn *ssa.Function, checked bool) (Point, bool) {
	if fn == nil || len(fn.Blocks) == 0 || !s.handlerLike(fn) {
		return Point{}, false
	}
	var ws []string
	var desc string
	r, routed := s.routes[fn]
	switch {
	case routed:
		ws = words(r.path)
		desc = fmt.Sprintf("handler for route %q has no visible credential check", r.path)
		if fn.Parent() == nil {
			ws = append(ws, nameWords(fn)...)
			desc = fmt.Sprintf("handler %s for route %q has no visible credential check", funcLabel(fn), r.path)
		}
	case fn.Parent() != nil:
		top := fn
		for top.Parent() != nil {
			top = top.Parent()
		}
		ws = nameWords(top)
		desc = fmt.Sprintf("handler literal in %s is named like a login handler and has no visible credential check", funcLabel(top))
	default:
		ws = nameWords(fn)
		desc = fmt.Sprintf("handler %s is named like a login handler and has no visible credential check", funcLabel(fn))
	}
	ok, callback := loginName(ws)
	if !ok || (r.method == "GET" && !callback) {
		return Point{}, false
	}
	if checked {
		desc = strings.Replace(desc, "has no visible credential check", "has no visible credential check on this path", 1)
	}
	return Point{Block: fn.Blocks[0], Pos: fn.Pos(), Kind: KindName, Desc: desc}, true
}

// handlerTypeSuffixes end the names of types whose methods are handlers
// and whose name says what they handle (LoginController, SignupHandler).
var handlerTypeSuffixes = []string{"controller", "controllers", "ctrl", "handler", "handlers", "endpoint", "endpoints", "resource"}

// nameWords are the words of a function's name and, for a method of a type
// named like a controller or handler (LoginController.Post,
// LoginHandler.ServeHTTP), of its receiver's type name.
func nameWords(fn *ssa.Function) []string {
	ws := words(fn.Name())
	if sig := fn.Signature; sig != nil && sig.Recv() != nil {
		if tn, ok := model.TypeNameOf(sig.Recv().Type()); ok {
			if tw := words(tn.Name); len(tw) > 0 && slices.Contains(handlerTypeSuffixes, tw[len(tw)-1]) {
				ws = append(tw, ws...)
			}
		}
	}
	return ws
}

// handlerLike: a parameter (or the receiver) is an http.ResponseWriter, a
// modelled framework's request or context (model.RequestTypes), a typed
// handler's request struct, or any named type Context or Ctx outside the
// standard context package; or the receiver is a controller (a struct
// embedding one of model.ControllerTypes, or holding a framework's context,
// as iris MVC's do). An *http.Request alone does not make a handler: client code
// that authenticates outgoing requests takes one too.
func (s *pointFinder) handlerLike(fn *ssa.Function) bool {
	for _, p := range fn.Params {
		if model.IsHandlerParam(p.Type()) {
			return true
		}
	}
	if sig := fn.Signature; sig != nil && sig.Recv() != nil {
		return model.IsController(sig.Recv().Type()) || model.HoldsContext(sig.Recv().Type())
	}
	return false
}
