package a

// badcall reports calls to functions named elsewhere* at their declaration,
// in this file, not at the call in a.go.

//sessionlint:ignore badcall the report lands here, in another file than the call
func elsewhere() {}

func elsewhereReported() {} // want `elsewhereReported is called`
