package suppress

import (
	"fmt"
	"strings"
	"unicode"
)

// Prefix starts every sessionlint directive. Like //go: directives it is a
// line comment with no space after the slashes.
const Prefix = "//sessionlint:"

// Kind says what a directive covers.
type Kind int

const (
	// Unknown is the kind of a //sessionlint: comment whose verb is
	// neither ignore nor file-ignore; such a directive is malformed.
	Unknown Kind = iota
	// Ignore covers one line, or the statement that starts on it.
	Ignore
	// FileIgnore covers the whole file it is in.
	FileIgnore
)

// Directive is one parsed //sessionlint: comment.
type Directive struct {
	Kind Kind
	// Verb is the word after "//sessionlint:", e.g. "ignore".
	Verb string
	// Names are the analyzers the directive names, in its order.
	Names []string
	// Reason is the free text after the names, trimmed.
	Reason string
	// Err says why the directive is malformed as written, "" if it is
	// well formed. Whether the names are known analyzers is checked later,
	// against the analyzers of the running program (see Result.Filter).
	Err string
}

// usage is the grammar quoted by the messages about malformed directives.
const usage = "<analyzer>[,<analyzer>...] <reason>"

// ParseDirective parses the text of a comment (including its leading "//").
// It reports false when the comment is not a sessionlint directive at all,
// that is, when it does not start with Prefix. Otherwise it returns the
// directive, with Err set when it is malformed:
//
//	directive = "//sessionlint:" verb space names space reason .
//	verb      = "ignore" | "file-ignore" .
//	names     = name { "," name } .          (no spaces inside)
//	reason    = any text that is not empty once trimmed .
//	space     = one or more white-space characters .
func ParseDirective(text string) (Directive, bool) {
	rest, ok := strings.CutPrefix(text, Prefix)
	if !ok {
		return Directive{}, false
	}
	var d Directive
	d.Verb, rest = cutSpace(rest)
	switch d.Verb {
	case "ignore":
		d.Kind = Ignore
	case "file-ignore":
		d.Kind = FileIgnore
	default:
		d.Err = fmt.Sprintf("unknown directive %s%s; use %signore or %sfile-ignore", Prefix, d.Verb, Prefix, Prefix)
		return d, true
	}
	names, reason := cutSpace(rest)
	if names == "" {
		d.Err = d.malformed("no analyzer named")
		return d, true
	}
	d.Names = strings.Split(names, ",")
	for _, n := range d.Names {
		if n == "" {
			d.Err = d.malformed(fmt.Sprintf("empty analyzer name in %q; separate names with single commas and no spaces", names))
			return d, true
		}
	}
	d.Reason = strings.TrimSpace(reason)
	if d.Reason == "" {
		d.Err = d.malformed("missing reason")
	}
	return d, true
}

// String renders the directive in its canonical form.
func (d Directive) String() string {
	s := Prefix + d.Verb
	if len(d.Names) > 0 {
		s += " " + strings.Join(d.Names, ",")
	}
	if d.Reason != "" {
		s += " " + d.Reason
	}
	return s
}

// malformed words a complaint about a directive of a known verb.
func (d Directive) malformed(problem string) string {
	return fmt.Sprintf("malformed %s%s directive: %s; write %s%s %s", Prefix, d.Verb, problem, Prefix, d.Verb, usage)
}

// cutSpace splits s, after its leading white space, at the first white
// space: the first word and the rest.
func cutSpace(s string) (word, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}
