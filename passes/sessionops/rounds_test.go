package sessionops

import (
	"maps"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestModuleRounds: a package needs another round when it calls, through
// an interface it cannot resolve, a method some package implements with a
// session write or renewal; not for other hidden methods.
func TestModuleRounds(t *testing.T) {
	facts := map[string][]analysis.Fact{
		"m/controller":    {&HiddenImplementations{Methods: []string{"Login"}}},
		"m/logic/user":    {&HiddenImplementations{Methods: []string{"Find", "SetUser"}}},
		"m/logic/session": {&SessionMethods{Methods: []string{"Renew", "SetUser"}}},
		"m/other":         {&HiddenImplementations{Methods: []string{"Find"}}},
	}
	got := slices.Sorted(maps.Keys(ModuleRounds(facts)))
	if want := []string{"m/logic/user"}; !slices.Equal(got, want) {
		t.Errorf("ModuleRounds = %v, want %v", got, want)
	}
	// Once logic/user's Login writes, the controller follows.
	facts["m/logic/user"] = append(facts["m/logic/user"], &SessionMethods{Methods: []string{"Login"}})
	got = slices.Sorted(maps.Keys(ModuleRounds(facts)))
	if want := []string{"m/controller", "m/logic/user"}; !slices.Equal(got, want) {
		t.Errorf("ModuleRounds = %v, want %v", got, want)
	}
}
