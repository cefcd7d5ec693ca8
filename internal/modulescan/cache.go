package modulescan

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/atomicfile"
	"github.com/sessionlint/sessionlint/internal/model"
)

// The scan of a module is kept in the user's cache directory
// (os.UserCacheDir()/sessionlint/modulescan, or $SESSIONLINT_MODULESCAN_CACHE;
// "off" disables it), keyed by a fingerprint of the module's files (paths,
// sizes, modification times), the build platform and what the scan looks
// for (the modelled store constructors, the import paths that alias
// modelled ones). A process that finds the entry
// current reads it instead of parsing the module again.

// cacheFormat changes whenever what is stored changes.
const cacheFormat = "modulescan 6"

func cacheDir() string {
	if d := os.Getenv("SESSIONLINT_MODULESCAN_CACHE"); d != "" {
		if d == "off" {
			return ""
		}
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "sessionlint", "modulescan")
}

// fingerprint is the cache key of a module's scan.
func fingerprint(root, modPath string, files []goFile) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%s\n%s/%s %v\n", cacheFormat, root, modPath, buildContext.GOOS, buildContext.GOARCH, buildContext.BuildTags)
	var ctors []string
	for _, lib := range model.All {
		if lib.Session == nil {
			continue
		}
		// What a construction is recorded as (Kind) depends on these
		// lists: a model that moves a constructor between them changes
		// the key.
		for _, f := range slices.Concat(lib.Session.Stateless, lib.Session.ServerSide) {
			ctors = append(ctors, lib.Name+" "+f.String())
		}
		for _, f := range lib.Session.RecordByCookie {
			ctors = append(ctors, lib.Name+" by cookie "+f.String())
		}
		for _, f := range lib.Session.RecordForRequest {
			ctors = append(ctors, lib.Name+" for request "+f.String())
		}
	}
	slices.Sort(ctors)
	fmt.Fprintln(h, strings.Join(ctors, ","))
	fmt.Fprintln(h, strings.Join(model.Aliases(), ","))
	for _, f := range files {
		fmt.Fprintf(h, "%s %d %d\n", f.path, f.size, f.mtime)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// cached is a scan as the cache stores it.
type cached struct {
	Key  string
	Path string
	Pkgs map[string]cachedPkg
	Cons []cachedCons
}

type cachedPkg struct {
	Name    string
	Imports []string
}

type cachedCons struct {
	Lib, Func, Where, Dir string
	Kind                  Kind
	Branches              []string
}

func cacheFile(root string) string {
	dir := cacheDir()
	if dir == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(root))
	return filepath.Join(dir, hex.EncodeToString(sum[:12])+".json")
}

// loadCached returns the cached scan of root when its key is key, or nil.
func loadCached(root, key string) *Scan {
	name := cacheFile(root)
	if name == "" {
		return nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil
	}
	var c cached
	if json.Unmarshal(data, &c) != nil || c.Key != key {
		return nil
	}
	s := &Scan{Root: root, Path: c.Path, pkgs: map[string]*pkgInfo{}}
	for dir, p := range c.Pkgs {
		pi := &pkgInfo{name: p.Name, imports: map[string]bool{}}
		for _, imp := range p.Imports {
			pi.imports[imp] = true
		}
		s.pkgs[dir] = pi
	}
	for _, cc := range c.Cons {
		lib := libNamed(cc.Lib)
		if lib == nil {
			return nil // a model this binary does not have: scan again
		}
		s.cons = append(s.cons, Construction{Lib: lib, Kind: cc.Kind, Func: cc.Func, Where: cc.Where, Branches: cc.Branches, dir: cc.Dir})
	}
	s.findMains()
	return s
}

// saveCached writes the scan under key; a failure only costs the next
// process a scan. The file is written whole and renamed into place, so a
// process reading it concurrently sees the old or the new entry.
func saveCached(s *Scan, key string) {
	name := cacheFile(s.Root)
	if name == "" {
		return
	}
	c := cached{Key: key, Path: s.Path, Pkgs: map[string]cachedPkg{}}
	for dir, p := range s.pkgs {
		var imps []string
		for imp := range p.imports {
			imps = append(imps, imp)
		}
		slices.Sort(imps)
		c.Pkgs[dir] = cachedPkg{Name: p.name, Imports: imps}
	}
	for _, cons := range s.cons {
		c.Cons = append(c.Cons, cachedCons{Lib: libID(cons.Lib), Kind: cons.Kind, Func: cons.Func, Where: cons.Where, Branches: cons.Branches, Dir: cons.dir})
	}
	data, err := json.Marshal(c)
	if err != nil {
		return
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return
	}
	_ = atomicfile.WriteBytes(name, data)
}

// libID names a library in the cache (fiber v2 and v3 share a Name).
func libID(lib *model.Library) string { return lib.Name + "@" + lib.Module }

func libNamed(id string) *model.Library {
	for _, lib := range model.All {
		if libID(lib) == id {
			return lib
		}
	}
	return nil
}
