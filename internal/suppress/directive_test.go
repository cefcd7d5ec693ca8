package suppress_test

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/sessionlint/sessionlint/internal/suppress"
)

func TestParseDirective(t *testing.T) {
	for _, tc := range []struct {
		text   string
		ok     bool
		kind   suppress.Kind
		names  []string
		reason string
		err    string // a substring of Err, "" for well formed
	}{
		{text: "// an ordinary comment"},
		{text: "// sessionlint:ignore cookieflags a space after the slashes"},
		{text: "/*sessionlint:ignore cookieflags block comments are not directives*/"},
		{text: "//sessionlint:ignore cookieflags the cookie is set by the CDN", ok: true, kind: suppress.Ignore,
			names: []string{"cookieflags"}, reason: "the cookie is set by the CDN"},
		{text: "//sessionlint:file-ignore cookieflags,cookiescope\tfixture  file ", ok: true, kind: suppress.FileIgnore,
			names: []string{"cookieflags", "cookiescope"}, reason: "fixture  file"},
		{text: "//sessionlint:ignore cookieflags", ok: true, kind: suppress.Ignore, names: []string{"cookieflags"}, err: "missing reason"},
		{text: "//sessionlint:ignore cookieflags   ", ok: true, kind: suppress.Ignore, names: []string{"cookieflags"}, err: "missing reason"},
		{text: "//sessionlint:ignore", ok: true, kind: suppress.Ignore, err: "no analyzer named"},
		{text: "//sessionlint:ignore ,cookieflags why", ok: true, kind: suppress.Ignore, names: []string{"", "cookieflags"}, err: "empty analyzer name"},
		{text: "//sessionlint:ignore cookieflags, cookiescope why", ok: true, kind: suppress.Ignore, names: []string{"cookieflags", ""}, err: "empty analyzer name"},
		{text: "//sessionlint:nolint cookieflags why", ok: true, err: "unknown directive //sessionlint:nolint"},
		{text: "//sessionlint:", ok: true, err: "unknown directive"},
		{text: "//sessionlint:ignorecookieflags why", ok: true, err: "unknown directive //sessionlint:ignorecookieflags"},
	} {
		d, ok := suppress.ParseDirective(tc.text)
		if ok != tc.ok {
			t.Errorf("ParseDirective(%q): ok = %v, want %v", tc.text, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if d.Kind != tc.kind || !reflect.DeepEqual(d.Names, tc.names) {
			t.Errorf("ParseDirective(%q) = kind %v, names %q; want %v, %q", tc.text, d.Kind, d.Names, tc.kind, tc.names)
		}
		if tc.err == "" && (d.Err != "" || d.Reason != tc.reason) {
			t.Errorf("ParseDirective(%q) = reason %q, err %q; want %q, no error", tc.text, d.Reason, d.Err, tc.reason)
		}
		if tc.err != "" && !strings.Contains(d.Err, tc.err) {
			t.Errorf("ParseDirective(%q).Err = %q, want it to contain %q", tc.text, d.Err, tc.err)
		}
	}
}

// FuzzParseDirective checks that the parser never panics, recognises
// exactly the comments with the prefix, and that a well-formed directive
// has non-empty names without spaces or commas and a trimmed non-empty
// reason, and survives a round trip through String.
func FuzzParseDirective(f *testing.F) {
	for _, s := range []string{
		"//sessionlint:ignore cookieflags the cookie is set by the CDN",
		"//sessionlint:file-ignore sessionfixation,cookieflags generated fixtures",
		"//sessionlint:ignore cookieflags",
		"//sessionlint:ignore ,, x",
		"//sessionlint:bogus",
		"// not a directive",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := suppress.ParseDirective(text)
		if ok != strings.HasPrefix(text, suppress.Prefix) {
			t.Fatalf("ParseDirective(%q): ok = %v", text, ok)
		}
		if !ok {
			return
		}
		if d.Err != "" {
			if strings.HasSuffix(d.Err, ".") || !strings.HasPrefix(d.Err, "malformed ") && !strings.HasPrefix(d.Err, "unknown ") {
				t.Fatalf("ParseDirective(%q).Err = %q: not a sessionlint message", text, d.Err)
			}
			return
		}
		if d.Kind != suppress.Ignore && d.Kind != suppress.FileIgnore {
			t.Fatalf("ParseDirective(%q): well formed with kind %v", text, d.Kind)
		}
		if len(d.Names) == 0 {
			t.Fatalf("ParseDirective(%q): well formed without names", text)
		}
		for _, n := range d.Names {
			if n == "" || strings.ContainsRune(n, ',') || strings.IndexFunc(n, unicode.IsSpace) >= 0 {
				t.Fatalf("ParseDirective(%q): bad name %q", text, n)
			}
		}
		if d.Reason == "" || d.Reason != strings.TrimSpace(d.Reason) {
			t.Fatalf("ParseDirective(%q): bad reason %q", text, d.Reason)
		}
		again, ok := suppress.ParseDirective(d.String())
		if !ok || !reflect.DeepEqual(again, d) {
			t.Fatalf("ParseDirective(%q) = %+v, but its String %q parses as %+v", text, d, d.String(), again)
		}
	})
}
