package a

import (
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"

	"ids"
)

func sink(v any)  {}
func local(v any) {}

func requestInputs(w http.ResponseWriter, r *http.Request) {
	sink(r.FormValue("sid"))                   // want `origins: form:sid@http.Request.FormValue$`
	sink(r.URL.Query().Get("sid"))             // want `origins: query:sid@http.Request.URL$`
	sink(r.Header.Get("X-Session"))            // want `origins: header:X-Session@http.Request.Header$`
	sink(strings.TrimSpace(r.PathValue("id"))) // want `origins: path:id@http.Request.PathValue$`
	c, err := r.Cookie("session_id")
	if err != nil {
		return
	}
	sink(c.Value) // want `origins: cookie\|sessionid:session_id@http.Request.Cookie$`
	t, _ := r.Cookie("theme")
	sink("t-" + t.Value) // want `origins: const cookie:theme@http.Request.Cookie$`
}

func ginInputs(c *gin.Context) {
	sink(c.Param("id")) // want `origins: path:id@gin.Context.Param$`
	v, _ := c.Cookie("sid")
	sink(v) // want `origins: cookie\|sessionid:sid@gin.Context.Cookie$`
	q, ok := c.GetQuery("sid")
	sink(q)  // want `origins: query:sid@gin.Context.GetQuery$`
	sink(ok) // want `origins: const$`
}

func predictable() {
	sink(strconv.Itoa(rand.Intn(100)))                         // want `origins: mathrand:math/rand.Intn$`
	sink(randv2.IntN(10))                                      // want `origins: mathrand:math/rand/v2.IntN$`
	sink(rand.New(rand.NewSource(1)).Int63())                  // want `origins: mathrand:math/rand.Rand.Int63$`
	sink(time.Now().UnixNano())                                // want `origins: time:time.Now$`
	sink(time.Now().Format(time.RFC3339))                      // want `origins: const time:time.Now$`
	sink(fmt.Sprintf("%d-%d", os.Getpid(), time.Now().Unix())) // want `origins: const pid:os.Getpid time:time.Now$`
}

var counter int

func nextID() string {
	counter++
	return "id" + strconv.Itoa(counter)
}

type gen struct{ n int }

func (g *gen) next() int {
	g.n++
	return g.n
}

func counters(g *gen) {
	sink(nextID()) // want `origins: const counter:counter counter$`
	sink(g.next()) // want `origins: counter:counter gen.n$`
	f := g.next
	sink(f()) // want `origins: counter:counter gen.n$`
}

func random() {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		panic(err)
	}
	sink(hex.EncodeToString(b)) // want `origins: cryptorand:crypto/rand.Read$`
	sink(crand.Text())          // want `origins: cryptorand:crypto/rand.Text$`
	sink(uuid.NewString())      // want `origins: cryptorand:github.com/google/uuid.NewString$`
	sink(uuid.New().String())   // want `origins: cryptorand:github.com/google/uuid.New$`
	u, _ := uuid.NewUUID()
	sink(u.String()) // want `origins: time:github.com/google/uuid.NewUUID$`
}

func hashes() {
	sum := sha256.Sum256([]byte(strconv.Itoa(rand.Int())))
	sink(hex.EncodeToString(sum[:])) // want `origins: mathrand:math/rand.Int$`
	h := sha256.New()
	h.Write([]byte(time.Now().String()))
	sink(fmt.Sprintf("%x", h.Sum(nil))) // want `origins: const time:time.Now$`
	var sb strings.Builder
	sb.WriteString("s")
	fmt.Fprintf(&sb, "%d", rand.Int63())
	sink(sb.String()) // want `origins: const mathrand:math/rand.Int63$`
}

const letters = "abcdefghijklmnopqrstuvwxyz"

func randString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func classic() {
	sink(randString(16)) // want `origins: const mathrand:math/rand.Intn$`
}

func build(prefix string) string { return prefix + strconv.Itoa(rand.Int()) }

