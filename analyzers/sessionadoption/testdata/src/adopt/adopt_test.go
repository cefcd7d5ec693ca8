package adopt

import (
	"context"
	"testing"

	"github.com/rbcervilla/redisstore/v9"
	"github.com/redis/go-redis/v9"
)

// A store a test builds serves no browser: not reported.
func TestRedisStore(t *testing.T) {
	if _, err := redisstore.NewRedisStore(context.Background(), redis.NewClient(&redis.Options{Addr: "localhost:6379"})); err != nil {
		t.Skip(err)
	}
}
