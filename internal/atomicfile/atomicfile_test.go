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