func use(v string) {
	sink(v)  // want `origins: const form:a@http.Request.FormValue$`
	local(v) // want `origins: param:0$`
}

func helpers(r *http.Request) {
	sink(build("x")) // want `origins: const mathrand:math/rand.Int$`
	use(r.FormValue("a"))
	use("const")
}

func closures(r *http.Request) {
	id := rand.Int()
	f := func() string { return strconv.Itoa(id) }
	sink(f()) // want `origins: mathrand:math/rand.Int$`
	var v string
	g := func() { v = r.FormValue("x") }
	g()
	sink(v) // want `origins: form:x@http.Request.FormValue$`
}

func phis(cond bool) {
	var id string
	if cond {
		id = uuid.NewString()
	} else {
		id = strconv.Itoa(rand.Int())
	}
	sink(id) // want `origins: cryptorand:github.com/google/uuid.NewString mathrand:math/rand.Int$`
}

func first[T any](xs []T) T { return xs[0] }

func generics(r *http.Request) {
	sink(first([]string{r.FormValue("q")})) // want `origins: const form:q@http.Request.FormValue$`
}

type Session struct {
	ID   string
	User string
}

var sessions = map[string]*Session{}

func newSession() *Session {
	s := &Session{ID: crand.Text()}
	sessions[s.ID] = s
	return s
}

func lookup(r *http.Request) {
	c, _ := r.Cookie("sid")
	s, ok := sessions[c.Value]
	if !ok {
		s = newSession()
	}
	sink(s.ID) // want `origins: cryptorand:crypto/rand.Text$`
}

type login struct {
	SID string `json:"sid"`
}

func decoded(r *http.Request) {
	var req login
	json.NewDecoder(r.Body).Decode(&req)
	sink(req.SID) // want `origins: body:@http.Request.Body$`
}

func crossPackage(r *http.Request) {
	sink(ids.New())                  // want `origins: const mathrand:math/rand.Int63@ids.New \(ids.go:15\)$`
	sink(ids.Stamp())                // want `origins: const time:time.Now@ids.Stamp \(ids.go:19\)$`
	sink(ids.Secure())               // want `origins: cryptorand:crypto/rand.Read@ids.Secure \(ids.go:24\)$`
	sink(ids.Wrap(r.FormValue("x"))) // want `origins: const form:x@http.Request.FormValue$`
	sink(ids.Seq())                  // want `origins: const counter:sync/atomic.AddInt64@ids.Seq \(ids.go:35\)$`
	id, _ := ids.Two()
	sink(id)            // want `origins: mathrand:math/rand.Int@ids.Two \(ids.go:40\)$`
	sink(ids.Nothing()) // want `origins: unknown:ids.Nothing$`
	// A field of another package's record: what that package stores into
	// the field, not the whole record.
	tk := ids.Issue(r.FormValue("sid"))
	sink(tk.ID)    // want `origins: cryptorand:crypto/rand.Read@ids.Ticket.ID \(ids.go:24\)$`
	sink(tk.Owner) // want `origins: cryptorand:crypto/rand.Read@ids.Issue \(ids.go:24\) form:sid@http.Request.FormValue$`
}

func rangeMap(r *http.Request) {
	prefs := make(map[string]string)
	prefs["theme"] = r.FormValue("theme")
	prefs["twilio_sid"] = r.FormValue("twilio_sid")
	for k, v := range prefs {
		sink(k) // want `origins: const$`
		sink(v) // want `origins: form:theme@http.Request.FormValue form:twilio_sid@http.Request.FormValue$`
	}
	for i, c := range r.FormValue("q") {
		sink(i) // want `origins: const$`
		sink(c) // want `origins: form:q@http.Request.FormValue$`
	}
}

func unknowns() {
	sink(os.Getenv("SECRET")) // want `origins: unknown:os.Getenv$`
	ch := make(chan string)
	sink(<-ch) // want `origins: unknown:a channel receive$`
}
