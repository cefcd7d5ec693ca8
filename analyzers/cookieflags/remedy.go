package cookieflags

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/passes/cookies"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// Remedies: how to set the missing attributes, in the terms of the
// site's library (a field, an option, a positional argument, a
// configuration key).

// wanted lists the attributes to set and their values.
func wanted(m missing) []attrValue {
	var out []attrValue
	if m.httpOnly {
		out = append(out, attrValue{model.AttrHttpOnly, model.True})
	}
	if m.secure || m.noneWithoutSecure {
		out = append(out, attrValue{model.AttrSecure, model.True})
	}
	if m.sameSite {
		out = append(out, attrValue{model.AttrSameSite, model.SameLax})
	}
	return out
}

// variadicRemedy says which trailing arguments of a variadic setter to
// pass, in the setter's order, with an example call.
func variadicRemedy(ps *model.PositionalSetter, m missing) string {
	var attrs []model.Attr
	for a, i := range ps.Args {
		if _, ok := variadicArgs[a]; ok && i >= ps.Variadic {
			attrs = append(attrs, a)
		}
	}
	slices.SortFunc(attrs, func(a, b model.Attr) int { return ps.Args[a] - ps.Args[b] })
	names, example := []string{}, []string{"name", "value"}
	for _, a := range attrs {
		names = append(names, variadicArgs[a][0])
		v := variadicArgs[a][1]
		if a == model.AttrHttpOnly && m.scriptable {
			v = "false"
		}
		example = append(example, v)
	}
	how := "pass them after the value, in the order " + strings.Join(names, ", ") + ": (" + strings.Join(example, ", ") + ")"
	if _, ok := ps.Args[model.AttrSameSite]; !ok && m.sameSite {
		how += "; this setter cannot send SameSite: set the cookie with http.SetCookie and SameSite: http.SameSiteLaxMode instead"
	}
	return how
}

// remedy says how to fix the finding, in the site's own terms.
func remedy(site *cookies.Site, m missing) string {
	how := siteRemedy(site, m)
	if m.sameSite && site.Type != nil && site.Type.Session && !configurable(site, model.AttrSameSite) {
		// A configuration with no SameSite (kataras/go-sessions).
		note := "its configuration cannot set SameSite: add it to the Set-Cookie header in a middleware"
		if how == "" {
			return note
		}
		return how + "; " + note
	}
	return how
}

// configurable reports whether a configuration site can set attribute a:
// its type has a field for it, or its constructor an option (gorilla/csrf's
// csrf.SameSite).
func configurable(site *cookies.Site, a model.Attr) bool {
	if site.Type.Fields[a] != "" {
		return true
	}
	return site.Ctor != nil && slices.ContainsFunc(site.Ctor.Options, func(o model.OptionFunc) bool { return o.Attr == a })
}

