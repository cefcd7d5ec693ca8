// Package logic imports the implementations for their registration.
package logic

import (
	_ "sessionlint.test/e2e/apps/gfservice/internal/logic/bizctx"
	_ "sessionlint.test/e2e/apps/gfservice/internal/logic/middleware"
	_ "sessionlint.test/e2e/apps/gfservice/internal/logic/session"
	_ "sessionlint.test/e2e/apps/gfservice/internal/logic/user"
)
