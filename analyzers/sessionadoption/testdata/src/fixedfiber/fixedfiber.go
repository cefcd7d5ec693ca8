// Package fixedfiber is a module whose go.mod (read because vendoring or
// a replace leaves no version in the library's file paths) selects a fiber
// that no longer adopts client-chosen session IDs: nothing to report.
package fixedfiber

import fsession "github.com/gofiber/fiber/v2/middleware/session"

var store = fsession.New()
