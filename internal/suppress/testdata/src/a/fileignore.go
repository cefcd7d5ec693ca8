package a

//sessionlint:file-ignore badcall this file is a fixture of bad calls

func fileIgnored() {
	bad()
	bad()
}
