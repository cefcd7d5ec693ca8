// Command gfservice is a GoFrame application in the layout GoFrame's
// generator makes: interfaces in internal/service, their implementations
// in internal/logic's packages, which register themselves when main
// imports them for their side effects.
package main

import (
	_ "sessionlint.test/e2e/apps/gfservice/internal/logic"

	"sessionlint.test/e2e/apps/gfservice/internal/cmd"
)

func main() {
	cmd.Run()
}
