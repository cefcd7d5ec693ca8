package valueflow_test

import (
	"fmt"
	"os"
	"path/filepath"
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

// TestQueriesStayLinear checks that the queries of a package whose
// functions all store into a field from loads of that same field (a cycle
// every query meets) walk each value a bounded number of times in all: a
// cycle's answer is kept once complete, not walked again by every query.
func TestQueriesStayLinear(t *testing.T) {
	walks := map[int]int{}
	for _, n := range []int{50, 200} {
		var src strings.Builder
		src.WriteString("package cyclic\n\nimport \"net/http\"\n\ntype User struct {\n\tName string\n\tNext *User\n}\n\nfunc sink(string) {}\n")
		for i := range n {
			fmt.Fprintf(&src, "\nfunc f%d(u *User, r *http.Request) {\n\tu.Name = u.Next.Name + r.FormValue(%q)\n\tsink(u.Name)\n}\n", i, fmt.Sprint("k", i))
		}
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "src", "cyclic"), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "src", "cyclic", "cyclic.go"), []byte(src.String()), 0o666); err != nil {
			t.Fatal(err)
		}
		count := &analysis.Analyzer{
			Name:     "count",
			Doc:      "query the origins of every sink argument and count the walks",
			Requires: []*analysis.Analyzer{lazyssa.Analyzer, valueflow.Analyzer},
			Run: func(pass *analysis.Pass) (any, error) {
				res := pass.ResultOf[valueflow.Analyzer].(*valueflow.Result)
				for _, fn := range valueflow.Funcs(pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)) {
					for _, b := range fn.Blocks {
						for _, instr := range b.Instrs {
							if call, ok := instr.(*ssa.Call); ok && call.Common().StaticCallee() != nil && call.Common().StaticCallee().Name() == "sink" {
								if origins := res.Origins(call.Common().Args[0]); !origins.Has(valueflow.Request) {
									pass.Reportf(call.Pos(), "origins without the request: %s", render(origins))
								}
							}
						}
					}
				}
				walks[n] = valueflow.Walks(res)
				return nil, nil
			},
		}
		analysistest.Run(t, dir, count, "cyclic")
	}
	// Quadratic growth would multiply the walks by 16 from 50 to 200
	// functions; linear growth by 4.
	t.Logf("walks: %v", walks)
	if walks[50] == 0 || walks[200] > 6*walks[50] {
		t.Errorf("walks: %d for 50 functions, %d for 200: the queries do not stay linear", walks[50], walks[200])
	}
}
