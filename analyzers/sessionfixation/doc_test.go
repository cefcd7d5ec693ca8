package sessionfixation_test

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/model"
)

var update = flag.Bool("update", false, "rewrite the generated library list of doc.go")

// The library list of doc.go is generated from the model, between these
// two lines.
const (
	docBegin = "// The list below is generated from internal/model (go test -run TestDocLibraries -update)."
	docEnd   = "// # Examples"
)

// TestDocLibraries checks that doc.go lists, library by library, exactly
// the sinks, sanitizers and traps of the model.
func TestDocLibraries(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	i := strings.Index(text, docBegin)
	j := strings.Index(text, docEnd)
	if i < 0 || j < i {
		t.Fatalf("doc.go lacks the lines %q and %q around the generated library list", docBegin, docEnd)
	}
	i += len(docBegin) + 1
	want := renderLibraries()
	if text[i:j] == want {
		return
	}
	if *update {
		if err := os.WriteFile("doc.go", []byte(text[:i]+want+text[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the library list of doc.go differs from the model; run go test -run TestDocLibraries -update\ngot:\n%s\nwant:\n%s", text[i:j], want)
}

// renderLibraries renders the library list as comment lines.
func renderLibraries() string {
	var b strings.Builder
	line := func(format string, args ...any) {
		s := strings.TrimRight("// "+fmt.Sprintf(format, args...), " ")
		b.WriteString(s + "\n")
	}
	libs := append([]*model.Library(nil), model.All...)
	libs = append(libs, model.HandMade)
	for _, lib := range libs {
		s := lib.Session
		if s == nil {
			continue
		}
		line("")
		pkgs := "no package: maps and stores keyed by a request cookie"
		if len(lib.Packages) > 0 {
			pkgs = strings.Join(lib.Packages, ", ")
		}
		line("%s (%s), persisted %s:", lib.Name, pkgs, commitText(s.Commit))
		line("")
		var sinks []string
		for _, c := range s.Sinks {
			sinks = append(sinks, funcText(c.Func))
		}
		for _, f := range s.SinkFields {
			sinks = append(sinks, fmt.Sprintf("%s.%s[k] = v", f.Type, f.Name))
		}
		if lib == model.HandMade {
			sinks = append(sinks, "m[c.Value] = v", "rec.Field = v where rec = m[c.Value], rec = store.Get(w, r) (an application function returning the record under the cookie's value) or rec = store.get(c.Value) (one returning the record a map keeps under the key it is given), rec = db.GetSession(ctx, c.Value) (an application function named to find a session, given the cookie's value), or rec = GetSession(r) (one returning the record a middleware put into the request's context: ctx.Value(key) where the package, or a helper it calls, stores such a record under key)",
				"a call named like "+model.HandMadeWriteVerbs+" given the cookie's value, or an ID the client sent that the handler sets as its cookie",
				"a call named like "+model.HandMadeSessionWrite+" given an ID the client sent in any way (a form value, the OAuth state): the value it is given is the identity")
		}
		item(line, "sinks", sinks)
		var renew []string
		for _, f := range s.RenewFields {
			renew = append(renew, fmt.Sprintf("%s.%s = %q", f.Type, f.Name, ""))
		}
		for _, c := range s.Renew {
			renew = append(renew, withWhy(funcText(c.Func), c.Why))
		}
		if len(s.RenewFields) == 0 && strings.Contains(s.Fix, `.ID = ""`) {
			renew = append(renew, `the wrapped gorilla session's ID = "" (see the advice)`)
		}
		if s.RenewByStrippingCookie {
			renew = append(renew, `obtaining the session after r.Header.Del("Cookie") removed the session cookie from the request`)
		}
		if lib == model.HandMade {
			renew = append(renew, "writing under a fresh ID instead (crypto/rand, uuid), which is not a write into the request's session",
				"moving the record to a crypto/rand ID (rec.ID = rand.Text()), in the handler or in a helper given the record")
		}
		item(line, "sanitizers", renew)
		var traps []string
		for _, c := range s.Traps {
			traps = append(traps, withWhy(funcText(c.Func), c.Why))
		}
		for _, f := range s.SinkFields {
			traps = append(traps, fmt.Sprintf("clearing %s.%s (assigning a new map, delete)", f.Type, f.Name))
		}
		item(line, "traps, which keep the ID", traps)
		var stateless []string
		for _, f := range s.Stateless {
			stateless = append(stateless, funcText(f))
		}
		if s.DefaultStateless {
			stateless = append(stateless, "the library's default store, when the package configures none")
		}
		if len(stateless) > 0 {
			item(line, "stateless stores (not reported)", stateless)
		}
		var stores []string
		for _, c := range s.Registrations {
			stores = append(stores, funcText(c.Func))
		}
		for _, f := range s.StoreFields {
			if f.Type == "" {
				stores = append(stores, fmt.Sprintf("%s.%s = store", path.Base(f.Pkg), f.Name))
			} else {
				stores = append(stores, fmt.Sprintf("%s{%s: store}", f.Type, f.Name))
			}
		}
		if len(stores) > 0 {
			item(line, "store registrations read in the package", stores)
		}
		var handoffs []string
		for _, c := range s.LibraryLogins {
			handoffs = append(handoffs, funcText(c.Func))
		}
		if len(handoffs) > 0 {
			item(line, "reported where a server-side store is handed to the library's own login handlers", handoffs)
		}
		advice := strings.ReplaceAll(s.Fix, "%s", "sess")
		line("  - advice: %s", advice)
		for _, recv := range slices.Sorted(maps.Keys(s.FixFor)) {
			switch recv {
			case model.ChosenByClient:
				line("  - advice when the ID is %s in the request's data: %s", recv, strings.ReplaceAll(s.FixFor[recv], "%s", "sess"))
				continue
			case model.RecordByCookie:
				line("  - advice when the store finds the record by the request's cookie (%s): %s", funcTexts(s.RecordByCookie), strings.ReplaceAll(s.FixFor[recv], "%s", "sess"))
				continue
			case model.RecordForRequest:
				line("  - advice when the store also keeps the record for the request (%s): %s", funcTexts(s.RecordForRequest), strings.ReplaceAll(s.FixFor[recv], "%s", "sess"))
				continue
			}
			line("  - advice for %s sinks: %s", recv, strings.ReplaceAll(s.FixFor[recv], "%s", "sess"))
		}
	}
	line("")
	return b.String()
}

func item(line func(string, ...any), name string, entries []string) {
	if len(entries) == 0 {
		line("  - %s: none", name)
		return
	}
	var unique []string // a call named alike in two packages (beego's adapter) is listed once
	for _, e := range entries {
		if !slices.Contains(unique, e) {
			unique = append(unique, e)
		}
	}
	line("  - %s: %s", name, strings.Join(unique, "; "))
}

func withWhy(s, why string) string {
	if why == "" {
		return s
	}
	return s + " (" + why + ")"
}

// funcText names a function the way Go code calls it: pkg.Func or
// Recv.Method.
func funcTexts(fs []model.Func) string {
	var out []string
	for _, f := range fs {
		out = append(out, funcText(f))
	}
	return strings.Join(out, ", ")
}

func funcText(f model.Func) string {
	if f.Recv != "" {
		return f.Recv + "." + f.Name
	}
	pkg := path.Base(f.Pkg)
	if strings.HasPrefix(pkg, "v") && len(pkg) > 1 && strings.Trim(pkg[1:], "0123456789") == "" {
		pkg = path.Base(path.Dir(f.Pkg))
	}
	return pkg + "." + f.Name
}

func commitText(c model.Commit) string {
	switch c {
	case model.CommitOnSave:
		return "by Save (a write with no Save after it persists when the handler returns)"
	case model.CommitAtEnd:
		return "at the end of the request"
	case model.CommitOnWrite:
		return "at each write"
	}
	return "?"
}
