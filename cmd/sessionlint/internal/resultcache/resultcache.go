// Package resultcache keeps the standalone driver's per-package results
// between runs, in the user's cache directory: what a package's analysis
// reported and the facts it exported, under a key that the driver computes
// from everything the analysis read (see internal/driver's cache.go).
//
// An entry is one file, written whole under a temporary name and renamed
// into place, so two runs sharing the cache see an entry complete or not
// at all. Reading an entry refreshes its modification time; Trim removes
// the entries not used for a while and, beyond a size bound, the least
// recently used ones.
package resultcache

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sessionlint/sessionlint/internal/atomicfile"
)

// Env names the environment variable that moves the cache ("off" turns it
// off).
const Env = "SESSIONLINT_CACHE"

// Defaults of Trim.
const (
	MaxAge   = 7 * 24 * time.Hour // entries unused this long are removed
	MaxBytes = 1 << 30            // the cache is trimmed below this size
	// trimEvery is how often Trim actually walks the cache.
	trimEvery = time.Hour
)

// A Cache is a directory of entries.
type Cache struct {
	dir string
}

// An Entry is what one analysis left: its report (the driver's JSON) and
// its facts file's content.
type Entry struct {
	Report json.RawMessage
	Facts  []byte
}

// Default opens the cache named by $SESSIONLINT_CACHE, or
// os.UserCacheDir()/sessionlint/results; nil when it is turned off
// ("off") or there is no cache directory.
func Default() (*Cache, error) {
	dir := os.Getenv(Env)
	switch dir {
	case "off":
		return nil, nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return nil, nil
		}
		dir = filepath.Join(base, "sessionlint", "results")
	}
	return Open(dir)
}

// Open opens (creating it if needed) the cache in dir.
func Open(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Cache{dir: dir}, nil
}

// Dir is the cache's directory.
func (c *Cache) Dir() string { return c.dir }

func (c *Cache) file(key string) string {
	return filepath.Join(c.dir, key[:2], key+".json")
}

// Get returns the entry stored under key.
func (c *Cache) Get(key string) (*Entry, bool) {
	if len(key) < 3 {
		return nil, false
	}
	name := c.file(key)
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, false
	}
	var e Entry
	if json.Unmarshal(data, &e) != nil {
		return nil, false
	}
	now := time.Now()
	_ = os.Chtimes(name, now, now) // recently used: kept by Trim
	return &e, true
}

// Put stores e under key.
func (c *Cache) Put(key string, e *Entry) error {
	if len(key) < 3 {
		return errors.New("resultcache: key too short")
	}
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	name := c.file(key)
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteBytes(name, data)
}

// Trim removes the entries unused for maxAge, then the least recently used
// ones until the cache holds less than maxBytes. It does the work at most
// once an hour (a marker file records when it last did), so calling it
// after every run costs nothing.
func (c *Cache) Trim(now time.Time, maxAge time.Duration, maxBytes int64) error {
	marker := filepath.Join(c.dir, "trimmed")
	if fi, err := os.Stat(marker); err == nil && now.Sub(fi.ModTime()) < trimEvery {
		return nil
	}
	if err := os.WriteFile(marker, nil, 0o644); err != nil {
		return err
	}
	type entry struct {
		path string
		size int64
		used time.Time
	}
	var entries []entry
	var total int64
	err := filepath.WalkDir(c.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".tmp-") && now.Sub(fi.ModTime()) > trimEvery {
			os.Remove(p) // left by a run that was killed while writing
			return nil
		}
		if !strings.HasSuffix(p, ".json") {
			return nil
		}
		if now.Sub(fi.ModTime()) > maxAge {
			os.Remove(p)
			return nil
		}
		entries = append(entries, entry{p, fi.Size(), fi.ModTime()})
		total += fi.Size()
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(entries, func(a, b entry) int { return a.used.Compare(b.used) })
	for _, e := range entries {
		if total < maxBytes {
			break
		}
		if os.Remove(e.path) == nil {
			total -= e.size
		}
	}
	return nil
}
