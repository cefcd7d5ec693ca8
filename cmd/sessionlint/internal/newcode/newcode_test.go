package newcode_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/newcode"
	"github.com/sessionlint/sessionlint/internal/integration"
)

const patch = `diff --git a/web/login.go b/web/login.go
index 1111111..2222222 100644
--- a/web/login.go
+++ b/web/login.go
@@ -10,0 +11,2 @@ func login() {
+	sess.Values["user"] = u.ID
+	_ = sess.Save(r, w)
@@ -20,3 +22,3 @@ func logout() {
 	keep()
-	old()
+++ added line that looks like a header
 	keep()
diff --git a/gone.go b/gone.go
deleted file mode 100644
--- a/gone.go
+++ /dev/null
@@ -1,2 +0,0 @@
-package gone
-
--- /dev/null	2026-12-04 10:00:00
+++ "b/with space.go"	2026-12-04 10:00:00
@@ -0,0 +1 @@
+package x
`

func TestParsePatch(t *testing.T) {
	c, err := newcode.ParsePatch(strings.NewReader(patch))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		line int
		want bool
	}{
		{"web/login.go", 10, false},
		{"web/login.go", 11, true},
		{"web/login.go", 12, true},
		{"web/login.go", 13, false},
		{"web/login.go", 22, false}, // context
		{"web/login.go", 23, true},  // "++ added line..."
		{"web/login.go", 24, false},
		{"gone.go", 1, false},
		{"with space.go", 1, true},
		{"other.go", 1, false},
	} {
		if got := c.Contains(tc.path, tc.line); got != tc.want {
			t.Errorf("Contains(%s, %d) = %v, want %v", tc.path, tc.line, got, tc.want)
		}
	}
	if _, err := newcode.ParsePatch(strings.NewReader("not a diff\n")); err == nil {
		t.Error("a file with no +++ line was accepted")
	}
	if _, err := newcode.ParsePatch(strings.NewReader("+++ b/x.go\n@@ -1 +x @@\n")); err == nil {
		t.Error("a bad hunk header was accepted")
	}
}

func TestFromRev(t *testing.T) {
	root := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("mod/a.go", "package a\n\nfunc A() {}\n")
	integration.GitCommitAll(t, root)
	write("mod/a.go", "package a\n\nfunc A() {}\n\nfunc B() {}\n")
	write("mod/new.go", "package a\n")

	c, gotRoot, err := newcode.FromRev(context.Background(), filepath.Join(root, "mod"), "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	if real, _ := filepath.EvalSymlinks(root); gotRoot != root && gotRoot != real {
		t.Errorf("root = %s, want %s", gotRoot, root)
	}
	if c.Contains("mod/a.go", 3) || !c.Contains("mod/a.go", 5) || !c.Contains("mod/new.go", 1) {
		t.Errorf("changes = %+v", c)
	}
	if _, _, err := newcode.FromRev(context.Background(), root, "no-such-rev"); err == nil || !strings.Contains(err.Error(), "no such commit") {
		t.Errorf("unknown revision: err = %v", err)
	}
	if _, _, err := newcode.FromRev(context.Background(), t.TempDir(), "HEAD"); err == nil || !strings.Contains(err.Error(), "not in a git repository") {
		t.Errorf("outside a repository: err = %v", err)
	}
}

// TestDeletions: removed lines are recorded where they were, so that a
// change that only deletes (a renewal, a Secure: true) touches the
// function around them.
func TestDeletions(t *testing.T) {
	const diff = `diff --git a/web/login.go b/web/login.go
--- a/web/login.go
+++ b/web/login.go
@@ -14,1 +13,0 @@
-	sm.RenewToken(ctx)
@@ -30,2 +29,1 @@
-	Secure: true,
-	HttpOnly: true,
+	HttpOnly: true, // kept
`
	c, err := newcode.ParsePatch(strings.NewReader(diff))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		from, to int
		want     bool
	}{
		{10, 20, true},  // the renewal removed after line 13
		{14, 20, false}, // starts after the removal
		{5, 13, false},  // ends where the removal starts: it is after the span
		{20, 28, false},
		{29, 29, true}, // the modified line
		{26, 40, true},
	} {
		if got := c.Touches("web/login.go", tc.from, tc.to); got != tc.want {
			t.Errorf("Touches(%d, %d) = %v, want %v", tc.from, tc.to, got, tc.want)
		}
	}
	if c.Contains("web/login.go", 14) {
		t.Error("a removal counts as an added line")
	}
}
