package driver

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	if p := newProgress(&buf); p.w != nil {
		t.Error("a buffer was taken for a terminal")
	}
	// Early updates show nothing; later ones rewrite one line, which
	// clear erases.
	p := &progress{w: &buf, start: time.Now()}
	p.update(1, 10)
	if buf.Len() != 0 {
		t.Errorf("progress shown before %v: %q", progressDelay, buf.String())
	}
	p.start = time.Now().Add(-progressDelay)
	p.update(2, 10)
	p.update(3, 10) // too soon after the last: skipped
	p.update(10, 10)
	p.clear()
	want := "\rsessionlint: 2/10 packages analysed\rsessionlint: 10/10 packages analysed\r\033[K"
	if got := buf.String(); got != want {
		t.Errorf("progress = %q, want %q", got, want)
	}
	if strings.Count(buf.String(), "\n") != 0 {
		t.Error("the progress line ends with a newline")
	}
}
