package sessionops

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Verdict is what Flow concludes about one write (an Op with RoleSink).
type Verdict struct {
	// RenewedBefore: every path from the function's entry to the write
	// renews the session first (the strict order).
	RenewedBefore bool
	// Sanitized: every path from the entry through the write to the point
	// where the write is persisted renews the session, before or after
	// the write. The persist point is the write itself for CommitOnWrite;
	// the function's return for CommitAtEnd (a deferred renewal counts);
	// for CommitOnSave, the persist calls on the session the write can
	// reach, or the return when it reaches none (a caller or middleware
	// may save).
	Sanitized bool
	// PersistVisible: a persist call on the session can follow the write.
	PersistVisible bool
	// Trap is a trap on the session that can run before the write, or nil.
	Trap *Op
}

// FlowResult is the outcome of Flow for a function.
type FlowResult struct {
	// Verdicts has one entry per write.
	Verdicts map[*Op]*Verdict
	// ExitRenewed lists the sessions renewed (directly or by a deferred
	// call) on every path to every normal return; empty when the function
	// never returns.
	ExitRenewed []*Session
}

// Flow runs the renewal analysis over fn's control-flow graph, given the
// function's operations (Result.Of, plus any extra ops an analyzer adds;
// they need not be sorted). It is a forward dataflow analysis linear in
// the size of the function: the set of sessions renewed on every path
// (intersection at joins) and the set of writes that may still be
// unsanitized (union at joins). Traps neither renew nor clear anything. A
// renewal in a goroutine does not count. An op with a nil Session renews
// every session.
func Flow(fn *ssa.Function, ops []*Op) *FlowResult {
	res := &FlowResult{Verdicts: map[*Op]*Verdict{}}
	if fn == nil || len(fn.Blocks) == 0 || len(ops) == 0 {
		return res
	}
	ops = append([]*Op(nil), ops...)
	sortOps(ops)
	f := newFlow(fn, ops)
	f.solve()
	f.record(res)
	return res
}

type flow struct {
	fn       *ssa.Function
	ops      []*Op
	byBlock  [][]*Op
	sessions []*Session
	sessIdx  map[*Session]int
	same     []bits // same[i]: sessions Same as session i
	all      bits
	sinks    []*Op
	sinkIdx  map[*Op]int
	// persistVisible[k]: a non-deferred persist of sink k's session can
	// follow sink k.
	persistVisible []bool
	// bySession[i]: the sinks on sessions Same as session i.
	bySession []bits
	// freshAt[i]: the fresh check block i's If tests, if any (edge).
	freshAt []freshEdge
	in      []*pathState
}

type pathState struct {
	must  bits // renewed on every path
	def   bits // renewed by a deferred call on every path
	pend  bits // writes that may be unsanitized
	dpend bits // deferred writes that may have been registered
}

func (s *pathState) clone() *pathState {
	return &pathState{must: s.must.clone(), def: s.def.clone(), pend: s.pend.clone(), dpend: s.dpend.clone()}
}

func newFlow(fn *ssa.Function, ops []*Op) *flow {
	f := &flow{fn: fn, ops: ops, byBlock: make([][]*Op, len(fn.Blocks)),
		sessIdx: map[*Session]int{}, sinkIdx: map[*Op]int{}}
	for _, op := range ops {
		b := op.Instr.Block()
		if b == nil || b.Parent() != fn || b.Index >= len(fn.Blocks) || fn.Blocks[b.Index] != b {
			continue
		}
		f.byBlock[b.Index] = append(f.byBlock[b.Index], op)
		if op.Session != nil {
			if _, ok := f.sessIdx[op.Session]; !ok {
				f.sessIdx[op.Session] = len(f.sessions)
				f.sessions = append(f.sessions, op.Session)
			}
		}
		if op.Role == model.RoleSink {
			f.sinkIdx[op] = len(f.sinks)
			f.sinks = append(f.sinks, op)
		}
	}
	n := len(f.sessions)
	f.all = newBits(n)
	f.same = make([]bits, n)
	for i, s := range f.sessions {
		f.all.set(i)
		f.same[i] = newBits(n)
		for j, t := range f.sessions {
			if s.Same(t) {
				f.same[i].set(j)
			}
		}
	}
	f.bySession = make([]bits, n)
	for i := range f.bySession {
		f.bySession[i] = newBits(len(f.sinks))
	}
	for k, w := range f.sinks {
		if w.Session == nil {
			continue
		}
		i := f.sessIdx[w.Session]
		for j := range f.sessions {
			if f.same[i].has(j) {
				f.bySession[j].set(k)
			}
		}
	}
	f.freshAt = make([]freshEdge, len(fn.Blocks))
	for _, b := range fn.Blocks {
		op, fresh := f.freshCheck(b)
		f.freshAt[b.Index] = freshEdge{op, fresh}
	}
	f.persistVisible = make([]bool, len(f.sinks))
	for k, w := range f.sinks {
		f.persistVisible[k] = f.follows(w, func(op *Op) bool {
			return op.Role == model.RolePersist && !op.Deferred && !op.Async && w.Session.Same(op.Session)
		})
	}
	return f
}

