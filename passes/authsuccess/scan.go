package authsuccess

import (
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// funcScan is the state of the scan of one function: the points found so
// far, in dominator-tree preorder.
type funcScan struct {
	fn     *ssa.Function
	points []Point
	// hashes are the calls of password hashes, for the signup points
	// added after the scan.
	hashes []hashCall
}

type hashCall struct {
	call *ssa.Call
	e    *model.Credential
}

// dominated returns a point whose success side contains the end of block
// b.
func (fs *funcScan) dominated(b *ssa.BasicBlock) (Point, bool) {
	if b == nil {
		return Point{}, false
	}
	for _, p := range fs.points {
		if p.Block != nil && p.Block.Dominates(b) {
			return p, true
		}
	}
	return Point{}, false
}

// checkPoints finds the success points of fn's visible checks: the success
// side of every branch on a check, the calls of helpers that abort the
// request unless authentication succeeds, and signups whose hash error is
// not tested.
func (s *pointFinder) checkPoints(fn *ssa.Function) []Point {
	fs := &funcScan{fn: fn}
	for _, b := range fn.DomPreorder() {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				s.callPoint(fs, b, call)
			}
		}
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		pol, p, ok := s.cond(fs, ifi.Cond, 0)
		if !ok {
			continue
		}
		succ := b.Succs[1]
		if pol {
			succ = b.Succs[0]
		}
		// A success side that other paths join (the failure branch does
		// not return) is no success point: control can reach it without
		// the check having succeeded. A branch that ends in a call that
		// never returns (beego's this.StopRun(), a helper that always
		// does) joins nothing.
		if slices.ContainsFunc(succ.Preds, func(p *ssa.BasicBlock) bool { return p != b && !s.blockNeverReturns(p) }) {
			continue
		}
		p.Block = succ
		fs.points = append(fs.points, p)
	}
	s.signupPoints(fs)
	if notAuthFunc(fn) {
		// A CSRF or nonce check compares tokens that are no credentials.
		fs.points = slices.DeleteFunc(fs.points, func(p Point) bool { return p.Kind == KindCompare })
	}
	return fs.points
}

// signupPoints adds, for each password hash stored as a new user that got
// no point from a test of its error (the error is ignored, or its failure
// branch falls through), a point right after the call.
func (s *pointFinder) signupPoints(fs *funcScan) {
	for _, h := range fs.hashes {
		if slices.ContainsFunc(fs.points, func(p Point) bool { return p.Kind == KindSignup && p.Pos == h.call.Pos() }) {
			continue
		}
		if rec, to, ok := s.signupFlow(h.call); ok {
			fs.points = append(fs.points, Point{
				Block: h.call.Block(), After: h.call, Pos: h.call.Pos(), Kind: KindSignup, Principal: rec,
				Desc: h.e.Desc + " hashed a password stored by " + to,
			})
		}
	}
}

// callPoint adds the point of a call of a helper that aborts the request
// unless authentication succeeds, and records the calls of password
// hashes.
func (s *pointFinder) callPoint(fs *funcScan, b *ssa.BasicBlock, call *ssa.Call) {
	c, ok := s.calleeOf(&call.Call)
	if !ok {
		return
	}
	if f := c.fact; f != nil && f.Always {
		p := c.helperPoint(call, "%s returned (it aborts the request unless %s)", nil)
		p.Block, p.After = b, call
		fs.points = append(fs.points, p)
		return
	}
	if c.entry != nil && c.entry.Hashes {
		fs.hashes = append(fs.hashes, hashCall{call, c.entry})
	}
}

// phiCond handles a condition computed into a variable from several paths
// (ok := check() && active): the branch on it is a success point for
// polarity pol when every edge into the phi either cannot carry pol (a
// constant of the other value), or comes from the success side of an
// earlier point, or is itself a success condition of polarity pol.
func (s *pointFinder) phiCond(fs *funcScan, phi *ssa.Phi, depth int) (bool, Point, bool) {
	preds := phi.Block().Preds
	if len(preds) != len(phi.Edges) {
		return false, Point{}, false
	}
	for _, pol := range []bool{true, false} {
		var found Point
		positive, all := false, true
		for i, v := range phi.Edges {
			if c, ok := v.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Bool && constant.BoolVal(c.Value) != pol {
				continue // a failure edge
			}
			if p, ok := fs.dominated(preds[i]); ok {
				found, positive = p, true
				continue
			}
			if _, isConst := v.(*ssa.Const); !isConst {
				if pl, p, ok := s.cond(fs, v, depth+1); ok && pl == pol {
					found, positive = p, true
					continue
				}
			}
			all = false
			break
		}
		if all && positive {
			return pol, found, true
		}
	}
	return false, Point{}, false
}

// blockNeverReturns reports whether control that enters b goes no further
// than b: b panics, or calls a function that never returns.
func (s *pointFinder) blockNeverReturns(b *ssa.BasicBlock) bool {
	for _, instr := range b.Instrs {
		switch x := instr.(type) {
		case *ssa.Panic:
			return true
		case *ssa.Call:
			if fn := x.Call.StaticCallee(); fn != nil && s.neverReturns(fn) {
				return true
			}
		}
	}
	return false
}

// neverReturns reports whether a call of fn never returns to its caller:
// fn is one of the model's NoReturn, or a function of this package none of
// whose returns can be reached from its entry without passing such a call
// (or a panic).
func (s *pointFinder) neverReturns(fn *ssa.Function) bool {
	if fn.Synthetic != "" || fn.Blocks == nil {
		if obj, ok := fn.Object().(*types.Func); ok {
			if f, ok := model.FuncOf(obj); ok && slices.Contains(model.NoReturn, f) {
				return true
			}
		}
		if fn.Blocks == nil {
			return false
		}
	}
	if fn.Pkg != s.pkg {
		return false
	}
	if v, ok := s.noReturn[fn]; ok {
		return v
	}
	if s.noReturn == nil {
		s.noReturn = map[*ssa.Function]bool{}
	}
	s.noReturn[fn] = false // recursion: assume it returns
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{fn.Blocks[0]}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] || b == fn.Recover || s.blockNeverReturns(b) {
			continue
		}
		seen[b] = true
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			return false
		}
		stack = append(stack, b.Succs...)
	}
	s.noReturn[fn] = true
	return true
}
