package driver

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/lint"
)

// A triState is a boolean flag that knows whether it was set, so that
// -NAME, -NAME=true, -NAME=false and "absent" can be told apart.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) Set(value string) error {
	b, err := strconv.ParseBool(value)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	*ts = setFalse
	if b {
		*ts = setTrue
	}
	return nil
}

func (ts *triState) String() string {
	if ts != nil && *ts == setFalse {
		return "false"
	}
	return "true"
}

func (ts *triState) Get() any         { return *ts != setFalse }
func (ts *triState) IsBoolFlag() bool { return true }

// analyzerFlags registers, for every analyzer, -NAME (enable) and
// -NAME.FLAG for each of its own flags, as go vet and multichecker do.
// It returns the enable flags.
func analyzerFlags(fs *flag.FlagSet, all []*analysis.Analyzer) map[*analysis.Analyzer]*triState {
	enabled := make(map[*analysis.Analyzer]*triState, len(all))
	for _, a := range all {
		ts := new(triState)
		enabled[a] = ts
		fs.Var(ts, a.Name, "enable the "+a.Name+" analyzer")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return enabled
}

// selectAnalyzers applies the vet semantics of the enable flags, with the
// registry's defaults: if any analyzer is explicitly enabled, only the
// enabled ones run; otherwise every analyzer whose Meta.Default is true
// runs, minus the explicitly disabled ones.
func selectAnalyzers(reg lint.Registry, enabled map[*analysis.Analyzer]*triState) []*analysis.Analyzer {
	all := reg.Analyzers()
	anyTrue := false
	for _, a := range all {
		if *enabled[a] == setTrue {
			anyTrue = true
		}
	}
	var keep []*analysis.Analyzer
	for _, a := range all {
		switch ts := *enabled[a]; {
		case anyTrue:
			if ts == setTrue {
				keep = append(keep, a)
			}
		case ts != setFalse && reg.Meta(a.Name).Default:
			keep = append(keep, a)
		}
	}
	return keep
}

// A vetFlag is one flag of a vet tool invocation, -name or -name=value.
type vetFlag struct {
	name, value string
	hasValue    bool
}

// vetFlags returns the flags of a vet tool invocation: the arguments up
// to the first one that is not a flag (the .cfg file).
func vetFlags(args []string) []vetFlag {
	var flags []vetFlag
	for _, arg := range args {
		if !strings.HasPrefix(arg, "-") {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		flags = append(flags, vetFlag{name, value, hasValue})
	}
	return flags
}

// checkDeps validates a -deps value, in both modes.
func checkDeps(deps string) error {
	if deps != depsModule && deps != depsAll {
		return fmt.Errorf("invalid -deps %q (want %s or %s)", deps, depsModule, depsAll)
	}
	return nil
}

// vetDefaults returns the flags to add to a go vet invocation so that it
// follows the same defaults as standalone mode: when no analyzer is
// explicitly enabled among args, those with Meta.Default false are
// disabled. (unitchecker itself runs every analyzer by default.)
func vetDefaults(args []string, reg lint.Registry) []string {
	all := reg.Analyzers()
	names := map[string]bool{}
	for _, a := range all {
		names[a.Name] = true
	}
	mentioned := map[string]bool{}
	for _, f := range vetFlags(args) {
		if !names[f.name] {
			continue
		}
		mentioned[f.name] = true
		if b, err := strconv.ParseBool(f.value); !f.hasValue || (err == nil && b) {
			return nil // an analyzer is selected: vet's own rule applies
		}
	}
	var extra []string
	for _, a := range all {
		if !reg.Meta(a.Name).Default && !mentioned[a.Name] {
			extra = append(extra, "-"+a.Name+"=false")
		}
	}
	return extra
}

// toolArgs returns the flags for the tool processes: -NAME for each
// selected analyzer (so that exactly those run), and -NAME.FLAG=VALUE for
// every analyzer option set on the command line.
func toolArgs(fs *flag.FlagSet, selected, all []*analysis.Analyzer) []string {
	var args []string
	for _, a := range selected {
		args = append(args, "-"+a.Name)
	}
	names := map[string]bool{}
	for _, a := range all {
		names[a.Name] = true
	}
	fs.Visit(func(f *flag.Flag) {
		if name, _, ok := strings.Cut(f.Name, "."); ok && names[name] {
			args = append(args, "-"+f.Name+"="+f.Value.String())
		}
	})
	return args
}
