package modulescan

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A cookie that the application's own front-end reads (a theme, a
// configuration handed to a single-page app) is meant for script: making it
// HttpOnly would break the page. The scan looks for that in the module's
// script and template files: the cookie's name quoted close to the word
// "cookie" (curCookie["jsonWebConfig"], Cookies.get('theme')), or followed
// by "=" where the cookie string is taken apart
// (document.cookie.match(/(?:^|;\s*)theme=([^;]+)/)).

// scriptExts are the files where a page's script lives.
var scriptExts = map[string]bool{
	".js": true, ".mjs": true, ".cjs": true, ".jsx": true, ".ts": true, ".tsx": true,
	".vue": true, ".svelte": true, ".html": true, ".htm": true, ".tmpl": true, ".gohtml": true,
}

// maxScriptSize skips bundles and vendored libraries.
const maxScriptSize = 1 << 20

// nearCookie is how far (in bytes) a quoted name may be from the word
// "cookie" to count as a cookie's name.
const nearCookie = 80

// quoted matches a quoted name in script: "name", 'name' or `name`.
var quoted = regexp.MustCompile("[\"'`]([A-Za-z0-9_.:-]{1,64})[\"'`]")

// assigned matches a name followed by "=" where a cookie string is taken
// apart: document.cookie.match(/(?:^|;\s*)name=([^;]+)/), "; name=".
var assigned = regexp.MustCompile("(?:[\"'`/;()|]|\\s)([A-Za-z0-9_.:-]{1,64})=")

var cookieWord = []byte("cookie")

// ScriptReads returns where (file:line, relative to the module root) the
// module's script or template files quote the cookie name next to the word
// "cookie", and whether they do. node_modules, vendor, testdata,
// hidden directories and minified or large files are not read.
func (s *Scan) ScriptReads(name string) (string, bool) {
	if s == nil || name == "" {
		return "", false
	}
	where, ok := s.scriptReads(name)
	s.observe("scripts", func() ([]string, any) { return []string{name}, []any{where, ok} })
	return where, ok
}

func (s *Scan) scriptReads(name string) (string, bool) {
	s.scriptsOnce.Do(s.readScripts)
	where, ok := s.scripts[name]
	return where, ok
}

func (s *Scan) readScripts() {
	s.scripts = map[string]string{}
	_ = filepath.WalkDir(s.Root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != s.Root && (name == "node_modules" || name == "vendor" || name == "testdata" ||
				strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !scriptExts[filepath.Ext(name)] || strings.Contains(name, ".min.") {
			return nil
		}
		if info, err := d.Info(); err != nil || info.Size() > maxScriptSize {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		words := cookieAt(bytes.ToLower(data))
		if len(words) == 0 {
			return nil
		}
		rel, err := filepath.Rel(s.Root, p)
		if err != nil {
			return nil
		}
		for _, re := range []*regexp.Regexp{quoted, assigned} {
			for _, m := range re.FindAllSubmatchIndex(data, -1) {
				n := string(data[m[2]:m[3]])
				if _, ok := s.scripts[n]; !ok && near(words, m[0], m[1]) {
					line := 1 + bytes.Count(data[:m[0]], []byte("\n"))
					s.scripts[n] = filepath.ToSlash(rel) + ":" + strconv.Itoa(line)
				}
			}
		}
		return nil
	})
}

// cookieAt returns the offsets of the word "cookie" in the lower-cased text.
func cookieAt(lower []byte) []int {
	var at []int
	for i := 0; ; {
		j := bytes.Index(lower[i:], cookieWord)
		if j < 0 {
			return at
		}
		at = append(at, i+j)
		i += j + len(cookieWord)
	}
}

// near reports whether one of the sorted offsets words is within
// nearCookie bytes of [start, end).
func near(words []int, start, end int) bool {
	i, _ := slices.BinarySearch(words, start)
	if i < len(words) && words[i]-end <= nearCookie {
		return true
	}
	return i > 0 && start-(words[i-1]+len(cookieWord)) <= nearCookie
}
