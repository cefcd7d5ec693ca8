package a

import (
	"iter"
	"math/rand"
	"net/http"
	"strconv"
	"unsafe"
)

// Odd but valid Go: nothing here may make the analysis panic.

type idish interface{ ~string }

func pick[T idish](xs ...T) T {
	var zero T
	for _, x := range xs {
		return x
	}
	return zero
}

type box[T any] struct{ v T }

func (b *box[T]) get() T { return b.v }

func recurse(n int) string {
	if n == 0 {
		return strconv.Itoa(rand.Int())
	}
	return recurse(n - 1)
}

func ping(n int) string {
	if n == 0 {
		return "x"
	}
	return pong(n - 1)
}

func pong(n int) string { return ping(n) + strconv.Itoa(n) }

func seq(r *http.Request) iter.Seq[string] {
	return func(yield func(string) bool) {
		yield(r.FormValue("a"))
	}
}

type embedded struct{ *http.Request }

func odd(r *http.Request, ch chan string, fns []func() string) {
	sink(pick(r.FormValue("p"))) // want `origins: const form:p@http.Request.FormValue$`
	b := &box[string]{v: strconv.Itoa(rand.Int())}
	sink(b.get())    // want `origins: mathrand:math/rand.Int$`
	sink(recurse(3)) // want `origins: mathrand:math/rand.Int$`
	sink(ping(2))    // want `origins: const$`
	for v := range seq(r) {
		sink(v) // want `origins: param:0$`
	}
	for i := range 3 {
		sink(i) // want `origins: const$`
	}
	select {
	case v := <-ch:
		sink(v) // want `origins: unknown:a value the analysis cannot follow$`
	default:
	}
	go func() { sink(r.Header.Get("X")) }() // want `origins: header:X@http.Request.Header$`
	defer sink(r.URL.Query().Get("d"))      // want `origins: query:d@http.Request.URL$`
	sink(fns[0]())                          // want `origins: unknown:a call of a function value$`
	get := (*http.Request).FormValue
	sink(get(r, "m")) // want `origins: form:m@http.Request.FormValue$`
	e := embedded{r}
	sink(e.FormValue("e")) // want `origins: form:e@http.Request.FormValue$`
	anon := struct{ id string }{id: strconv.Itoa(rand.Int())}
	sink(anon.id) // want `origins: mathrand:math/rand.Int$`
	var x any = r.FormValue("t")
	switch v := x.(type) {
	case string:
		sink(v) // want `origins: form:t@http.Request.FormValue$`
	}
	p := unsafe.Pointer(&anon)
	sink(uintptr(p)) // want `origins: mathrand:math/rand.Int$`
}
