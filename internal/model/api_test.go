package model_test

import (
	"go/types"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/internal/integration"
	"github.com/sessionlint/sessionlint/internal/model"
)

// unavailable lists the modelled packages the module proxy does not serve,
// so they cannot be checked; each needs a reason.
var unavailable = map[string]string{
	"github.com/beego/beego/v2/adapter":            "v2.1 removed it and testdata/modelcheck requires beego v2.3.10; its Controller's session, form and abort methods were checked in v2.0.2's source",
	"github.com/beego/beego/v2/adapter/session":    "v2.1 removed it and testdata/modelcheck requires beego v2.3.10; Store (Set, SessionRelease, Flush) and Manager (SessionStart, SessionRegenerateID, SessionDestroy) were checked in v2.0.2's source",
	"github.com/volatiletech/authboss-clientstate": "the module proxy answers 403 for it (NewSessionStorerFromExisting(sessionName string, store sessions.Store) SessionStorer, read in its source at 59bd50e)",
}

// TestModelMatchesRealAPI type-checks every modelled library (the module in
// testdata/modelcheck requires them at the versions the model describes) and
// checks that each function, method, type and field named in the model
// exists with the right shape, so a renamed method breaks this test rather
// than silently blinding an analyzer.
func TestModelMatchesRealAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real libraries")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	var paths []string
	for _, lib := range model.All {
		for _, p := range lib.Packages {
			paths = append(paths, p)
		}
		for _, f := range referencedFuncs(lib) {
			paths = append(paths, f.Pkg)
		}
	}
	for _, r := range model.CookieReaders {
		paths = append(paths, r.Func.Pkg)
	}
	for _, tn := range model.RequestTypes {
		paths = append(paths, tn.Pkg)
	}
	for _, f := range model.ContextLocals {
		paths = append(paths, f.Pkg)
	}
	for _, f := range slices.Concat(model.RequestFromContext, model.RequestHandles) {
		paths = append(paths, f.Pkg)
	}
	for _, tn := range slices.Concat(model.RequestStructs, model.ControllerTypes) {
		paths = append(paths, tn.Pkg)
	}
	for _, in := range model.RequestInputs {
		paths = append(paths, in.Func.Pkg)
	}
	slices.Sort(paths)
	paths = slices.Compact(paths)
	var load []string
	for _, p := range paths {
		if reason, ok := unavailable[p]; ok && reason != "" {
			continue
		}
		load = append(load, p)
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "modelcheck"))
	if err != nil {
		t.Fatal(err)
	}
	byPath := integration.LoadTypes(t, &packages.Config{Dir: dir}, load...)
	c := checker{t: t, pkgs: byPath}
	for path, pkg := range byPath {
		if got := model.PackageName(path); pkg != nil && got != pkg.Name() {
			t.Errorf("model.PackageName(%q) = %q, but the package is %s", path, got, pkg.Name())
		}
	}
	for _, lib := range model.All {
		c.library(lib)
	}
	for _, r := range model.CookieReaders {
		if sig := c.fn(model.HandMade, r.Func); sig != nil {
			if r.Result >= sig.Results().Len() || r.Name >= sig.Params().Len() {
				c.t.Errorf("cookie reader %s: result %d or name argument %d is out of range", r.Func, r.Result, r.Name)
			}
		}
	}
	for _, tn := range model.RequestTypes {
		c.typeName(model.HandMade, tn)
	}
	for _, f := range model.ContextLocals {
		c.fn(model.HandMade, f)
	}
	for _, f := range slices.Concat(model.RequestFromContext, model.RequestHandles) {
		c.fn(model.HandMade, f)
	}
	for _, tn := range slices.Concat(model.RequestStructs, model.ControllerTypes) {
		c.typeName(model.HandMade, tn)
	}
	for _, in := range model.RequestInputs {
		sig := c.fn(model.HandMade, in.Func)
		if sig == nil {
			continue
		}
		for _, i := range []int{in.Name, in.Fills} {
			if i >= sig.Params().Len() {
				c.t.Errorf("request input %s: argument %d is out of range", in.Func, i)
			}
		}
		if in.Result >= sig.Results().Len() {
			c.t.Errorf("request input %s: result %d is out of range", in.Func, in.Result)
		}
	}
	if c.checked < 100 {
		t.Errorf("only %d model entries checked; the loader found too little", c.checked)
	}
}

