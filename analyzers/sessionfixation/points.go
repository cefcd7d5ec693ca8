package sessionfixation

import (
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/passes/authsuccess"
)

// points gives the authentication points of this analyzer's SSA functions.
// When authsuccess built its own SSA form of the package (it requires
// buildssa rather than lazyssa), its functions are other objects with the
// same shape; their points are translated by position: the same function
// (by name and position), the same block index, the same instruction.
type points struct {
	res   *authsuccess.Result
	byKey map[string]*ssa.Function
}

func newPoints(res *authsuccess.Result) *points {
	return &points{res: res}
}

func funcKey(fn *ssa.Function) string {
	return fn.String() + "@" + strconv.Itoa(int(fn.Pos()))
}

func (p *points) of(fn *ssa.Function) []authsuccess.Point {
	if pts, ok := p.res.Points[fn]; ok {
		return pts
	}
	if p.byKey == nil {
		p.byKey = map[string]*ssa.Function{}
		for other := range p.res.Points {
			if other != nil {
				p.byKey[funcKey(other)] = other
			}
		}
	}
	other := p.byKey[funcKey(fn)]
	if other == nil || other == fn || len(other.Blocks) != len(fn.Blocks) {
		return nil
	}
	var out []authsuccess.Point
	for _, pt := range p.res.Points[other] {
		if pt.Block == nil || pt.Block.Index >= len(fn.Blocks) {
			continue
		}
		pt.Block = fn.Blocks[pt.Block.Index]
		pt.Principal = translate(other, fn, pt.Principal)
		if pt.After != nil {
			pt.After = translateInstr(other, fn, pt.After)
			if pt.After == nil {
				continue
			}
		}
		out = append(out, pt)
	}
	return out
}

// translate finds in fn the value of other that v is.
func translate(other, fn *ssa.Function, v ssa.Value) ssa.Value {
	switch x := v.(type) {
	case nil:
		return nil
	case *ssa.Parameter:
		for i, q := range other.Params {
			if q == x && i < len(fn.Params) {
				return fn.Params[i]
			}
		}
	case *ssa.FreeVar:
		for i, q := range other.FreeVars {
			if q == x && i < len(fn.FreeVars) {
				return fn.FreeVars[i]
			}
		}
	case ssa.Instruction:
		if mv, ok := translateInstr(other, fn, x).(ssa.Value); ok {
			return mv
		}
	}
	return nil
}

// translateInstr finds in fn the instruction of other that x is.
func translateInstr(other, fn *ssa.Function, x ssa.Instruction) ssa.Instruction {
	b := x.Block()
	if b == nil || b.Parent() != other || b.Index >= len(fn.Blocks) {
		return nil
	}
	mine := fn.Blocks[b.Index]
	for i, instr := range b.Instrs {
		if instr == x && i < len(mine.Instrs) {
			return mine.Instrs[i]
		}
	}
	return nil
}
