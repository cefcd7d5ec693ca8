// Command floor is the benchmark baseline of scripts/bench: a checker whose
// only analyzer requires buildssa and reports nothing, so running it costs
// exactly what every go/analysis tool built on SSA pays before doing any
// work of its own — loading, type-checking and building SSA for every
// function of every analyzed package.
//
// Like sessionlint, it runs standalone on package patterns (the x/tools
// multichecker: go/packages with syntax for everything, test variants
// included by default) and as a go vet tool (unitchecker: one package per
// process, dependencies from export data):
//
//	floor ./...
//	go vet -vettool=$(which floor) ./...
//
// It is a measuring instrument, not part of sessionlint: it is never
// installed or released.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

// analyzer asks for SSA and does nothing with it.
var analyzer = &analysis.Analyzer{
	Name:     "floor",
	Doc:      "floor: builds SSA for every function and reports nothing (the cost of load, type-check and SSA)",
	Requires: []*analysis.Analyzer{buildssa.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
		return nil, nil
	},
}

func main() {
	multichecker.Main(analyzer)
}
