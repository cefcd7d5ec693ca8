package flagvalue_test

import (
	"flag"
	"regexp"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/flagvalue"
)

func TestRegexpEmpty(t *testing.T) {
	def := regexp.MustCompile("^sid$")
	for _, tc := range []struct {
		name  string
		empty *regexp.Regexp
		want  string // String after Set("")
		match bool   // whether the empty value matches "x"
	}{
		{"nil matches nothing", nil, "", false},
		{"default", def, "^sid$", false},
		{"empty expression matches everything", regexp.MustCompile(""), "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			re := regexp.MustCompile("a")
			v := flagvalue.NewRegexp(&re, tc.empty)
			if err := v.Set(""); err != nil {
				t.Fatal(err)
			}
			if got := v.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
			if got := re != nil && re.MatchString("x"); got != tc.match {
				t.Errorf("empty value matches %q: %v, want %v", "x", got, tc.match)
			}
		})
	}
}

func TestRegexpSet(t *testing.T) {
	var re *regexp.Regexp
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Var(flagvalue.NewRegexp(&re, nil), "re", "usage")
	if err := fs.Set("re", "(?i)^x$"); err != nil {
		t.Fatal(err)
	}
	if re == nil || !re.MatchString("X") || fs.Lookup("re").Value.String() != "(?i)^x$" {
		t.Fatalf("after Set: %v", re)
	}
	err := fs.Set("re", "(")
	if err == nil || !strings.HasPrefix(err.Error(), "error parsing regexp: ") {
		t.Errorf("Set(%q) = %v, want the regexp package's error", "(", err)
	}
	if re.String() != "(?i)^x$" {
		t.Errorf("a rejected value changed the flag to %q", re)
	}
	if got := fs.Lookup("re").DefValue; got != "" {
		t.Errorf("DefValue = %q, want the value at registration", got)
	}
}

func TestRegexpZero(t *testing.T) {
	var v flagvalue.Regexp
	if v.String() != "" || v.Get() != (*regexp.Regexp)(nil) {
		t.Error("zero Regexp is not empty")
	}
	if v.Set("x") == nil {
		t.Error("an unbound Regexp accepted a value")
	}
}
