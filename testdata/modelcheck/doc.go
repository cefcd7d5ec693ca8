// Package modelcheck imports every library sessionlint models, so that
// internal/model's API test can type-check the real modules' exported API
// against the model.
//
// github.com/flamego/session is required at v1.6.5, not v1.6.6 (the version
// the model describes): v1.6.6's go.mod says go 1.26.0, which the oldest Go
// this repository supports (1.25, scripts/test) refuses to load. The two
// versions' exported API is the same (only the bodies of file.go and
// redis/redis.go differ).
package modelcheck
