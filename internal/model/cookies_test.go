package model

import "testing"

func TestVersionFromPath(t *testing.T) {
	for path, want := range map[string]string{
		"/root/go/pkg/mod/github.com/gorilla/sessions@v1.2.1/store.go":            "v1.2.1",
		"github.com/gorilla/sessions@v1.4.0/store.go":                             "v1.4.0",
		`C:\Users\me\go\pkg\mod\github.com\gorilla\sessions@v1.3.0\store.go`:      "v1.3.0",
		"/root/go/pkg/mod/github.com/gofiber/fiber/v2@v2.52.4/ctx.go":             "v2.52.4",
		"/src/vendor/github.com/gorilla/sessions/store.go":                        "",
		"/home/me/src/sessions/store.go":                                          "",
		"/root/go/pkg/mod/github.com/x/y@v0.0.0-20191010062613-2bce066d2b0b/a.go": "v0.0.0-20191010062613-2bce066d2b0b",
		"/tmp/me@example.com/a.go":                                                "",
	} {
		if got := versionFromPath(path); got != want {
			t.Errorf("versionFromPath(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestDefaultsAt(t *testing.T) {
	var cookieStore *ConfigSite
	for i := range Gorilla.Cookies.Constructors {
		if c := &Gorilla.Cookies.Constructors[i]; c.Func.Name == "NewCookieStore" {
			cookieStore = c
		}
	}
	if cookieStore == nil {
		t.Fatal("no NewCookieStore in the gorilla model")
	}
	for v, secure := range map[string]Value{"": True, "v1.4.0": True, "v1.3.0": True, "v1.2.2": False, "v1.2.1": False, "garbage": True} {
		if got := cookieStore.DefaultsAt(v)[AttrSecure]; got != secure {
			t.Errorf("NewCookieStore defaults at %q: Secure %q, want %q", v, got, secure)
		}
	}
}
