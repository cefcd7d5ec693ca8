package driver

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// isVet reports whether go vet is invoking sessionlint as its -vettool:
// to describe itself (-V=full), to list its flags (-flags), or to analyze
// one package described by a JSON config file (last argument *.cfg).
func isVet(args []string) bool {
	for _, a := range args {
		switch a {
		case "-V=full", "--V=full", "-flags", "--flags":
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// vetMain hands the invocation over to unitchecker, which parses the
// flags (-NAME, -NAME=false, -NAME.FLAG, -json, ...) from os.Args and
// exits. Analyzers whose Meta.Default is false are disabled unless some
// analyzer is selected, as in standalone mode.
func vetMain(args []string, all []*analysis.Analyzer) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "%s: internal error: %s\n", progname, oneLine(fmt.Sprint(r)))
			if debugEnabled() {
				os.Stderr.Write(debug.Stack())
			}
			os.Exit(ExitInternal)
		}
	}()
	if strings.HasSuffix(args[len(args)-1], ".cfg") {
		args = append(vetDefaults(args, all), args...)
	}
	os.Args = append([]string{os.Args[0]}, args...)
	unitchecker.Main(safe(all)...)
	os.Exit(ExitInternal) // unreachable: unitchecker.Main exits
}
