package model

import (
	"go/types"
	"sync"
)

// Role is what a modelled session call does.
type Role int

const (
	RoleObtain Role = iota + 1
	RoleSink
	RolePersist
	RoleRenew
	RoleTrap
	// RoleFreshCheck: a call whose true result says the session was just
	// made with an ID the server minted (fiber's s.Fresh()).
	RoleFreshCheck
)

func (r Role) String() string {
	switch r {
	case RoleObtain:
		return "obtain"
	case RoleSink:
		return "sink"
	case RolePersist:
		return "persist"
	case RoleRenew:
		return "renew"
	case RoleTrap:
		return "trap"
	case RoleFreshCheck:
		return "fresh check"
	}
	return "none"
}

// SessionCall is a modelled session call found by Func.
type SessionCall struct {
	Lib  *Library
	Role Role
	Call *Call
}

type index struct {
	calls       map[Func]SessionCall
	sinkFields  map[Field]*Library
	renewFields map[Field]*Library
	stateless   map[Func]*Library
	serverSide  map[Func]*Library
	byCookie    map[Func]bool
	forRequest  map[Func]bool
	registers   map[Func]SessionCall
	libLogins   map[Func]SessionCall
	storeFields map[Field]*Library
	types       map[TypeName]*Library
	cookieTypes map[TypeName]*CookieType
	senders     map[Func]*Sender
	clientSide  map[Func]*Sender
	positional  map[Func]*PositionalSetter
	configSites map[Func]*ConfigSite
	// methods holds the modelled interface methods LookupImplemented may
	// match, by method name, in the order of All and of the roles.
	methods map[string][]SessionCall
}

var (
	indexOnce sync.Once
	idx       index
)

func theIndex() *index {
	indexOnce.Do(func() {
		idx = index{
			calls:       map[Func]SessionCall{},
			sinkFields:  map[Field]*Library{},
			renewFields: map[Field]*Library{},
			stateless:   map[Func]*Library{},
			serverSide:  map[Func]*Library{},
			byCookie:    map[Func]bool{},
			forRequest:  map[Func]bool{},
			registers:   map[Func]SessionCall{},
			libLogins:   map[Func]SessionCall{},
			storeFields: map[Field]*Library{},
			types:       map[TypeName]*Library{},
			cookieTypes: map[TypeName]*CookieType{},
			senders:     map[Func]*Sender{},
			clientSide:  map[Func]*Sender{},
			positional:  map[Func]*PositionalSetter{},
			configSites: map[Func]*ConfigSite{},
			methods:     map[string][]SessionCall{},
		}
		for _, lib := range All {
			if s := lib.Session; s != nil {
				for role, calls := range map[Role][]Call{
					RoleObtain: s.Obtain, RoleSink: s.Sinks, RolePersist: s.Persist,
					RoleRenew: s.Renew, RoleTrap: s.Traps, RoleFreshCheck: s.FreshChecks,
				} {
					for i := range calls {
						idx.calls[calls[i].Func] = SessionCall{Lib: lib, Role: role, Call: &calls[i]}
					}
				}
				for _, rc := range []struct {
					role  Role
					calls []Call
				}{{RoleObtain, s.Obtain}, {RoleSink, s.Sinks}, {RolePersist, s.Persist}, {RoleRenew, s.Renew}, {RoleTrap, s.Traps}} {
					for i := range rc.calls {
						if f := rc.calls[i].Func; f.Recv != "" {
							idx.methods[f.Name] = append(idx.methods[f.Name], SessionCall{Lib: lib, Role: rc.role, Call: &rc.calls[i]})
						}
					}
				}
				for _, f := range s.SinkFields {
					idx.sinkFields[f] = lib
				}
				for _, f := range s.RenewFields {
					idx.renewFields[f] = lib
				}
				for _, f := range s.Stateless {
					idx.stateless[f] = lib
				}
				for _, f := range s.ServerSide {
					idx.serverSide[f] = lib
				}
				for _, f := range s.RecordByCookie {
					idx.byCookie[f] = true
				}
				for _, f := range s.RecordForRequest {
					idx.forRequest[f] = true
				}
				for _, t := range s.Types {
					idx.types[t] = lib
				}
				for i := range s.Registrations {
					idx.registers[s.Registrations[i].Func] = SessionCall{Lib: lib, Call: &s.Registrations[i]}
				}
				for i := range s.LibraryLogins {
					idx.libLogins[s.LibraryLogins[i].Func] = SessionCall{Lib: lib, Call: &s.LibraryLogins[i]}
				}
				for _, f := range s.StoreFields {
					idx.storeFields[f] = lib
				}
			}
			if c := lib.Cookies; c != nil {
				for i := range c.Types {
					t := &c.Types[i]
					idx.cookieTypes[TypeName{t.Pkg, t.Type}] = t
				}
				for i := range c.Senders {
					idx.senders[c.Senders[i].Func] = &c.Senders[i]
				}
				for i := range c.ClientSide {
					idx.clientSide[c.ClientSide[i].Func] = &c.ClientSide[i]
				}
				for i := range c.Positional {
					idx.positional[c.Positional[i].Func] = &c.Positional[i]
				}
				for i := range c.Constructors {
					idx.configSites[c.Constructors[i].Func] = &c.Constructors[i]
				}
			}
		}
	})
	return &idx
}

