package authsuccess

import (
	"slices"
	"strings"
	"unicode"
)

// words splits an identifier, a string literal or a route into lower-case
// words: at every character that is not a letter or digit, between a lower
// case letter or digit and an upper case letter ("userPassword"), before
// the last capital of a run followed by a lower case letter ("APIKey" →
// api key), and between letters and digits ("oauth2" → oauth 2).
func words(s string) []string {
	var out []string
	rs := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			flush(i)
			start = i
		case unicode.IsDigit(r) != unicode.IsDigit(prev):
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return out
}

// Credential names. A name is a credential when, after dropping trailing
// qualifiers (credQualifiers), its last word is one of credWords, or its
// last two words are one of credPairs; and no word of it is in
// credExcluded.
var (
	// credWords maps the head word of a credential name to the kind of
	// the comparison.
	credWords = map[string]Kind{
		"password": KindPassword, "passwords": KindPassword, "passwd": KindPassword,
		"pwd": KindPassword, "pw": KindPassword, "pass": KindPassword,
		"passphrase": KindPassword, "passcode": KindPassword,
		"hash": KindPassword, "hashed": KindPassword, "hashes": KindPassword, "hashing": KindPassword,
		"secret": KindCompare, "secrets": KindCompare,
		"token": KindCompare, "tokens": KindCompare,
		"apikey": KindElevation,
		"pin":    KindCompare,
		"otp":    KindTOTP, "totp": KindTOTP,
	}
	// credPairs are two-word heads ("api key", "pass word").
	credPairs = map[[2]string]Kind{
		{"api", "key"}: KindElevation, {"admin", "key"}: KindElevation,
		{"secret", "key"}: KindCompare, {"access", "key"}: KindCompare,
		{"master", "key"}: KindElevation, {"auth", "key"}: KindCompare,
		{"pass", "word"}: KindPassword, {"pin", "code"}: KindCompare,
	}
	// credQualifiers are trailing words that do not change what a name
	// denotes: passwordStr, tokenFromHeader, hashBytes.
	credQualifiers = []string{
		"str", "string", "bytes", "byte", "b", "bs", "hex", "b64", "base64",
		"value", "val", "input", "in", "given", "provided", "submitted",
		"expected", "stored", "actual", "raw", "plain", "plaintext", "text",
		"from", "form", "param", "cookie", "header", "query", "db", "sum",
	}
	// credExcluded words make a comparison something else than a
	// credential check: form validation (password == passwordConfirm,
	// newPassword == oldPassword), CSRF and OAuth state checks, error
	// sentinels (err == ErrInvalidToken).
	credExcluded = []string{
		"confirm", "confirmation", "confirmed", "repeat", "repeated", "retype",
		"again", "new", "csrf", "xsrf", "state", "nonce", "err", "error",
		"invalid", "missing", "empty", "expired",
	}
	// hashContext words make a name whose head is hash the hash of
	// something else than a password (clientDataHash, fileHash,
	// suite.hash): an integrity check.
	hashContext = []string{
		"data", "file", "content", "body", "payload", "message", "msg", "cert",
		"suite", "alg", "algorithm", "func", "function", "type", "kind", "chain",
		"block", "tree", "commit", "object", "image", "blob", "checksum",
	}
	// numericCredWords are the credentials that may be integers.
	numericCredWords = []string{"pin", "otp", "totp", "passcode", "code"}
	// elevationWords make a credential comparison a privilege elevation.
	elevationWords = []string{"admin", "administrator", "root", "superuser", "sudo", "role", "staff"}
)

// nameInfo is what the names of a comparison's operand say.
type nameInfo struct {
	cred      bool // a credential name
	kind      Kind // its kind, when cred
	numeric   bool // a credential that may be an integer (pin, otp)
	excluded  bool // a word of credExcluded
	elevation bool // a word of elevationWords, or an API key
}

