package output

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// writeGitHub prints one GitHub Actions workflow command per diagnostic,
// which the runner turns into an annotation on the pull request:
//
//	::warning file=F,line=L,col=C,endLine=EL,endColumn=EC,title=sessionlint/NAME::MESSAGE
func writeGitHub(w io.Writer, r *Report, diags []Diagnostic) error {
	bw := bufio.NewWriter(w)
	for _, d := range diags {
		p := d.Posn
		fmt.Fprintf(bw, "::warning file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			escapeProperty(filepath.ToSlash(display(r.Root, p.File))),
			p.Start.Line, p.Start.Column, p.End.Line, p.End.Column,
			escapeProperty("sessionlint/"+d.Analyzer),
			escapeData(d.Message))
	}
	return bw.Flush()
}

// Escaping rules of workflow commands: the message ("data") escapes %, CR
// and LF; property values additionally escape : and ,.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
