// Package suppress finds sessionlint's suppression directives and the
// generated files of a package. It reports nothing: every user-facing
// analyzer requires it (internal/lint.New adds it) and filters its own
// diagnostics through a Filter, so suppression works the same under go vet,
// the standalone binary and golangci-lint, with no help from the driver.
//
// # Directives
//
//	//sessionlint:ignore <analyzer>[,<analyzer>...] <reason>
//	//sessionlint:file-ignore <analyzer>[,<analyzer>...] <reason>
//
// A directive is a // line comment starting exactly with "//sessionlint:"
// (no space after the slashes, as for //go: directives; block comments are
// never directives). The verb, the comma-separated analyzer names (no
// spaces) and the reason are separated by white space. The reason is
// everything after the names and must not be empty. Directives in generated
// files are not read.
//
// An ignore directive covers a line L: its own line when it trails code,
// otherwise the next line holding code (blank and comment lines are
// skipped). It also covers the rest of the largest syntax node (statement,
// declaration, spec, field, ...) starting on L, except the lines inside the
// { } blocks and case clauses within that node. So above a multi-line call
// or composite literal it covers all of it; above an if statement, a switch
// or a function it covers the header and closing line, not the body. A
// file-ignore directive, anywhere in a file, covers that whole file.
//
// A diagnostic is dropped when its position is in a generated file
// (ast.IsGenerated: a "// Code generated ... DO NOT EDIT." comment before
// the package clause; cmd/cgo's rewrite of a file that imports "C" is not
// one: it is the user's code) or is covered by a well-formed directive naming the
// analyzer that reports it. Analyzers may report in any file of the
// package; each diagnostic is matched against the directives of the file
// its position is in.
//
// # Reports about directives
//
// After an analyzer runs, it reports (category "suppression", at the
// directive) each well-formed directive naming it that covered none of its
// diagnostics:
//
//	this //sessionlint:ignore directive for cookieflags suppresses nothing; remove it
//
// with a suggested fix deleting the line when the directive stands alone
// and names only that analyzer. An analyzer that is disabled never runs and
// so never calls its directives unused; no other analyzer does it for it.
//
// A directive is malformed when its verb is unknown, it names no analyzer,
// a name is empty, the reason is missing, or a name is not an analyzer of
// the running program (every analyzer built with internal/lint.New counts,
// enabled or not). A malformed directive suppresses nothing. To report it
// exactly once although every analyzer sees it, only one analyzer reports
// it, chosen from the directive text alone: the first analyzer it names that
// exists, or, when it names none that exists, the alphabetically first
// analyzer of the program (cookieflags in sessionlint). The price: when
// that analyzer is disabled the malformed directive goes unreported (the
// diagnostic it meant to silence still shows, since it suppresses nothing).
package suppress
