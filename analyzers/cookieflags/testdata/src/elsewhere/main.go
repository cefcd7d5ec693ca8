// Command elsewhere configures mw's store: Secure comes from the
// configuration.
package main

import (
	"os"

	"elsewhere/mw"
	"elsewhere/mwbare"
)

func main() {
	mw.Store.Options.Secure = os.Getenv("TLS") != ""
	_ = mwbare.Store
}
