// Package newcode tells which lines a change adds or modifies, so that a
// review reports only the findings the change introduces: from `git diff`
// against a revision (-new-from-rev), or from a unified diff handed over by
// a CI system (-new-from-patch). It also finds the repository root that
// annotations and SARIF locations are relative to.
package newcode

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Changes are the added or modified lines of each file, by path relative
// to the repository root, with forward slashes. A file with every line new
// (untracked, or created by the change) has All set.
type Changes map[string]*File

// File is one changed file.
type File struct {
	All    bool
	Ranges [][2]int // inclusive line ranges
	// Deleted are where the change removed lines, as new-side line
	// numbers: p means lines were removed between lines p-1 and p.
	Deleted []int
}

// Contains reports whether line of the file at path (relative to the
// repository root) is added or modified by the change.
func (c Changes) Contains(path string, line int) bool { return c.adds(path, line, line) }

// Touches reports whether the change adds, modifies or removes anything
// within lines from to to (inclusive) of the file at path: an added line
// there, or lines removed after line from and before line to.
func (c Changes) Touches(path string, from, to int) bool {
	if c.adds(path, from, to) {
		return true
	}
	f := c[filepath.ToSlash(path)]
	if f == nil {
		return false
	}
	for _, p := range f.Deleted {
		if p > from && p <= to {
			return true
		}
	}
	return false
}

// adds reports whether the change adds or modifies a line from from to to
// of the file at path.
func (c Changes) adds(path string, from, to int) bool {
	f := c[filepath.ToSlash(path)]
	if f == nil {
		return false
	}
	if f.All {
		return true
	}
	for _, r := range f.Ranges {
		if r[0] <= to && r[1] >= from {
			return true
		}
	}
	return false
}

// ParsePatch reads a unified diff (git diff, diff -u) and returns the lines
// it adds to the new side of each file, and where it removes lines. Paths drop the a/ and b/ prefixes
// git writes; a file deleted by the diff has no lines.
func ParsePatch(r io.Reader) (Changes, error) {
	c := Changes{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var cur *File
	var newLine, remaining int // position in the current hunk's new side
	sawHeader := false
	for sc.Scan() {
		line := sc.Text()
		if remaining > 0 && cur != nil {
			// Inside a hunk: "+" lines are new, " " lines context, "-"
			// lines on the old side only ("+++ x" here is an added line).
			switch {
			case strings.HasPrefix(line, "+"):
				addLine(cur, newLine)
				newLine++
				remaining--
			case strings.HasPrefix(line, " "), line == "":
				newLine++
				remaining--
			case strings.HasPrefix(line, "-"):
				addDeletion(cur, newLine)
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "+++ "):
			sawHeader = true
			name := patchPath(strings.TrimPrefix(line, "+++ "))
			cur = nil
			if name != "" {
				cur = &File{}
				c[name] = cur
			}
			remaining = 0
		case strings.HasPrefix(line, "@@ "):
			if cur == nil {
				continue
			}
			start, count, err := newSide(line)
			if err != nil {
				return nil, err
			}
			newLine, remaining = start, count
			if count == 0 {
				// Only removals: they follow new-side line start.
				addDeletion(cur, start+1)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !sawHeader {
		return nil, errors.New("not a unified diff: no +++ line")
	}
	return c, nil
}

// patchPath turns the name on a +++ line into a path relative to the
// repository root: "" for /dev/null (a deleted file).
func patchPath(s string) string {
	if i := strings.IndexByte(s, '\t'); i >= 0 {
		s = s[:i] // diff -u appends a date
	}
	s = strings.TrimSpace(s)
	if uq, err := strconv.Unquote(s); err == nil && strings.HasPrefix(s, `"`) {
		s = uq // git quotes unusual names
	}
	if s == "/dev/null" {
		return ""
	}
	if rest, ok := strings.CutPrefix(s, "b/"); ok {
		return rest
	}
	return s
}

// newSide parses the new-side range of a hunk header "@@ -a,b +c,d @@".
func newSide(header string) (start, count int, err error) {
	fields := strings.Fields(header)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, fmt.Errorf("bad hunk header %q", header)
	}
	spec := strings.TrimPrefix(fields[2], "+")
	startStr, countStr, hasCount := strings.Cut(spec, ",")
	if start, err = strconv.Atoi(startStr); err != nil {
		return 0, 0, fmt.Errorf("bad hunk header %q", header)
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(countStr); err != nil {
			return 0, 0, fmt.Errorf("bad hunk header %q", header)
		}
	}
	return start, count, nil
}

func addDeletion(f *File, at int) {
	if n := len(f.Deleted); n > 0 && f.Deleted[n-1] == at {
		return
	}
	f.Deleted = append(f.Deleted, at)
}

func addLine(f *File, line int) {
	if n := len(f.Ranges); n > 0 && f.Ranges[n-1][1] == line-1 {
		f.Ranges[n-1][1] = line
		return
	}
	f.Ranges = append(f.Ranges, [2]int{line, line})
}

// FromRev returns the lines the working tree of the repository holding
// dir adds or modifies since rev (committed, staged or not), untracked
// files being new as a whole, and the repository's root.
func FromRev(ctx context.Context, dir, rev string) (Changes, string, error) {
	root, err := gitRoot(ctx, dir)
	if err != nil {
		return nil, "", err
	}
	if strings.HasPrefix(rev, "-") {
		return nil, "", fmt.Errorf("-new-from-rev %q: not a revision", rev)
	}
	if _, err := git(ctx, root, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, "", fmt.Errorf("-new-from-rev %q: no such commit in %s", rev, root)
	}
	out, err := git(ctx, root, "diff", "--no-color", "--no-ext-diff", "--no-renames", "--unified=0", rev, "--")
	if err != nil {
		return nil, "", err
	}
	c := Changes{}
	if len(bytes.TrimSpace(out)) > 0 {
		if c, err = ParsePatch(bytes.NewReader(out)); err != nil {
			return nil, "", fmt.Errorf("git diff %s: %v", rev, err)
		}
	}
	untracked, err := git(ctx, root, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, "", err
	}
	for _, name := range strings.Split(string(untracked), "\x00") {
		if name != "" {
			c[name] = &File{All: true}
		}
	}
	return c, root, nil
}

// Root returns the directory paths in annotations and SARIF are relative
// to: $GITHUB_WORKSPACE when it holds dir (in GitHub Actions), else the
// root of the git repository holding dir, else dir itself.
func Root(ctx context.Context, dir string) string {
	if ws := os.Getenv("GITHUB_WORKSPACE"); ws != "" && within(ws, dir) {
		return filepath.Clean(ws)
	}
	if root, err := gitRoot(ctx, dir); err == nil {
		return root
	}
	return dir
}

func within(root, dir string) bool {
	r, err := filepath.Rel(root, dir)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}

func gitRoot(ctx context.Context, dir string) (string, error) {
	out, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", fmt.Errorf("%s is not in a git repository (%v)", dir, err)
	}
	root := strings.TrimSpace(string(out))
	// Compare like with like: the working directory may be reached
	// through a symbolic link that git resolved.
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		if r, err := filepath.Rel(real, root); err == nil {
			return filepath.Join(dir, r), nil
		}
	}
	return filepath.FromSlash(root), nil
}

func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out, nil
}
