// Package golangci tests sessionlint's golangci-lint v2 module plugin
// (package plugin) inside a real golangci-lint. Its test builds the
// documented recipe docs/golangci/custom-gcl (the newest golangci-lint v2)
// and testdata/custom-gcl-go1.25 (the last release Go 1.25 builds, with Go
// 1.25): main modules that pin golangci-lint and compile the plugin in, as
// `golangci-lint custom` would but from the module proxy alone, built as
// committed. It then runs them on the end-to-end module testdata/e2e and
// compares the findings with the go vet golden file, and on testdata/tiny to
// check suppression directives and settings.
//
// The cold build takes minutes, so the test only runs with
//
//	SESSIONLINT_GOLANGCI=1 go test ./internal/golangci -v
//
// and skips otherwise.
package golangci
