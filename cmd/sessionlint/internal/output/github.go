package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeGitHub prints one GitHub Actions workflow command per diagnostic,
// which the runner turns into an annotation on the pull request:
//
//	::warning file=F,line=L,col=C,endLine=EL,endColumn=EC,title=sessionlint/NAME::MESSAGE
//
// F is relative to the repository root (Report.PathRoot), where GitHub
// looks for it. An annotation has one location: the related ones (where
// authentication succeeds, where a cookie is sent) follow the message, one
// line each, as file:line: message.
//
// Each problem that kept code from being analysed (Report.Errors) is an
// ::error command, with its file and line when it has them.
func writeGitHub(w io.Writer, r *Report, diags []Diagnostic) error {
	bw := bufio.NewWriter(w)
	for _, e := range r.failures() {
		props := ""
		if e.Posn != nil {
			file, _ := r.fromPathRoot(e.Posn.File)
			props = fmt.Sprintf("file=%s,line=%d,col=%d,", escapeProperty(file), e.Posn.Start.Line, e.Posn.Start.Column)
		}
		fmt.Fprintf(bw, "::error %stitle=sessionlint::%s\n", props, escapeData(e.Message))
	}
	for _, d := range diags {
		p := d.Posn
		file, _ := r.fromPathRoot(p.File)
		msg := d.Message
		for _, rel := range d.Related {
			rf, _ := r.fromPathRoot(rel.Posn.File)
			msg += fmt.Sprintf("\n%s:%d: %s", rf, rel.Posn.Start.Line, rel.Message)
		}
		fmt.Fprintf(bw, "::warning file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			escapeProperty(file),
			p.Start.Line, p.Start.Column, p.End.Line, p.End.Column,
			escapeProperty("sessionlint/"+d.Analyzer),
			escapeData(msg))
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
