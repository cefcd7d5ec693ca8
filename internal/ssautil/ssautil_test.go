package ssautil_test

import (
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
	xssautil "golang.org/x/tools/go/ssa/ssautil"

	"github.com/sessionlint/sessionlint/internal/ssautil"
)

const src = `package p

import "sync"

var mu sync.Mutex

func check(s string) bool { return s != "" }

func auth(s string) bool {
	mu.Lock()
	defer mu.Unlock()
	if !check(s) {
		return false
	}
	return true
}
`

// TestReturnsWithDefers: a function with a defer returns its results
// through locals, and has a recover block; Returns leaves that block out
// and ReturnedValue sees the constants each return stores.
func TestReturnsWithDefers(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := xssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset, types.NewPackage("p", "p"), []*ast.File{f}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
	fn := pkg.Func("auth")
	if fn.Recover == nil {
		t.Fatal("no recover block: the test no longer covers spilled results")
	}
	rets := ssautil.Returns(fn)
	if len(rets) != 2 {
		t.Fatalf("Returns: %d returns, want 2", len(rets))
	}
	var got []bool
	for _, r := range rets {
		c, ok := ssautil.ReturnedValue(r, 0).(*ssa.Const)
		if !ok {
			t.Fatalf("ReturnedValue = %v, want a constant", ssautil.ReturnedValue(r, 0))
		}
		got = append(got, constant.BoolVal(c.Value))
	}
	if got[0] == got[1] {
		t.Errorf("ReturnedValue: %v, want false and true", got)
	}
}
