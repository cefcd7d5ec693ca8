package handlers

import (
	"net/http/httptest"
	"testing"

	"ownstore/request"
)

// A test that calls a handler directly does not make it a helper.
func TestLoginProc(t *testing.T) {
	h := &Handlers{}
	req := &request.AuthReq{Request: httptest.NewRequest("POST", "/auth/login", nil)}
	if err := h.loginProc(req); err == nil {
		t.Fatal("no accounts")
	}
	_ = h.resetForm(req)
}
