//go:build unix

package data

import (
	"io"
	"os"
	"syscall"
)

// openData opens path for reading without waiting, and says what the
// opened descriptor (not the path, which may have changed since) is:
// opening a FIFO with no writer, or a device, returns at once. The
// descriptor is read with plain read calls, outside Go's poller, so that a
// read with nothing to give (a FIFO, /proc/kmsg) fails with EAGAIN instead
// of waiting.
func openData(path string) (f io.ReadCloser, regular bool, size int64, id fileID, err error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, false, 0, fileID{}, &os.PathError{Op: "open", Path: path, Err: err}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		syscall.Close(fd)
		return nil, false, 0, fileID{}, &os.PathError{Op: "fstat", Path: path, Err: err}
	}
	id = fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)} //nolint:unconvert // int32 on some systems
	return rawFile(fd), st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Size, id, nil
}

// fileID is what makes two paths one file: its device and inode.
type fileID struct{ dev, ino uint64 }

type rawFile int

func (f rawFile) Read(b []byte) (int, error) {
	for {
		n, err := syscall.Read(int(f), b)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, err
		case n == 0 && len(b) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f rawFile) Close() error { return syscall.Close(int(f)) }
