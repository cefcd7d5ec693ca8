package sessionfixation_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/sessionfixation"
	"github.com/sessionlint/sessionlint/internal/stubs"
)

// libraries are the fixture packages, one or more per library. They are
// analysed in one run: loading the fixtures dominates the test's time.
var libraries = []string{
	"scsapp", "wholevalues", "scshelp", "gosessionsapp", "gorillaapp", "gorillahelp", "ginapp", "gincookie", "echoapp", "echocookie",
	"fiberapp", "gothfiberapp", "twostep", "twostepfiber", "ownerkeyed", "fiber3app", "beegoapp", "beegoadapter", "gosessionapp", "irisapp",
	"gothicapp", "gothicserver", "buffaloapp", "buffalodefault", "handmade", "odd", "onereport", "authbossapp", "beegobase",
	"flamegoapp", "flamegoapp/ctx", "macaronapp", "apikeys", "beegov1app", "goframeapp", "gothicgin", "goframeadmin/...", "goframebiz/...", "hertzapp/...", "simplesessionsapp",
}

func TestLibraries(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, libraries...)
}

// TestStoreElsewhere: the store is configured in main (or another package)
// while the handlers use the sessions it backs.
func TestStoreElsewhere(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer,
		"storewhere/cookieapp/controllers", "storewhere/redisapp/controllers",
		"storewhere/gorillactx/web/ctl", "storewhere/gorillafs/web/ctl", "storewhere/fieldstore/app", "storewhere/eitherapp/controllers", "storewhere/gormapp/controllers", "storewhere/gormv1app/web", "storewhere/bothapp/controllers", "storewhere/ifacefield/proxy",
		"storewhere/testhelperapp/controllers", "storewhere/testhelperapp/livectl", "storewhere/testhelperapp/helperctl", "storewhere/captchaapp/controllers",
		"unseenstore/ctl")
}

// TestHandMadeStore: an application's own store across packages: a Get
// that looks the session up by the cookie, a Renew that moves it to a fresh
// ID, a Bind judged by where its ID comes from.
func TestHandMadeStore(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "handstore/store", "handstore/web", "handstore/iface")
}

// TestContextSession: a hand-made session record a middleware carries in
// the request's context, within a package and across packages through
// WithSession/FromContext helpers.
func TestContextSession(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "ctxsession/manager", "ctxsession/dbsess", "ctxsession/web")
}

// TestNamespacedKey: a helper of another package keeps the authentication
// as JSON under a namespaced key.
func TestNamespacedKey(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "jsonauth/web", "jsonauth/service", "jsonauth/handler")
}

// TestVariableKeys: keys kept in package-level variables that keep their
// constant value are those constants, in the package and across packages;
// a variable its package's init or main assigns is not.
func TestVariableKeys(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "varkeys/keys", "varkeys/web", "varkeys")
}

// TestCallbackLogin: a function a library calls once the user has
// authenticated (zitadel's rp.UserinfoCallback) is a login.
// TestOwnStore: an application's own gorilla Store over its database,
// handlers given the session in a field of a request object a wrapper
// fills, the account set in that object before it is saved, and a login
// inside a function literal run in place.
func TestOwnStore(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "ownstore/request", "ownstore/handlers")
}

func TestCallbackLogin(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "oidccallback")
}

// TestCallerKeys: helpers whose keys and values come from the caller are
// judged at each call.
func TestCallerKeys(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "callerkeys/util", "callerkeys/api")
}

func TestStoresFlag(t *testing.T) {
	a := sessionfixation.New(sessionfixation.DefaultConfig)
	if err := a.Flags.Set("stores", "stateless"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), a, "storesflag/ctl")
}

func TestStrictOrder(t *testing.T) {
	a := sessionfixation.New(sessionfixation.DefaultConfig)
	if err := a.Flags.Set("strict-order", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), a, "strict")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "fixes")
}

func TestCustom(t *testing.T) {
	a := sessionfixation.New(sessionfixation.DefaultConfig)
	for flag, value := range map[string]string{
		"sanitizers":    "custom.Sessions.Regenerate, custom.Rotate",
		"sinks":         "custom.Sessions.SetValue",
		"identity-keys": "^who$",
	} {
		if err := a.Flags.Set(flag, value); err != nil {
			t.Fatalf("-%s=%s: %v", flag, value, err)
		}
	}
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), a, "custom")
}

