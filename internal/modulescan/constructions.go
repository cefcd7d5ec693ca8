package modulescan

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/stdlib"
)

// What the module constructs and assigns: store constructions by file
// and package, assignments to package variables, and which programs
// reach which packages.

// constructions records the store constructions of one file.
func (s *Scan) constructions(fset *token.FileSet, f *ast.File, dir string) {
	names := map[string]string{} // local name -> import path
	var sessionLibs []*model.Library
	for _, imp := range f.Imports {
		ip, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		local := localName(imp, ip)
		if local == "" {
			continue
		}
		names[local] = ip
		if lib := model.Lookup(ip); lib != nil && lib.Session != nil && len(lib.Session.Stateless) > 0 && !slices.Contains(sessionLibs, lib) {
			sessionLibs = append(sessionLibs, lib)
		}
	}
	add := func(lib *model.Library, kind Kind, fn string, pos token.Pos) {
		s.cons = append(s.cons, Construction{Lib: lib, Kind: kind, Func: fn, Where: s.where(fset, pos),
			Branches: s.branches(fset, f, pos), dir: dir})
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			x, ok := sel.X.(*ast.Ident)
			if !ok {
				return true
			}
			ip, ok := names[x.Name]
			if !ok {
				return true
			}
			fn := model.Func{Pkg: model.Canonical(ip), Name: sel.Sel.Name}
			display := x.Name + "." + sel.Sel.Name
			if lib, stateless, ok := model.LookupStore(fn); ok {
				kind := ServerSide
				switch {
				case stateless:
					kind = Stateless
				case model.KeepsRecordForRequest(fn):
					kind = ServerSideForRequest
				case model.FindsRecordByCookie(fn):
					kind = ServerSideByCookie
				}
				add(lib, kind, display, n.Pos())
				return true
			}
			if storeLike.MatchString(sel.Sel.Name) && !stdlib.IsStd(ip) && model.Lookup(ip) == nil && !s.own(ip) {
				// A store library nobody modelled. (A constructor of the
				// module's own is read where it is defined: the modelled
				// store it builds, or its own Save method below; a
				// captcha store over the session, NewSessionStore(c), is
				// no session store.)
				for _, lib := range sessionLibs {
					add(lib, Unmodelled, display, n.Pos())
				}
			}
		case *ast.FuncDecl:
			// A store of the module's own: a method Save(r, w, s *Session)
			// of a session library with stateless stores (gorilla).
			if n.Recv == nil || n.Name.Name != "Save" || n.Type.Params == nil {
				return true
			}
			for _, field := range n.Type.Params.List {
				star, ok := field.Type.(*ast.StarExpr)
				if !ok {
					continue
				}
				sel, ok := star.X.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Session" {
					continue
				}
				x, ok := sel.X.(*ast.Ident)
				if !ok {
					continue
				}
				if lib := model.Lookup(names[x.Name]); lib != nil && slices.Contains(sessionLibs, lib) {
					add(lib, Unmodelled, recvName(n)+" (the module's own store)", n.Pos())
				}
			}
		}
		return true
	})
}

// own reports whether the import path ip is a package of the module.
func (s *Scan) own(ip string) bool {
	return ip == s.Path || strings.HasPrefix(ip, s.Path+"/")
}

// branches returns the sides of the if statements that enclose pos in f
// (Construction.Branches).
func (s *Scan) branches(fset *token.FileSet, f *ast.File, pos token.Pos) []string {
	path, _ := astutil.PathEnclosingInterval(f, pos, pos)
	var out []string
	for i := 1; i < len(path); i++ {
		ifs, ok := path[i].(*ast.IfStmt)
		if !ok {
			continue
		}
		switch path[i-1] {
		case ifs.Body:
			out = append(out, s.where(fset, ifs.Pos())+":then")
		case ifs.Else:
			out = append(out, s.where(fset, ifs.Pos())+":else")
		}
	}
	return out
}

// localName is the name under which a file refers to an import, "" for a
// blank or dot import. A path ending in a major version (.../v3) is
// referred to by the element before it, the package name it usually has;
// gopkg.in/pkg.v1 by pkg.
func localName(imp *ast.ImportSpec, importPath string) string {
	if imp.Name != nil {
		if imp.Name.Name == "_" || imp.Name.Name == "." {
			return ""
		}
		return imp.Name.Name
	}
	return model.PackageName(importPath)
}

