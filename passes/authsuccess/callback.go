package authsuccess

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// callbackPoints returns, for each function of the package handed to a
// callback login (model.CallbackLogins: zitadel's rp.UserinfoCallback(f)),
// a point at its entry: the library calls it only once the user has
// authenticated, with who they are in one of its parameters.
func (s *pointFinder) callbackPoints(funcs []*ssa.Function) map[*ssa.Function]Point {
	var out map[*ssa.Function]Point
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				cl := callbackLogin(&call.Call)
				if cl == nil {
					continue
				}
				args := ssautil.CallArgs(&call.Call)
				if cl.Arg >= len(args) {
					continue
				}
				target := calledFunction(args[cl.Arg])
				if target == nil || target.Pkg != s.pkg || len(target.Blocks) == 0 {
					continue
				}
				var principal ssa.Value
				if cl.Principal < len(target.Params) {
					principal = target.Params[cl.Principal]
				}
				if out == nil {
					out = map[*ssa.Function]Point{}
				}
				out[target] = Point{Block: target.Blocks[0], Pos: call.Pos(), Kind: cl.Kind, Desc: cl.Desc, Principal: principal}
			}
		}
	}
	return out
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

// calledFunction returns the function a func value is, through conversions
// to a named func type and closures.
func calledFunction(v ssa.Value) *ssa.Function {
	for range 4 {
		switch x := v.(type) {
		case *ssa.Function:
			return x
		case *ssa.MakeClosure:
			fn, _ := x.Fn.(*ssa.Function)
			return fn
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return nil
		}
	}
	return nil
}
