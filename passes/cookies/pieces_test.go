package cookies

import (
	"testing"

	"github.com/sessionlint/sessionlint/internal/model"
)

func TestParsePieces(t *testing.T) {
	text := func(s string) piece { return piece{text: s} }
	hole := piece{hole: true}
	for _, tc := range []struct {
		name   string
		pieces []piece
		ok     bool
		opaque bool
		want   string
	}{
		{"sprintf value", formatPieces("sid=%s; Path=/; HttpOnly"), true, false, `Name=const:"sid" Path=const:"/" HttpOnly=const:"true"`},
		{"dynamic name", formatPieces("%s=%s; Secure"), true, false, `Name=dynamic Secure=const:"true"`},
		{"value hole at end", []piece{text("sid="), hole}, true, false, `Name=const:"sid"`},
		{"attribute value hole", []piece{text("sid="), hole, text("; Max-Age="), hole}, true, false, `Name=const:"sid" MaxAge=dynamic`},
		{"adjacent holes", []piece{text("sid="), hole, hole}, true, true, ``},
		{"whole cookie hole", formatPieces("%s; HttpOnly"), true, true, ``},
		{"attribute hole", []piece{text("sid=x; "), hole}, true, true, `Name=const:"sid"`},
		{"percent", formatPieces("a=100%%; Secure"), true, false, `Name=const:"a" Secure=const:"true"`},
		{"width verb", formatPieces("a=%08d; Max-Age=%[1]d"), true, false, `Name=const:"a" MaxAge=dynamic`},
		{"not a cookie", []piece{text("no equals sign")}, false, false, ``},
	} {
		got := parsePieces(tc.pieces)
		if got.OK != tc.ok || got.Opaque != tc.opaque || got.Attrs.String() != tc.want {
			t.Errorf("%s: got {OK:%v Opaque:%v %s}, want {OK:%v Opaque:%v %s}", tc.name, got.OK, got.Opaque, got.Attrs, tc.ok, tc.opaque, tc.want)
		}
	}
}

func TestShortName(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/gorilla/sessions.NewCookieStore":         "sessions.NewCookieStore",
		"github.com/alexedwards/scs/v2.New":                  "scs.New",
		"github.com/gofiber/fiber/v3/middleware/session.New": "session.New",
		"github.com/go-session/session/v3.NewManager":        "session.NewManager",
		"net/http.Request.AddCookie":                         "http.Request.AddCookie",
	} {
		f, err := model.ParseFunc(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := ShortName(f); got != want {
			t.Errorf("ShortName(%s) = %q, want %q", in, got, want)
		}
	}
}
