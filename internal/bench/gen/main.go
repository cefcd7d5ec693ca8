// Command gen writes a large Go module of realistic web handlers for
// scripts/bench: net/http handlers that log users in with bcrypt, keep
// sessions in scs or gorilla/sessions, or hand-roll session cookies —
// some correct, some with the bugs sessionlint looks for — beside plain
// JSON handlers and business logic that touch no session at all, as in a
// real application.
//
//	gen -o DIR [-handlers 10000] [-per-package 100] [-e2e testdata/e2e]
//
// The module's go.mod requires exactly the versions of the e2e module
// (its go.mod and go.sum are copied, with the module path changed), so
// building it needs nothing the e2e module does not already need. The
// output is deterministic: the same flags give the same bytes. Handlers
// are spread over ceil(handlers/per-package) packages of identical shape,
// so runs at 1,000 and 10,000 handlers show how the cost grows.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// modulePath is the generated module's path.
const modulePath = "sessionlint.bench/gen"

// handlersPerFile is how many handlers go in one source file.
const handlersPerFile = 10

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "output `directory` (created; must be empty or absent)")
	handlers := fs.Int("handlers", 10000, "number of HTTP handlers to generate")
	perPackage := fs.Int("per-package", 100, "handlers per package")
	e2e := fs.String("e2e", "testdata/e2e", "`directory` of the e2e module whose go.mod and go.sum are copied")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || *handlers < 1 || *perPackage < 1 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: gen -o DIR [-handlers N] [-per-package N] [-e2e DIR]")
		return 2
	}
	s, err := generate(*out, *e2e, *handlers, *perPackage)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "gen: %s: %d handlers in %d packages, %d files, %d lines; %d written to be flagged\n",
		*out, *handlers, s.packages, s.files, s.lines, s.flagged)
	return 0
}

// stats summarizes what was generated.
type stats struct {
	packages, files, lines, flagged int
}

func generate(out, e2e string, handlers, perPackage int) (stats, error) {
	var s stats
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return s, fmt.Errorf("%s is not empty", out)
	}
	gomod, err := os.ReadFile(filepath.Join(e2e, "go.mod"))
	if err != nil {
		return s, err
	}
	gosum, err := os.ReadFile(filepath.Join(e2e, "go.sum"))
	if err != nil {
		return s, err
	}
	moduleLine := regexp.MustCompile(`(?m)^module .*$`)
	if !moduleLine.Match(gomod) {
		return s, errors.New("no module line in " + filepath.Join(e2e, "go.mod"))
	}
	gomod = moduleLine.ReplaceAll(gomod, []byte("module "+modulePath))

	w := &writer{root: out, stats: &s}
	w.raw("go.mod", gomod)
	w.raw("go.sum", gosum)
	w.source("internal/users/users.go", usersFile)

	npkg := (handlers + perPackage - 1) / perPackage
	var imports, mounts []string
	for p := 0; p < npkg; p++ {
		first := p * perPackage
		n := min(perPackage, handlers-first)
		name := fmt.Sprintf("%s%03d", areas[p%len(areas)], p)
		dir := "internal/app/" + name
		w.source(dir+"/app.go", fmt.Sprintf(appFile, name))
		var routes []string
		for f := 0; f*handlersPerFile < n; f++ {
			var b strings.Builder
			for i := f * handlersPerFile; i < min(n, (f+1)*handlersPerFile); i++ {
				h := newHandler(first + i)
				b.WriteString(h.code)
				routes = append(routes, fmt.Sprintf("\tmux.HandleFunc(%q, %s)\n", h.route, h.name))
				if h.flagged {
					s.flagged++
				}
			}
			w.source(fmt.Sprintf("%s/handlers%02d.go", dir, f), handlerFile(name, b.String()))
		}
		w.source(dir+"/routes.go", fmt.Sprintf(routesFile, name, strings.Join(routes, "")))
		imports = append(imports, fmt.Sprintf("\t%q\n", modulePath+"/"+dir))
		mounts = append(mounts, fmt.Sprintf("\t%s.Routes(mux)\n", name))
		s.packages++
	}
	w.source("cmd/server/main.go", fmt.Sprintf(mainFile, strings.Join(imports, ""), strings.Join(mounts, "")))
	return s, w.err
}

// A writer writes files under root, gofmt-ing Go sources, and keeps the
// first error.
type writer struct {
	root  string
	stats *stats
	err   error
}

func (w *writer) raw(name string, data []byte) {
	if w.err != nil {
		return
	}
	path := filepath.Join(w.root, filepath.FromSlash(name))
	if w.err = os.MkdirAll(filepath.Dir(path), 0o755); w.err != nil {
		return
	}
	w.err = os.WriteFile(path, data, 0o644)
	w.stats.files++
	w.stats.lines += bytes.Count(data, []byte("\n"))
}

func (w *writer) source(name, src string) {
	formatted, err := format.Source([]byte(src))
	if err != nil {
		if w.err == nil {
			w.err = fmt.Errorf("generated %s does not parse: %v", name, err)
		}
		return
	}
	w.raw(name, formatted)
}

// areas name the packages, as the feature areas of an application would.
var areas = []string{"accounts", "billing", "catalog", "checkout", "support", "admin", "reports", "search", "profile", "orders"}

// resources name the handlers within a package.
var resources = []string{"Invoice", "Order", "Customer", "Ticket", "Product", "Coupon", "Shipment", "Review", "Address", "Payment"}

