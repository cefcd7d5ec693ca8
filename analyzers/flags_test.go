package analyzers_test

import (
	"flag"
	"testing"

	"github.com/sessionlint/sessionlint/analyzers"
)

// analyzerFlag is one flag of one analyzer in analyzers.All.
type analyzerFlag struct {
	name string // analyzer.flag, as on the command line
	f    *flag.Flag
}

// allFlags lists every analyzer's flags, in the order of All and then of
// the flag names, so that an index picks the same flag in every run.
func allFlags() []analyzerFlag {
	var all []analyzerFlag
	for _, a := range analyzers.All {
		a.Flags.VisitAll(func(f *flag.Flag) {
			all = append(all, analyzerFlag{a.Name + "." + f.Name, f})
		})
	}
	return all
}

// FuzzAnalyzerFlags sets every analyzer flag to arbitrary text. Set must
// never panic, and a value it accepts must round-trip through String:
// setting String() again succeeds and gives the same String(). That is a
// real contract, not a nicety: the standalone driver forwards each
// analyzer flag set on its command line to its per-package tool processes
// as -NAME.FLAG=<Value.String()>, so a value whose String does not parse,
// or parses to something else, would make those processes fail or
// analyse with another configuration than the user asked for.
//
// The flags are global state (analyzers.All holds the analyzers): every
// input restores its flag to the default, so inputs do not leak into one
// another. The flag is chosen by i modulo the number of flags; the
// checked-in seeds in testdata/fuzz/FuzzAnalyzerFlags name it that way.
func FuzzAnalyzerFlags(f *testing.F) {
	flags := allFlags()
	if len(flags) == 0 {
		f.Skip("no analyzer has flags")
	}
	for i, af := range flags {
		f.Add(uint8(i), af.f.DefValue)
	}
	f.Fuzz(func(t *testing.T, i uint8, s string) {
		af := flags[int(i)%len(flags)]
		defer restore(t, af)
		if err := af.f.Value.Set(s); err != nil {
			return
		}
		got := af.f.Value.String()
		if err := af.f.Value.Set(got); err != nil {
			t.Fatalf("-%s=%q was accepted, but its String() %q is rejected: %v", af.name, s, got, err)
		}
		if again := af.f.Value.String(); again != got {
			t.Fatalf("-%s=%q: String() is %q, and setting that gives %q", af.name, s, got, again)
		}
	})
}

// restore sets af back to its default, which must itself be accepted and
// be what String then returns.
func restore(t *testing.T, af analyzerFlag) {
	t.Helper()
	if err := af.f.Value.Set(af.f.DefValue); err != nil {
		t.Fatalf("-%s: the default %q is rejected: %v", af.name, af.f.DefValue, err)
	}
	if got := af.f.Value.String(); got != af.f.DefValue {
		t.Fatalf("-%s: restored to the default %q, String() is %q", af.name, af.f.DefValue, got)
	}
}
