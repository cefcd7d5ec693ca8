package a

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"net/http"
	"os"
	"time"
)

var macKey, _ = os.ReadFile("mac.key")

// constHash's key is in the code: anyone can compute the MAC.
func constHash(name string) []byte {
	h := hmac.New(sha256.New, []byte("not a secret"))
	h.Write([]byte(name))
	return h.Sum(nil)
}

func nameHash(name string, key []byte) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(name))
	return h.Sum(nil)
}

// signedToken is a stateless token: a keyed hash of the name, an expiry
// and a MAC over both, keyed by a server secret.
func signedToken(name string, key []byte) string {
	data := make([]byte, 36)
	copy(data, nameHash(name, key))
	binary.LittleEndian.PutUint32(data[32:], uint32(time.Now().Unix()))
	h := hmac.New(sha256.New, key)
	h.Write(data)
	return base64.StdEncoding.EncodeToString(append(data, h.Sum(nil)...))
}

func hmacToken(r *http.Request) {
	sink(nameHash(r.FormValue("name"), macKey))    // want `origins: cryptorand:hmac.New keyed by a secret const`
	sink(signedToken(r.FormValue("name"), macKey)) // want `origins: cryptorand:hmac.New keyed by a secret const time:time.Now`
	sink(constHash(r.FormValue("name")))           // want `origins: const form:name@http.Request.FormValue`
}