type checker struct {
	t       *testing.T
	pkgs    map[string]*types.Package
	checked int
}

func (c *checker) pkg(path string) *types.Package {
	if _, ok := unavailable[path]; ok && unavailable[path] != "" {
		return nil
	}
	p := c.pkgs[path]
	if p == nil {
		c.t.Errorf("package %s was not loaded", path)
	}
	return p
}

func (c *checker) library(lib *model.Library) {
	if s := lib.Session; s != nil {
		for _, tn := range s.Types {
			c.typeName(lib, tn)
		}
		for _, calls := range [][]model.Call{s.Obtain, s.Sinks, s.Persist, s.Renew, s.Traps} {
			for _, call := range calls {
				sig := c.fn(lib, call.Func)
				if sig == nil {
					continue
				}
				params := sig.Params().Len()
				sink, _ := model.LookupSessionCall(call.Func)
				for _, i := range []int{call.Key, call.Value} {
					if sink.Role != model.RoleSink {
						break
					}
					if i >= params {
						c.t.Errorf("%s: %s has %d parameters; index %d is out of range", lib.Name, call.Func, params, i)
					}
				}
				if call.Session != model.OnReceiver && call.Session != model.OnResult && call.Arg >= params {
					c.t.Errorf("%s: %s: session argument %d is out of range", lib.Name, call.Func, call.Arg)
				}
				if call.Session == model.OnResult && sig.Results().Len() <= call.Arg {
					c.t.Errorf("%s: %s: result %d is out of range", lib.Name, call.Func, call.Arg)
				}
			}
		}
		for _, f := range slices.Concat(s.SinkFields, s.RenewFields) {
			c.field(lib, f.Pkg, f.Type, f.Name)
		}
		for _, f := range slices.Concat(s.Stateless, s.ServerSide) {
			c.fn(lib, f)
		}
		for _, call := range s.Registrations {
			if sig := c.fn(lib, call.Func); sig != nil && call.Arg >= sig.Params().Len() {
				c.t.Errorf("%s: %s: store argument %d is out of range", lib.Name, call.Func, call.Arg)
			}
		}
		for _, f := range s.StoreFields {
			if f.Type == "" {
				c.variable(lib, f.Pkg, f.Name)
			} else {
				c.field(lib, f.Pkg, f.Type, f.Name)
			}
		}
	}
	if ck := lib.Cookies; ck != nil {
		for _, ct := range ck.Types {
			for _, name := range sortedValues(ct.Fields) {
				c.field(lib, ct.Pkg, ct.Type, name)
			}
			for _, name := range sortedValues(ct.Negated) {
				c.field(lib, ct.Pkg, ct.Type, name)
			}
			for _, name := range sortedValues(ct.Setters) {
				if sig := c.fn(lib, model.Func{Pkg: ct.Pkg, Recv: ct.Type, Name: name}); sig != nil && sig.Params().Len() != 1 {
					c.t.Errorf("%s: %s.%s.%s takes %d arguments, not the attribute's value alone", lib.Name, ct.Pkg, ct.Type, name, sig.Params().Len())
				}
			}
			for _, name := range ct.Makers {
				c.fn(lib, model.Func{Pkg: ct.Pkg, Name: name})
			}
		}
		for _, s := range slices.Concat(ck.Senders, ck.ClientSide) {
			if sig := c.fn(lib, s.Func); sig != nil && s.Arg >= sig.Params().Len() {
				c.t.Errorf("%s: %s: cookie argument %d is out of range", lib.Name, s.Func, s.Arg)
			}
			if s.SameSiteFrom != "" {
				c.fn(lib, model.Func{Pkg: s.Func.Pkg, Recv: s.Func.Recv, Name: s.SameSiteFrom})
			}
		}
		for _, p := range ck.Positional {
			sig := c.fn(lib, p.Func)
			if sig != nil && p.Variadic > 0 && (!sig.Variadic() || p.Variadic != sig.Params().Len()-1) {
				c.t.Errorf("%s: %s: argument %d is not the variadic parameter", lib.Name, p.Func, p.Variadic)
			}
			for attr, i := range p.Args {
				if sig != nil && i >= sig.Params().Len() && (p.Variadic == 0 || i < p.Variadic) {
					c.t.Errorf("%s: %s: %s argument %d is out of range", lib.Name, p.Func, attr, i)
				}
			}
			if p.SameSiteFrom != "" {
				c.fn(lib, model.Func{Pkg: p.Func.Pkg, Recv: p.Func.Recv, Name: p.SameSiteFrom})
			}
			if p.OptionsType.Name != "" {
				// The options parameter is of the struct (a pointer to
				// it, or a variadic list of it), with the fields named.
				if sig != nil {
					ok := p.OptionsArg < sig.Params().Len()
					if ok {
						t := sig.Params().At(p.OptionsArg).Type()
						if sl, isSlice := t.(*types.Slice); isSlice && sig.Variadic() && p.OptionsArg == sig.Params().Len()-1 {
							t = sl.Elem()
						}
						tn, named := model.TypeNameOf(t)
						ok = named && tn == p.OptionsType
					}
					if !ok {
						c.t.Errorf("%s: %s: argument %d is not a %s", lib.Name, p.Func, p.OptionsArg, p.OptionsType)
					}
				}
				c.typeName(lib, p.OptionsType)
				for _, f := range sortedValues(p.OptionsFields) {
					c.field(lib, p.OptionsType.Pkg, p.OptionsType.Name, f)
				}
			}
		}
		for _, site := range ck.Constructors {
			if sig := c.fn(lib, site.Func); sig != nil && site.ConfigArg >= sig.Params().Len() && site.ConfigType.Name == "" {
				c.t.Errorf("%s: %s: config argument %d is out of range", lib.Name, site.Func, site.ConfigArg)
			}
		}
		for _, o := range cookieOptions(ck) {
			if sig := c.fn(lib, o.Func); sig != nil && o.Value == "" && sig.Params().Len() == 0 {
				c.t.Errorf("%s: option %s takes no argument to set %s from", lib.Name, o.Func, o.Attr)
			}
		}
		for _, f := range ck.Registered {
			c.fn(lib, f)
		}
		for _, h := range ck.Hooks {
			// The hook argument is a function taking an *http.Cookie
			// first.
			sig := c.fn(lib, h.Func)
			if sig == nil {
				continue
			}
			if h.Arg >= sig.Params().Len() {
				c.t.Errorf("%s: %s: hook argument %d is out of range", lib.Name, h.Func, h.Arg)
				continue
			}
			hook, ok := sig.Params().At(h.Arg).Type().Underlying().(*types.Signature)
			if !ok || hook.Params().Len() == 0 || types.TypeString(hook.Params().At(0).Type(), nil) != "*net/http.Cookie" {
				c.t.Errorf("%s: %s: argument %d is not a function taking an *http.Cookie first", lib.Name, h.Func, h.Arg)
			}
		}
		if sc := ck.Server; sc != nil {
			for _, f := range slices.Concat(sc.Servers, sc.SetConfig, sc.SetConfigMap, sc.Setters) {
				c.fn(lib, f)
			}
			// The struct the configuration methods take has a field for
			// every key.
			for _, f := range sc.SetConfig {
				sig := c.fn(lib, f)
				if sig == nil || sig.Params().Len() == 0 {
					continue
				}
				tn, ok := model.TypeNameOf(sig.Params().At(0).Type())
				if !ok {
					c.t.Errorf("%s: %s takes no named configuration type", lib.Name, f)
					continue
				}
				for _, key := range sortedValues(sc.Keys) {
					c.field(lib, tn.Pkg, tn.Name, strings.ToUpper(key[:1])+key[1:])
				}
			}
		}
	}
}

