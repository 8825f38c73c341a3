//go:build !unix

package data

import (
	"io"
	"os"
	"path/filepath"
)

// openData opens path for reading and says what the opened file is.
func openData(path string) (f io.ReadCloser, regular bool, size int64, id fileID, err error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, false, 0, fileID{}, err
	}
	info, err := file.Stat()
	if err != nil {
		file.Close()
		return nil, false, 0, fileID{}, err
	}
	if abs, err := filepath.Abs(path); err == nil {
		id.path = abs // no inode to go by: the same path is the same file
	}
	return file, info.Mode().IsRegular(), info.Size(), id, nil
}

// fileID is what makes two paths one file: with no inode to go by, its
// absolute path.
type fileID struct{ path string }
