package modulescan

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"
)

// A package's findings depend on its own files and its dependencies' facts,
// and also on what the module scan answered about the rest of the module
// (the stores main constructs, attributes other packages assign, what the
// front-end reads, the versions go.mod selects). A result cache keyed by
// the package's inputs alone would keep a finding after main changed its
// store. So every answer is recorded as an Observation, and a cached result
// is reused only when each observation it made still holds (Recheck).

// An Observation is one answer of the module scan: the module's root, the
// query and its arguments, and a digest of the answer.
type Observation struct {
	Root   string
	Query  string
	Args   []string
	Digest string
}

// observer, when set, receives every answer the scan gives (see
// SetObserver).
var (
	observeMu sync.Mutex
	observer  func(Observation)
)

// SetObserver has every answer the scan gives from now on passed to f (the
// standalone driver's tool processes hand them to the result cache); nil
// stops it.
func SetObserver(f func(Observation)) {
	observeMu.Lock()
	defer observeMu.Unlock()
	observer = f
}

// observe reports an answer to the observer, if any; record, called only
// then, gives the query's arguments and the answer to digest.
func (s *Scan) observe(query string, record func() (args []string, answer any)) {
	observeMu.Lock()
	f := observer
	observeMu.Unlock()
	if f == nil || s == nil {
		return
	}
	args, answer := record()
	f(Observation{Root: s.Root, Query: query, Args: args, Digest: digest(answer)})
}

func digest(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// Recheck reports whether the scan of the module today gives the answer o
// recorded.
func Recheck(o Observation) bool {
	s := ForDir(o.Root)
	if s == nil || s.Root != o.Root {
		return false
	}
	var answer any
	switch {
	case o.Query == "stores" && len(o.Args) == 2:
		lib := libNamed(o.Args[1])
		if lib == nil {
			return false
		}
		answer = consDigestable(s.stores(o.Args[0], lib))
	case o.Query == "assigned" && len(o.Args) == 1:
		answer = s.assignedTo(o.Args[0])
	case o.Query == "scripts" && len(o.Args) == 1:
		where, ok := s.scriptReads(o.Args[0])
		answer = []any{where, ok}
	case o.Query == "version" && len(o.Args) == 1:
		answer = s.version(o.Args[0])
	case o.Query == "glob" && len(o.Args) == 1:
		answer = s.glob(o.Args[0])
	case o.Query == "config" && len(o.Args) >= 1:
		answer = s.config(o.Args[1:], o.Args[0])
	case o.Query == "gotext" && len(o.Args) == 1:
		r := s.goTextMatch(o.Args[0], "")
		answer = []any{r.where, r.ok}
	case o.Query == "gotextvalue" && len(o.Args) == 1:
		r := s.goTextMatch(o.Args[0], "")
		answer = []any{r.where, r.text, r.ok}
	case o.Query == "referenced" && len(o.Args) == 2:
		answer = s.referenced(o.Args[0], o.Args[1])
	case o.Query == "testsrefer" && len(o.Args) == 2:
		answer = s.testsRefer(o.Args[0], o.Args[1])
	case o.Query == "gotextin" && len(o.Args) == 2:
		r := s.goTextMatch(o.Args[1], o.Args[0])
		answer = []any{r.where, r.ok}
	default:
		return false
	}
	return digest(answer) == o.Digest
}

// consDigestable is what identifies constructions in a digest.
func consDigestable(cs []Construction) [][]string {
	var out [][]string
	for _, c := range cs {
		out = append(out, []string{libID(c.Lib), fmt.Sprint(c.Kind), c.Func, c.Where, c.dir})
	}
	return out
}
