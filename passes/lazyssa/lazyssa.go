// Package lazyssa defines an analysis pass that builds a package's SSA form
// only when sessionlint could find something in it, and returns an empty
// result otherwise. Every sessionlint pass that needs SSA requires it instead
// of buildssa, so that the standard library and packages that touch neither
// net/http, a modelled web or session library, nor a credential check pay
// for type-checking only.
package lazyssa

import (
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/stdlib"
)

// Analyzer returns a *buildssa.SSA: the package's SSA, or an empty one (Pkg
// nil, no SrcFuncs) when Relevant reports false.
var Analyzer = &analysis.Analyzer{
	Name:       "lazyssa",
	Doc:        "build SSA form for packages where sessionlint can find something",
	Run:        run,
	Requires:   buildssa.Analyzer.Requires,
	ResultType: reflect.TypeFor[*buildssa.SSA](),
	FactTypes:  []analysis.Fact{new(Analysed)},
}

// Analysed is the package fact of every package whose SSA was built. It
// carries nothing but its presence: a dependency with it is worth
// analysing its importers for facts (see NeedsFacts), and under go vet it
// makes the package's facts file non-empty, which is how the vet tool
// tells, without loading anything, that an import was analysed.
type Analysed struct{ Relevant bool }

func (*Analysed) AFact()         {}
func (*Analysed) String() string { return "analysed" }

// _ keeps the dependency on ctrlflow explicit: buildssa's Run reads its
// result, so the two must require the same passes.
var _ = ctrlflow.Analyzer

func run(pass *analysis.Pass) (any, error) {
	if !Relevant(pass) {
		return &buildssa.SSA{}, nil
	}
	pass.ExportPackageFact(&Analysed{Relevant: true})
	return buildssa.Analyzer.Run(pass)
}

// authPackages are the packages whose import makes a package relevant even
// if it touches no web library: helpers that check credentials are
// summarised as facts for the handlers that call them.
var authPackages = []string{
	"crypto/subtle",
	"crypto/hmac",
	"crypto/rand",
	"crypto/md5",
	"crypto/sha1",
	"crypto/sha256",
	"crypto/sha512",
	"golang.org/x/crypto/bcrypt",
	"golang.org/x/crypto/argon2",
	"golang.org/x/crypto/scrypt",
	"golang.org/x/crypto/pbkdf2",
	"golang.org/x/oauth2",
	"github.com/coreos/go-oidc",
	"github.com/markbates/goth",
	"github.com/go-webauthn/webauthn",
	"github.com/pquerna/otp",
	"github.com/golang-jwt/jwt",
	"github.com/alexedwards/argon2id",
	"math/rand",
	"github.com/google/uuid",
}

// Relevant reports whether sessionlint can find anything in the package:
// it is not part of the standard library nor of a modelled library (those
// are modelled, not analysed), and it imports, directly or transitively,
// net/http, a modelled library, or a credential-checking package.
func Relevant(pass *analysis.Pass) bool {
	path := pass.Pkg.Path()
	if isStd(pass) || model.Lookup(path) != nil {
		return false
	}
	seen := map[string]bool{}
	var visit func(imports []*types.Package) bool
	visit = func(imports []*types.Package) bool {
		for _, p := range imports {
			ip := p.Path()
			if seen[ip] {
				continue
			}
			seen[ip] = true
			if triggers(ip) {
				return true
			}
			if visit(p.Imports()) {
				return true
			}
		}
		return false
	}
	if visit(pass.Pkg.Imports()) {
		return true
	}
	// A dependency read from export data may not list its own imports: one
	// that was analysed says so by its fact.
	for _, p := range pass.Pkg.Imports() {
		var a Analysed
		if pass.ImportPackageFact(p, &a) && a.Relevant {
			return true
		}
	}
	return false
}

// triggers reports whether importing the package makes the importer
// relevant: it is modelled, or it checks credentials or makes IDs.
func triggers(path string) bool {
	return model.Lookup(path) != nil || hasPrefix(path, authPackages)
}

// NeedsFacts reports whether a dependency (a package that is not itself
// being linted) must be analysed for the facts of its functions. That is
// a narrower question than Relevant: facts come only from calls into a
// modelled or credential-checking package, or into a dependency that was
// itself analysed (analysed reports that for a direct import). Standard
// library packages and modelled libraries never need it: they are
// modelled, not analysed.
//
// Both drivers decide with it: the standalone driver on the import graph,
// and the go vet tool on each dependency vet asks it to analyse, with
// analysed telling whether the import's facts file is non-empty (every
// analysed package exports the Analysed fact, so it is).
func NeedsFacts(path string, std bool, imports []string, analysed func(path string) bool) bool {
	if std || model.Lookup(path) != nil {
		return false
	}
	for _, imp := range imports {
		if triggers(imp) || analysed(imp) {
			return true
		}
	}
	return false
}

func hasPrefix(path string, prefixes []string) bool {
	for _, p := range prefixes {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// isStd reports whether the package is part of the standard library.
func isStd(pass *analysis.Pass) bool {
	return pass.Module != nil && pass.Module.Path == "std" || stdlib.IsStd(pass.Pkg.Path())
}