// mask returns the sessions an op acts on (every session for a nil one).
func (f *flow) mask(op *Op) bits {
	if op.Session == nil {
		return f.all
	}
	return f.same[f.sessIdx[op.Session]]
}

// renewedIn reports whether the session of w is in set.
func (f *flow) renewedIn(w *Op, set bits) bool {
	if w.Session == nil {
		return false
	}
	if w.Session.Fresh {
		return true
	}
	return set.has(f.sessIdx[w.Session])
}

// exitPersists reports whether sink k is persisted at the function's
// return rather than by a persist call.
func (f *flow) exitPersists(k int) bool {
	w := f.sinks[k]
	return w.Commit == model.CommitAtEnd || (w.Commit == model.CommitOnSave && !f.persistVisible[k])
}

func (f *flow) entryState() *pathState {
	return &pathState{must: newBits(len(f.sessions)), def: newBits(len(f.sessions)),
		pend: newBits(len(f.sinks)), dpend: newBits(len(f.sinks))}
}

func (f *flow) solve() {
	blocks := f.fn.Blocks
	f.in = make([]*pathState, len(blocks))
	f.in[0] = f.entryState()
	work := []*ssa.BasicBlock{blocks[0]}
	if r := f.fn.Recover; r != nil && r.Index < len(blocks) {
		f.in[r.Index] = f.entryState()
		work = append(work, r)
	}
	queued := make([]bool, len(blocks))
	for _, b := range work {
		queued[b.Index] = true
	}
	for len(work) > 0 {
		b := work[0]
		work = work[1:]
		queued[b.Index] = false
		out := f.transfer(b, f.in[b.Index].clone(), nil)
		for _, s := range b.Succs {
			if f.meet(s.Index, f.edge(b, s, out)) && !queued[s.Index] {
				queued[s.Index] = true
				work = append(work, s)
			}
		}
	}
}

// edge returns the state out of b as it enters its successor s: on the
// branch where a fresh check of b's If said true (if s.Fresh() { ... }),
// the checked session has a new ID, as after a renewal.
func (f *flow) edge(b, s *ssa.BasicBlock, out *pathState) *pathState {
	fc := f.freshAt[b.Index]
	op, fresh := fc.op, fc.fresh
	if op == nil || len(b.Succs) != 2 || b.Succs[0] == b.Succs[1] || (s == b.Succs[0]) != fresh {
		return out
	}
	st := out.clone()
	m := f.mask(op)
	st.must.orIn(m)
	for j := range f.sessions {
		if m.has(j) {
			st.pend.andNot(f.bySession[j])
		}
	}
	return st
}

// freshEdge is the fresh check a block's If tests, and whether its true
// result takes the first successor.
type freshEdge struct {
	op    *Op
	fresh bool
}

