package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/output"
	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/resultcache"
	"github.com/sessionlint/sessionlint/internal/modulescan"
)

// The standalone driver keeps each package's results between runs, as go
// vet does: a package whose inputs have not changed is not analysed again.
// The key of a package's result is a hash of everything its analysis read:
//
//   - the tool: this executable's content, the analyzer flags, the cache
//     format;
//   - the package: its import path, directory, module, Go version, whether
//     its findings are reported, the content of its files;
//   - its imports: the export data files (the go command names them by the
//     hash of their content, which changes with any change to the package)
//     and the content of the facts files of those analysed.
//
// So a change in one package re-analyses it and the packages that import
// it, directly or not, among those analysed, as go vet does; nothing else.
//
// What the module scan told the analysis about the rest of the module (the
// stores main constructs, ...) is recorded with the result and checked again
// before the result is reused (modulescan.Recheck): editing main re-analyses
// the packages whose findings depended on it, and no other.
//
// Results are not kept when an analyzer failed or the package did not
// type-check. -cache=false, or SESSIONLINT_CACHE=off, turns the cache off.

const cacheFormat = "sessionlint results 1"

// report is a cached result's report.
type report struct {
	Findings []output.Diagnostic
	Observed []modulescan.Observation
}

// resultCache is the cache as one run uses it.
type resultCache struct {
	c    *resultcache.Cache
	salt []byte // the tool and its flags

	mu      sync.Mutex
	checked map[string]bool // observations already rechecked this run

	hits, misses atomic.Int64
}

// openResultCache opens the cache for a run of the tool (its executable)
// with the analyzer flags args; nil when the cache is off or unusable.
func openResultCache(exe string, args []string) *resultCache {
	c, err := resultcache.Default()
	if err != nil || c == nil {
		return nil
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", cacheFormat)
	if err := hashFile(h, exe); err != nil {
		return nil
	}
	for _, a := range args {
		fmt.Fprintf(h, "%s\x00", a)
	}
	return &resultCache{c: c, salt: h.Sum(nil), checked: map[string]bool{}}
}

// hashFile adds the file's name and content to h.
func hashFile(h hash.Hash, name string) error {
	fmt.Fprintf(h, "%s\x00", name)
	return hashContent(h, name)
}

// hashContent adds the file's content, and its length, to h.
func hashContent(h hash.Hash, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	n, err := io.Copy(h, f)
	fmt.Fprintf(h, "\x00%d\x00", n)
	return err
}

// key returns the key of the unit's result, "" when one of its inputs
// cannot be read (the unit is then analysed and not cached).
func (rc *resultCache) key(cfg *unitchecker.Config) string {
	h := sha256.New()
	h.Write(rc.salt)
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%t\x00", cfg.ID, cfg.ImportPath, cfg.Dir, cfg.ModulePath, cfg.ModuleVersion, cfg.GoVersion, cfg.VetxOnly)
	for _, files := range [][]string{cfg.GoFiles, cfg.NonGoFiles} {
		for _, f := range files {
			if hashFile(h, f) != nil {
				return ""
			}
		}
		fmt.Fprint(h, "\x01")
	}
	fmt.Fprintf(h, "%q\x00", cfg.IgnoredFiles)
	for _, k := range sortedKeys(cfg.ImportMap) {
		fmt.Fprintf(h, "%s=%s\x00", k, cfg.ImportMap[k])
	}
	for _, k := range sortedKeys(cfg.PackageFile) {
		fmt.Fprintf(h, "%s=%s\x00", k, cfg.PackageFile[k])
	}
	for _, k := range sortedKeys(cfg.PackageVetx) {
		// The facts file is in a directory of this run: its content only.
		fmt.Fprintf(h, "%s\x00", k)
		if hashContent(h, cfg.PackageVetx[k]) != nil {
			return ""
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// restore gives u the cached result under key, when there is one whose
// observations of the module still hold, and writes its facts file.
func (rc *resultCache) restore(u *unit, key string) bool {
	e, ok := rc.c.Get(key)
	if !ok {
		rc.misses.Add(1)
		return false
	}
	var r report
	if json.Unmarshal(e.Report, &r) != nil || !rc.stillTrue(r.Observed) {
		rc.misses.Add(1)
		return false
	}
	if os.WriteFile(u.vetx, e.Facts, 0o666) != nil {
		rc.misses.Add(1)
		return false
	}
	u.findings, u.observed = r.Findings, r.Observed
	rc.hits.Add(1)
	return true
}

// stillTrue reports whether the module scan still answers as recorded.
func (rc *resultCache) stillTrue(obs []modulescan.Observation) bool {
	for _, o := range obs {
		k, _ := json.Marshal(o)
		rc.mu.Lock()
		ok, done := rc.checked[string(k)]
		rc.mu.Unlock()
		if !done {
			ok = modulescan.Recheck(o)
			rc.mu.Lock()
			rc.checked[string(k)] = ok
			rc.mu.Unlock()
		}
		if !ok {
			return false
		}
	}
	return true
}

// save keeps u's result under key, unless the analysis failed.
func (rc *resultCache) save(u *unit, key string) {
	if len(u.failures) > 0 || len(u.errs) > 0 {
		return
	}
	facts, err := os.ReadFile(u.vetx)
	if err != nil {
		return
	}
	data, err := json.Marshal(report{Findings: u.findings, Observed: u.observed})
	if err != nil {
		return
	}
	_ = rc.c.Put(key, &resultcache.Entry{Report: data, Facts: facts})
}

// finish trims the cache (at most once an hour) and returns the run's
// statistics.
func (rc *resultCache) finish() (hits, misses int64) {
	_ = rc.c.Trim(time.Now(), resultcache.MaxAge, resultcache.MaxBytes)
	return rc.hits.Load(), rc.misses.Load()
}
