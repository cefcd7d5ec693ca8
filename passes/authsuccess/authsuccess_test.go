package authsuccess_test

import (
	"cmp"
	"fmt"
	"go/types"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/stubs"
	"github.com/sessionlint/sessionlint/passes/authsuccess"
)

// reporter turns the pass's Result into diagnostics so that the fixtures
// document, with // want, every success point ("auth success: <kind>:
// <desc> principal=<type>") and every function summary ("summary:
// authenticates(...)"). It also checks the Result's invariants.
var reporter = &analysis.Analyzer{
	Name:     "authsuccesstest",
	Doc:      "reports authsuccess points for tests",
	Requires: []*analysis.Analyzer{authsuccess.Analyzer},
	Run:      report,
}

func report(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[authsuccess.Analyzer].(*authsuccess.Result)
	qual := types.RelativeTo(pass.Pkg)
	fns := make([]*ssa.Function, 0, len(res.Points))
	for fn := range res.Points {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(a, b *ssa.Function) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, fn := range fns {
		points := res.Points[fn]
		for i, p := range points {
			if err := checkPoint(fn, p); err != nil {
				pass.Reportf(p.Pos, "bad point: %v", err)
			}
			if i > 0 && points[i-1].Pos > p.Pos {
				pass.Reportf(p.Pos, "points out of order")
			}
			msg := fmt.Sprintf("auth success: %s: %s", p.Kind, p.Desc)
			if p.Via != "" {
				msg += fmt.Sprintf(" via=%s", p.Via)
			}
			if p.Principal != nil {
				msg += " principal=" + types.TypeString(p.Principal.Type(), qual)
			}
			pass.Reportf(p.Pos, "%s", msg)
		}
	}
	for fn, f := range res.Facts {
		pass.Reportf(fn.Pos(), "summary: %s", f)
	}
	return nil, nil
}

// checkPoint checks a point against the contract: Block belongs to the
// function; a branch's success block is entered only from the branch; After
// is in Block.
func checkPoint(fn *ssa.Function, p authsuccess.Point) error {
	if p.Block == nil || p.Block.Parent() != fn {
		return fmt.Errorf("block not in %s", fn)
	}
	if p.Kind == authsuccess.KindName {
		if p.Block != fn.Blocks[0] {
			return fmt.Errorf("name point not at entry")
		}
		return nil
	}
	if p.After != nil {
		if p.After.Block() != p.Block {
			return fmt.Errorf("After not in Block")
		}
		return nil
	}
	if len(p.Block.Preds) != 1 {
		return fmt.Errorf("success block has %d predecessors", len(p.Block.Preds))
	}
	if p.Desc == "" || !p.Pos.IsValid() {
		return fmt.Errorf("missing Desc or Pos")
	}
	return nil
}

func TestPoints(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), reporter,
		"a", "oauth/providersdk", "oauth", "helpers", "usehelpers", "falsefriends", "names", "signup", "elevation", "robust", "irrelevant", "namedcheck/store", "namedcheck/web", "storedsecret/db", "storedsecret/web")
}
