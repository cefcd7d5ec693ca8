package modulescan_test

import (
	"testing"

	"github.com/sessionlint/sessionlint/internal/modulescan"
)

func TestVersionFromGoMod(t *testing.T) {
	root := t.TempDir()
	t.Setenv("SESSIONLINT_MODULESCAN_CACHE", "off")
	write(t, root, map[string]string{
		"go.mod": `module example.com/app

go 1.25

require (
	github.com/gorilla/sessions v1.2.2
	github.com/gofiber/fiber/v2 v2.52.4
	github.com/gin-contrib/sessions v1.0.1
	example.com/local v1.0.0
)

replace github.com/gin-contrib/sessions => github.com/fork/sessions v1.0.4
replace example.com/local => ../local
replace github.com/gorilla/sessions v1.1.0 => github.com/other/sessions v9.0.0
`,
		"main.go": "package main\n\nfunc main() {}\n",
	})
	checkVersions(t, root, map[string]string{
		"github.com/gorilla/sessions":     "v1.2.2", // the replace names another version
		"github.com/gofiber/fiber/v2":     "v2.52.4",
		"github.com/gin-contrib/sessions": "v1.0.4", // the replacement's version
		"example.com/local":               "",       // a directory: unknown
		"github.com/labstack/echo/v4":     "",       // not required
	})
}

// checkVersions checks the versions the module at root selects.
func checkVersions(t *testing.T, root string, want map[string]string) {
	t.Helper()
	s := modulescan.ForDir(root)
	for mod, v := range want {
		if got := s.Version(mod); got != v {
			t.Errorf("Version(%s) = %q, want %q", mod, got, v)
		}
	}
}

func TestVersionFromVendor(t *testing.T) {
	root := t.TempDir()
	t.Setenv("SESSIONLINT_MODULESCAN_CACHE", "off")
	write(t, root, map[string]string{
		"go.mod": "module example.com/vend\n\ngo 1.25\n\nrequire github.com/gorilla/sessions v1.4.0\n",
		"vendor/modules.txt": `# github.com/gorilla/sessions v1.2.0
## explicit
github.com/gorilla/sessions
# github.com/gorilla/securecookie v1.1.1 => github.com/fork/securecookie v1.1.2
github.com/gorilla/securecookie
# example.com/local v0.0.0 => ../local
example.com/local
`,
		"main.go": "package main\n\nfunc main() {}\n",
	})
	checkVersions(t, root, map[string]string{
		"github.com/gorilla/sessions":     "v1.2.0", // what is vendored wins
		"github.com/gorilla/securecookie": "v1.1.2",
		"example.com/local":               "",
	})
}

func TestScriptReads(t *testing.T) {
	root := t.TempDir()
	t.Setenv("SESSIONLINT_MODULESCAN_CACHE", "off")
	write(t, root, map[string]string{
		"go.mod":                      "module example.com/spa\n\ngo 1.25\n",
		"main.go":                     "package main\n\nfunc main() {}\n",
		"web/src/conf.js":             "const c = parseCookies(document.cookie);\nexport const raw = c[\"siteConfig\"];\n",
		"web/src/api.ts":              "export const key = 'sessionToken'; // sent in a header\n" + pad + "// cookies are not used here\n",
		"web/node_modules/x/index.js": "Cookies.get('fromDependency')\n",
		"web/dist/app.min.js":         "Cookies.get('minified')\n",
		"ui/static/main.js":           "const v = document.cookie\n  .match(/(?:^|;\\s*)inv_bfcache=([^;]+)/)?.[1];\nconst w = `a=${b}`; // not a cookie's\n" + pad,
	})
	s := modulescan.ForDir(root)
	if where, ok := s.ScriptReads("siteConfig"); !ok || where != "web/src/conf.js:2" {
		t.Errorf("siteConfig: %q %v, want web/src/conf.js:2", where, ok)
	}
	if where, ok := s.ScriptReads("inv_bfcache"); !ok || where != "ui/static/main.js:2" {
		t.Errorf("inv_bfcache: %q %v, want ui/static/main.js:2", where, ok)
	}
	for _, name := range []string{"sessionToken", "fromDependency", "minified", "absent"} {
		if where, ok := s.ScriptReads(name); ok {
			t.Errorf("%s: read at %s, want not read", name, where)
		}
	}
}

// pad keeps a quoted name far from a later mention of cookies.
var pad = "// ................................................................................................\n"

func TestInRange(t *testing.T) {
	for _, tc := range []struct {
		v, since, before string
		want             bool
	}{
		{"v2.52.5", "v2.52.5", "", true},
		{"v2.52.4", "v2.52.5", "", false},
		{"v12.1.8", "", "v12.2.0-alpha1", true},
		{"v12.2.0", "", "v12.2.0-alpha1", false},
		{"v1.2.0", "v1.0.0", "v1.3.0", true},
		{"", "v1.0.0", "", false}, // unknown: in no bounded range
		{"", "", "", true},        // no bound: any version
	} {
		if got := modulescan.InRange(tc.v, tc.since, tc.before); got != tc.want {
			t.Errorf("InRange(%q, %q, %q) = %v, want %v", tc.v, tc.since, tc.before, got, tc.want)
		}
	}
}
