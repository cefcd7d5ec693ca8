package driver

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progress shows, on a terminal, how far a long analysis is: a first run
// on a large module compiles and analyses hundreds of packages with
// nothing to show for minutes. It writes one line, rewritten in place,
// only when the analysis has taken a while, and erases it at the end, so
// that output that is not a terminal (CI logs, redirections) never sees it.
type progress struct {
	w       io.Writer // nil: not a terminal, nothing is shown
	start   time.Time
	mu      sync.Mutex
	last    time.Time
	written bool
}

// progressDelay is how long an analysis runs before its progress shows;
// progressEvery how often the line is rewritten.
const (
	progressDelay = 2 * time.Second
	progressEvery = 250 * time.Millisecond
)

func newProgress(stderr io.Writer) *progress {
	p := &progress{start: time.Now()}
	if f, ok := stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.w = stderr
		}
	}
	return p
}

// update is called as each package is done.
func (p *progress) update(done, total int) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.start) < progressDelay || now.Sub(p.last) < progressEvery && done < total {
		return
	}
	p.last = now
	p.written = true
	fmt.Fprintf(p.w, "\r%s: %d/%d packages analysed", progname, done, total)
}

// clear erases the progress line, if one was written.
func (p *progress) clear() {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.written {
		fmt.Fprint(p.w, "\r\033[K")
		p.written = false
	}
}
