// Package redisstore is a stub of github.com/rbcervilla/redisstore/v9 (v9.0.0).
package redisstore

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type KeyGenFunc func() (string, error)

type RedisStore struct{}

func NewRedisStore(ctx context.Context, client redis.UniversalClient) (*RedisStore, error) {
	return &RedisStore{}, nil
}

func (s *RedisStore) KeyGen(f KeyGenFunc) {}
