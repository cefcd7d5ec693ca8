package driver

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/mod/modfile"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/output"
	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/resultcache"
)

// The run cache: on top of each package's result, the findings of a whole
// run are kept under a key of everything the run could read that may
// change, so that a run in which nothing changed prints them again without
// asking the go command to list and build anything (which is most of the
// cost of a re-run once every package's result is cached):
//
//   - the tool and the analyzer flags (the salt), the patterns and the load
//     options, the working directory;
//   - the go command's environment (go env -json: GOFLAGS, GOOS, GOARCH,
//     the toolchain's version, ...);
//   - the name, size and modification time of every file of the modules
//     the run reads from disk: the main module or the workspace's modules
//     and the directories they are replaced by. Other dependencies come
//     from the module cache at the versions go.mod and go.sum (files of the
//     main module) name, and do not change.
//
// A run is not keyed when a pattern is not a directory in those modules,
// when they hold a symbolic link to a directory, or when a file (or the
// target of a link) was modified in the last two seconds (a later change in the
// same tick of the file system's clock could leave its time as it is); its
// findings are kept only when the key is the same after the run (nothing
// changed meanwhile), no analyzer failed and every package type-checked.

// racyWindow is how recent a file's modification may be for a run to be
// keyed.
const racyWindow = 2 * time.Second

// A runOptions holds what, besides the analyzer flags, selects a run's
// findings.
type runOptions struct {
	dir      string
	goEnv    []string // nil: the process's environment
	patterns []string
	tests    bool
	tags     string
	deps     string
}

// runKey returns the key of the run's findings, "" when it cannot be
// keyed.
func (rc *resultCache) runKey(ctx context.Context, o runOptions) string {
	cmd := exec.CommandContext(ctx, "go", "env", "-json")
	cmd.Dir, cmd.Env = o.dir, o.goEnv
	goEnv, err := cmd.Output()
	if err != nil {
		return ""
	}
	var vars map[string]string
	if json.Unmarshal(goEnv, &vars) != nil {
		return ""
	}
	// GOGCCFLAGS names a temporary directory of the go env process.
	delete(vars, "GOGCCFLAGS")
	roots := moduleRoots(vars["GOMOD"], vars["GOWORK"])
	if len(roots) == 0 {
		return ""
	}
	for _, p := range o.patterns {
		if !localPattern(o.dir, p, roots) {
			return ""
		}
	}

	h := sha256.New()
	h.Write(rc.salt)
	fmt.Fprintf(h, "run\x00%s\x00%q\x00%t\x00%s\x00%s\x00", o.dir, o.patterns, o.tests, o.tags, o.deps)
	for _, k := range slices.Sorted(maps.Keys(vars)) {
		fmt.Fprintf(h, "%s=%s\x00", k, vars[k])
	}
	now := time.Now()
	for _, root := range roots {
		fmt.Fprintf(h, "root %s\x00", root)
		unkeyable := false
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != root && (d.Name() == ".git" || slices.Contains(roots, p) || exists(filepath.Join(p, "go.mod"))) {
					return filepath.SkipDir // not this module's, or walked as a root of its own
				}
				return nil
			}
			info, err := d.Info()
			if d.Type()&fs.ModeSymlink != 0 {
				info, err = os.Stat(p) // what the build reads is the target
				if err == nil && info.IsDir() {
					unkeyable = true // a linked directory: not walked
					return filepath.SkipAll
				}
			}
			if err != nil {
				return err
			}
			if mtime := info.ModTime(); now.Sub(mtime) < racyWindow {
				unkeyable = true
				return filepath.SkipAll
			}
			fmt.Fprintf(h, "%s %d %d %v\x00", p, info.Size(), info.ModTime().UnixNano(), info.Mode())
			return nil
		})
		if err != nil || unkeyable {
			return ""
		}
	}
	return "run-" + hex.EncodeToString(h.Sum(nil))
}

// moduleRoots returns the directories of the modules a build reads from
// disk: the main module (GOMOD) or those of the workspace (GOWORK), and
// the local directories that replace modules; nil when there is no module
// or a go.mod or go.work cannot be read.
func moduleRoots(gomod, gowork string) []string {
	workspace := gowork != "" && gowork != "off"
	var mods []string
	var replaces []*modfile.Replace
	switch {
	case workspace:
		data, err := os.ReadFile(gowork)
		if err != nil {
			return nil
		}
		wf, err := modfile.ParseWork(gowork, data, nil)
		if err != nil {
			return nil
		}
		for _, u := range wf.Use {
			mods = append(mods, absUnder(filepath.Dir(gowork), u.Path))
		}
		replaces = wf.Replace
	case gomod != "" && gomod != os.DevNull:
		mods = []string{filepath.Dir(gomod)}
	default:
		return nil
	}
	roots := slices.Clone(mods)
	if workspace {
		roots = append(roots, filepath.Dir(gowork)) // go.work and go.work.sum
	}
	for _, m := range mods {
		name := filepath.Join(m, "go.mod")
		data, err := os.ReadFile(name)
		if err != nil {
			return nil
		}
		mf, err := modfile.Parse(name, data, nil)
		if err != nil {
			return nil
		}
		for _, r := range mf.Replace {
			if r.New.Version == "" {
				roots = append(roots, absUnder(m, r.New.Path))
			}
		}
	}
	for _, r := range replaces {
		if r.New.Version == "" {
			roots = append(roots, absUnder(filepath.Dir(gowork), r.New.Path))
		}
	}
	slices.Sort(roots)
	return slices.Compact(roots)
}

// absUnder returns path made absolute against dir.
func absUnder(dir, path string) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	return filepath.Join(dir, path)
}

// localPattern reports whether a package pattern names directories (., ./x,
// ./x/...) inside one of the roots.
func localPattern(dir, pattern string, roots []string) bool {
	if !filepath.IsAbs(pattern) && pattern != "." && pattern != ".." && !strings.HasPrefix(pattern, "./") && !strings.HasPrefix(pattern, "../") {
		return false // an import path: std, all, example.com/...
	}
	base := absUnder(dir, strings.TrimSuffix(strings.TrimSuffix(pattern, "..."), "/"))
	for _, r := range roots {
		if rel, err := filepath.Rel(r, base); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// restoreRun returns the findings kept under a run key.
func (rc *resultCache) restoreRun(key string) ([]output.Diagnostic, bool) {
	if rc == nil || key == "" {
		return nil, false
	}
	e, ok := rc.c.Get(key)
	if !ok {
		return nil, false
	}
	var diags []output.Diagnostic
	if json.Unmarshal(e.Report, &diags) != nil {
		return nil, false
	}
	return diags, true
}

// saveRun keeps the findings of a run that succeeded under its key, when
// the key is still the same after the run.
func (rc *resultCache) saveRun(ctx context.Context, key string, o runOptions, diags []output.Diagnostic) {
	if key == "" || rc.runKey(ctx, o) != key {
		return
	}
	data, err := json.Marshal(diags)
	if err != nil {
		return
	}
	_ = rc.c.Put(key, &resultcache.Entry{Report: data})
}
