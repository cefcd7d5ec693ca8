package authsuccess

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/valueflow"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Analyzer computes Result for a package.
var Analyzer = &analysis.Analyzer{
	Name:       "authsuccess",
	Doc:        "find where authentication succeeds",
	URL:        "https://github.com/sessionlint/sessionlint/blob/main/passes/authsuccess/doc.go",
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer, valueflow.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Authenticates)},
}

// Kind says how authentication was established.
type Kind = model.AuthKind

// The kinds of points: the credential checks of the model
// (model.Credentials), and those the pass makes itself.
const (
	KindPassword       = model.AuthPassword // bcrypt/argon2/scrypt/pbkdf2, equality with a password
	KindCompare        = model.AuthCompare  // subtle.ConstantTimeCompare, hmac.Equal on secrets
	KindOAuth          = model.AuthOAuth    // oauth2 Exchange, OIDC Verify, gothic CompleteUserAuth
	KindWebAuthn       = model.AuthWebAuthn // webauthn FinishLogin
	KindTOTP           = model.AuthTOTP     // TOTP validation
	KindSignup         = model.AuthSignup   // a user created with a hashed password
	KindToken          = model.AuthToken    // a signed token verified (jwt Parse)
	KindHelper    Kind = "helper"           // a project function that authenticates (fact)
	KindElevation Kind = "elevation"        // a role/admin privilege granted after a check
	KindName      Kind = "name"             // fallback: the function is named like a login handler
	// KindProvenance: no check in sight, but the identity stored was
	// found or made from the request's data (valueflow.Provenance); the
	// sessionfixation analyzer makes these points, authsuccess does not.
	KindProvenance Kind = "provenance"
)

// Point is a place where authentication has succeeded.
type Point struct {
	// Block is the first block on the success side: when control reaches
	// Block, the check has succeeded. For KindName, the function's entry.
	// When After is set, only the part of Block after After is on the
	// success side.
	Block *ssa.BasicBlock
	// After, when non-nil, is the instruction of Block after which the
	// check is known to have succeeded: a call of a helper that aborts the
	// request otherwise (Authenticates.Always), or a signup hash whose
	// error is not tested. Nil when all of Block is on the success side.
	After ssa.Instruction
	// Pos is the position of the check (the call or comparison), for the
	// diagnostic's Related information.
	Pos token.Pos
	// Kind and Desc say what succeeded, e.g. "bcrypt.CompareHashAndPassword
	// returned nil".
	Kind Kind
	Desc string
	// Principal is the value that identifies the authenticated user when
	// known (the user record, the token, the claims), else nil.
	Principal ssa.Value
	// Via is, for KindHelper, the kind of the check inside the helper
	// (Authenticates.Kind); empty otherwise.
	Via Kind

	// check describes the innermost check, for the summaries of the
	// functions that contain the point ("" = Desc).
	check string
}

// OAuth reports whether the point is an OAuth or OpenID Connect exchange:
// one of the table's, or a helper of the application's that makes one
// (GetToken(code, verifier) wrapping oauth2.Config.Exchange).
func (p Point) OAuth() bool {
	return p.Kind == KindOAuth || p.Kind == KindHelper && p.Via == KindOAuth
}

// Result lists the success points of each function of the package
// (including closures and methods), in a deterministic order.
type Result struct {
	Points map[*ssa.Function][]Point
	// Facts holds the Authenticates summary of every function of the
	// package that has one, closures included (closures get no exported
	// fact, having no object; calls to them inside the package still
	// yield KindHelper points).
	Facts map[*ssa.Function]*Authenticates
}

// Authenticates is a fact on a function that performs a credential check
// and whose normal return with Success signals that the check succeeded.
type Authenticates struct {
	// Result is the index of the result that signals success: an error
	// result that is nil on success, or a bool result that is true.
	Result int
	// ErrorResult is true when Result is an error (nil = success), false
	// when it is a bool (true = success). Ignored when Always is set.
	ErrorResult bool
	// NonZero is true when Result is neither an error nor a bool: a
	// string or a pointer that is not the zero value ("", nil) only on
	// success (the user name a lookup of a client's secret returns).
	NonZero bool
	// Always: every normal return follows a successful check (a function
	// that aborts the request otherwise).
	Always bool
	Desc   string
	// Kind is the kind of the check the function performs (KindPassword,
	// KindOAuth, KindSignup, ...; KindHelper when it delegates to another
	// helper whose kind is unknown).
	Kind Kind
}

func (*Authenticates) AFact() {}

func (f *Authenticates) String() string {
	switch {
	case f.Always:
		return fmt.Sprintf("authenticates(always, %s)", f.Kind)
	case f.ErrorResult:
		return fmt.Sprintf("authenticates(result %d error nil, %s)", f.Result, f.Kind)
	case f.NonZero:
		return fmt.Sprintf("authenticates(result %d not zero, %s)", f.Result, f.Kind)
	}
	return fmt.Sprintf("authenticates(result %d bool true, %s)", f.Result, f.Kind)
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{Points: map[*ssa.Function][]Point{}, Facts: map[*ssa.Function]*Authenticates{}}
	if !relevant(pass) {
		return res, nil
	}
	ssainfo, _ := pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
	if ssainfo == nil || ssainfo.Pkg == nil {
		return res, nil
	}
	s := newPointFinder(pass, ssainfo.Pkg)
	s.origins, _ = pass.ResultOf[valueflow.Analyzer].(*valueflow.Result)
	s.collectRoutes(ssainfo.SrcFuncs)
	for _, fn := range ssainfo.SrcFuncs {
		fi := s.info(fn)
		points := fi.points
		if p, ok := s.callbacks[fn]; ok {
			points = append(slices.Clip(points), p)
		}
		if fi.fact == nil {
			// A login handler by its name: the point of the writes no
			// recognised check reaches (a password branch beside an OAuth
			// exchange in one handler), or of all of them.
			if p, ok := s.nameFallback(fn, len(points) > 0); ok {
				points = append(slices.Clip(points), p)
			}
		}
		if len(points) > 0 {
			res.Points[fn] = sortPoints(points)
		}
		if fi.fact != nil {
			res.Facts[fn] = fi.fact
			// Only declared functions and methods have an object that a
			// fact can be attached to; generic instances share the origin's.
			if obj, ok := fn.Object().(*types.Func); ok && fn.Parent() == nil && fn.Synthetic == "" && obj.Pkg() == pass.Pkg {
				pass.ExportObjectFact(obj, fi.fact)
			}
		}
	}
	return res, nil
}

// relevant reports whether the package can contain authentication: it
// imports a modelled web or session library, a library of the known-check
// table, anything under crypto/ or golang.org/x/crypto, or a package with
// an Authenticates fact.
func relevant(pass *analysis.Pass) bool {
	direct := map[*types.Package]bool{}
	for _, imp := range pass.Pkg.Imports() {
		direct[imp] = true
		path := imp.Path()
		if strings.HasPrefix(path, "crypto/") || model.Lookup(path) != nil || model.IsRequestPackage(path) || model.CredentialPackage(path) {
			return true
		}
	}
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*Authenticates); ok && f.Object != nil && direct[f.Object.Pkg()] {
			return true
		}
	}
	return false
}

func sortPoints(points []Point) []Point {
	slices.SortStableFunc(points, func(a, b Point) int {
		if c := cmp.Compare(a.Pos, b.Pos); c != 0 {
			return c
		}
		return cmp.Compare(blockIndex(a.Block), blockIndex(b.Block))
	})
	return points
}

func blockIndex(b *ssa.BasicBlock) int {
	if b == nil {
		return -1
	}
	return b.Index
}