// LookupSessionCall returns the modelled session call named f.
func LookupSessionCall(f Func) (SessionCall, bool) {
	c, ok := theIndex().calls[f]
	return c, ok
}

// LookupSinkField returns the library whose map field f is a session sink.
func LookupSinkField(f Field) *Library { return theIndex().sinkFields[f] }

// LookupRenewField returns the library for which clearing field f renews
// the session ID.
func LookupRenewField(f Field) *Library { return theIndex().renewFields[f] }

// LookupStore returns the library whose sessions the store constructed by f
// backs, and whether that store is stateless; ok is false when f constructs
// no modelled store.
func LookupStore(f Func) (lib *Library, stateless, ok bool) {
	if lib := theIndex().stateless[f]; lib != nil {
		return lib, true, true
	}
	if lib := theIndex().serverSide[f]; lib != nil {
		return lib, false, true
	}
	return nil, false, false
}

// FindsRecordByCookie reports whether the store constructor f makes a
// store whose Save finds the record by the request's cookie
// (SessionModel.RecordByCookie).
func FindsRecordByCookie(f Func) bool { return theIndex().byCookie[f] }

// KeepsRecordForRequest reports whether the store constructor f makes a
// store that keeps the record it found for the request
// (SessionModel.RecordForRequest).
func KeepsRecordForRequest(f Func) bool { return theIndex().forRequest[f] }

// LookupRegistration returns the call named f that hands a library the
// store behind its sessions (Role is zero).
func LookupRegistration(f Func) (SessionCall, bool) {
	c, ok := theIndex().registers[f]
	return c, ok
}

// LookupLibraryLogin returns the call named f that hands a library a store
// its own login handlers write identity into (Role is zero).
func LookupLibraryLogin(f Func) (SessionCall, bool) {
	c, ok := theIndex().libLogins[f]
	return c, ok
}

// LookupStoreField returns the library whose store is held by field f (Type
// "" for a package variable).
func LookupStoreField(f Field) *Library { return theIndex().storeFields[f] }

// SessionLibrary returns the library whose session type is t.
func SessionLibrary(t TypeName) *Library { return theIndex().types[t] }

// LookupCookieType returns the model of a cookie or cookie-config type.
func LookupCookieType(t TypeName) *CookieType { return theIndex().cookieTypes[t] }

// LookupSender returns the model of a call that sends a cookie to a browser.
func LookupSender(f Func) *Sender { return theIndex().senders[f] }

// LookupClientSide returns the model of a call that gives a cookie to a
// client (not a browser).
func LookupClientSide(f Func) *Sender { return theIndex().clientSide[f] }

// LookupPositional returns the model of a positional cookie setter.
func LookupPositional(f Func) *PositionalSetter { return theIndex().positional[f] }

