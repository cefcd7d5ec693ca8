package modulescan

import (
	"bufio"
	"bytes"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// A framework that sends the session cookie itself (GoFrame) takes its
// attributes from a configuration file the application ships, most often
// manifest/config/config.yaml. The scan reads the first of the files a
// model names that exists, and the keys of one section of it: YAML and
// JSON through a YAML parser (which keeps line numbers), TOML line by
// line (a [section] header, then key = value).

// ConfigFile is what a configuration file of the module sets in one
// section.
type ConfigFile struct {
	// Path is the file, relative to the module root ("" when none of the
	// files exists); Abs its absolute path.
	Path, Abs string
	// Section is the line of the section's key or header, 0 when the
	// file has no such section.
	Section int
	// Keys are the section's scalar entries by normalised key
	// (NormalizeKey).
	Keys map[string]ConfigEntry
	// Example: the file is an example for deployments (its name has
	// ".example"), read because the module ships no real one.
	Example bool
	// Sections are the names of the file's [section] headers, in order
	// (key = value files only).
	Sections []string

	content []byte // the file as read: its lines are what Keys count
}

// RunMode returns the run mode the file selects with the key modeKey
// (defaultMode when it has none), and whether it is known: not when the
// environment chooses it ("${BEEGO_RUNMODE||dev}").
func (cf *ConfigFile) RunMode(modeKey, defaultMode string) (string, bool) {
	e, ok := cf.Keys[NormalizeKey(modeKey)]
	if !ok {
		return defaultMode, true
	}
	if strings.HasPrefix(strings.TrimSpace(e.Value), "${") {
		return "", false
	}
	return e.Value, true
}

// LinePositions adds the file to fset (a finding can then point into it)
// and returns the position of a line.
func (cf *ConfigFile) LinePositions(fset *token.FileSet) func(line int) token.Pos {
	data := cf.Content()
	tf := fset.AddFile(cf.Abs, -1, len(data))
	tf.SetLinesForContent(data)
	return func(line int) token.Pos {
		if line < 1 || line > tf.LineCount() {
			return tf.Pos(0)
		}
		return tf.LineStart(line)
	}
}

// Content returns the file as it was read, so that positions in it match
// the lines of Keys without reading it again.
func (cf *ConfigFile) Content() []byte { return cf.content }

// ConfigEntry is one key of a configuration section.
type ConfigEntry struct {
	// Value is the scalar as written, unquoted.
	Value string
	// Line is the key's line.
	Line int
}

// Syntax is how a configuration file writes its entries.
type Syntax int

const (
	// YAML: key: value (YAML, and the default).
	YAML Syntax = iota
	// JSON: "key": value.
	JSON
	// KeyEqualsValue: key = value (TOML, INI, beego's app.conf).
	KeyEqualsValue
)

// SyntaxOf returns the syntax of a configuration file by its name (an
// ".example" suffix, a template for deployments, is looked through).
func SyntaxOf(name string) Syntax {
	switch path.Ext(strings.TrimSuffix(name, ".example")) {
	case ".toml", ".conf", ".ini":
		return KeyEqualsValue
	case ".json":
		return JSON
	}
	return YAML
}

// NormalizeKey is how GoFrame compares configuration keys: without case,
// '-', '_' and spaces.
func NormalizeKey(k string) string {
	return strings.NewReplacer("-", "", "_", "", " ", "").Replace(strings.ToLower(k))
}

// Config returns the section of the first of files (relative to the
// module root) that exists, parsed; nil when none exists.
func (s *Scan) Config(files []string, section string) *ConfigFile {
	if s == nil {
		return nil
	}
	cf := s.config(files, section)
	s.observe("config", func() ([]string, any) { return append([]string{section}, files...), cf })
	return cf
}

// Glob returns the files of the module matching pattern (a path.Match
// pattern relative to the module's root, e.g. "conf/*.conf"), sorted.
func (s *Scan) Glob(pattern string) []string {
	if s == nil {
		return nil
	}
	out := s.glob(pattern)
	s.observe("glob", func() ([]string, any) { return []string{pattern}, out })
	return out
}

func (s *Scan) glob(pattern string) []string {
	matches, _ := filepath.Glob(filepath.Join(s.Root, filepath.FromSlash(pattern)))
	var out []string
	for _, m := range matches {
		if rel, err := filepath.Rel(s.Root, m); err == nil {
			out = append(out, filepath.ToSlash(rel))
		}
	}
	slices.Sort(out)
	return out
}

func (s *Scan) config(files []string, section string) *ConfigFile {
	for _, rel := range files {
		abs := filepath.Join(s.Root, filepath.FromSlash(rel))
		data, err := os.ReadFile(abs)
		if err != nil {
			continue
		}
		cf := &ConfigFile{Path: rel, Abs: abs, Keys: map[string]ConfigEntry{}, Example: strings.Contains(path.Base(rel), ".example"), content: data}
		if SyntaxOf(rel) == KeyEqualsValue {
			readTOML(data, section, cf)
		} else {
			readYAML(data, section, cf)
		}
		return cf
	}
	return nil
}

// readYAML reads section from a YAML or JSON document.
func readYAML(data []byte, section string, cf *ConfigFile) {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if NormalizeKey(k.Value) != NormalizeKey(section) || v.Kind != yaml.MappingNode {
			continue
		}
		cf.Section = k.Line
		for j := 0; j+1 < len(v.Content); j += 2 {
			if key, val := v.Content[j], v.Content[j+1]; val.Kind == yaml.ScalarNode {
				cf.Keys[NormalizeKey(key.Value)] = ConfigEntry{Value: val.Value, Line: key.Line}
			}
		}
		return
	}
}

