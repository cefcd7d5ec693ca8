// Package redis is a stub of github.com/redis/go-redis/v9.
package redis

import "context"

type StatusCmd struct{}

func (c *StatusCmd) Err() error { return nil }

type UniversalClient interface {
	Ping(ctx context.Context) *StatusCmd
}

type Options struct{ Addr string }

type Client struct{}

func (c *Client) Ping(ctx context.Context) *StatusCmd { return &StatusCmd{} }

func NewClient(opt *Options) *Client { return &Client{} }
