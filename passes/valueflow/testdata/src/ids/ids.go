// Package ids builds IDs in helpers of another package.
package ids

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand"
	"strconv"
	"sync/atomic"
	"time"
)

func New() string { // want New:`origins\{0: const mathrand\(math/rand.Int63\)\}`
	return strconv.FormatInt(rand.Int63(), 36)
}

func Stamp() string { // want Stamp:`origins\{0: const time\(time.Now\)\}`
	return fmt.Sprintf("s%d", time.Now().UnixNano())
}

func Secure() string { // want Secure:`origins\{0: cryptorand\(crypto/rand.Read\)\}`
	b := make([]byte, 16)
	crand.Read(b)
	return hex.EncodeToString(b)
}

func Wrap(s string) string { // want Wrap:`origins\{0: const param\(0\)\}`
	return "x-" + s
}

var next int64

func Seq() string { // want Seq:`origins\{0: const counter\(sync/atomic.AddInt64\)\}`
	return strconv.FormatInt(atomic.AddInt64(&next, 1), 10)
}

// Two returns two values.
func Two() (string, error) { // want Two:`origins\{0: mathrand\(math/rand.Int\); 1: const\}`
	return strconv.Itoa(rand.Int()), nil
}

func Nothing() error { return nil }

// Ticket is a record with an ID of its own and a copy of its owner's.
type Ticket struct {
	ID    string // want ID:`field origins\{0: cryptorand\(crypto/rand.Read\)\}`
	Owner string // a parameter's: no fact (the whole record stands for it)
}

// Issue makes a ticket for owner.
func Issue(owner string) *Ticket { // want Issue:`origins\{0: cryptorand\(crypto/rand.Read\) param\(0\)\}`
	return &Ticket{ID: Secure(), Owner: owner}
}
