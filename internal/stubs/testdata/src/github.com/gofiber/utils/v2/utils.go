// Package utils is a stub of github.com/gofiber/utils/v2.
package utils

func UUIDv4() string      { return "" }
func SecureToken() string { return "" }
