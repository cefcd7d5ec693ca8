package driver

import (
	"regexp"
	"strings"
	"testing"
)

// manyPackages returns a module of n packages (pa, pb, ...) and, when die is
// set, one named die.
func manyPackages(t *testing.T, n int, die bool) string {
	files := map[string]string{}
	for i := range n {
		name := "p" + string(rune('a'+i))
		files[name+"/"+name+".go"] = "package " + name + "\n"
	}
	if die {
		files["die/die.go"] = "package die\n"
	}
	return module(t, files)
}

var pidMessage = regexp.MustCompile(`analysed by process (\d+)`)

// pids returns the processes that analysed the packages, as testpid
// reported them.
func pids(t *testing.T, stdout string) map[string]bool {
	t.Helper()
	found := map[string]bool{}
	for _, m := range pidMessage.FindAllStringSubmatch(stdout, -1) {
		found[m[1]] = true
	}
	return found
}

func TestWorkersAnalyseManyPackages(t *testing.T) {
	dir := manyPackages(t, 6, false)
	for _, tc := range []struct {
		parallel string
		most     int
	}{{"1", 1}, {"2", 2}} {
		r := runIn(t, dir, "-cache=false", "-testpid", "-p", tc.parallel, "./...")
		r.expect(t, ExitFindings)
		if n := strings.Count(r.stdout, "analysed by process"); n != 6 {
			t.Errorf("-p %s: %d packages reported, want 6:\n%s", tc.parallel, n, r.stdout)
		}
		if got := pids(t, r.stdout); len(got) < 1 || len(got) > tc.most {
			t.Errorf("-p %s: the packages were analysed by %d processes, want 1 to %d:\n%s", tc.parallel, len(got), tc.most, r.stdout)
		}
	}
}

func TestWorkerThatDies(t *testing.T) {
	dir := manyPackages(t, 3, true)
	r := runIn(t, dir, "-cache=false", "-testpid", "-testdie", "-p", "1", "./...")
	r.expect(t, ExitInternal)
	if !strings.Contains(r.stderr, "analysing package example.com/m/die: the analysis process ended: fatal error: out of memory") {
		t.Errorf("stderr lacks the dead worker's package and message:\n%s", r.stderr)
	}
	// The other packages are analysed, by a new worker after the death.
	if n := strings.Count(r.stdout, "analysed by process"); n != 3 {
		t.Errorf("%d packages reported, want the 3 others:\n%s", n, r.stdout)
	}
}
