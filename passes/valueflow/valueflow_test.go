package valueflow_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/stubs"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// probe reports, at every call of sink(v) and local(v), the origins of v
// (resolved through callers for sink, within the function for local).
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report the origins of sink and local arguments",
	Requires: []*analysis.Analyzer{lazyssa.Analyzer, valueflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[valueflow.Analyzer].(*valueflow.Result)
		ssainfo := pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
		funcs := valueflow.Funcs(ssainfo)
		for _, fn := range funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(ssa.CallInstruction)
					if !ok {
						continue
					}
					common := call.Common()
					callee := common.StaticCallee()
					if callee == nil || len(common.Args) != 1 {
						continue
					}
					var os valueflow.Origins
					switch callee.Name() {
					case "sink":
						os = res.Origins(common.Args[0])
					case "local":
						os = res.Local(common.Args[0])
					default:
						continue
					}
					pass.Reportf(call.Pos(), "origins: %s", render(os))
				}
			}
		}
		return nil, nil
	},
}

func render(os valueflow.Origins) string {
	var parts []string
	for _, o := range os.List {
		s := o.Kind.String()
		switch {
		case o.Kind&valueflow.Param != 0:
			s += fmt.Sprintf(":%d", o.Param)
		case o.Kind&valueflow.Const != 0:
		case o.Kind&valueflow.Request != 0:
			s += ":" + o.Name + "@" + o.Desc
		default:
			s += ":" + o.Desc
		}
		if o.Via != "" {
			s += "@" + o.Via
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestOrigins(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), probe, "a")
}

func TestFacts(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), valueflow.Analyzer, "ids")
}
