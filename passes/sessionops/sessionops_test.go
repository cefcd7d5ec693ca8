package sessionops_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/stubs"
	"github.com/sessionlint/sessionlint/passes/sessionops"
)

// dump reports every op with its session and, for writes, the verdict of
// Flow, so that fixtures can state them with // want.
var dump = &analysis.Analyzer{
	Name:     "dump",
	Doc:      "report the session ops",
	Requires: []*analysis.Analyzer{sessionops.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[sessionops.Analyzer].(*sessionops.Result)
		for _, fn := range res.Order {
			ops := res.Of(fn)
			fr := sessionops.Flow(fn, ops)
			for _, op := range ops {
				msg := fmt.Sprintf("%s %s %s", op.Role, op.Name, op.Session)
				if op.Role == model.RoleSink {
					v := fr.Verdicts[op]
					key := "?"
					if op.KeyKnown {
						key = op.KeyConst
					}
					msg += fmt.Sprintf(" key=%s before=%v sanitized=%v", key, v.RenewedBefore, v.Sanitized)
					if v.Trap != nil {
						msg += " trap=" + v.Trap.Name
					}
					if op.Value != nil && sessionops.IdentityValue(op.Value) || op.ValueIdentity {
						msg += " identity"
					}
				}
				if op.Deferred {
					msg += " deferred"
				}
				if op.Async {
					msg += " async"
				}
				pass.Reportf(op.Pos, "%s", msg)
			}
		}
		return nil, nil
	},
}

// testdata returns a GOPATH holding the shared library stubs, the
// sessionfixation analyzer's fixtures (for package users) and this
// package's fixtures.
func testdata(t *testing.T) string {
	t.Helper()
	return stubs.TestData(t, filepath.Join("..", "..", "analyzers", "sessionfixation", "testdata"), "testdata")
}

func TestOps(t *testing.T) {
	analysistest.Run(t, testdata(t), dump, "ops")
}

// TestFacts states the facts of helpers: sessions named by the parameter
// they come from, the library, and the session name when known.
func TestFacts(t *testing.T) {
	analysistest.Run(t, testdata(t), sessionops.Analyzer, "factsdep")
}