var (
	tomlHeader = regexp.MustCompile(`^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$`)
	tomlEntry  = regexp.MustCompile(`^\s*([A-Za-z0-9_.-]+|"[^"]*")\s*=\s*(.*?)\s*(#.*)?$`)
)

// readTOML reads the scalar entries of section from a TOML or INI
// document (beego's app.conf); section "" is the entries before the first
// section header.
func readTOML(data []byte, section string, cf *ConfigFile) {
	in := section == ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if m := tomlHeader.FindStringSubmatch(text); m != nil {
			name := strings.Trim(m[1], `"`)
			cf.Sections = append(cf.Sections, name)
			in = NormalizeKey(name) == NormalizeKey(section)
			if in {
				cf.Section = line
			}
			continue
		}
		if !in {
			continue
		}
		if m := tomlEntry.FindStringSubmatch(text); m != nil {
			val := m[2]
			if u, err := strconv.Unquote(val); err == nil {
				val = u
			} else {
				val = strings.Trim(val, `'`)
			}
			cf.Keys[NormalizeKey(strings.Trim(m[1], `"`))] = ConfigEntry{Value: val, Line: line}
		}
	}
}

// GoTextMatch returns where (file:line, relative to the module root) one
// of the module's non-test Go files first matches re outside a line
// comment, and whether one does: a cheap, syntactic "does the module use
// this" (GoFrame's r.Session.Set(...) anywhere in the module).
func (s *Scan) GoTextMatch(re *regexp.Regexp) (string, bool) {
	if s == nil {
		return "", false
	}
	r := s.goTextMatch(re.String(), "")
	s.observe("gotext", func() ([]string, any) { return []string{re.String()}, []any{r.where, r.ok} })
	return r.where, r.ok
}

// GoTextValue is GoTextMatch that also returns what re's first group
// matched (a constant assigned in code: `\.SessionName\s*=\s*"([^"]*)"`).
func (s *Scan) GoTextValue(re *regexp.Regexp) (where, value string, ok bool) {
	if s == nil {
		return "", "", false
	}
	r := s.goTextMatch(re.String(), "")
	s.observe("gotextvalue", func() ([]string, any) { return []string{re.String()}, []any{r.where, r.text, r.ok} })
	return r.where, r.text, r.ok
}

// GoTextMatchIn is GoTextMatch within the programs that include the
// package in dir (see Stores), or the whole module when none does: a
// setting made by another program of the module is not this one's.
func (s *Scan) GoTextMatchIn(dir string, re *regexp.Regexp) (string, bool) {
	if s == nil {
		return "", false
	}
	r := s.goTextMatch(re.String(), dir)
	s.observe("gotextin", func() ([]string, any) { return []string{dir, re.String()}, []any{r.where, r.ok} })
	return r.where, r.ok
}

// Referenced reports whether the programs that include the package in dir
// may refer to name from another package (a call or value x.name in their
// non-test Go files), true when no program includes the package (a
// library: other modules may) or dir is outside the module: an exported
// helper no program of the module refers to runs nowhere.
func (s *Scan) Referenced(dir, name string) bool {
	if s == nil {
		return true
	}
	ref := s.referenced(dir, name)
	s.observe("referenced", func() ([]string, any) { return []string{dir, name}, ref })
	return ref
}

