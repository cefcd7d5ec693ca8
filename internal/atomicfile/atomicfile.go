// Package atomicfile writes a file whole or not at all: the content goes
// to a temporary file in the same directory, which is renamed into place.
// A reader never sees a partial file, a failed or killed writer leaves the
// old one (or none), and concurrent writers of the same name each leave a
// complete file, the last rename winning.
package atomicfile

import (
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Write creates or replaces the file name with what write writes. The
// file is private to the user (mode 0600): for caches.
func Write(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-"+filepath.Base(name)+"-*")
	if err != nil {
		return err
	}
	return finish(tmp, name, write)
}

// WriteReadable is Write for a file other users and programs read (a
// report a later CI step uploads): mode 0666 less the umask, as a file
// the shell creates (0644 under the usual umask 022).
func WriteReadable(name string, write func(io.Writer) error) error {
	dir, base := filepath.Dir(name), filepath.Base(name)
	for {
		tmp, err := os.OpenFile(filepath.Join(dir, ".tmp-"+base+"-"+strconv.FormatUint(rand.Uint64(), 36)), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if os.IsExist(err) {
			continue
		}
		if err != nil {
			return err
		}
		return finish(tmp, name, write)
	}
}

// finish writes the temporary file tmp and renames it to name.
func finish(tmp *os.File, name string, write func(io.Writer) error) error {
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
