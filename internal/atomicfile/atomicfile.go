// Package atomicfile writes a file whole or not at all: the content goes
// to a temporary file in the same directory, which is renamed into place.
// A reader never sees a partial file, a failed or killed writer leaves the
// old one (or none), and concurrent writers of the same name each leave a
// complete file, the last rename winning.
package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
)

// Write creates or replaces the file name with what write writes.
func Write(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-"+filepath.Base(name)+"-*")
	if err != nil {
		return err
	}
	werr := write(tmp)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// WriteBytes creates or replaces the file name with data.
func WriteBytes(name string, data []byte) error {
	return Write(name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