func (c *checker) typeName(lib *model.Library, tn model.TypeName) {
	p := c.pkg(tn.Pkg)
	if p == nil {
		return
	}
	c.checked++
	if _, ok := p.Scope().Lookup(tn.Name).(*types.TypeName); !ok {
		c.t.Errorf("%s: %s is not a type", lib.Name, tn)
	}
}

// fn checks that f names a function, a package-level variable of function
// type (gothic.CompleteUserAuth), or a method of a named type, and returns
// its signature.
func (c *checker) fn(lib *model.Library, f model.Func) *types.Signature {
	p := c.pkg(f.Pkg)
	if p == nil {
		return nil
	}
	c.checked++
	if f.Recv == "" {
		obj := p.Scope().Lookup(f.Name)
		if obj == nil {
			c.t.Errorf("%s: %s does not exist", lib.Name, f)
			return nil
		}
		sig, ok := obj.Type().Underlying().(*types.Signature)
		if !ok {
			c.t.Errorf("%s: %s is not a function", lib.Name, f)
			return nil
		}
		return sig
	}
	tn, ok := p.Scope().Lookup(f.Recv).(*types.TypeName)
	if !ok {
		c.t.Errorf("%s: %s: %s.%s is not a type", lib.Name, f, f.Pkg, f.Recv)
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, p, f.Name)
	if _, isIface := tn.Type().Underlying().(*types.Interface); isIface {
		obj, _, _ = types.LookupFieldOrMethod(tn.Type(), true, p, f.Name)
	}
	m, ok := obj.(*types.Func)
	if !ok {
		c.t.Errorf("%s: %s is not a method", lib.Name, f)
		return nil
	}
	return m.Type().(*types.Signature)
}

