package fix

func f() {
	//sessionlint:ignore badcall stale // want `suppresses nothing; remove it`
	g()
	g() //sessionlint:ignore badcall trailing: no fix // want `suppresses nothing; remove it`
}

func g() {}
