package cookies

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// SessionMade is a fact on a function that returns, unsaved, a session a
// per-session constructor made (model ConfigSite.PerSession: gorilla's
// NewSession), so that its callers configure and save it: an
// application's own NewSession(store, name) wrapper. The session cookie's
// site is then each caller's call, with the function's own option writes
// and the caller's.
type SessionMade struct {
	// Site is the constructor; Result the function's result holding the
	// session.
	Site   model.Func
	Result int
	// Writes are the options the function sets on the session first.
	Writes []ParamWrite
}

// AFact marks SessionMade as an analysis fact.
func (*SessionMade) AFact() {}

func (m *SessionMade) String() string {
	return fmt.Sprintf("sessionMade(%s, result %d, %v)", m.Site, m.Result, m.Writes)
}

// exportSessionsMade exports SessionMade on the package's functions that
// return, unsaved, a session a per-session constructor made.
func (s *cookieScan) exportSessionsMade(roots []*rootInfo) {
	for _, ri := range roots {
		if ri.site == nil || !ri.site.PerSession || ri.saved || ri.opaque {
			continue
		}
		for _, r := range ri.returned {
			obj, ok := r.fn.Object().(*types.Func)
			if !ok || r.fn.Parent() != nil || r.fn.Synthetic != "" || obj.Pkg() != s.pass.Pkg {
				continue
			}
			s.pass.ExportObjectFact(obj, &SessionMade{Site: ri.site.Func, Result: r.idx, Writes: summarizeWrites(r.fn, ri.writes)})
		}
	}
}

// sessionMade returns the SessionMade fact of the function call calls, in
// another package, or nil.
func (s *cookieScan) sessionMade(call *ssa.Call) *SessionMade {
	callee := call.Call.StaticCallee()
	if callee == nil || call.Call.IsInvoke() {
		return nil
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == s.pass.Pkg {
		return nil
	}
	fact := new(SessionMade)
	if !s.pass.ImportObjectFact(obj, fact) {
		return nil
	}
	return fact
}
