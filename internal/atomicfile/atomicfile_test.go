package atomicfile_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/sessionlint/sessionlint/internal/atomicfile"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.sarif")
	if err := atomicfile.WriteBytes(name, []byte("first")); err != nil {
		t.Fatal(err)
	}
	// A failed write leaves the previous file and no temporary one.
	err := atomicfile.Write(name, func(w io.Writer) error {
		_, _ = w.Write([]byte("half"))
		return errors.New("boom")
	})
	if err == nil {
		t.Fatal("the writer's error was lost")
	}
	if data, _ := os.ReadFile(name); string(data) != "first" {
		t.Errorf("after a failed write: %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestWriteReadable: a report file gets the mode a shell would give it
// (0666 less the umask), not a temporary file's 0600, so that a later CI
// step running as another user can read it.
func TestWriteReadable(t *testing.T) {
	name := filepath.Join(t.TempDir(), "out.sarif")
	if err := atomicfile.WriteReadable(name, func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err }); err != nil {
		t.Fatal(err)
	}
	probe := filepath.Join(t.TempDir(), "probe")
	if err := os.WriteFile(probe, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	got, _ := os.Stat(name)
	want, _ := os.Stat(probe)
	if got.Mode().Perm() != want.Mode().Perm() {
		t.Errorf("mode %v, want %v (as os.WriteFile with 0666 under this umask)", got.Mode().Perm(), want.Mode().Perm())
	}
	if data, _ := os.ReadFile(name); string(data) != "{}" {
		t.Errorf("content %q", data)
	}
}
