package a

func bad() int { return 0 }

func use(...int) {}

func trailing() {
	bad() //sessionlint:ignore badcall the handler is only mounted in tests
	bad() // want `call to bad`
}

func above() {
	//sessionlint:ignore badcall the handler is only mounted in tests
	bad()
	bad() // want `call to bad`
}

func skipsCommentsAndBlankLines() {
	//sessionlint:ignore badcall the ordinary comment below does not matter
	// an ordinary comment

	bad()
}

func wholeStatement() {
	//sessionlint:ignore badcall covers every line of the call
	use(1,
		bad(),
		bad())
	bad() // want `call to bad`
}

func headerOnly() {
	//sessionlint:ignore badcall covers the condition, not the body
	if bad() == 0 {
		bad() // want `call to bad`
	}
	//sessionlint:ignore badcall covers the call, not the function literal's body
	use(bad(), func() int {
		return bad() // want `call to bad`
	}())
	switch {
	//sessionlint:ignore badcall covers the case line, not its body
	case bad() == 0:
		bad() // want `call to bad`
	}
}

//sessionlint:ignore badcall covers the signature only, not the body // want `this //sessionlint:ignore directive for badcall suppresses nothing; remove it`
func signature() int {
	return bad() // want `call to bad`
}

func otherAnalyzer() {
	//sessionlint:ignore othercheck names another analyzer, so badcall still reports
	bad() // want `call to bad`
	//sessionlint:ignore othercheck,badcall names both
	bad()
}

func unused() {
	//sessionlint:ignore badcall nothing to suppress here // want `this //sessionlint:ignore directive for badcall suppresses nothing; remove it`
	use()
	use() //sessionlint:ignore badcall,othercheck nothing here either // want `this //sessionlint:ignore directive for badcall suppresses nothing; remove badcall from it`
	/* want `^malformed //sessionlint:ignore directive: missing reason; write //sessionlint:ignore <analyzer>\[,<analyzer>...\] <reason>$` */ //sessionlint:ignore badcall

	bad() // want `call to bad`
}

func malformed() {
	/* want `malformed //sessionlint:ignore directive: unknown analyzer "nosuch"; the analyzers are badcall, cookieflags, cookiescope, othercheck, sessionadoption, sessionfixation, sessionidurl, weaksessionid` */ //sessionlint:ignore nosuch reason

	bad() // want `call to bad`
	/* want `unknown directive //sessionlint:ignroe; use //sessionlint:ignore or //sessionlint:file-ignore` */ //sessionlint:ignroe badcall typo

	bad() // want `call to bad`
	/* want `malformed //sessionlint:ignore directive: no analyzer named` */ //sessionlint:ignore

	bad() // want `call to bad`
	/* want `empty analyzer name in "badcall,"` */ //sessionlint:ignore badcall, othercheck a space after the comma

	bad() // want `call to bad`
	// Named first, othercheck reports this one; badcall does not.
	//sessionlint:ignore othercheck,nosuch reason
	bad() // want `call to bad`
	// A directive for an analyzer of sessionlint's that this program does
	// not link is well formed (and nothing here calls it unused).
	//sessionlint:ignore weaksessionid the token is a test fixture
	bad() // want `call to bad`
	// sessionlint:ignore badcall a space after the slashes: an ordinary comment
	bad() // want `call to bad`
}

func crossFile() {
	elsewhere()
	elsewhereReported()
}
