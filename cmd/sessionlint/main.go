// Command sessionlint finds session-fixation and insecure-cookie bugs in
// Go web code.
//
// Usage:
//
//	sessionlint [flags] packages
//	go vet -vettool="$(go env GOPATH)/bin/sessionlint" [flags] packages
//
// Packages are patterns as for go vet: ./..., import paths, std.
//
// Flags (standalone):
//
//	-format text|json|sarif|github   output format (default text)
//	-o FORMAT[=FILE]                 an output (repeatable): several formats from
//	                                 one analysis, to standard output or files
//	-new-from-rev REV                only findings a change since REV may have made
//	                                 (its lines, or lines of their functions added,
//	                                 changed or removed)
//	-new-from-patch FILE             the same, the change being the diff in FILE
//	-baseline FILE                   only findings whose fingerprint is not in the
//	                                 SARIF log FILE (a base run's)
//	-embed-overlay FILE              write a go command overlay giving //go:embed
//	                                 patterns that match no file a placeholder, for
//	                                 go vet -overlay FILE, and exit
//	-list                            list the analyzers: name, default, CWE, summary
//	-explain NAME                    print the manual of an analyzer
//	-version                         print the version
//	-test=false                      do not analyze test files (default true)
//	-tags a,b                        build tags
//	-deps module|all                 dependencies analysed for facts: those of your
//	                                 own modules (default) or of every module
//	-p N                             packages analysed at once (default: one per CPU)
//	-NAME                            run only the analyzers enabled this way
//	-NAME=false                      do not run this analyzer
//	-NAME.FLAG=VALUE                 set an option of an analyzer
//
// Without -NAME flags, every analyzer that is on by default runs (see
// -list). Under go vet the same -NAME, -NAME=false, -NAME.FLAG and -deps
// flags work, as do vet's own (-json, -c, -fix).
//
// Exit codes (standalone; under go vet, vet's apply):
//
//	0  no findings
//	1  findings reported
//	2  usage error: unknown flag, bad flag value, unknown analyzer in
//	   -explain, no packages given or matched; or packages that do not
//	   load or compile (their errors are printed, the other packages are
//	   analysed and their findings printed)
//	3  internal error: an analyzer panicked or failed (one line names
//	   the analyzer and package; the other analyzers still run)
//	130  interrupted (SIGINT or SIGTERM): the analyses under way are
//	   stopped, nothing is printed
//
// Set SESSIONLINT_DEBUG=1 to get stack traces with internal errors.
package main

import (
	"os"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/driver"
)

func main() {
	os.Exit(driver.Main(os.Args[1:], os.Stdout, os.Stderr))
}
