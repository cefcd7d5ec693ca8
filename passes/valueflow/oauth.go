package valueflow

import (
	"regexp"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stdlib"
)

// The provider's answer: the identity an OAuth login returns, however
// the application reaches it.

// oauthCode matches the names of the inputs that carry an OAuth code.
var oauthCode = regexp.MustCompile(model.OAuthCodeInputs)

// exchanged records that the identity is the provider's answer to the
// request's OAuth code (in), found through lookup.
func (w *provenanceWalk) exchanged(in Origin, lookup ssa.CallInstruction) {
	w.p.Exchanged = true
	if w.p.Lookup == nil {
		w.p.Input, w.p.Lookup = in, lookup
		if in.Name == "" {
			w.p.Provider = in.Desc
		}
	}
}

// providerAnswer is the origin of what the call c, which completes an
// OAuth login (named desc), answers: the code the callback's request
// carries, which the provider answered.
func providerAnswer(c ssa.CallInstruction, desc string) Origin {
	return Origin{Kind: Query, Pos: c.Pos(), Desc: desc}
}

// completesLogin matches the names of calls that finish an external
// login with the callback's request (an application's wrapper of
// gothic's CompleteUserAuth behind its own interface, HandleCallback).
var completesLogin = regexp.MustCompile(`(?i)^(complete|finish)_?(user_?)?(auth|login|o_?auth|sign_?in)|^handle_?(o_?auth_?)?callback$`)

// oauthExchange reports whether the opaque call c is given the request
// itself (one of the model's request types) in a function that reads an
// OAuth authorization code, or is named for completing an external login,
// and returns the input the provider answered.
func (w *provenanceWalk) oauthExchange(c *ssa.Call) (Origin, bool) {
	if f, named := CallFunc(&c.Call); named && (model.Lookup(f.Pkg) != nil || stdlib.IsStd(f.Pkg)) {
		return Origin{}, false // a library's own call (c.GetSession(key)): no exchange
	}
	args := ssautil.CallArgs(&c.Call) // the receiver is not given the request
	given := false
	for _, a := range args {
		if tn, ok := model.TypeNameOf(a.Type()); ok && model.IsRequestType(tn) {
			given = true
		}
	}
	if !given {
		return Origin{}, false
	}
	if in := w.oauthCode(c.Parent()); in.ok {
		return in.Origin, true
	}
	if name, _, _ := CalleeNames(&c.Call); completesLogin.MatchString(name) {
		return providerAnswer(c, name), true
	}
	return Origin{}, false
}

// oauthInput is the request input of a function that carries an OAuth
// code, if any.
type oauthInput struct {
	Origin
	ok bool
}

// oauthCode returns the request input of fn that carries an OAuth
// authorization code, once per function.
func (w *provenanceWalk) oauthCode(fn *ssa.Function) oauthInput {
	in, ok := w.t.st.oauthCodes[fn]
	if !ok {
		in = w.findOAuthCode(fn)
		w.t.st.oauthCodes[fn] = in
	}
	return in
}

// findOAuthCode returns the first request input of fn, in block and
// instruction order, that carries an OAuth authorization code.
func (w *provenanceWalk) findOAuthCode(fn *ssa.Function) oauthInput {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			for _, in := range w.t.query(call).origins().Of(Request) {
				if oauthCode.MatchString(in.Name) {
					return oauthInput{in, true}
				}
			}
		}
	}
	return oauthInput{}
}
