package driver

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/stdlib"
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

// A factPolicy decides whether a dependency is analysed for facts: path
// is its package path, std whether it is in the standard library, imports
// the package paths it imports, and analysed whether a direct import was
// analysed. lazyssa.NeedsFacts is sessionlint's; the driver's tests use
// their own.
type factPolicy func(path string, std bool, imports []string, analysed func(path string) bool) bool

// vetMain hands the invocation over to unitchecker, which parses the
// flags (-NAME, -NAME=false, -NAME.FLAG, -json, ...) from os.Args and
// exits. Analyzers whose Meta.Default is false are disabled unless some
// analyzer is selected, as in standalone mode.
//
// Before that, a dependency that go vet asks to analyse only for its
// facts (VetxOnly) and that needs no facts by the policy is dismissed at
// once: an empty facts file, no parsing, no type-checking. go vet asks
// for every dependency, the standard library included; most need nothing.
func vetMain(args []string, reg lint.Registry, needsFacts factPolicy) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "%s: internal error: %s\n", progname, oneLine(fmt.Sprint(r)))
			if debugEnabled() {
				os.Stderr.Write(debug.Stack())
			}
			os.Exit(ExitInternal)
		}
	}()
	deps, err := depsFlag(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", progname, err)
		os.Exit(1)
	}
	// Declared so that go vet accepts it (it asks -flags) and unitchecker
	// parses it; its value is read above, before anything is loaded.
	flag.String("deps", depsModule, depsUsage)
	if cfgFile := args[len(args)-1]; strings.HasSuffix(cfgFile, ".cfg") {
		if cfg, err := readUnitConfig(cfgFile); err == nil {
			if cfg.VetxOnly && !unitWanted(cfg, deps, needsFacts) {
				dismiss(cfg)
			}
			// A Go newer than the one that built sessionlint: one
			// message for the whole go vet run, not a decoding error
			// per package.
			if err := checkUnitGoVersion(cfg.ImportPath, cfg.GoVersion, cfg.PackageFile); err != nil {
				if reportOncePerRun(cfgFile, "go-version") {
					fmt.Fprintf(os.Stderr, "%s: %v\n", progname, err)
				}
				os.Exit(1)
			}
		} // else unitchecker reports the error
		args = append(vetDefaults(args, reg), args...)
	}
	// unitchecker prefixes its messages with the program's name.
	os.Args = append([]string{progname}, args...)
	unitchecker.Main(safe(reg.Analyzers(), nil)...)
	os.Exit(ExitInternal) // unreachable: unitchecker.Main exits
}

func readUnitConfig(name string) (*unitchecker.Config, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	cfg := new(unitchecker.Config)
	if err := json.Unmarshal(data, cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}

// depsFlag returns the value of -deps among the vet tool's flags.
func depsFlag(args []string) (string, error) {
	deps := depsModule
	for _, f := range vetFlags(args) {
		if f.name == "deps" && f.hasValue {
			deps = f.value
		}
	}
	return deps, checkDeps(deps)
}

// unitWanted reports whether a dependency go vet asks about is analysed
// for facts: it must be in scope (-deps: with module, a module of the
// user's own, which has no version: the main module or a workspace's)
// and need facts by the policy.
func unitWanted(cfg *unitchecker.Config, deps string, needsFacts factPolicy) bool {
	if deps != depsAll && cfg.ModuleVersion != "" {
		return false
	}
	return unitNeedsFacts(cfg, needsFacts)
}

// unitNeedsFacts applies the policy to a vet config. An import counts as
// analysed when its facts file is not empty.
func unitNeedsFacts(cfg *unitchecker.Config, needsFacts factPolicy) bool {
	if needsFacts == nil {
		return true
	}
	std := stdlib.IsStd(cfg.ImportPath)
	imports := make([]string, 0, len(cfg.ImportMap))
	for _, path := range cfg.ImportMap {
		imports = append(imports, path)
	}
	analysed := func(path string) bool {
		vetx, ok := cfg.PackageVetx[path]
		if !ok {
			return false
		}
		info, err := os.Stat(vetx)
		return err == nil && info.Size() > 0
	}
	return needsFacts(cfg.ImportPath, std, imports, analysed)
}

// dismiss writes the empty outputs go vet expects of a package with no
// facts, and exits.
func dismiss(cfg *unitchecker.Config) {
	for _, name := range []string{cfg.VetxOutput, cfg.Stdout} {
		if name == "" {
			continue
		}
		if err := os.WriteFile(name, nil, 0o666); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", progname, err)
			os.Exit(1)
		}
	}
	os.Exit(0)
}
