// Package mux is a stub of github.com/gorilla/mux v1.8.0.
package mux

import "net/http"

func Vars(r *http.Request) map[string]string { return nil }