// freshCheck returns the fresh check b's If tests, and whether its true
// result takes the If's first successor (false when the condition is its
// negation).
func (f *flow) freshCheck(b *ssa.BasicBlock) (*Op, bool) {
	if len(b.Instrs) == 0 {
		return nil, false
	}
	iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return nil, false
	}
	cond, fresh := iff.Cond, true
	if not, ok := cond.(*ssa.UnOp); ok && not.Op == token.NOT {
		cond, fresh = not.X, false
	}
	absent := false
	if cmp, ok := cond.(*ssa.BinOp); ok && (cmp.Op == token.EQL || cmp.Op == token.NEQ) {
		// cookie == "" (fresh when true), cookie != "" (when false).
		for _, pair := range [][2]ssa.Value{{cmp.X, cmp.Y}, {cmp.Y, cmp.X}} {
			if k, ok := pair[1].(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String && constant.StringVal(k.Value) == "" {
				cond, absent = pair[0], true
				fresh = fresh == (cmp.Op == token.EQL)
			}
		}
	}
	for _, op := range f.ops {
		if op.Role == model.RoleFreshCheck && !op.Async && op.Session != nil && (op.Call != nil && op.Call.Absent) == absent {
			if v, ok := op.Instr.(ssa.Value); ok && v == cond {
				return op, fresh
			}
		}
	}
	return nil, false
}

// meet merges out into the entry state of block i and reports a change.
func (f *flow) meet(i int, out *pathState) bool {
	in := f.in[i]
	if in == nil {
		f.in[i] = out.clone()
		return true
	}
	changed := in.must.and(out.must)
	changed = in.def.and(out.def) || changed
	changed = in.pend.or(out.pend) || changed
	changed = in.dpend.or(out.dpend) || changed
	return changed
}

// recorder collects verdicts during the final pass.
type recorder struct {
	bad, seen   bits
	before      []bool
	exitRenewed bits
	sawReturn   bool
}

// transfer applies the ops of block b to st; with rec set, it records.
func (f *flow) transfer(b *ssa.BasicBlock, st *pathState, rec *recorder) *pathState {
	for _, op := range f.byBlock[b.Index] {
		switch op.Role {
		case model.RoleRenew:
			if op.Async {
				continue
			}
			m := f.mask(op)
			if op.Deferred {
				st.def.orIn(m)
				continue
			}
			st.must.orIn(m)
			for j := range f.sessions {
				if m.has(j) {
					st.pend.andNot(f.bySession[j])
				}
			}
		case model.RoleSink:
			k := f.sinkIdx[op]
			if op.Deferred {
				// It runs when the function returns: judged there.
				st.dpend.set(k)
				continue
			}
			renewed := f.renewedIn(op, st.must)
			if rec != nil {
				rec.seen.set(k)
				rec.before[k] = renewed
			}
			if renewed {
				continue
			}
			if op.Commit == model.CommitOnWrite {
				if rec != nil {
					rec.bad.set(k)
				}
				continue
			}
			st.pend.set(k)
		case model.RolePersist:
			if op.Deferred || op.Async || rec == nil || op.Session == nil {
				continue
			}
			for k := range f.sinks {
				if st.pend.has(k) && f.sinks[k].Session.Same(op.Session) &&
					(f.sinks[k].Commit == model.CommitAtEnd || f.persistVisible[k]) {
					rec.bad.set(k)
				}
			}
		}
	}
	if rec != nil && len(b.Instrs) > 0 {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for k := range f.sinks {
				if st.pend.has(k) && f.exitPersists(k) && !f.renewedIn(f.sinks[k], st.def) {
					rec.bad.set(k)
				}
			}
			renewed := st.must.clone()
			renewed.orIn(st.def)
			for k := range f.sinks {
				if !st.dpend.has(k) {
					continue
				}
				ok := f.renewedIn(f.sinks[k], renewed)
				if !rec.seen.has(k) {
					rec.seen.set(k)
					rec.before[k] = ok
				} else {
					rec.before[k] = rec.before[k] && ok
				}
				if !ok {
					rec.bad.set(k)
				}
			}
			switch {
			case b == f.fn.Recover:
				// The return after a recovered panic (a function with
				// defer has one): not a normal return.
			case failing(b.Instrs[len(b.Instrs)-1].(*ssa.Return)):
				// A return of an error that is never nil (errors.New):
				// the caller goes on only where the call succeeded.
			case !rec.sawReturn:
				rec.exitRenewed = renewed
				rec.sawReturn = true
			default:
				rec.exitRenewed.and(renewed)
			}
		}
	}
	return st
}

