package model

import (
	"fmt"
	"slices"
	"strings"
)

// A goframeRelease is where one major version of GoFrame keeps its HTTP
// server, sessions and helpers. v1 (github.com/gogf/gf, read at v1.16.9)
// and v2 share the session semantics; v1 has no Must* helpers, no
// RegenerateId and no cookie attributes for the session cookie, and its
// request getters are typed (GetString, GetPostInt...).
type goframeRelease struct {
	name, module         string
	http, session, g     string
	meta                 string
	sinks, renew, traps  []string
	getters, inputFields []string
	fix                  string
}

var (
	goframeV2 = goframeRelease{
		name: "GoFrame", module: "github.com/gogf/gf/v2",
		http: "github.com/gogf/gf/v2/net/ghttp", session: "github.com/gogf/gf/v2/os/gsession",
		g: "github.com/gogf/gf/v2/frame/g", meta: "github.com/gogf/gf/v2/util/gmeta",
		sinks: []string{"Set", "MustSet"},
		renew: []string{"RegenerateId", "MustRegenerateId", "SetId", "SetIdFunc"},
		traps: []string{"RemoveAll", "Remove", "MustRemove"},
		fix:   "call %s.RegenerateId(true) first (GoFrame v2.8.2 and later; on older releases, SetId(gsession.NewSessionId()) before the session is first used)",
	}
	goframeV1 = goframeRelease{
		name: "GoFrame v1", module: "github.com/gogf/gf",
		http: "github.com/gogf/gf/net/ghttp", session: "github.com/gogf/gf/os/gsession",
		g: "github.com/gogf/gf/frame/g", meta: "github.com/gogf/gf/util/gmeta",
		sinks: []string{"Set"},
		renew: []string{"SetId", "SetIdFunc"},
		traps: []string{"RemoveAll", "Remove", "Clear"},
		fix:   "call %s.SetId(gsession.NewSessionId()) before the session is first read or written (GoFrame v1 has no RegenerateId)",
	}
	goframeReleases = []goframeRelease{goframeV2, goframeV1}
)

// goframeEach returns what entries gives for every GoFrame release.
func goframeEach[T any](entries func(r goframeRelease) []T) []T {
	return eachRelease(goframeReleases, entries)
}

// GoFrame is github.com/gogf/gf/v2 (read at v2.6.4, v2.7.4, v2.8.1,
// v2.8.2, v2.8.3 and v2.10.0) and GoFrameV1 its earlier release
// github.com/gogf/gf (v1.16.9): ghttp.Request.Session is the request's
// *gsession.Session, created from the ID the client sent (cookie or header
// "gfsessionid") and kept even when storage has nothing under it
// (adoption). The server writes a session the handler changed to storage
// when the request ends. RegenerateId (v2.8.2 and later) moves the data to
// a new ID; before that the only renewal is SetId/SetIdFunc, which take
// effect only before the session is first read or written (they return an
// error after). Remove, RemoveAll and Clear keep the ID.
var (
	GoFrame   = goframeLibrary(goframeV2)
	GoFrameV1 = goframeLibrary(goframeV1)
)