// Assigned returns the assignments that the other packages of the module
// make to fields reached from package-level variables of the package at
// pkgPath (pkg.Var.Field... = v), so that a package's configuration of
// its own variable is seen with what main adds to it. Only the files that
// import the package are read, once per package.
func (s *Scan) Assigned(pkgPath string) []Assignment {
	if s == nil {
		return nil
	}
	out := s.assignedTo(pkgPath)
	s.observe("assigned", func() ([]string, any) { return []string{pkgPath}, out })
	return out
}

func (s *Scan) assignedTo(pkgPath string) []Assignment {
	s.assignMu.Lock()
	defer s.assignMu.Unlock()
	if s.assigned == nil {
		s.assigned = map[string][]Assignment{}
	}
	if as, ok := s.assigned[pkgPath]; ok {
		return as
	}
	var out []Assignment
	fset := token.NewFileSet()
	for _, gf := range goFiles(s.Root) {
		imports, err := parser.ParseFile(fset, gf.path, nil, parser.ImportsOnly|parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		var locals []string
		for _, imp := range imports.Imports {
			if ip, err := strconv.Unquote(imp.Path.Value); err == nil && ip == pkgPath {
				if local := localName(imp, ip); local != "" {
					locals = append(locals, local)
				}
			}
		}
		if len(locals) == 0 {
			continue
		}
		if !compiled(gf.path) {
			continue
		}
		f, err := parser.ParseFile(fset, gf.path, nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for _, lhs := range as.Lhs {
				if p, ok := selectorPath(lhs, locals); ok {
					out = append(out, Assignment{Path: p, Where: s.where(fset, lhs.Pos())})
				}
			}
			return true
		})
	}
	slices.SortFunc(out, func(a, b Assignment) int { return strings.Compare(a.Where+a.Path, b.Where+b.Path) })
	s.assigned[pkgPath] = out
	return out
}

// selectorPath renders pkg.A.B.C, where pkg is one of the locals, as
// "A.B.C".
func selectorPath(e ast.Expr, locals []string) (string, bool) {
	var parts []string
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			parts = append(parts, x.Sel.Name)
			e = x.X
			continue
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.Ident:
			if !slices.Contains(locals, x.Name) || len(parts) == 0 {
				return "", false
			}
			slices.Reverse(parts)
			return strings.Join(parts, "."), true
		}
		return "", false
	}
}

func recvName(fd *ast.FuncDecl) string {
	t := fd.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return "a type"
}

// Stores returns the constructions of stores for the sessions of lib that
// can back a package: those in the programs (main packages and what they
// import within the module) that include the package in directory dir, or,
// when no program includes it, in the whole module. It is sorted by
// position.
func (s *Scan) Stores(dir string, lib *model.Library) []Construction {
	if s == nil {
		return nil
	}
	out := s.stores(dir, lib)
	s.observe("stores", func() ([]string, any) { return []string{dir, libID(lib)}, consDigestable(out) })
	return out
}

func (s *Scan) stores(dir string, lib *model.Library) []Construction {
	scope, ok := s.programs(dir)
	if !ok {
		return nil
	}
	var out []Construction
	for _, c := range s.cons {
		if c.Lib == lib && (scope == nil || scope[c.dir]) {
			out = append(out, c)
		}
	}
	return out
}

// programs returns the directories (relative to the root) of the packages
// of the programs that include the package in dir: main packages and what
// they import within the module; nil when no program includes it (the
// whole module counts). ok is false when dir is outside the module.
func (s *Scan) programs(dir string) (scope map[string]bool, ok bool) {
	rel, err := filepath.Rel(s.Root, dir)
	if err != nil {
		return nil, false
	}
	rel = filepath.ToSlash(rel)
	s.reachOnce.Do(s.computeReach)
	for _, m := range s.mains {
		if r := s.reach[m]; r[rel] {
			if scope == nil {
				scope = map[string]bool{}
			}
			for d := range r {
				scope[d] = true
			}
		}
	}
	return scope, true
}

func (s *Scan) computeReach() {
	s.reach = map[string]map[string]bool{}
	for _, m := range s.mains {
		seen := map[string]bool{}
		stack := []string{m}
		for len(stack) > 0 {
			d := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[d] {
				continue
			}
			seen[d] = true
			if p := s.pkgs[d]; p != nil {
				for imp := range p.imports {
					stack = append(stack, imp)
				}
			}
		}
		s.reach[m] = seen
	}
}
