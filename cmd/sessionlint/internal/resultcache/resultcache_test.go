package resultcache_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/resultcache"
)

const key = "0123456789abcdef0123456789abcdef"

func TestPutGet(t *testing.T) {
	c, err := resultcache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(key); ok {
		t.Fatal("hit in an empty cache")
	}
	e := &resultcache.Entry{Report: json.RawMessage(`{"Findings":[]}`), Facts: []byte{0, 1, 2}}
	if err := c.Put(key, e); err != nil {
		t.Fatal(err)
	}
	got, ok := c.Get(key)
	if !ok || string(got.Report) != string(e.Report) || string(got.Facts) != string(e.Facts) {
		t.Fatalf("Get = %+v, %v", got, ok)
	}
	// A damaged entry is a miss, not an error.
	name := filepath.Join(c.Dir(), key[:2], key+".json")
	if err := os.WriteFile(name, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(key); ok {
		t.Error("a damaged entry was returned")
	}
}

// TestConcurrentPut: writers racing on one key leave a whole entry.
func TestConcurrentPut(t *testing.T) {
	c, err := resultcache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	big := []byte(strings.Repeat("x", 1<<20))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			_ = c.Put(key, &resultcache.Entry{Report: json.RawMessage(`{}`), Facts: append([]byte{byte(i)}, big...)})
		})
	}
	wg.Wait()
	got, ok := c.Get(key)
	if !ok || len(got.Facts) != len(big)+1 {
		t.Fatalf("entry after concurrent writes: ok=%v", ok)
	}
	entries, _ := os.ReadDir(filepath.Join(c.Dir(), key[:2]))
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestTrim(t *testing.T) {
	dir := t.TempDir()
	c, err := resultcache.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	put := func(k string, size int, used time.Time) string {
		t.Helper()
		if err := c.Put(k, &resultcache.Entry{Report: json.RawMessage(`{}`), Facts: make([]byte, size)}); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, k[:2], k+".json")
		if err := os.Chtimes(name, used, used); err != nil {
			t.Fatal(err)
		}
		return name
	}
	stale := put("aa"+key, 10, now.Add(-30*24*time.Hour))
	old := put("bb"+key, 4000, now.Add(-2*time.Hour))
	recent := put("cc"+key, 4000, now.Add(-time.Minute))
	if err := c.Trim(now, 7*24*time.Hour, 6000); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{stale: false, old: false, recent: true} {
		if _, err := os.Stat(name); (err == nil) != want {
			t.Errorf("%s kept = %v, want %v", filepath.Base(name), err == nil, want)
		}
	}
	// Trim works at most once an hour.
	again := put("dd"+key, 10, now.Add(-30*24*time.Hour))
	if err := c.Trim(now, 7*24*time.Hour, 6000); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(again); err != nil {
		t.Error("Trim ran twice within the hour")
	}
}

func TestDefault(t *testing.T) {
	t.Setenv(resultcache.Env, "off")
	if c, err := resultcache.Default(); c != nil || err != nil {
		t.Errorf("off: %v, %v", c, err)
	}
	dir := t.TempDir()
	t.Setenv(resultcache.Env, dir)
	if c, err := resultcache.Default(); err != nil || c == nil || c.Dir() != dir {
		t.Errorf("dir: %v, %v", c, err)
	}
}
