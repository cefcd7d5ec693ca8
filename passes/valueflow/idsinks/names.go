package idsinks

import (
	"fmt"
	"regexp"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Names is a flag.Value holding the regular expression that matches the
// names of session cookies and of query or form parameters that carry a
// session ID. Its default is model.SessionCookieNames.
type Names struct {
	re *regexp.Regexp
}

// DefaultNames returns a Names holding model.SessionCookieNames.
func DefaultNames() *Names {
	return &Names{re: regexp.MustCompile(model.SessionCookieNames)}
}

func (n *Names) String() string {
	if n == nil || n.re == nil {
		return model.SessionCookieNames
	}
	return n.re.String()
}

// Set compiles s; an empty s restores the default.
func (n *Names) Set(s string) error {
	if s == "" {
		s = model.SessionCookieNames
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return fmt.Errorf("invalid regular expression: %v", err)
	}
	n.re = re
	return nil
}

// Regexp returns the compiled expression.
func (n *Names) Regexp() *regexp.Regexp {
	if n == nil || n.re == nil {
		return regexp.MustCompile(model.SessionCookieNames)
	}
	return n.re
}

// Match reports whether name names a session cookie or parameter.
func (n *Names) Match(name string) bool { return name != "" && n.Regexp().MatchString(name) }

// NamesUsage is the usage text of the -names flag.
const NamesUsage = "regular expression matching the names of session cookies and of query or form parameters that carry a session ID"