func (f *flow) record(res *FlowResult) {
	rec := &recorder{bad: newBits(len(f.sinks)), seen: newBits(len(f.sinks)), before: make([]bool, len(f.sinks))}
	for _, b := range f.fn.Blocks {
		if f.in[b.Index] == nil {
			continue // unreachable
		}
		f.transfer(b, f.in[b.Index].clone(), rec)
	}
	for k, w := range f.sinks {
		v := &Verdict{
			RenewedBefore:  rec.before[k] || !rec.seen.has(k),
			Sanitized:      !rec.bad.has(k) || (w.Helper != nil && w.Helper.RenewedAfter),
			PersistVisible: f.persistVisible[k],
		}
		if !v.Sanitized || !v.RenewedBefore {
			v.Trap = f.trapBefore(w)
		}
		res.Verdicts[w] = v
	}
	if rec.sawReturn {
		for i, s := range f.sessions {
			if rec.exitRenewed.has(i) {
				res.ExitRenewed = append(res.ExitRenewed, s)
			}
		}
	}
}

// follows reports whether an op satisfying pred can run after w.
func (f *flow) follows(w *Op, pred func(*Op) bool) bool {
	b := w.Instr.Block()
	after := false
	for _, op := range f.byBlock[b.Index] {
		if op == w {
			after = true
			continue
		}
		if after && pred(op) {
			return true
		}
	}
	seen := make([]bool, len(f.fn.Blocks))
	stack := append([]*ssa.BasicBlock(nil), b.Succs...)
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x.Index] {
			continue
		}
		seen[x.Index] = true
		for _, op := range f.byBlock[x.Index] {
			if pred(op) {
				return true
			}
		}
		stack = append(stack, x.Succs...)
	}
	return false
}

// trapBefore returns the first trap on w's session that can run before w.
func (f *flow) trapBefore(w *Op) *Op {
	for _, t := range f.ops {
		if t.Role != model.RoleTrap || t.Async || !w.Session.Same(t.Session) || t.Instr.Block() == nil {
			continue
		}
		if f.follows(t, func(op *Op) bool { return op == w }) {
			return t
		}
	}
	return nil
}

// bits is a small bit set.
type bits []uint64

func newBits(n int) bits { return make(bits, (n+63)/64) }

func (b bits) set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b bits) has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }
func (b bits) clone() bits    { return append(bits(nil), b...) }

func (b bits) orIn(c bits) {
	for i := range b {
		if i < len(c) {
			b[i] |= c[i]
		}
	}
}

func (b bits) andNot(c bits) {
	for i := range b {
		if i < len(c) {
			b[i] &^= c[i]
		}
	}
}

// and intersects b with c and reports a change.
func (b bits) and(c bits) bool {
	changed := false
	for i := range b {
		x := b[i] & c[i]
		if x != b[i] {
			b[i], changed = x, true
		}
	}
	return changed
}

// or unions c into b and reports a change.
func (b bits) or(c bits) bool {
	changed := false
	for i := range b {
		x := b[i] | c[i]
		if x != b[i] {
			b[i], changed = x, true
		}
	}
	return changed
}

// failing reports whether a return gives its function's last result, an
// error, a value that is never nil: errors.New, fmt.Errorf, or a
// concrete value boxed in the interface.
func failing(ret *ssa.Return) bool {
	if len(ret.Results) == 0 {
		return false
	}
	last := ret.Results[len(ret.Results)-1]
	if !types.Identical(last.Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	switch v := last.(type) {
	case *ssa.MakeInterface:
		return true
	case *ssa.Call:
		if f := v.Call.StaticCallee(); f != nil && f.Pkg != nil {
			path := f.Pkg.Pkg.Path()
			return path == "errors" && f.Name() == "New" || path == "fmt" && f.Name() == "Errorf"
		}
	}
	return false
}
