// Package session is a stub of github.com/go-session/session/v3 v3.2.1.
package session

import "context"

type IDHandlerFunc func(context.Context) string

type Option func(*options)

type options struct{}

type Manager struct{}

func SetSessionID(handler IDHandlerFunc) Option              { return nil }
func SetEnableSIDInURLQuery(enableSIDInURLQuery bool) Option { return nil }
func SetCookieName(cookieName string) Option                 { return nil }
func NewManager(opt ...Option) *Manager                      { return &Manager{} }
func InitManager(opt ...Option)                              {}