func goframeLibrary(r goframeRelease) *Library {
	calls := func(names []string, why func(name string) string) []Call {
		var out []Call
		for _, n := range names {
			out = append(out, Call{Func: Func{r.session, "Session", n}, Session: OnReceiver, Key: -1, Value: -1, Why: why(n)})
		}
		return out
	}
	var sinks []Call
	for _, n := range r.sinks {
		sinks = append(sinks, Call{Func: Func{r.session, "Session", n}, Session: OnReceiver, Key: 0, Value: 1})
	}
	for _, n := range []string{"SetMap", "MustSetMap", "Sets"} {
		if n == "Sets" && r.module != goframeV1.module || n == "MustSetMap" && r.module == goframeV1.module {
			continue
		}
		sinks = append(sinks, Call{Func: Func{r.session, "Session", n}, Session: OnReceiver, Key: -1, Value: 0, Entries: true})
	}
	return &Library{
		Name:     r.name,
		Module:   r.module,
		Packages: []string{r.http, r.session, r.g},
		Session: &SessionModel{
			Commit: CommitAtEnd,
			Types:  []TypeName{{r.session, "Session"}},
			Sinks:  sinks,
			Renew: calls(r.renew, func(n string) string {
				if strings.HasPrefix(n, "SetId") {
					return n + " gives a new ID only when it runs before the session is first read or written"
				}
				return ""
			}),
			Traps: calls(r.traps, func(n string) string {
				if n == "Remove" || n == "MustRemove" {
					return n + " deletes values and keeps the session ID"
				}
				return n + " deletes the values and keeps the session ID"
			}),
			Fix: r.fix,
		},
		Cookies: &CookieModel{Server: goframeServer(r), Positional: goframeSetters(r)},
	}
}

// goframeSetters are the request's cookie setters with their attributes
// as arguments: v2's r.Cookie.SetCookie(key, value, domain, path, maxAge,
// options ...ghttp.CookieOptions) sends HttpOnly, Secure and SameSite only
// as the first CookieOptions says (v2.9.0 ghttp_server_cookie.go). v1's
// takes httpOnly ...bool and cannot send Secure or SameSite, and v1's
// r.Cookie.Set(key, value) sends none of the three (v1.16.9
// ghttp_server_cookie.go).
// (r.Cookie.Set(key, value) takes them from the server's configuration,
// as the session cookie does: ServerCookie.Setters.)
func goframeSetters(r goframeRelease) []PositionalSetter {
	if r.module == goframeV1.module {
		advice := "GoFrame v1's cookie setters cannot send Secure or SameSite: build an http.Cookie with HttpOnly, Secure and SameSite set and send it with r.Cookie.SetHttpCookie, or move to github.com/gogf/gf/v2"
		defaults := Attrs{AttrHttpOnly: False, AttrSecure: False, AttrSameSite: SameUnset}
		return []PositionalSetter{
			{Func: Func{r.http, "Cookie", "SetCookie"}, Args: map[Attr]int{AttrName: 0, AttrValue: 1, AttrDomain: 2, AttrPath: 3, AttrHttpOnly: 5},
				Variadic: 5, Defaults: defaults, Advice: advice},
			{Func: Func{r.http, "Cookie", "Set"}, Args: map[Attr]int{AttrName: 0, AttrValue: 1}, Defaults: defaults, Advice: advice},
		}
	}
	return []PositionalSetter{{
		Func:        Func{r.http, "Cookie", "SetCookie"},
		Args:        map[Attr]int{AttrName: 0, AttrValue: 1, AttrDomain: 2, AttrPath: 3},
		Defaults:    Attrs{AttrHttpOnly: False, AttrSecure: False, AttrSameSite: SameUnset},
		OptionsArg:  5,
		OptionsType: TypeName{r.http, "CookieOptions"},
		OptionsFields: map[Attr]string{
			AttrHttpOnly: "HttpOnly", AttrSecure: "Secure", AttrSameSite: "SameSite",
		},
		SameSite: SameSiteHTTP,
	}}
}

