// Package output prints sessionlint's findings in the formats of
// `sessionlint -format`: text, json, sarif and github. It knows nothing of
// go/analysis: the driver resolves positions and hands over a Report.
//
// Every format prints the diagnostics sorted by file, line, column,
// analyzer and message, with duplicates removed. File names inside
// Report.Root (the working directory) are relative to it.
//
// # Text
//
// One line per diagnostic, as go vet prints them, then one line per
// related position with its message indented by a tab:
//
//	handlers/login.go:42:3: user identity is stored in the session before the session ID is renewed; call sm.RenewToken(ctx) first
//	handlers/login.go:37:5: 	the user is authenticated here
//
// # JSON
//
// One object, schema version 1 (JSONVersion). Fields are never omitted:
// absent strings are "", absent lists are []. File names use forward
// slashes. Lines and columns are 1-based, columns and offsets count bytes,
// offsets are 0-based; an edit replaces [start.offset, end.offset).
//
//	{
//	  "version": 1,
//	  "diagnostics": [
//	    {
//	      "analyzer": "sessionfixation",
//	      "category": "",
//	      "message": "user identity is stored in the session before ...",
//	      "url": "https://github.com/sessionlint/sessionlint/blob/main/analyzers/sessionfixation/doc.go",
//	      "cwe": ["CWE-384"],
//	      "posn": {"file": "handlers/login.go", "line": 42, "column": 3, "end_line": 42, "end_column": 30},
//	      "related": [
//	        {"message": "the user is authenticated here",
//	         "posn": {"file": "handlers/login.go", "line": 37, "column": 5, "end_line": 37, "end_column": 20}}
//	      ],
//	      "suggested_fixes": [
//	        {"message": "renew the session ID first",
//	         "edits": [
//	           {"file": "handlers/login.go",
//	            "start": {"line": 42, "column": 3, "offset": 1021},
//	            "end": {"line": 42, "column": 3, "offset": 1021},
//	            "new_text": "sm.RenewToken(r.Context())\n\t\t"}
//	         ]}
//	      ]
//	    }
//	  ]
//	}
//
// "cwe" lists the weaknesses the finding reports: those of its category
// where the analyzer maps categories to weaknesses (see SARIF below), else
// the analyzer's.
//
// "errors" lists what kept code from being analysed, when a run failed
// (exit status 2, or 3 for an analyzer's failure): each error has a
// "message" and a "posn" (null when it has none: a module that cannot be
// listed, a Go version the binary cannot read); it is [] when the run
// succeeded.
//
// A new field may be added in the same version; a field is removed or
// changes meaning only with a new version number.
//
// # SARIF
//
// SARIF 2.1.0 with one run whose tool.driver (name "sessionlint") lists one
// rule per analyzer of the registry: id and name are the analyzer name,
// shortDescription its summary, fullDescription its Doc, helpUri its URL,
// properties.tags "security" and "external/cwe/cwe-N",
// properties.security-severity and properties.precision (lint.Meta), and
// help (text and Markdown: the analyzer's Doc and a link to its manual).
// A failed run has executionSuccessful false and one notification per
// error, located when the error has a position. Each result has the
// ruleId, ruleIndex, level "warning", the message, one location,
// relatedLocations for the related positions, fixes for the suggested
// fixes, and properties.category and properties.cwe: the weaknesses this
// finding reports (cookieflags' httponly is CWE-1004, secure CWE-614,
// samesite CWE-1275; cookiescope's scope findings CWE-668), not the
// analyzer's whole list. Files inside the working directory are relative URIs against
// uriBaseId %SRCROOT%, defined in originalUriBaseIds as the file: URI of
// the working directory. Columns are UTF-16 code units (columnKind
// "utf16CodeUnits"); regions also carry byteOffset and byteLength.
//
// # GitHub
//
// One workflow command per diagnostic, which GitHub Actions shows as an
// annotation:
//
//	::warning file=handlers/login.go,line=42,col=3,endLine=42,endColumn=30,title=sessionlint/sessionfixation::user identity is ...
//
// The message escapes %, CR and LF as %25, %0D and %0A; property values
// also escape : and , as %3A and %2C. A failed run prints one ::error
// command per error first, with file, line and col when it has them:
//
//	::error file=web/broken.go,line=3,col=9,title=sessionlint::undefined: x
package output
