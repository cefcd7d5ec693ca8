// Package golangci tests sessionlint's golangci-lint v2 module plugin
// (package plugin) inside a real golangci-lint. Its test builds
// testdata/custom-gcl, a main module that pins golangci-lint and compiles
// the plugin in, as `golangci-lint custom` would but from the module proxy
// alone. It then runs that binary on the end-to-end module testdata/e2e and
// compares the findings with the go vet golden file, and on testdata/tiny to
// check suppression directives and settings.
//
// The cold build takes minutes, so the test only runs with
//
//	SESSIONLINT_GOLANGCI=1 go test ./internal/golangci -v
//
// and skips otherwise.
package golangci
