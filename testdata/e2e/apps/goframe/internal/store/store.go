// Package store is apps/goframe's data layer, queried the way GoFrame's
// generated DAOs are: conditions as a map, the row scanned into a pointer
// given as an any.
package store

import "sessionlint.test/e2e/internal/users"

// Query is a query of one table.
type Query struct{ cond map[string]any }

// Accounts is the account table.
var Accounts Query

// Where adds conditions.
func (q Query) Where(cond map[string]any) Query { return Query{cond: cond} }

// Scan fills dst (a **users.User) with the matching row, or leaves it nil.
func (q Query) Scan(dst any) error {
	p, ok := dst.(**users.User)
	if !ok {
		return nil
	}
	name, _ := q.cond["email"].(string)
	if u, found := users.Lookup(name); found && q.cond["password"] == "" {
		*p = &u
	}
	return nil
}
