// Package modelcheck imports every library sessionlint models, so that
// internal/model's API test can type-check the real modules' exported API
// against the model.
package modelcheck