// goframeServer is the session cookie GoFrame's server writes at the end
// of a request that started a session (ghttp.Cookie.SetSessionId):
// gfsessionid, Path "/", and, in v2, HttpOnly, Secure and SameSite from
// the server configuration (cookieHttpOnly, cookieSecure, cookieSameSite:
// false, false and none by default), which applications set in
// manifest/config/config.yaml; v2's r.Cookie.Set sends the application's
// cookies with the same attributes (v2.0.6 to v2.10.0
// ghttp_server_cookie.go). v1 sends the cookie without them and has no
// setting for them.
func goframeServer(r goframeRelease) *ServerCookie {
	files := []string{}
	// The real file, then an example the module ships for its deployments
	// (config.example.yaml or config.yaml.example).
	for _, names := range [][]string{{"config.%s"}, {"config.example.%s", "config.%s.example"}} {
		for _, dir := range []string{"", "config/", "manifest/config/"} {
			for _, ext := range []string{"yaml", "yml", "toml", "json"} {
				for _, name := range names {
					files = append(files, dir+fmt.Sprintf(name, ext))
				}
			}
		}
	}
	sc := &ServerCookie{
		Servers: []Func{{r.http, "Server", "Run"}, {r.http, "Server", "Start"}}, Stop: "Shutdown",
		Name: "gfsessionid", NameKey: "sessionIdName",
		// A service keeping the request's session in its own context
		// object (Session: r.Session) writes it through that.
		SessionUses: []string{`\*ghttp\.Session\b`, `\bSession:\s*\w+\.Session\s*[,}\n]`},
		Files:       files, Section: "server", Usual: "manifest/config/config.yaml",
		Defaults: Attrs{AttrPath: "/", AttrHttpOnly: False, AttrSecure: False, AttrSameSite: SameUnset},
	}
	if r.module == goframeV1.module {
		sc.Advice = "GoFrame v1 has no setting for them: move to github.com/gogf/gf/v2 and set cookieHttpOnly, cookieSecure and cookieSameSite in the server configuration"
		return sc
	}
	sc.Setters = []Func{{r.http, "Cookie", "Set"}}
	sc.Keys = map[Attr]string{AttrHttpOnly: "cookieHttpOnly", AttrSecure: "cookieSecure", AttrSameSite: "cookieSameSite", AttrDomain: "cookieDomain", AttrPath: "cookiePath"}
	sc.SetConfig = []Func{{r.http, "Server", "SetConfig"}}
	sc.SetConfigMap = []Func{{r.http, "Server", "SetConfigWithMap"}}
	sc.SameSite = map[string]Value{"lax": SameLax, "strict": SameStrict, "none": SameNone}
	return sc
}

// goframeInputs are the GoFrame request's getters of what the client sent:
// v2's return a *gvar.Var; v1 adds one typed getter per kind
// (GetPostString, GetQueryInt64...).
func goframeInputs(r goframeRelease) []SourceCall {
	kinds := []struct {
		prefix string
		src    Source
	}{
		{"Get", SourceForm}, {"GetRequest", SourceForm}, {"GetForm", SourceBody}, {"GetPost", SourceBody},
		{"GetQuery", SourceQuery}, {"GetRouter", SourcePath},
	}
	suffixes := []string{""}
	if r.module == goframeV1.module {
		suffixes = []string{"", "Var", "String", "Int", "Int64", "Uint", "Uint64"}
	}
	var out []SourceCall
	for _, k := range kinds {
		if k.prefix == "GetPost" && r.module != goframeV1.module {
			continue
		}
		for _, s := range suffixes {
			name := k.prefix + s
			if k.prefix == "GetRouter" && r.module == goframeV1.module {
				if s != "String" && s != "Var" {
					continue // v1's router getters: Value, Var, String
				}
			}
			out = append(out, SourceCall{Func: Func{r.http, "Request", name}, Source: k.src, Name: 0, Result: 0, Fills: -1})
		}
	}
	out = append(out,
		SourceCall{Func: Func{r.http, "Request", "GetHeader"}, Source: SourceHeader, Name: 0, Result: 0, Fills: -1},
		SourceCall{Func: Func{r.http, "Request", "GetJson"}, Source: SourceBody, Name: -1, Result: 0, Fills: -1},
		SourceCall{Func: Func{r.http, "Request", "GetMap"}, Source: SourceForm, Name: -1, Result: 0, Fills: -1},
	)
	return slices.Concat(out,
		binders(r.http, "Request", SourceForm, "Parse", "GetStruct", "GetRequestStruct"),
		binders(r.http, "Request", SourceBody, "ParseForm", "GetFormStruct"),
		binders(r.http, "Request", SourceQuery, "ParseQuery", "GetQueryStruct"),
	)
}