// siteRemedy is remedy before any note on what the site cannot set.
func siteRemedy(site *cookies.Site, m missing) string {
	want := wanted(m)
	if site.Server != nil {
		return serverRemedy(site, want)
	}
	switch site.Kind {
	case cookies.KindHeader:
		return "add " + quoteAttrs(want) + " to the Set-Cookie header"
	case cookies.KindPositional:
		if ps := site.Setter; ps != nil && ps.Advice != "" {
			return ps.Advice
		}
		if ps := site.Setter; ps != nil && len(ps.OptionsFields) > 0 {
			return optionsStructRemedy(site, ps, want)
		}
		if site.Setter != nil && len(site.Setter.Options) > 0 {
			if opts := optionsRemedy(site, site.Setter.Options, want); opts != "" {
				return "pass " + opts
			}
			return ""
		}
		if site.Setter != nil && site.Setter.Variadic > 0 {
			return variadicRemedy(site.Setter, m)
		}
		// In the setter's argument order: secure, then httpOnly.
		var args, parts []string
		if m.secure || m.noneWithoutSecure {
			args = append(args, "secure")
		}
		if m.httpOnly {
			args = append(args, "httpOnly")
		}
		sameSite := m.sameSite
		if len(args) > 0 {
			parts = append(parts, "pass true for "+lint.AndList(args))
		}
		if sameSite {
			parts = append(parts, "call SetSameSite("+site.ValueText(model.AttrSameSite, model.SameLax)+") before SetCookie")
		}
		return strings.Join(parts, " and ")
	}
	if site.Lit == nil && site.Ctor != nil && len(site.Ctor.Options) > 0 {
		// Functional options (go-session).
		if opts := optionsRemedy(site, site.Ctor.Options, want); opts != "" {
			return "pass " + opts + " to " + site.CtorName
		}
		return ""
	}
	if site.Lit == nil && site.Ctor != nil && site.Type != nil {
		via := site.Ctor.ConfigVia
		switch {
		case strings.HasSuffix(via, "()"):
			// gin-contrib: Options replaces every field.
			var fields []string
			fields = append(fields, `Path: "/"`, "MaxAge: 86400")
			for _, w := range want {
				if f, _ := site.FieldName(w.attr); f != "" {
					fields = append(fields, f+": "+site.ValueText(w.attr, w.val))
				}
			}
			on := "the store"
			if site.Lib != nil && site.Lib.Session == nil {
				on = "what " + site.CtorName + " returns" // nosurf's handler
			}
			return "call " + strings.TrimSuffix(via, "()") + "(" + typeName(site.Type) + "{" + strings.Join(fields, ", ") + "}) on " + on + " (it replaces every field)"
		case via != "":
			var sets []string
			for _, w := range want {
				if f, neg := site.FieldName(w.attr); f != "" {
					sets = append(sets, via+"."+f+" = "+fieldValue(site, w, neg))
				}
			}
			if len(sets) > 0 {
				return "set " + lint.AndList(sets)
			}
			return ""
		case site.Ctor.ConfigArg >= 0:
			var fields []string
			for _, w := range want {
				if f, neg := site.FieldName(w.attr); f != "" {
					fields = append(fields, f+": "+fieldValue(site, w, neg))
				}
			}
			if len(fields) == 0 {
				return ""
			}
			if cf := site.Ctor.CookieField; cf != "" {
				// The cookie's configuration is a field of the argument;
				// once written, what it leaves off is off (flamego's
				// HttpOnly comes only with no CookieOptions at all).
				if f, _ := site.FieldName(model.AttrHttpOnly); f != "" && !m.httpOnly && site.Type.Defaults[model.AttrHttpOnly] == model.False {
					fields = append(fields, f+": true")
				}
				return "set " + cf + ": " + typeName(site.Type) + "{" + strings.Join(fields, ", ") + "} in its options"
			}
			return "pass " + typeName(site.Type) + "{" + strings.Join(fields, ", ") + "}"
		}
	}
	if site.Lit == nil && site.Type != nil && site.CtorName != "" {
		// A configuration written field by field (beego's BConfig).
		var sets []string
		for _, w := range want {
			if f, neg := site.FieldName(w.attr); f != "" {
				sets = append(sets, site.CtorName+"."+f+" = "+fieldValue(site, w, neg))
			} else if path, ok := site.Type.Sibling[w.attr]; ok {
				root := site.CtorName
				if i := strings.Index(root, "."); i >= 0 {
					if j := strings.Index(root[i+1:], "."); j >= 0 {
						root = root[:i+1+j]
					}
				}
				sets = append(sets, root+"."+path+" = true")
			}
		}
		if len(sets) > 0 {
			return "set " + lint.AndList(sets)
		}
		return ""
	}
	if site.Type != nil && len(site.Type.Setters) > 0 {
		// Attributes set by methods (fasthttp's c.SetSecure(true)).
		recv := site.Var
		if recv == "" {
			recv = "c"
		}
		var calls []string
		for _, w := range want {
			if m := site.Type.Setters[w.attr]; m != "" {
				calls = append(calls, recv+"."+m+"("+site.ValueText(w.attr, w.val)+")")
			}
		}
		if len(calls) > 0 {
			return "call " + lint.AndList(calls) + " before it is sent"
		}
	}
	var fields []string
	for _, w := range want {
		if f, neg := site.FieldName(w.attr); f != "" {
			if site.Var != "" {
				fields = append(fields, site.Var+"."+f+" = "+fieldValue(site, w, neg))
			} else {
				fields = append(fields, f+": "+fieldValue(site, w, neg))
			}
		}
	}
	if len(fields) > 0 {
		return "set " + lint.AndList(fields)
	}
	return ""
}

// serverRemedy says which keys of a framework server's configuration to
// set (GoFrame's cookieHttpOnly...), in the configuration file the module
// ships when there is one, in its syntax.
func serverRemedy(site *cookies.Site, want []attrValue) string {
	sc := site.Server
	if len(sc.Keys) == 0 {
		return sc.Advice
	}
	file := site.ConfigFile
	syntax := modulescan.SyntaxOf(file)
	var entries, mapped, inCode []string
	for _, w := range want {
		key, val := sc.Keys[w.attr], string(w.val)
		if key == "" && sc.Negated[w.attr] != "" {
			key, val = sc.Negated[w.attr], "false"
		}
		if key == "" {
			continue
		}
		if site.SetInCode(w.attr) {
			if w.attr == model.AttrSameSite {
				val = "http.SameSite" + val + "Mode"
			}
			inCode = append(inCode, key+" = "+val)
			continue
		}
		for spelling, v := range sc.SameSite {
			if w.attr == model.AttrSameSite && v == w.val {
				val = spelling
				if _, err := strconv.Atoi(spelling); err != nil {
					val = strconv.Quote(spelling)
				}
			}
		}
		mapped = append(mapped, strconv.Quote(key)+": "+val)
		switch syntax {
		case modulescan.KeyEqualsValue:
			entries = append(entries, key+" = "+val)
		case modulescan.JSON:
			entries = append(entries, strconv.Quote(key)+": "+val)
		default:
			entries = append(entries, key+": "+strings.Trim(val, `"`))
		}
	}
	code := ""
	if len(inCode) > 0 {
		code = "set " + lint.AndList(inCode) + " where the code sets it"
	}
	if len(entries) == 0 {
		return code
	}
	if code != "" {
		code = "; " + code
	}
	return serverFileRemedy(site, file, entries, mapped) + code
}

