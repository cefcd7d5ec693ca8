package authsuccess

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// callbackCall records, when call hands a function of the package to a
// callback login (model.CallbackLogins: zitadel's rp.UserinfoCallback(f)),
// a point at that function's entry: the library calls it only once the
// user has authenticated, with who they are in one of its parameters.
func (s *pointFinder) callbackCall(call *ssa.Call) {
	cl := callbackLogin(&call.Call)
	if cl == nil {
		return
	}
	args := ssautil.CallArgs(&call.Call)
	if cl.Arg >= len(args) {
		return
	}
	target := ssautil.FuncValue(args[cl.Arg])
	if target == nil || target.Pkg != s.pkg || len(target.Blocks) == 0 {
		return
	}
	var principal ssa.Value
	if cl.Principal < len(target.Params) {
		principal = target.Params[cl.Principal]
	}
	if s.callbacks == nil {
		s.callbacks = map[*ssa.Function]Point{}
	}
	s.callbacks[target] = Point{Block: target.Blocks[0], Pos: call.Pos(), Kind: cl.Kind, Desc: cl.Desc, Principal: principal}
}

// callbackLogin returns the callback login a call calls, nil when none.
func callbackLogin(c *ssa.CallCommon) *model.CallbackLogin {
	fn := c.StaticCallee()
	if fn == nil {
		return nil
	}
	if o := fn.Origin(); o != nil {
		fn = o // a generic function's instance
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return nil
	}
	f, ok := model.FuncOf(obj.Origin())
	if !ok {
		return nil
	}
	return model.CallbackLoginFunc(f)
}
