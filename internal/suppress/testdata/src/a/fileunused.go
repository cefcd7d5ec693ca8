package a

//sessionlint:file-ignore othercheck othercheck does not run here, so this is not called unused
//sessionlint:file-ignore badcall nothing to suppress // want `this //sessionlint:file-ignore directive for badcall suppresses nothing; remove it`

func clean() {}
