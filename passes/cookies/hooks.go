package cookies

import (
	"regexp"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// A library that hands its session cookie to a function the application
// registers (simplesessions' SetCookieHooks(get, set)) sends whatever that
// function makes of it. applyHooks applies what the registered functions
// set on the cookie to the library's configuration sites: a function of
// this package (or one with a fact) by its summary; a function the
// analysis cannot follow (a field of a callbacks struct main fills) by
// whether the module's code assigns the attribute on any cookie at all,
// in which case the function may set it and the attribute is the
// application's choice.
func (s *cookieScan) applyHooks() {
	for _, site := range s.sites {
		if site.Lib == nil || site.Lib.Cookies == nil || len(site.Lib.Cookies.Hooks) == 0 || site.Type == nil || !site.Type.Session {
			continue
		}
		writes, followed := s.hookWrites(site, site.Lib.Cookies.Hooks)
		if !followed {
			writes = s.possibleHookWrites()
		}
		for _, snd := range site.Sends {
			for a, v := range writes {
				snd.Attrs[a] = v
			}
		}
	}
}

// hookWrites returns what the functions the package registers through
// hooks for the site's manager set on their cookie, and whether every
// registered function could be followed (false when the package registers
// none: main may). A hook registered on the result of a constructor call
// is that call's manager's; one registered on a manager kept elsewhere
// (a field) may be any manager's of the package.
func (s *cookieScan) hookWrites(site *Site, hooks []model.CookieHook) (Attrs, bool) {
	writes := Attrs{}
	registered, followed := false, true
	s.eachInstr(func(instr ssa.Instruction) {
		call, ok := instr.(*ssa.Call)
		if !ok {
			return
		}
		f, first, ok := funcOf(call.Common())
		if !ok {
			return
		}
		for _, h := range hooks {
			if f != h.Func || first+h.Arg >= len(call.Call.Args) || !s.hookFor(site, call.Call.Args[0]) {
				continue
			}
			registered = true
			fn := ssautil.FuncValue(call.Call.Args[first+h.Arg])
			if fn == nil {
				followed = false
				continue
			}
			eff := s.summaryOf(fn).param(0)
			if eff == nil {
				continue
			}
			if eff.Opaque {
				followed = false
			}
			for _, w := range eff.Writes {
				v := w.attrValue(call)
				if old, seen := writes[w.Attr]; seen && old.Value != v.Value {
					v = AttrValue{Origin: Dynamic, Pos: call.Pos()}
				}
				writes[w.Attr] = v
			}
		}
	})
	return writes, registered && followed
}

// hookFor reports whether a hook registered on the manager recv may be
// the one of the site's: recv is not the result of a call, or is that of
// the call that holds the site.
func (s *cookieScan) hookFor(site *Site, recv ssa.Value) bool {
	made, ok := recv.(*ssa.Call)
	if !ok {
		return true
	}
	ce := s.calls[made.Pos()]
	return ce != nil && ce.Pos() <= site.Pos && site.End <= ce.End()
}

// possibleHookWrites returns the attributes a hook the analysis cannot
// follow may set: those a function of the module shaped like a hook (it
// takes an *http.Cookie first and returns an error) assigns on a cookie
// before any block (listmonk's main: cookie.SameSite =
// http.SameSiteLaxMode), as the application's choice.
func (s *cookieScan) possibleHookWrites() Attrs {
	writes := Attrs{}
	ct := model.LookupCookieType(model.TypeName{Pkg: "net/http", Name: "Cookie"})
	if ct == nil {
		return writes
	}
	scan := modulescan.ForDir(modulescan.PackageDir(s.pass))
	for _, a := range []model.Attr{model.AttrHttpOnly, model.AttrSecure, model.AttrSameSite} {
		hook := regexp.MustCompile(`\(\s*\w+\s+\*http\.Cookie\s*,[^)]*\)\s*error\s*\{[^{}]*\.` + ct.Fields[a] + `\s*=\s*[^=]`)
		if _, ok := scan.GoTextMatch(hook); ok {
			writes[a] = AttrValue{Origin: Dynamic}
		}
	}
	return writes
}
