package data

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"unicode/utf8"
)

// MaxFileSize is the largest data file read, so that a wrong path cannot
// exhaust memory.
const MaxFileSize = 64 << 20

const bom = "\uFEFF"

// input is one file's name and bytes, or why it could not be read.
type input struct {
	name    string
	data    string
	problem *Problem
}

// readAll reads every path, expanding directories, in the order given; it
// stops with ctx's error when ctx is done. A file reached twice (reg and
// reg/register.toml, a symlink, a hard link) is read once, at its first
// place: twice, each of its ids would clash with itself.
func readAll(ctx context.Context, paths []string) ([]input, error) {
	var inputs []input
	seen := map[fileID]bool{}
	for _, p := range paths {
		files, problem := expand(p)
		if problem != nil {
			inputs = append(inputs, input{name: p, problem: problem})
			continue
		}
		for _, name := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			b, id, problem := readFile(name)
			if id != (fileID{}) && seen[id] {
				continue
			}
			seen[id] = true
			// LF already, so that progress counts the bytes loaded
			inputs = append(inputs, input{name: name, data: lfLines(b), problem: problem})
		}
	}
	return inputs, ctx.Err()
}

// expand turns a path into the files it names: in a directory, its .toml
// files, but not dot-files (an Emacs lock .#register.toml, which is a
// dangling symlink, or macOS's ._register.toml beside a copied file).
func expand(path string) ([]string, *Problem) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fileProblem(path, err)
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fileProblem(path, err)
	}
	var files []string
	for _, e := range entries {
		if IsDataName(e.Name()) && !e.IsDir() {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, &Problem{File: path, Message: "the directory has no .toml files",
			Hint: "point --data at a .toml file, or at a directory that holds some"}
	}
	return files, nil
}

// readFile reads a whole file into a string without a second copy: the
// records' text is sliced from it. The file is opened without blocking and
// the opened descriptor is checked, not the path, so that a FIFO or device
// swapped in for a file cannot hang the load; a read that would block is a
// problem, and no more than the limit is read, whatever the size says.
func readFile(path string) (string, fileID, *Problem) {
	f, regular, size, id, err := openData(path)
	if err != nil {
		return "", id, fileProblem(path, err)
	}
	defer f.Close()
	if !regular {
		return "", id, &Problem{File: path, Message: "not a regular file",
			Hint: "give a .toml file or a directory of them"}
	}
	if size > MaxFileSize {
		return "", id, tooBig(path, size)
	}
	var b strings.Builder
	b.Grow(int(size) + 1)
	if _, err := io.Copy(&b, io.LimitReader(f, MaxFileSize+1)); err != nil {
		if errors.Is(err, syscall.EAGAIN) {
			return "", id, &Problem{File: path, Message: "reading it would wait for more input: it is not a plain file",
				Hint: "give a .toml file or a directory of them"}
		}
		return "", id, fileProblem(path, err)
	}
	if b.Len() > MaxFileSize {
		return "", id, tooBig(path, int64(b.Len()))
	}
	return b.String(), id, nil
}

func tooBig(path string, size int64) *Problem {
	return &Problem{File: path,
		Message: fmt.Sprintf("the file is %.1f MiB, over the %d MiB limit", float64(size)/(1<<20), MaxFileSize>>20),
		Hint:    "split it into several files in one directory and pass the directory to --data"}
}

func fileProblem(path string, err error) *Problem {
	p := &Problem{File: path}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		p.Message, p.Hint = "no such file or directory", "check the path: a data path is a .toml file or a directory of them"
	case errors.Is(err, fs.ErrPermission):
		p.Message, p.Hint = "permission denied", "make the file readable (chmod +r) or copy it somewhere you can read"
	default:
		p.Message, p.Hint = "cannot read: "+unwrapPath(err), "check the path and that it is a readable file"
	}
	return p
}

func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// text checks a file is UTF-8, drops a byte-order mark, at most one, and
// reads CRLF line ends as LF (lfLines).
func text(in input) (string, *Problem) {
	if in.problem != nil {
		return "", in.problem
	}
	if line, col, ok := firstInvalidUTF8(in.data); !ok {
		src := in.data
		return "", &Problem{File: in.name, Line: line, Col: col, Text: lineAt(src, line),
			Message: "the file is not UTF-8 text",
			Hint:    "save it as UTF-8 (for example: iconv -f latin1 -t utf-8 old.toml > new.toml)"}
	}
	src := strings.TrimPrefix(lfLines(in.data), bom)
	return src, nil
}

// lfLines is src with each CRLF line end made LF, so that a file saved on
// Windows loads as its copy saved elsewhere, the line breaks in its
// multi-line strings too: TOML lets a reader make them its own, and
// escapes (\r\n written out) are not line ends. A file with a CR on its
// own anywhere is left as it is, for the parser to judge (a stray CR is
// an error, and "\r\r\n" made "\r\n" would hide it). Lines and columns are
// unchanged: each CR removed ended its line.
func lfLines(src string) string {
	crlf := strings.Count(src, "\r\n")
	if crlf == 0 || strings.Count(src, "\r") != crlf {
		return src
	}
	return strings.ReplaceAll(src, "\r\n", "\n")
}

// firstInvalidUTF8 returns the line and byte column (from 1) of the first
// byte that is not UTF-8, or ok.
func firstInvalidUTF8(b string) (line, col int, ok bool) {
	if utf8.ValidString(b) {
		return 0, 0, true
	}
	line, start := 1, 0
	for i := 0; i < len(b); {
		if b[i] == '\n' {
			line, start = line+1, i+1
		}
		r, n := utf8.DecodeRuneInString(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return line, i - start + 1, false
		}
		i += n
	}
	return 0, 0, true
}

// IsDataName reports whether a file of a data directory named name is
// data: a .toml file that is not a dot-file (editor locks such as Emacs's
// .#register.toml, macOS's ._register.toml, temporary files). Loading,
// watching and init all ask this.
func IsDataName(name string) bool {
	return strings.HasSuffix(name, ".toml") && !strings.HasPrefix(name, ".")
}
