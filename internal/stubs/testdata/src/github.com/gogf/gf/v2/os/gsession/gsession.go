// Package gsession is a stub of github.com/gogf/gf/v2/os/gsession v2.9.4.
package gsession

import (
	"time"

	"github.com/gogf/gf/v2/container/gvar"
)

type Session struct{ id string }

func NewSessionId() string { return "" }

func (s *Session) Set(key string, value any) (err error)                   { return nil }
func (s *Session) SetMap(data map[string]any) (err error)                  { return nil }
func (s *Session) MustSet(key string, value any)                           {}
func (s *Session) MustSetMap(data map[string]any)                          {}
func (s *Session) Get(key string, def ...any) (value *gvar.Var, err error) { return nil, nil }
func (s *Session) MustGet(key string, def ...any) *gvar.Var                { return nil }
func (s *Session) Contains(key string) (ok bool, err error)                { return false, nil }
func (s *Session) Remove(keys ...string) (err error)                       { return nil }
func (s *Session) MustRemove(keys ...string)                               {}
func (s *Session) RemoveAll() (err error)                                  { return nil }
func (s *Session) Id() (id string, err error)                              { return s.id, nil }
func (s *Session) MustId() string                                          { return s.id }
func (s *Session) SetId(id string) error                                   { return nil }
func (s *Session) SetIdFunc(f func(ttl time.Duration) string) error        { return nil }
func (s *Session) RegenerateId(deleteOld bool) (newId string, err error)   { return "", nil }
func (s *Session) MustRegenerateId(deleteOld bool) string                  { return "" }
