package cookies_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/passes/cookies"
)

func TestParseSetCookie(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		name string
		want string // Attrs.String()
	}{
		{"sid=abc", true, "sid", `Name=const:"sid"`},
		{"sid=abc; Path=/; HttpOnly", true, "sid", `Name=const:"sid" Path=const:"/" HttpOnly=const:"true"`},
		{" sid = abc ;secure;HTTPONLY; samesite=STRICT", true, "sid", `Name=const:"sid" Secure=const:"true" HttpOnly=const:"true" SameSite=const:"Strict"`},
		{"a=b; SameSite=bogus", true, "a", `Name=const:"a" SameSite=const:""`},
		{"a=b; Max-Age=0", true, "a", `Name=const:"a" MaxAge=const:"-1"`},
		{"a=b; Max-Age=x", true, "a", `Name=const:"a"`},
		{"a=b; Expires=Thu, 01 Jan 1970 00:00:00 GMT", true, "a", `Name=const:"a" Expires=const:"past"`},
		{"a=b; Domain=.example.com; Partitioned", true, "a", `Name=const:"a" Domain=const:".example.com" Partitioned=const:"true"`},
		{"a=b; Secure=no", true, "a", `Name=const:"a" Secure=const:"true"`},
		{"novalue", false, "", ``},
		{"=b", false, "", ``},
		{"", false, "", ``},
	} {
		got := cookies.ParseSetCookie(tc.in)
		if got.OK != tc.ok || got.Name != tc.name || got.Attrs.String() != tc.want {
			t.Errorf("ParseSetCookie(%q) = {OK:%v Name:%q Attrs:%s}, want {OK:%v Name:%q Attrs:%s}",
				tc.in, got.OK, got.Name, got.Attrs, tc.ok, tc.name, tc.want)
		}
	}
}

// FuzzParseSetCookie checks that the parser never panics and agrees with
// net/http on the flags of every well-formed header net/http reads
// without leftovers. (The two differ on purpose elsewhere: browsers, and
// this parser, ignore white space around '=' and read "Secure=x" as
// Secure.)
func FuzzParseSetCookie(f *testing.F) {
	for _, seed := range []string{
		"sid=abc",
		"sid=abc; Path=/; Domain=example.com; Max-Age=3600; Secure; HttpOnly; SameSite=Lax",
		"sid=abc; SameSite=None; Partitioned; Secure",
		"sid=; Max-Age=-1",
		"sid=x; Expires=Wed, 21 Oct 2015 07:28:00 GMT",
		"__Host-sid=x; Path=/; Secure",
		"a=\"quoted\"; samesite=strict",
		";;;",
		"=",
		"a=b;;; ;httponly;",
		"a=b; SameSite",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		got := cookies.ParseSetCookie(line)
		if !got.OK {
			return
		}
		if strings.ContainsAny(line, " \t\r\n") {
			return
		}
		want, err := http.ParseSetCookie(line)
		if err != nil || len(want.Unparsed) > 0 {
			return
		}
		if want.Name != got.Name {
			t.Errorf("%q: name %q, net/http %q", line, got.Name, want.Name)
		}
		for _, c := range []struct {
			attr model.Attr
			on   bool
		}{
			{model.AttrSecure, want.Secure},
			{model.AttrHttpOnly, want.HttpOnly},
			{model.AttrPartitioned, want.Partitioned},
		} {
			if got.Attrs.Get(c.attr).IsTrue() != c.on {
				t.Errorf("%q: %s %v, net/http %v", line, c.attr, got.Attrs.Get(c.attr).IsTrue(), c.on)
			}
		}
		ss := got.Attrs.Get(model.AttrSameSite).Value
		var wantSS model.Value
		switch want.SameSite {
		case http.SameSiteLaxMode:
			wantSS = model.SameLax
		case http.SameSiteStrictMode:
			wantSS = model.SameStrict
		case http.SameSiteNoneMode:
			wantSS = model.SameNone
		}
		if ss != wantSS {
			t.Errorf("%q: SameSite %q, net/http %v", line, ss, want.SameSite)
		}
	})
}