func TestBadFlags(t *testing.T) {
	a := sessionfixation.New(sessionfixation.DefaultConfig)
	for flag, value := range map[string]string{
		"identity-keys": "(unclosed",
		"sanitizers":    "nodot",
		"sinks":         "a.b.c.d",
		"strict-order":  "maybe",
		"stores":        "redis",
	} {
		if err := a.Flags.Set(flag, value); err == nil {
			t.Errorf("-%s=%s: no error", flag, value)
		}
	}
	bad := sessionfixation.Config{IdentityKeys: "(unclosed"}
	if bad.Validate() == nil {
		t.Error("Validate accepted a bad regular expression")
	}
	if sessionfixation.DefaultConfig.Validate() != nil {
		t.Error("DefaultConfig does not validate")
	}
}

// TestProvenance: logins whose check is out of sight (interfaces, services
// in other packages, a hand-written OAuth exchange, closures from
// factories) are found by where the stored identity comes from; the
// session's own user, a visitor's typed e-mail and an administrator's edit
// are not logins.
func TestProvenance(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer,
		"provenance/accounts", "provenance/oauthclient", "provenance/web", "provenance/ginweb", "provenance/handmade", "provenance/tokenbind", "provenance/basicauth", "provenance/ginbasic", "provenance/beegocb", "provenance/rowdb", "provenance/rows", "provenance/googlelogin/session", "provenance/googlelogin/auth", "provenance/foundby/accounts", "provenance/foundby/web", "provenance/strictapi", "provenance/providersdk/sdk", "provenance/providersdk/web", "provenance/ginservice", "provenance/basicsignup", "provenance/bindpkg/bind", "provenance/bindpkg/web", "provenance/macaroninvoke", "provenance/sethelper/helpers", "provenance/sethelper/models", "provenance/sethelper/controllers", "provenance/beegoprofile", "provenance/keyedrecord",
		"provenance/ginsignup/students", "provenance/ginsignup/sess", "provenance/ginsignup/web", "provenance/gfprofile", "provenance/wrapiface", "provenance/prefixedkey", "provenance/innerhandler", "provenance/handedcred", "provenance/selfauth", "provenance/profilehelper", "provenance/tokenfilter", "provenance/pendingstep")
}

// TestGenericStore: a generic wrapper (SessionStore[V].Write) over gorilla's
// per-request Registry, judged at each instantiation's call by the value
// the caller gives it.
func TestGenericStore(t *testing.T) {
	analysistest.Run(t, stubs.TestData(t, analysistest.TestData()), sessionfixation.Analyzer, "generic/session", "generic/ctxsession", "generic/web")
}

// TestFiberFresh: fiber's Session.Fresh guards a write into a new session
// from v2.52.5 on; the GOPATH's name gives the selected version, as the
// module cache's directory names do.
func TestFiberFresh(t *testing.T) {
	runAtVersion(t, "fiber@v2.52.9", "fiberfresh")
}

// runAtVersion runs the analyzer on pkgs in a GOPATH named like a module
// cache's directory (name@version), which gives the selected version.
func runAtVersion(t *testing.T, name string, pkgs ...string) {
	t.Helper()
	dir := stubs.TestData(t, analysistest.TestData())
	gopath := filepath.Join(t.TempDir(), name)
	if err := os.Symlink(dir, gopath); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	analysistest.Run(t, gopath, sessionfixation.Analyzer, pkgs...)
}

// TestIrisStrip: iris v12.1's RemoveCookie also strips the request's
// Cookie header, so a session started after it is new; the GOPATH's name
// gives the selected version.
func TestIrisStrip(t *testing.T) {
	runAtVersion(t, "iris@v12.1.8", "irisstrip")
}

// TestIrisV11: iris before modules (github.com/kataras/iris v11.1.1): the
// same sessions with an interface Context, and a RemoveCookie that always
// strips the request's cookie; the GOPATH's name gives the selected
// version.
func TestIrisV11(t *testing.T) {
	runAtVersion(t, "iris@v11.1.1+incompatible", "irisv11app")
}
