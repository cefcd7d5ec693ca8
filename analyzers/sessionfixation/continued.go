package sessionfixation

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/constvars"
	"github.com/sessionlint/sessionlint/passes/sessionops"
)

// A login in two steps (a password, then a second factor or a forced
// password change) keeps what the first step established in the session
// (the user's name, a pending user ID) and finishes in a second request,
// which reads it back and writes the identity. When every other write of
// that key in the package follows a renewal, the session that carries it
// got a server-minted ID when the first step ran: an ID an attacker planted
// before it was replaced then, and the second step's write is no fixation.
// The second step counts as such only where the write runs on the path on
// which the key was present (a handler that merely asks whether someone is
// already logged in reads the key and goes on when it is absent).

// loginSteps answers, for one package, which session keys are written only
// after a renewal.
type loginSteps struct {
	ops    *sessionops.Result
	consts *constvars.Result
	// renewed caches, per key, whether every write of it outside a
	// function follows a renewal: keyed by key and excluded function.
	renewed map[stepKey]bool
	flows   map[*ssa.Function]*sessionops.FlowResult
}

type stepKey struct {
	key string
	fn  *ssa.Function
}

func newLoginSteps(ops *sessionops.Result, consts *constvars.Result) *loginSteps {
	return &loginSteps{ops: ops, consts: consts, renewed: map[stepKey]bool{}, flows: map[*ssa.Function]*sessionops.FlowResult{}}
}

// continues reports whether the write w in fn finishes a login whose
// earlier step renewed the session: fn reads a key from a session of w's
// library, w runs only where the key was present, and every write of the
// key in the package's other functions follows a renewal.
func (ls *loginSteps) continues(fn *ssa.Function, w *sessionops.Op) bool {
	if w.Session == nil || w.Session.Lib == nil {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			key, read, ok := ls.sessionRead(instr, w.Session.Lib)
			if !ok || !presentAt(read, w.Instr) || !ls.writtenAfterRenewal(key, fn) {
				continue
			}
			return true
		}
	}
	return false
}

// writtenAfterRenewal reports whether key is written, outside fn, in the
// package, and every such write (but those of a zero value, which clear)
// follows a renewal of its session.
func (ls *loginSteps) writtenAfterRenewal(key string, fn *ssa.Function) bool {
	sk := stepKey{key, fn}
	if v, ok := ls.renewed[sk]; ok {
		return v
	}
	written, all := false, true
	for _, other := range ls.ops.Order {
		if other == fn || !all {
			continue
		}
		ops := ls.ops.Of(other)
		for _, op := range ops {
			if op.Role != model.RoleSink || !op.KeyKnown || op.KeyConst != key || op.Value != nil && sessionops.ZeroValue(op.Value) {
				continue
			}
			fr := ls.flows[other]
			if fr == nil {
				fr = sessionops.Flow(other, ops)
				ls.flows[other] = fr
			}
			v := fr.Verdicts[op]
			if v == nil || !v.RenewedBefore {
				all = false
				break
			}
			written = true
		}
	}
	ls.renewed[sk] = written && all
	return written && all
}

// sessionRead recognises a read of a constant key from a session of lib:
// a getter method of its session type (sess.Get("username"),
// GetString(...)), or an index of its values map (sess.Values["uid"]).
// It returns the key and the value read.
func (ls *loginSteps) sessionRead(instr ssa.Instruction, lib *model.Library) (string, ssa.Value, bool) {
	switch x := instr.(type) {
	case *ssa.Call:
		common := &x.Call
		var recv ssa.Value
		var name string
		var args []ssa.Value
		switch {
		case common.IsInvoke():
			recv, name, args = common.Value, common.Method.Name(), common.Args
		case common.Signature().Recv() != nil && len(common.Args) > 0:
			callee := common.StaticCallee()
			if callee == nil {
				return "", nil, false
			}
			recv, name, args = common.Args[0], callee.Name(), common.Args[1:]
		default:
			return "", nil, false
		}
		if !strings.HasPrefix(name, "Get") || len(args) == 0 {
			return "", nil, false
		}
		tn, ok := model.TypeNameOf(recv.Type())
		if !ok || model.SessionLibrary(tn) != lib {
			return "", nil, false
		}
		if key, ok := ls.consts.String(args[0]); ok {
			return key, x, true
		}
	case *ssa.Lookup:
		load, ok := x.X.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			return "", nil, false
		}
		fa, ok := load.X.(*ssa.FieldAddr)
		if !ok {
			return "", nil, false
		}
		if f, ok := ssautil.FieldOf(fa); !ok || model.LookupSinkField(f) != lib {
			return "", nil, false
		}
		if key, ok := ls.consts.String(x.Index); ok {
			return key, x, true
		}
	}
	return "", nil, false
}

// presentAt reports whether target runs only where the value read is
// present: on the branch of a test of it against nil that says present, or
// of the ok of a type assertion of it.
func presentAt(read ssa.Value, target ssa.Instruction) bool {
	tb := target.Block()
	if tb == nil {
		return false
	}
	// v, ok := sess.Values[k]: the value is the tuple's first component.
	values := append([]ssa.Value{read}, ssautil.Extracts(read, 0)...)
	for _, v := range values {
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			switch r := r.(type) {
			case *ssa.BinOp:
				if r.Op != token.EQL && r.Op != token.NEQ || !isNil(r.X) && !isNil(r.Y) {
					continue
				}
				present := 1 // x == nil: present on the false branch
				if r.Op == token.NEQ {
					present = 0
				}
				if branchDominates(r, present, tb) {
					return true
				}
			case *ssa.TypeAssert:
				if !r.CommaOk {
					continue
				}
				for _, ok := range ssautil.Extracts(r, 1) {
					if branchDominates(ok, 0, tb) {
						return true
					}
				}
			}
		}
	}
	return false
}

func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// branchDominates reports whether cond is tested by an If whose successor
// succ dominates block b.
func branchDominates(cond ssa.Value, succ int, b *ssa.BasicBlock) bool {
	refs := cond.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if iff, ok := r.(*ssa.If); ok {
			s := iff.Block().Succs[succ]
			if len(s.Preds) == 1 && s.Dominates(b) {
				return true
			}
		}
	}
	return false
}