// LookupConfigSite returns the model of a session store or manager
// constructor.
func LookupConfigSite(f Func) *ConfigSite { return theIndex().configSites[f] }

// FuncOf names a function or method object as the model does: methods by
// their receiver's named type (pointer stripped; for an interface method,
// the named interface type). ok is false for functions the model cannot
// name (closures, methods of unnamed types).
func FuncOf(fn *types.Func) (f Func, ok bool) {
	if fn == nil || fn.Pkg() == nil {
		return Func{}, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return Func{Pkg: Canonical(fn.Pkg().Path()), Name: fn.Name()}, true
	}
	t := sig.Recv().Type()
	if p, isPtr := t.(*types.Pointer); isPtr {
		t = p.Elem()
	}
	named, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed {
		return Func{}, false
	}
	obj := named.Origin().Obj()
	if obj.Pkg() == nil {
		return Func{}, false
	}
	return Func{Pkg: Canonical(obj.Pkg().Path()), Recv: obj.Name(), Name: fn.Name()}, true
}

// TypeNameOf names a named type (pointers stripped), ok false otherwise.
func TypeNameOf(t types.Type) (TypeName, bool) {
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		t = p.Elem()
	}
	named, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed || named.Obj().Pkg() == nil {
		return TypeName{}, false
	}
	obj := named.Origin().Obj()
	return TypeName{Pkg: Canonical(obj.Pkg().Path()), Name: obj.Name()}, true
}

// SessionCallOf finds the modelled session call fn is: by its name, or, for
// a method of a concrete type, by the modelled interface method it
// implements (LookupImplemented, with the interfaces taken from imports,
// called only then).
func SessionCallOf(fn *types.Func, imports func() map[string]*types.Package) (SessionCall, bool) {
	f, ok := FuncOf(fn)
	if !ok {
		return SessionCall{}, false
	}
	if c, found := LookupSessionCall(f); found || f.Recv == "" || theIndex().methods[fn.Name()] == nil {
		return c, found
	}
	return LookupImplemented(fn, imports())
}

// LookupImplemented finds the modelled interface method that the concrete
// method fn implements (gorilla's (*FilesystemStore).Get is
// sessions.Store.Get), the interfaces taken from imports (see
// TransitiveImports); ok is false when there is none.
func LookupImplemented(fn *types.Func, imports map[string]*types.Package) (SessionCall, bool) {
	methods := theIndex().methods[fn.Name()]
	sig, _ := fn.Type().(*types.Signature)
	if methods == nil || sig == nil || sig.Recv() == nil || types.IsInterface(sig.Recv().Type()) {
		return SessionCall{}, false
	}
	recv := sig.Recv().Type()
	base := recv
	if p, ok := types.Unalias(base).(*types.Pointer); ok {
		base = p.Elem()
	}
	if tn, ok := types.Unalias(base).(*types.Named); ok && tn.TypeParams().Len() > 0 {
		// Implements is unspecified for uninstantiated generic types.
		return SessionCall{}, false
	}
	for _, c := range methods {
		if iface := interfaceNamed(imports[c.Call.Func.Pkg], c.Call.Func.Recv); iface != nil && types.Implements(recv, iface) {
			return c, true
		}
	}
	return SessionCall{}, false
}

// interfaceNamed returns the interface type pkg.name, nil when pkg is nil
// or declares no such interface.
func interfaceNamed(pkg *types.Package, name string) *types.Interface {
	if pkg == nil {
		return nil
	}
	tn, _ := pkg.Scope().Lookup(name).(*types.TypeName)
	if tn == nil {
		return nil
	}
	iface, _ := tn.Type().Underlying().(*types.Interface)
	return iface
}

// TransitiveImports returns pkg and the packages it imports, directly or
// not, by path.
func TransitiveImports(pkg *types.Package) map[string]*types.Package {
	pkgs := map[string]*types.Package{}
	stack := []*types.Package{pkg}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if pkgs[p.Path()] != nil {
			continue
		}
		pkgs[p.Path()] = p
		stack = append(stack, p.Imports()...)
	}
	return pkgs
}