func newHandler(i int) handler {
	k := kinds[i%len(kinds)]
	res := resources[(i/len(kinds))%len(resources)]
	name := fmt.Sprintf("%s%s%05d", k.prefix, res, i)
	return handler{
		name:    name,
		route:   fmt.Sprintf("/%s/%d", strings.ToLower(res), i),
		code:    fmt.Sprintf(k.tmpl, name, strings.ToLower(res), i),
		flagged: k.flagged,
	}
}

// handlerImports are the packages a handler may use, by name; an empty
// entry separates the standard library from the module's own packages.
var handlerImports = []struct {
	name, path string
	used       *regexp.Regexp
}{
	{"rand", "crypto/rand", nil},
	{"json", "encoding/json", nil},
	{"fmt", "fmt", nil},
	{"io", "io", nil},
	{"http", "net/http", nil},
	{"strconv", "strconv", nil},
	{"strings", "strings", nil},
	{"", "", nil},
	{"users", modulePath + "/internal/users", nil},
}

func init() {
	for i, imp := range handlerImports {
		if imp.name != "" {
			handlerImports[i].used = regexp.MustCompile(`\b` + imp.name + `\.`)
		}
	}
}

// handlerFile returns a file of package pkg holding the handlers' code,
// importing just the packages the code uses (a name followed by a dot).
// The file is written to read like hand-written handlers, so it carries
// no "Code generated" marker, which would make linters skip it.
func handlerFile(pkg, code string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n", pkg)
	for _, imp := range handlerImports {
		switch {
		case imp.used == nil:
			b.WriteString("\n")
		case imp.used.MatchString(code):
			fmt.Fprintf(&b, "\t%q\n", imp.path)
		}
	}
	b.WriteString(")\n")
	b.WriteString(code)
	return b.String()
}

const appFile = `// Package %[1]s is one feature area of the benchmark application.
package %[1]s

import (
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/sessions"
)

// sm holds the area's server-side sessions.
var sm = newSessionManager()

func newSessionManager() *scs.SessionManager {
	m := scs.New()
	m.Lifetime = 12 * time.Hour
	m.Cookie.Secure = true
	m.Cookie.Name = "__Host-%[1]s"
	return m
}

// store holds the area's gorilla sessions on disk.
var store = newStore()

func newStore() *sessions.FilesystemStore {
	s := sessions.NewFilesystemStore(os.TempDir(), []byte(os.Getenv("SESSION_KEY")))
	s.Options.HttpOnly = true
	s.Options.Secure = true
	s.Options.SameSite = http.SameSiteLaxMode
	return s
}

// A record is what the area's API serves.
type record struct {
	ID    int      ` + "`json:\"id\"`" + `
	Owner int      ` + "`json:\"owner,omitempty\"`" + `
	Kind  string   ` + "`json:\"kind\"`" + `
	Total float64  ` + "`json:\"total\"`" + `
	Flags []string ` + "`json:\"flags,omitempty\"`" + `
}

func (r record) validate() error {
	switch {
	case r.ID <= 0:
		return errors.New("id must be positive")
	case r.Total < 0 || math.IsNaN(r.Total):
		return errors.New("total must be a non-negative number")
	}
	return nil
}

func lookup(id int) (record, bool) {
	if id%%7 == 0 {
		return record{}, false
	}
	return record{ID: id, Owner: id %% 13, Kind: "%[1]s", Total: float64(id%%97) * 10.25}, true
}

func roundCents(v float64) float64 { return math.Round(v*100) / 100 }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Handler wraps the area's routes in its session middleware.
func Handler() http.Handler {
	mux := http.NewServeMux()
	Routes(mux)
	return sm.LoadAndSave(mux)
}
`

const routesFile = `package %s

import "net/http"

// Routes registers the area's handlers.
func Routes(mux *http.ServeMux) {
%s}
`

const mainFile = `// Command server serves every area of the benchmark application.
package main

import (
	"log"
	"net/http"

%s)

func main() {
	mux := http.NewServeMux()
%s	log.Fatal(http.ListenAndServe("localhost:8080", mux))
}
`

const usersFile = `// Package users is the benchmark application's account store.
package users

import (
	"errors"
	"strings"
	"sync"

	"golang.org/x/crypto/bcrypt"
)

// A User is an account.
type User struct {
	ID    int
	Email string
	Hash  []byte
}

var (
	mu       sync.RWMutex
	byEmail  = map[string]*User{}
	sessions = map[string]int{}
)

// ErrBadCredentials is returned for an unknown email or a wrong password.
var ErrBadCredentials = errors.New("bad credentials")

// Authenticate checks the password against the stored bcrypt hash.
func Authenticate(email, password string) (*User, error) {
	mu.RLock()
	u, ok := byEmail[strings.ToLower(email)]
	mu.RUnlock()
	if !ok {
		return nil, ErrBadCredentials
	}
	if err := bcrypt.CompareHashAndPassword(u.Hash, []byte(password)); err != nil {
		return nil, ErrBadCredentials
	}
	return u, nil
}

// CreateSession records a server-side session for the user.
func CreateSession(id string, userID int) {
	mu.Lock()
	defer mu.Unlock()
	sessions[id] = userID
}

// DeleteSession forgets a server-side session.
func DeleteSession(id string) {
	mu.Lock()
	defer mu.Unlock()
	delete(sessions, id)
}
`