// classifyName classifies one name (an identifier, a field, a call or a
// string literal).
func classifyName(name string) nameInfo {
	ws := words(name)
	var ni nameInfo
	for _, w := range ws {
		if slices.Contains(credExcluded, w) {
			ni.excluded = true
		}
		if slices.Contains(elevationWords, w) {
			ni.elevation = true
		}
	}
	for len(ws) > 1 && slices.Contains(credQualifiers, ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return ni
	}
	if len(ws) >= 2 {
		if k, ok := credPairs[[2]string{ws[len(ws)-2], ws[len(ws)-1]}]; ok {
			ni.cred, ni.kind = true, k
		}
	}
	head := ws[len(ws)-1]
	if !ni.cred {
		if k, ok := credWords[head]; ok {
			ni.cred, ni.kind = true, k
		}
	}
	if ni.cred && strings.HasPrefix(head, "hash") {
		for _, w := range ws[:len(ws)-1] {
			if slices.Contains(hashContext, w) {
				// An integrity check: the whole comparison is.
				ni.cred, ni.excluded = false, true
			}
		}
	}
	ni.numeric = ni.cred && (slices.Contains(numericCredWords, head) ||
		len(ws) >= 2 && slices.Contains(numericCredWords, ws[len(ws)-2]))
	if ni.cred && ni.kind == KindElevation {
		ni.elevation = true
		ni.kind = KindCompare
	}
	return ni
}

// merge combines the classification of several names of one comparison.
func merge(infos []nameInfo) nameInfo {
	var out nameInfo
	for _, ni := range infos {
		out.excluded = out.excluded || ni.excluded
		out.elevation = out.elevation || ni.elevation
		if ni.cred && (!out.cred || rank(ni.kind) > rank(out.kind)) {
			out.cred, out.kind = true, ni.kind
		}
		out.numeric = out.numeric || ni.numeric
	}
	return out
}

// rank orders kinds so that a password comparison is called one even when
// the other operand is named like a token or hash.
func rank(k Kind) int {
	switch k {
	case KindPassword:
		return 3
	case KindTOTP:
		return 2
	}
	return 1
}

// Handler names (the name fallback).
var (
	// loginWords are the single words that name an authentication
	// handler, loginPairs the two-word spellings.
	loginWords = []string{
		"login", "logon", "signin", "signup", "authenticate", "authentication",
		"callback", "oauth", "register", "registration",
		// Privilege changes are authentication events too: an admin
		// acting as another user, sudo mode.
		"impersonate", "impersonation", "sudo",
	}
	loginPairs = [][2]string{{"log", "in"}, {"log", "on"}, {"sign", "in"}, {"sign", "up"}}
	// callbackWords are the login words of handlers that legitimately
	// answer GET (the OAuth redirect back from the provider).
	callbackWords = []string{"callback", "oauth"}
	// notLoginWords mark logout handlers, form renderers, middleware,
	// route setup, the start of an OAuth flow and status queries.
	notLoginWords = []string{
		"logout", "signout", "logoff", "show", "page", "form", "render", "view", "get",
		"display", "template", "tmpl", "html", "redirect", "url", "uri", "link",
		"route", "routes", "router", "middleware", "require", "required", "requires",
		"begin", "start", "init", "status", "limit", "limiter", "rate", "test",
		"mock", "fake", "setup", "config", "set", "cookie", "cookies", "generate",
		"build", "make", "client", "challenge", "options", "server", "hook", "hooks",
		"filter", "filters", "plugin", "static", "handlers",
	}
	notLoginPairs = [][2]string{{"log", "out"}, {"sign", "out"}, {"log", "off"}}
	// notAuthWords in a function's or package's name make its checks
	// something else than authentication: CSRF and OAuth state
	// validation.
	notAuthWords = []string{"csrf", "xsrf", "nonce"}
)

// loginName says whether the words name an authentication handler: ok
// when a login word is present and no excluding word is; callback when
// one of the login words is an OAuth callback word.
func loginName(ws []string) (ok, callback bool) {
	hasPair := func(pairs [][2]string) bool {
		for i := 0; i+1 < len(ws); i++ {
			if slices.Contains(pairs, [2]string{ws[i], ws[i+1]}) {
				return true
			}
		}
		return false
	}
	for _, w := range ws {
		if slices.Contains(notLoginWords, w) {
			return false, false
		}
	}
	if hasPair(notLoginPairs) {
		return false, false
	}
	for _, w := range ws {
		if slices.Contains(loginWords, w) {
			ok = true
		}
		if slices.Contains(callbackWords, w) {
			callback = true
		}
	}
	return ok || hasPair(loginPairs), callback
}
