package cookies

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// Configuration written field by field into a library's package variable
// (beego's web.BConfig.WebConfig.Session.*).

// globalConfigSites finds session settings written field by field into a
// modelled library's package variable (beego's
// web.BConfig.WebConfig.Session.*): a site where the configuration is
// switched on (SessionOn = true), with every write of the package.
func (s *cookieScan) globalConfigSites() {
	type cfgKey struct {
		root types.Object
		path string
	}
	type cfgObj struct {
		ct     *model.CookieType
		root   types.Object
		writes []write
		enable []*ssa.Store
	}
	objs := map[cfgKey]*cfgObj{}
	var order []cfgKey
	leaf := map[cfgKey][]write{}
	var walk func(root types.Object, v ssa.Value, path string, cfg *cfgObj, depth int)
	walk = func(root types.Object, v ssa.Value, path string, cfg *cfgObj, depth int) {
		if depth > 6 {
			return
		}
		for _, r := range ssautil.Referrers(v) {
			fa, ok := r.(*ssa.FieldAddr)
			if !ok || fa.X != v {
				continue
			}
			st, ok := ssautil.StructOf(fa.X.Type())
			if !ok || fa.Field >= st.NumFields() {
				continue
			}
			name := st.Field(fa.Field).Name()
			p := path + "." + name
			if cfg != nil {
				// A field of the configuration.
				for _, fr := range ssautil.Referrers(fa) {
					store, ok := fr.(*ssa.Store)
					if !ok || store.Addr != fa {
						continue
					}
					if name == cfg.ct.Enable {
						if c, ok := store.Val.(*ssa.Const); ok && c.Value != nil && c.Value.String() == "true" {
							cfg.enable = append(cfg.enable, store)
						}
						continue
					}
					if attr, negated, ok := attrOf(cfg.ct, name); ok {
						cfg.writes = append(cfg.writes, write{attr: attr, val: attrValue(store.Val, attr, cfg.ct.SameSite, negated, store.Pos()), instr: store})
					}
				}
				continue
			}
			if ct := cookieTypeOf(st.Field(fa.Field).Type()); ct != nil && ct.Session && ct.Enable != "" && !isPointer(st.Field(fa.Field).Type()) {
				k := cfgKey{root, p}
				if objs[k] == nil {
					objs[k] = &cfgObj{ct: ct, root: root}
					order = append(order, k)
				}
				walk(root, fa, p, objs[k], depth+1)
				continue
			}
			for _, fr := range ssautil.Referrers(fa) {
				if store, ok := fr.(*ssa.Store); ok && store.Addr == fa {
					k := cfgKey{root, p}
					leaf[k] = append(leaf[k], write{val: attrValue(store.Val, model.AttrSecure, model.SameSiteHTTP, false, store.Pos()), instr: store})
				}
			}
			walk(root, fa, p, nil, depth+1)
		}
	}
	var roots []types.Object
	for obj := range s.locLoads {
		if v, ok := obj.(*types.Var); ok && !v.IsField() && v.Pkg() != nil && v.Pkg() != s.pass.Pkg && model.Lookup(v.Pkg().Path()) != nil {
			roots = append(roots, obj)
		}
	}
	slices.SortFunc(roots, func(a, b types.Object) int {
		return strings.Compare(a.Pkg().Path()+"."+a.Name(), b.Pkg().Path()+"."+b.Name())
	})
	for _, root := range roots {
		for _, l := range s.locLoads[root] {
			walk(root, l, "", nil, 0)
		}
	}
	for _, k := range order {
		cfg := objs[k]
		if len(cfg.enable) == 0 {
			continue
		}
		attrs := Attrs{}
		for a, v := range cfg.ct.Defaults {
			attrs[a] = AttrValue{Origin: Default, Value: v}
		}
		var ws []write
		ws = append(ws, cfg.writes...)
		for attr, path := range cfg.ct.Sibling {
			for _, w := range leaf[cfgKey{cfg.root, "." + path}] {
				w.attr = attr
				ws = append(ws, w)
			}
		}
		mergeWrites(attrs, ws)
		first := cfg.enable[0]
		for _, e := range cfg.enable[1:] {
			if e.Pos() < first.Pos() {
				first = e
			}
		}
		stmt := s.enclosingAssign(first.Pos())
		if stmt == nil {
			continue
		}
		lib := model.Lookup(cfg.ct.Pkg)
		name := cfg.root.Pkg().Name() + "." + cfg.root.Name() + k.path
		s.sites = append(s.sites, &Site{
			Kind: KindConfig, Lib: lib, Type: cfg.ct, CtorName: name,
			Pos: stmt.Pos(), End: stmt.End(), File: s.fileOf(stmt.Pos()), Fn: first.Parent(),
			Sends: []*Send{{Use: UseBrowser, Pos: stmt.Pos(), Desc: "session cookie configured by " + name, Presumed: true, Attrs: attrs}},
		})
	}
}

// enclosingAssign returns the assignment statement around pos.
func (s *cookieScan) enclosingAssign(pos token.Pos) *ast.AssignStmt {
	f := s.fileOf(pos)
	if f == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(f, pos, pos)
	for _, n := range path {
		if a, ok := n.(*ast.AssignStmt); ok {
			return a
		}
	}
	return nil
}
