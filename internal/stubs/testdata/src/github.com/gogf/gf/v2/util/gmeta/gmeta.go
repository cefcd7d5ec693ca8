// Package gmeta is a stub of github.com/gogf/gf/v2/util/gmeta v2.9.4.
package gmeta

type Meta struct{}