// serverFileRemedy says where to set the entries: in the configuration
// file the module ships, or where the framework reads one.
func serverFileRemedy(site *cookies.Site, file string, entries, mapped []string) string {
	sc := site.Server
	where := "in " + file
	if sc.Section != "" {
		where = "in the " + sc.Section + " section of " + file
	}
	switch {
	case file != "" && site.ConfigExample:
		return "set " + lint.AndList(entries) + " " + where +
			" (the example configuration the module ships; a deployment's own may differ)"
	case file != "":
		return "set " + lint.AndList(entries) + " " + where +
			" (the file the module ships; a configuration loaded at run time may differ)"
	case len(sc.SetConfigMap) > 0:
		return "set " + lint.AndList(entries) + " in the " + sc.Section + " section of its configuration file (" +
			sc.Usual + "), or call SetConfigWithMap(g.Map{" + strings.Join(mapped, ", ") + "}) on it"
	}
	return "set " + lint.AndList(entries) + " in " + sc.Usual
}

// optionsRemedy names the functional options that set the wanted
// attributes (iris.CookieSecure, session.SetSameSite(http.SameSiteLaxMode)),
// the last the model lists for each: the name code usually writes.
func optionsRemedy(site *cookies.Site, opts []model.OptionFunc, want []attrValue) string {
	var out []string
	for _, w := range want {
		name := ""
		for _, o := range opts {
			if o.Attr != w.attr {
				continue
			}
			if o.Value != "" {
				name = cookies.ShortName(o.Func)
			} else {
				name = cookies.ShortName(o.Func) + "(" + site.ValueText(w.attr, w.val) + ")"
			}
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return lint.AndList(out)
}

func fieldValue(site *cookies.Site, w attrValue, negated bool) string {
	if negated {
		return "false"
	}
	return site.ValueText(w.attr, w.val)
}

func typeName(ct *model.CookieType) string {
	pkg := ct.Pkg
	if i := strings.LastIndex(pkg, "/"); i >= 0 {
		pkg = pkg[i+1:]
	}
	return pkg + "." + ct.Type
}

// quoteAttrs renders the header attributes to add, e.g. "; HttpOnly; Secure".
func quoteAttrs(want []attrValue) string {
	return `"` + headerAttrs(want) + `"`
}

func headerAttrs(want []attrValue) string {
	var b strings.Builder
	for _, w := range want {
		switch w.attr {
		case model.AttrHttpOnly:
			b.WriteString("; HttpOnly")
		case model.AttrSecure:
			b.WriteString("; Secure")
		case model.AttrSameSite:
			b.WriteString("; SameSite=" + string(w.val))
		}
	}
	return b.String()
}

// optionsStructRemedy names the fields of a setter's options struct to
// set: in the literal the call passes, or in one to pass (GoFrame's
// ghttp.CookieOptions, gorilla's &sessions.Options).
func optionsStructRemedy(site *cookies.Site, ps *model.PositionalSetter, want []attrValue) string {
	var fields []string
	for _, w := range want {
		if f := ps.OptionsFields[w.attr]; f != "" {
			fields = append(fields, f+": "+site.ValueText(w.attr, w.val))
		}
	}
	name := valueflow.PkgName(ps.OptionsType.Pkg) + "." + ps.OptionsType.Name
	if site.Call != nil && ps.OptionsArg < len(site.Call.Args) {
		return "set " + lint.AndList(fields) + " in the " + name + " it is given"
	}
	// None given: the whole literal, with what is on already.
	fields = fields[:0]
	for _, a := range []model.Attr{model.AttrHttpOnly, model.AttrSecure, model.AttrSameSite} {
		f := ps.OptionsFields[a]
		if f == "" {
			continue
		}
		if i := slices.IndexFunc(want, func(w attrValue) bool { return w.attr == a }); i >= 0 {
			fields = append(fields, f+": "+site.ValueText(a, want[i].val))
		} else if v := site.Sends[0].Attrs.Get(a); v.Known() && !v.IsOff() {
			fields = append(fields, f+": "+site.ValueText(a, v.Value))
		}
	}
	return "pass " + name + "{" + strings.Join(fields, ", ") + "} as its last argument"
}
