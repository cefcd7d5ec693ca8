package modulescan_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
)

// write creates the files (path: content) under dir.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// kinds renders constructions as "Func:kind" in order.
func kinds(cs []modulescan.Construction) string {
	var parts []string
	for _, c := range cs {
		k := map[modulescan.Kind]string{modulescan.Stateless: "stateless", modulescan.ServerSide: "server", modulescan.Unmodelled: "unmodelled", modulescan.ServerSideByCookie: "server-by-cookie", modulescan.ServerSideForRequest: "server-for-request"}[c.Kind]
		parts = append(parts, c.Func+":"+k)
	}
	return strings.Join(parts, " ")
}

func TestPrograms(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.25\n",
		// Two programs, each with its own handlers and store.
		"cmd/cookie/main.go": `package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"

	"example.com/app/cookiectl"
)

func main() { _ = sessions.Sessions("s", cookie.NewStore(nil)); cookiectl.Run() }
`,
		"cookiectl/ctl.go": "package cookiectl\n\nfunc Run() {}\n",
		"cmd/redis/main.go": `package main

import (
	gs "github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"

	"example.com/app/redisctl"
)

func main() { s, _ := redis.NewStore(10, "tcp", "", "", ""); _ = gs.Sessions("s", s); redisctl.Run() }
`,
		"redisctl/ctl.go": "package redisctl\n\nfunc Run() {}\n",
		// A library package no program imports: the whole module counts.
		"lib/lib.go": "package lib\n",
		// A gorilla store the module builds itself, and a third-party one.
		"store/own.go": `package store

import (
	"net/http"

	"github.com/gorilla/sessions"
	"example.org/kv"
)

type DB struct{}

func (DB) Save(r *http.Request, w http.ResponseWriter, s *sessions.Session) error { return nil }

var Other = kv.NewKVStore()
`,
		// gopkg.in's path of a modelled store, under its package name.
		"gopkgin/store.go": "package gopkgin\n\nimport \"gopkg.in/boj/redistore.v1\"\n\nvar S, _ = redistore.NewRediStore(1, \"tcp\", \"\", \"\")\n",
		// Not part of the module: tests, testdata, vendor, a nested module.
		"cookiectl/ctl_test.go":  "package cookiectl\n\nimport \"github.com/gorilla/sessions\"\n\nvar _ = sessions.NewFilesystemStore(\"\")\n",
		"testdata/x/x.go":        "package x\n\nimport \"github.com/gorilla/sessions\"\n\nvar _ = sessions.NewFilesystemStore(\"\")\n",
		"vendor/v/v.go":          "package v\n\nimport \"github.com/gorilla/sessions\"\n\nvar _ = sessions.NewFilesystemStore(\"\")\n",
		"nested/go.mod":          "module example.com/nested\n",
		"nested/n.go":            "package n\n\nimport \"github.com/gorilla/sessions\"\n\nvar _ = sessions.NewFilesystemStore(\"\")\n",
		"cookiectl/ignored_x.go": "//go:build ignore\n\npackage cookiectl\n\nimport \"github.com/gorilla/sessions\"\n\nvar _ = sessions.NewFilesystemStore(\"\")\n",
	})
	s := modulescan.ForDir(filepath.Join(root, "cookiectl"))
	if s == nil || s.Path != "example.com/app" {
		t.Fatalf("ForDir = %+v, want the module example.com/app", s)
	}
	for _, tc := range []struct {
		dir  string
		lib  *model.Library
		want string
	}{
		{"cookiectl", model.GinContrib, "cookie.NewStore:stateless"},
		{"redisctl", model.GinContrib, "redis.NewStore:server"},
		{"lib", model.GinContrib, "cookie.NewStore:stateless redis.NewStore:server"},
		{"lib", model.Gorilla, "redistore.NewRediStore:server DB (the module's own store):unmodelled kv.NewKVStore:unmodelled"},
		{"cookiectl", model.Gorilla, ""},
	} {
		if got := kinds(s.Stores(filepath.Join(root, tc.dir), tc.lib)); got != tc.want {
			t.Errorf("Stores(%s, %s) = %q, want %q", tc.dir, tc.lib.Name, got, tc.want)
		}
	}
	if again := modulescan.ForDir(filepath.Join(root, "redisctl")); again != s {
		t.Error("a second ForDir in the same module scanned it again")
	}
}

// TestGOPATH: analysistest's layout, src/<path> with no go.mod: the first
// element of the import path is the module.
func TestGOPATH(t *testing.T) {
	gopath := t.TempDir()
	write(t, gopath, map[string]string{
		"src/app/main.go":    "package main\n\nimport (\n\t\"github.com/gorilla/sessions\"\n\n\t\"app/web\"\n)\n\nvar _ = sessions.NewCookieStore()\n\nfunc main() { web.Run() }\n",
		"src/app/web/web.go": "package web\n\nfunc Run() {}\n",
		"src/other/o.go":     "package other\n\nimport \"github.com/gorilla/sessions\"\n\nvar _ = sessions.NewFilesystemStore(\"\")\n",
	})
	s := modulescan.ForDir(filepath.Join(gopath, "src", "app", "web"))
	if s == nil || s.Path != "app" {
		t.Fatalf("ForDir = %+v, want the GOPATH module app", s)
	}
	if got := kinds(s.Stores(filepath.Join(gopath, "src", "app", "web"), model.Gorilla)); got != "sessions.NewCookieStore:stateless" {
		t.Errorf("Stores = %q", got)
	}
}