// variable checks that pkg.name is a package-level variable.
func (c *checker) variable(lib *model.Library, pkg, name string) {
	p := c.pkg(pkg)
	if p == nil {
		return
	}
	c.checked++
	if _, ok := p.Scope().Lookup(name).(*types.Var); !ok {
		c.t.Errorf("%s: %s.%s is not a package variable", lib.Name, pkg, name)
	}
}

func (c *checker) field(lib *model.Library, pkg, typ, name string) {
	p := c.pkg(pkg)
	if p == nil {
		return
	}
	c.checked++
	tn, ok := p.Scope().Lookup(typ).(*types.TypeName)
	if !ok {
		c.t.Errorf("%s: %s.%s is not a type", lib.Name, pkg, typ)
		return
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		c.t.Errorf("%s: %s.%s is not a struct", lib.Name, pkg, typ)
		return
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return
		}
	}
	c.t.Errorf("%s: %s.%s has no field %s", lib.Name, pkg, typ, name)
}

// referencedFuncs lists the functions a library's model names outside its
// own Packages (third-party stores, sub-packages).
func referencedFuncs(lib *model.Library) []model.Func {
	var fs []model.Func
	if s := lib.Session; s != nil {
		for _, calls := range [][]model.Call{s.Obtain, s.Sinks, s.Persist, s.Renew, s.Traps} {
			for _, call := range calls {
				fs = append(fs, call.Func)
			}
		}
		fs = append(fs, s.Stateless...)
		fs = append(fs, s.ServerSide...)
		for _, call := range slices.Concat(s.Registrations, s.LibraryLogins) {
			fs = append(fs, call.Func)
		}
	}
	if ck := lib.Cookies; ck != nil {
		for _, s := range slices.Concat(ck.Senders, ck.ClientSide) {
			fs = append(fs, s.Func)
		}
		for _, site := range ck.Constructors {
			fs = append(fs, site.Func)
		}
		if sc := ck.Server; sc != nil {
			fs = slices.Concat(fs, sc.Servers, sc.SetConfig, sc.SetConfigMap, sc.Setters)
		}
		for _, o := range cookieOptions(ck) {
			fs = append(fs, o.Func)
		}
		fs = append(fs, ck.Registered...)
		for _, h := range ck.Hooks {
			fs = append(fs, h.Func)
		}
	}
	return fs
}

func sortedValues(m map[model.Attr]string) []string {
	var vs []string
	for _, v := range m {
		vs = append(vs, v)
	}
	sort.Strings(vs)
	return vs
}

// cookieOptions are the functional options a cookie model names, on its
// constructors, setters and senders.
func cookieOptions(ck *model.CookieModel) []model.OptionFunc {
	var out []model.OptionFunc
	for _, site := range ck.Constructors {
		out = append(out, site.Options...)
	}
	for _, p := range ck.Positional {
		out = append(out, p.Options...)
	}
	for _, snd := range ck.Senders {
		out = append(out, snd.Options...)
	}
	return out
}

// TestPackageNames: the package names the exceptions table gives are the
// ones the real packages declare.
func TestPackageNames(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"github.com/go-session/session/v3", "session"},
		{"gopkg.in/boj/redistore.v1", "redistore"},
		{"github.com/gorilla/sessions", "sessions"},
		{"github.com/bradleypeabody/gorilla-sessions-memcache", "gsm"},
	} {
		if got := model.PackageName(c.path); got != c.want {
			t.Errorf("PackageName(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}
