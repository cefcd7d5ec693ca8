// Package authsuccess defines an analysis pass that finds where
// authentication succeeds: the points of each function after which the
// user's credentials are known to have been checked successfully.
//
// TODO(contract): the Result API below is what sessionfixation reads; keep
// it, fill in the analysis.
package authsuccess

import (
	"go/token"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"
)

// Analyzer computes Result for a package.
var Analyzer = &analysis.Analyzer{
	Name:       "authsuccess",
	Doc:        "find where authentication succeeds",
	Requires:   []*analysis.Analyzer{buildssa.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Authenticates)},
}

// Kind says how authentication was established.
type Kind string

const (
	KindPassword  Kind = "password"  // bcrypt/argon2/scrypt/pbkdf2, equality with a password
	KindCompare   Kind = "compare"   // subtle.ConstantTimeCompare, hmac.Equal on secrets
	KindOAuth     Kind = "oauth"     // oauth2 Exchange, OIDC Verify, gothic CompleteUserAuth
	KindWebAuthn  Kind = "webauthn"  // webauthn FinishLogin
	KindTOTP      Kind = "totp"      // TOTP validation
	KindHelper    Kind = "helper"    // a project function that authenticates (fact)
	KindSignup    Kind = "signup"    // a user created with a hashed password
	KindElevation Kind = "elevation" // a role/admin privilege granted after a check
	KindName      Kind = "name"      // fallback: the function is named like a login handler
)

// Point is a place where authentication has succeeded.
type Point struct {
	// Block is the first block on the success side: when control reaches
	// Block, the check has succeeded. For KindName, the function's entry.
	Block *ssa.BasicBlock
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
}

// Result lists the success points of each function of the package
// (including closures and methods), in a deterministic order.
type Result struct {
	Points map[*ssa.Function][]Point
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
	// Always: every normal return follows a successful check (a function
	// that aborts the request otherwise).
	Always bool
	Desc   string
}

func (*Authenticates) AFact() {}

func (f *Authenticates) String() string { return "authenticates" }

func run(pass *analysis.Pass) (any, error) {
	return &Result{Points: map[*ssa.Function][]Point{}}, nil
}
