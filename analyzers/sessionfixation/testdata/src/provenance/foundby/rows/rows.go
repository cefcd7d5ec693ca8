// Package rows is an application's own query builder: conditions go in as
// a map, results come out through a pointer given as an any.
package rows

type Query struct{ table string }

func Table(name string) *Query { return &Query{table: name} }

func (q *Query) Where(cond map[string]any) *Query { return q }

func (q *Query) Scan(dst any) error { return nil }
