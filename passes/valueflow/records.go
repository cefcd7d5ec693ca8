package valueflow

import (
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stdlib"
)

// Records: fields of records made from literals, and the accounts a
// sign-up makes.

// makerName matches the names of functions that make an account.
var makerName = regexp.MustCompile(`(?i)(create|regist(er|ration)|sign_?up|insert|upsert)`)

// fieldOfLocal reports whether load reads a field of a struct its function
// allocates (a literal, new(T), a local variable).
func fieldOfLocal(load *ssa.UnOp) bool {
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	_, made := fa.X.(*ssa.Alloc)
	return made
}

// madeField returns, for v a field read of a record that a call returned
// when given a literal of the record's type (u := CreateUser(User{Email:
// email}); u.Email), the value the literal stored in that field, and the
// call; nil when v is no such read or the literal leaves the field out.
func madeField(v ssa.Value) (ssa.Value, ssa.CallInstruction) {
	var name string
	switch x := v.(type) {
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		if !ok || x.Op != token.MUL {
			return nil, nil
		}
		name = FieldName(fa)
	case *ssa.Field:
		if st, ok := ssautil.StructOf(x.X.Type()); ok && x.Field < st.NumFields() {
			name = st.Field(x.Field).Name()
		}
	}
	base := recordOf(v)
	if name == "" || base == nil {
		return nil, nil
	}
	if load, ok := base.(*ssa.UnOp); ok && load.Op == token.MUL {
		base = load.X // (*u).Email
	}
	if cell, ok := base.(*ssa.Alloc); ok {
		base = ssautil.OnlyStore(cell) // a local record: box, err := Upsert(...)
	}
	call := ssautil.CallOf(base)
	if call == nil {
		return nil, nil
	}
	record, ok := ssautil.StructOf(recordOf(v).Type())
	if !ok {
		return nil, nil
	}
	for _, a := range call.Call.Args {
		lit, _ := a.(*ssa.Alloc)
		if load, ok := a.(*ssa.UnOp); ok && load.Op == token.MUL {
			lit, _ = load.X.(*ssa.Alloc)
		}
		if lit == nil {
			continue
		}
		if st, ok := ssautil.StructOf(lit.Type()); !ok || !types.Identical(st, record) {
			continue
		}
		for _, fs := range ssautil.FieldStores(lit) {
			if fs.Field.Name() == name {
				return fs.Store.Val, call
			}
		}
	}
	return nil, nil
}

// recordOf returns the record v reads a field of (u.ID, (*u).ID), nil
// when v is no field read.
func recordOf(v ssa.Value) ssa.Value {
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			return fa.X
		}
	case *ssa.Field:
		return x.X
	}
	return nil
}

// madeRecord returns the call v is the record result of when that call,
// of the application, is named like making an account (or carries out
// what a receiver named so describes: RegistrationForm.Save); nil
// otherwise.
func madeRecord(v ssa.Value) *ssa.Call {
	c := ssautil.CallOf(v)
	if c == nil {
		return nil
	}
	if _, record := ssautil.StructOf(v.Type()); !record {
		return nil
	}
	if f, named := CallFunc(&c.Call); !named || theTables().pure[f.Pkg] || model.Lookup(f.Pkg) != nil || stdlib.IsStd(f.Pkg) {
		return nil
	}
	name, recv, _ := CalleeNames(&c.Call)
	if !makerName.MatchString(name) && !(makerName.MatchString(recv) && submitName.MatchString(name)) {
		return nil
	}
	return c
}

// submitName matches the names of methods that carry out what their
// receiver describes (a registration form's Save).
var submitName = regexp.MustCompile(`(?i)^(save|submit|commit|exec(ute)?|process|run|do|perform)$`)
