package apitest

import (
	"testing"

	"storewhere/testhelperapp/helperctl"
)

func TestLogin(t *testing.T) {
	_ = helperctl.KitRouter()
}
