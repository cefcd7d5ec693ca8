package output

import (
	"bufio"
	"fmt"
	"io"
)

// writeText prints one line per diagnostic, as go vet does:
//
//	file:line:col: message
//
// followed by one line per related position, its message indented by a tab.
func writeText(w io.Writer, r *Report, diags []Diagnostic) error {
	bw := bufio.NewWriter(w)
	for _, d := range diags {
		fmt.Fprintf(bw, "%s: %s\n", textPosn(r, d.Posn), d.Message)
		for _, rel := range d.Related {
			fmt.Fprintf(bw, "%s: \t%s\n", textPosn(r, rel.Posn), rel.Message)
		}
	}
	return bw.Flush()
}

func textPosn(r *Report, p Range) string {
	return fmt.Sprintf("%s:%d:%d", display(r.Root, p.File), p.Start.Line, p.Start.Column)
}