// TestSrcInModule: a module whose code sits under its own src directory
// (module apigw, package apigw/src/pkg/session) is the module, not a
// GOPATH.
func TestSrcInModule(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"go.mod":                     "module apigw\n\ngo 1.22\n",
		"src/main/main.go":           "package main\n\nimport (\n\t\"apigw/src/pkg/session\"\n\t_ \"apigw/src/service/auth\"\n)\n\nfunc main() { session.Init() }\n",
		"src/pkg/session/session.go": "package session\n\nimport \"github.com/gorilla/sessions\"\n\nfunc Init() { _ = sessions.NewFilesystemStore(\"\") }\n",
		"src/service/auth/auth.go":   "package auth\n",
	})
	dir := filepath.Join(root, "src", "service", "auth")
	s := modulescan.ForDir(dir)
	if s == nil || s.Path != "apigw" || s.Root != root {
		t.Fatalf("ForDir = %+v, want the module apigw at its go.mod", s)
	}
	if got := kinds(s.Stores(dir, model.Gorilla)); got != "sessions.NewFilesystemStore:server" {
		t.Errorf("Stores = %q", got)
	}
}

func TestNoModule(t *testing.T) {
	if s := modulescan.ForDir(t.TempDir()); s != nil && len(s.Stores(s.Root, model.Gorilla)) != 0 {
		t.Errorf("a directory outside any module has stores: %+v", s)
	}
}

// TestGoTextMatchIn: a match in a commented-out line does not count, and
// GoTextMatchIn reads only the programs that include the directory.
func TestGoTextMatchIn(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"go.mod":              "module example.com/app\n\ngo 1.25\n",
		"main.go":             "package main\n\nimport _ \"example.com/app/web\"\n\nfunc main() {\n\t// web.SessionOn = true\n}\n",
		"web/web.go":          "package web\n",
		"installer/main.go":   "package main\n\nvar cfg struct{ SessionOn bool }\n\nfunc main() { cfg.SessionOn = true }\n",
		"conf/b.conf":         "x = 1\n",
		"conf/a.conf":         "x = 2\n",
		"conf/app.conf.other": "x = 3\n",
	})
	s := modulescan.ForDir(root)
	re := regexp.MustCompile(`\.SessionOn\s*=\s*true`)
	if where, ok := s.GoTextMatch(re); !ok || where != "installer/main.go:5" {
		t.Errorf("GoTextMatch = %q, %v; want installer/main.go:5 (the commented-out line skipped)", where, ok)
	}
	if where, ok := s.GoTextMatchIn(filepath.Join(root, "web"), re); ok {
		t.Errorf("GoTextMatchIn(web) = %q; want no match: the installer is another program", where)
	}
	if where, ok := s.GoTextMatchIn(filepath.Join(root, "installer"), re); !ok || where != "installer/main.go:5" {
		t.Errorf("GoTextMatchIn(installer) = %q, %v; want installer/main.go:5", where, ok)
	}
	if got := strings.Join(s.Glob("conf/*.conf"), " "); got != "conf/a.conf conf/b.conf" {
		t.Errorf("Glob = %q, want conf/a.conf conf/b.conf", got)
	}
}

// TestReferenced: an exported function no program of the module refers to
// from another package runs nowhere; a library's may run in other modules.
func TestReferenced(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"go.mod":          "module example.com/app\n\ngo 1.25\n",
		"main.go":         "package main\n\nimport \"example.com/app/web\"\n\nfunc main() { _ = web.Used() }\n",
		"web/web.go":      "package web\n\nfunc Used() int { return 1 }\n\nfunc Unused() int { return Used() }\n",
		"web/web_test.go": "package web_test\n\nimport \"example.com/app/web\"\n\nvar _ = web.Unused\n",
		"lib/lib.go":      "package lib\n\nfunc Exported() int { return 2 }\n",
	})
	s := modulescan.ForDir(root)
	web := filepath.Join(root, "web")
	if !s.Referenced(web, "Used") {
		t.Error("Used: main calls it")
	}
	if s.Referenced(web, "Unused") {
		t.Error("Unused: only a test refers to it")
	}
	if !s.Referenced(filepath.Join(root, "lib"), "Other") {
		t.Error("no program includes lib: other modules may call it")
	}
}

func TestTestsRefer(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"go.mod":                   "module example.com/app\n\ngo 1.25\n",
		"main.go":                  "package main\n\nimport \"example.com/app/web\"\n\nfunc main() { _ = web.Used() }\n",
		"web/web.go":               "package web\n\nfunc Used() int { return 1 }\n\nfunc Setup() int { return 2 }\n\nfunc Own() int { return 3 }\n",
		"web/web_test.go":          "package web_test\n\nimport \"example.com/app/web\"\n\nvar _ = web.Own\n",
		"routes/routes_test.go":    "package routes_test\n\nimport \"example.com/app/web\"\n\nvar _ = web.Setup // not web.Gone\n",
		"routes/routes.go":         "package routes\n",
		"routes/commented_test.go": "package routes_test\n\n// web.Gone was removed\n",
	})
	s := modulescan.ForDir(root)
	web := filepath.Join(root, "web")
	if !s.TestsRefer(web, "Setup") {
		t.Error("Setup: routes' test refers to it")
	}
	if s.TestsRefer(web, "Own") {
		t.Error("Own: only web's own tests refer to it (ssautil.TestOnly's concern)")
	}
	if s.TestsRefer(web, "Gone") {
		t.Error("Gone: only comments name it")
	}
	if s.TestsRefer(filepath.Join(t.TempDir(), "x"), "Setup") {
		t.Error("a directory outside the module")
	}
}
