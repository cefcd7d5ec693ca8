package sessionops

import (
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// customSession is the session of every custom sink: the same as every
// other session (see Custom).
var customSession = &Session{Lib: Custom}

// CustomOps returns the ops of fn's calls of the functions a team names as
// its own sinks and sanitizers (analyzer flags). A custom sanitizer renews
// every session of the function; a custom sink writes its first constant
// string argument as the key and its last argument as the value into a
// session that every renewal renews, persisted when the function returns.
// Calls are matched by name (model.FuncOf); helpers that call them are not
// summarised, so name the helpers themselves.
func CustomOps(fn *ssa.Function, sinks, sanitizers []model.Func) []*Op {
	if fn == nil || len(sinks)+len(sanitizers) == 0 {
		return nil
	}
	var ops []*Op
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			ci := resolve(call)
			if ci == nil || ci.fn == nil {
				continue
			}
			f, ok := model.FuncOf(ci.fn)
			if !ok {
				continue
			}
			_, deferred := instr.(*ssa.Defer)
			_, async := instr.(*ssa.Go)
			op := &Op{Instr: instr, Pos: callPos(call), Lib: Custom, Name: ci.fn.Name(),
				Commit: model.CommitAtEnd, Deferred: deferred, Async: async}
			switch {
			case slices.Contains(sanitizers, f):
				op.Role = model.RoleRenew
			case slices.Contains(sinks, f):
				op.Role = model.RoleSink
				op.Session = customSession
				for _, v := range ci.args {
					if s, ok := ssautil.ConstString(v); ok && !op.KeyKnown {
						op.Key, op.KeyConst, op.KeyKnown = v, s, true
					}
				}
				if n := len(ci.args); n > 0 {
					op.Value = ci.args[n-1]
				}
			default:
				continue
			}
			ops = append(ops, op)
		}
	}
	return ops
}
