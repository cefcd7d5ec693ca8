// Package plugin is sessionlint's golangci-lint v2 module plugin. It is a
// thin adapter: it registers the plugin "sessionlint" with
// github.com/golangci/plugin-module-register and hands golangci-lint the
// analyzers of analyzers.All. Suppression directives and generated files
// are handled inside the analyzers (see internal/suppress), so they behave as
// under go vet and the standalone binary.
//
// # Building a custom golangci-lint
//
// golangci-lint loads module plugins at build time. Describe the build in
// .custom-gcl.yml and run `golangci-lint custom`, which writes
// ./custom-gcl, a golangci-lint with sessionlint inside:
//
//	version: v2.13.2          # the golangci-lint to build (tested: v2.13.2)
//	plugins:
//	  - module: github.com/sessionlint/sessionlint
//	    import: github.com/sessionlint/sessionlint/plugin
//	    version: v0.1.0       # a sessionlint release, or instead:
//	    # path: ../sessionlint  # a local checkout
//
// Without `golangci-lint custom`, a main package that blank-imports this
// package and calls golangci-lint's commands.Execute builds the same binary
// (see internal/golangci/testdata/custom-gcl).
//
// # Configuring it
//
// In .golangci.yml (v2 format):
//
//	version: "2"
//	linters:
//	  default: none
//	  enable:
//	    - sessionlint
//	  settings:
//	    custom:
//	      sessionlint:
//	        type: module
//	        description: session fixation and insecure cookies
//	        settings:
//	          disable: [cookiescope]   # analyzers not to run
//	          enable: []               # analyzers that are off by default
//	          flags:                   # analyzer → flag → value
//	            cookieflags:
//	              someflag: value
//
// The settings are checked strictly: an unknown key, a value of the wrong
// type, an unknown analyzer or flag, or a value the flag rejects stops
// golangci-lint with an error naming the key. A flag value is a string,
// number or boolean, or a list of them (joined with commas); it means what
// -analyzer.flag=value means to the sessionlint binary. golangci-lint
// lower-cases configuration keys, so flag names match case-insensitively.
//
// # Findings
//
// golangci-lint reports every finding under the one linter name
// "sessionlint" and prefixes each message with the analyzer's name, e.g.
//
//	handler.go:12:2: cookieflags: cookie "sid" is sent without HttpOnly; ... (sessionlint)
//
// A finding's related information (where authentication succeeded, the
// write inside a helper) follows its message, one line each, the file
// relative to the finding's directory, in the same issue: golangci-lint
// would otherwise report each related position as an issue of its own.
//
// To stop an analyzer, list it in settings.disable: it does not run at all
// (and its //sessionlint:ignore directives are then neither used nor
// reported). To hide some messages while the analyzer still runs, use
// golangci-lint's own exclusions, matching the prefix:
//
//	linters:
//	  exclusions:
//	    rules:
//	      - linters: [sessionlint]
//	        text: "^cookiescope: "
//
// //sessionlint:ignore <analyzer> <reason> works as everywhere else;
// golangci-lint's //nolint:sessionlint silences every analyzer on a line
// and is not checked for a reason or for being unused by sessionlint.
package plugin
