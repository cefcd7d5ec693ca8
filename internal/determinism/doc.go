// Package determinism holds a test, and nothing else: sessionlint run
// twice on the same input, and with one worker instead of one per CPU,
// must print byte-identical output, standalone and under go vet -vettool.
//
//	go test ./internal/determinism
//
// It builds the binary and analyzes testdata/e2e several times, so it
// takes minutes on a cold build cache; it is skipped with -short.
package determinism
