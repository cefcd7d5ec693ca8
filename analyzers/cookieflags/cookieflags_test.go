package cookieflags_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/cookieflags"
	"github.com/sessionlint/sessionlint/internal/stubs"
)

func TestCookieflags(t *testing.T) {
	dir := stubs.TestData(t, analysistest.TestData())
	analysistest.Run(t, dir, cookieflags.Analyzer, "nethttp", "helper", "usehelper", "frameworks", "ginmw", "header", "sessions", "beegocookies", "beegov1cookies", "beegov1hardened", "frontend", "oldgorilla", "unknownversion", "methodvalue", "savedsessions", "customstore", "adapter/engine", "adapter/auth", "macaroncookies", "echocsrf", "disabled", "fieldcookies", "goframeserver", "goframehardened", "goframenosession", "goframesetcookie", "goframesetcookiehardened", "goframemapvar", "goframemapvarhardened", "goframev1cookies", "iriscookies", "irisregistered", "irisv11cookies", "simplesessionscookies", "simplesessionscookies/hooked", "goframecookies", "fibercsrf", "cookieslice", "fasthttpcookies", "hertzcookies", "optionswrapper", "configwrapper/sessmgr", "configwrapper/app", "redisdefaults", "newsession", "newsession/app", "globalcookie", "testhelper", "deadhelper/web", "gormstorecookies", "handedstore/ctxstore", "handedstore/app", "handedstore/hardened/tlsstore", "handedstore/hardened", "gorillacsrf", "nosurfcsrf", "tablestore", "tablestore/hardened", "builtcookie", "memcachestore")
}

// TestConfiguredElsewhere: a store kept in an exported variable is
// configured further by main; what main sets is set.
func TestConfiguredElsewhere(t *testing.T) {
	dir := stubs.TestData(t, analysistest.TestData())
	analysistest.Run(t, dir, cookieflags.Analyzer, "elsewhere/mw", "elsewhere/mwbare")
}

func TestFixes(t *testing.T) {
	dir := stubs.TestData(t, analysistest.TestData())
	analysistest.RunWithSuggestedFixes(t, dir, cookieflags.Analyzer, "fixes")
}

func TestFlags(t *testing.T) {
	a := cookieflags.New(cookieflags.DefaultConfig())
	for flag, value := range map[string]string{"ignore-names": "^theme$", "js-readable": ""} {
		if err := a.Flags.Set(flag, value); err != nil {
			t.Fatal(err)
		}
	}
	dir := stubs.TestData(t, analysistest.TestData())
	analysistest.Run(t, dir, a, "flags")
	if err := a.Flags.Set("ignore-names", "("); err == nil {
		t.Error("a bad regular expression was accepted")
	}
}

func TestTestsFlag(t *testing.T) {
	a := cookieflags.New(cookieflags.DefaultConfig())
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	dir := stubs.TestData(t, analysistest.TestData())
	analysistest.Run(t, dir, a, "testsflag")
}