func (s *Scan) referenced(dir, name string) bool {
	scope, ok := s.programs(dir)
	if !ok || scope == nil {
		return true
	}
	s.selectorsOnce.Do(func() { s.selectors = s.selectorIndex(goFiles(s.Root)) })
	for _, d := range s.selectors[name] {
		if scope[d] {
			return true
		}
	}
	return false
}

// selectorPattern matches a selected name (x.name); the index keeps the
// group.
var selectorPattern = regexp.MustCompile(`\.([\pL_][\pL\pN_]*)`)

// selectorIndex returns, for each name selected outside a comment in
// files, the directories (relative to the module's root) of the files
// that select it, each once.
func (s *Scan) selectorIndex(files []goFile) map[string][]string {
	index := map[string][]string{}
	for _, f := range files {
		data, err := os.ReadFile(f.path)
		if err != nil {
			continue
		}
		rel, _ := filepath.Rel(s.Root, f.path)
		dir := path.Dir(filepath.ToSlash(rel))
		seen := map[string]bool{}
		for _, loc := range selectorPattern.FindAllSubmatchIndex(data, -1) {
			name := string(data[loc[2]:loc[3]])
			if seen[name] {
				continue
			}
			lineStart := bytes.LastIndexByte(data[:loc[0]], '\n') + 1
			if bytes.Contains(data[lineStart:loc[0]], []byte("//")) {
				continue // commented out
			}
			seen[name] = true
			if ds := index[name]; len(ds) == 0 || ds[len(ds)-1] != dir {
				index[name] = append(ds, dir)
			}
		}
	}
	return index
}

func (s *Scan) goTextMatch(pattern, dir string) textMatch {
	var scope map[string]bool
	if dir != "" {
		var ok bool
		if scope, ok = s.programs(dir); !ok {
			return textMatch{}
		}
	}
	r := s.memoText(dir+"\x00"+pattern, func() (r textMatch) {
		if re, err := regexp.Compile(pattern); err == nil {
			r = s.firstMatch(re, goFiles(s.Root), func(dir string) bool { return scope == nil || scope[dir] })
		}
		return r
	})
	return r
}

// memoText returns the text match kept under key, computing it once.
func (s *Scan) memoText(key string, compute func() textMatch) textMatch {
	s.textMu.Lock()
	defer s.textMu.Unlock()
	if r, ok := s.textMatches[key]; ok {
		return r
	}
	if s.textMatches == nil {
		s.textMatches = map[string]textMatch{}
	}
	r := compute()
	s.textMatches[key] = r
	return r
}

// firstMatch returns the first match of re, outside a comment, in the
// files whose directory (relative to the module's root) keep accepts.
func (s *Scan) firstMatch(re *regexp.Regexp, files []goFile, keep func(dir string) bool) textMatch {
	for _, f := range files {
		rel, _ := filepath.Rel(s.Root, f.path)
		rel = filepath.ToSlash(rel)
		if !keep(path.Dir(rel)) {
			continue
		}
		data, err := os.ReadFile(f.path)
		if err != nil {
			continue
		}
		for _, loc := range re.FindAllSubmatchIndex(data, -1) {
			lineStart := bytes.LastIndexByte(data[:loc[0]], '\n') + 1
			if bytes.Contains(data[lineStart:loc[0]], []byte("//")) {
				continue // commented out
			}
			m := textMatch{where: rel + ":" + strconv.Itoa(1+bytes.Count(data[:loc[0]], []byte("\n"))), ok: true}
			if len(loc) >= 4 && loc[2] >= 0 {
				m.text = string(data[loc[2]:loc[3]])
			}
			return m
		}
	}
	return textMatch{}
}

// TestsRefer reports whether the _test.go files of another package of the
// module refer to name (x.name), exported by the package in dir: a helper
// written for other packages' tests (SetupSession in a plain file of a
// helpers package). False when dir is outside the module.
func (s *Scan) TestsRefer(dir, name string) bool {
	if s == nil {
		return false
	}
	ref := s.testsRefer(dir, name)
	s.observe("testsrefer", func() ([]string, any) { return []string{dir, name}, ref })
	return ref
}

func (s *Scan) testsRefer(dir, name string) bool {
	rel, err := filepath.Rel(s.Root, dir)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	s.testSelectorsOnce.Do(func() { s.testSelectors = s.selectorIndex(testGoFiles(s.Root)) })
	for _, d := range s.testSelectors[name] {
		if d != rel {
			return true
		}
	}
	return false
}

type textMatch struct {
	where string
	text  string // the pattern's first group, when it has one
	ok    bool
}
