//go:build !unix

package data

import (
	"io"
	"os"
)

// openData opens path for reading and says what the opened file is.
func openData(path string) (f io.ReadCloser, regular bool, size int64, err error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, false, 0, err
	}
	info, err := file.Stat()
	if err != nil {
		file.Close()
		return nil, false, 0, err
	}
	return file, info.Mode().IsRegular(), info.Size(), nil
}
