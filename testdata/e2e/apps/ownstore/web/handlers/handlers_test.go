package handlers

import (
	"net/http/httptest"
	"testing"

	"sessionlint.test/e2e/apps/ownstore/web/request"
)

// The tests call the handlers directly: still handlers, not helpers.
func TestResetFormWithoutToken(t *testing.T) {
	h := &Handlers{}
	req := &request.AuthReq{Request: httptest.NewRequest("GET", "/auth/reset", nil)}
	if err := h.resetForm(req); err != nil {
		t.Fatal(err)
	}
}
