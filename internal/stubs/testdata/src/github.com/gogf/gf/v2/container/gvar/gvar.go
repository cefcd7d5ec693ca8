// Package gvar is a stub of github.com/gogf/gf/v2/container/gvar v2.9.4.
package gvar

type Var struct{ value any }

func (v *Var) String() string                                       { return "" }
func (v *Var) Int() int                                             { return 0 }
func (v *Var) Int64() int64                                         { return 0 }
func (v *Var) IsNil() bool                                          { return v == nil }
func (v *Var) Val() any                                             { return v.value }
func (v *Var) Scan(pointer any, mapping ...map[string]string) error { return nil }
