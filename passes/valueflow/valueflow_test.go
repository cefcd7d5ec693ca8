package valueflow_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// probe reports, at every call of sink(v) and local(v), the origins of v
// (resolved through callers for sink, within the function for local).
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report the origins of sink and local arguments",
	Requires: []*analysis.Analyzer{buildssa.Analyzer, valueflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[valueflow.Analyzer].(*valueflow.Result)
		ssainfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
		var funcs []*ssa.Function
		var add func(fn *ssa.Function)
		add = func(fn *ssa.Function) {
			funcs = append(funcs, fn)
			for _, a := range fn.AnonFuncs {
				add(a)
			}
		}
		for _, fn := range ssainfo.SrcFuncs {
			add(fn)
		}
		for _, fn := range funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(*ssa.Call)
					if !ok {
						continue
					}
					callee := call.Call.StaticCallee()
					if callee == nil || len(call.Call.Args) != 1 {
						continue
					}
					var os valueflow.Origins
					switch callee.Name() {
					case "sink":
						os = res.Origins(call.Call.Args[0])
					case "local":
						os = res.Local(call.Call.Args[0])
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
	analysistest.Run(t, analysistest.TestData(), probe, "a")
}

func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), valueflow.Analyzer, "ids")
}
