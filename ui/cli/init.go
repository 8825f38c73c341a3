package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// Names of the files init writes.
const (
	starterFile = "register.toml"
	builtinFile = "pathfinders.toml"
)

func initCommand() *cobra.Command {
	var fromBuiltin bool
	cmd := &cobra.Command{
		Use:   "init DIR",
		Short: "Start a register of your own: write a data file to edit",
		Long: `Start a register of your own in DIR (created if missing).

Writes DIR/register.toml: a programme, a source and one made-up mutual
with an event and a reading, every key of the file format present and
explained in a comment. Replace the example with your own records.

With --from-builtin, writes DIR/pathfinders.toml instead: the built-in
pathfinders, to extend or correct.

init never overwrites: it refuses, writing nothing, when DIR already
holds a .toml file (dot-files, such as editor locks, aside). Then browse the register, and press e on a record to
edit it; the browser reloads as you save.`,
		Example: `  mutuals init my-register
  mutuals init --from-builtin pathfinders-plus`,
		Args: exactArgs(1, "name the directory to write, e.g. mutuals init my-register"),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, text := starterFile, data.Starter()
			if fromBuiltin {
				name, text = builtinFile, data.Builtin()
			}
			path, err := writeRegister(args[0], name, text)
			if err != nil {
				return failure{err}
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "wrote %s\nnext: mutuals --data %s   (press e on a record to edit it)\n",
				quoteArg(path), quoteArg(args[0]))
			if err != nil && !errors.Is(err, syscall.EPIPE) {
				// the register is made: a retry would be refused
				err = explainedWrite{fmt.Errorf("wrote %s, but could not say so: %w", quoteArg(path), err)}
			}
			return quiet(err)
		},
	}
	cmd.Flags().BoolVar(&fromBuiltin, "from-builtin", false, "write the built-in pathfinders instead of the starter")
	return cmd
}

// writeRegister writes text as dir/name, making dir if need be. It refuses
// a dir that already holds data, and never replaces a file.
//
// It is atomic: the text goes to a temporary file in dir, which is linked
// into place only while dir holds init's lock and still no .toml file, so
// two inits of one directory at once never leave two registers (which
// could not load together). A failed init leaves nothing behind: not the
// temporary file, not the lock, not the directories it made.
func writeRegister(dir, name string, text []byte) (path string, err error) {
	if err := checkEmptyOfData(dir); err != nil {
		return "", err
	}
	made, err := makeDirs(dir)
	if err != nil {
		removeMade(made)
		return "", fmt.Errorf("cannot create %s: %w", quoteArg(dir), unwrapPathError(err))
	}
	defer func() {
		if err != nil {
			removeMade(made)
		}
	}()
	path = filepath.Join(dir, name)
	tmp, err := writeTemp(dir, name, text)
	if err != nil {
		return "", fmt.Errorf("cannot write %s: %w", quoteArg(path), unwrapPathError(err))
	}
	defer os.Remove(tmp)
	lock := filepath.Join(dir, initLock)
	l, err := os.OpenFile(lock, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("another mutuals init is writing %s: nothing was written\n  if none is, remove %s and try again", quoteArg(dir), quoteArg(lock))
		}
		return "", fmt.Errorf("cannot write %s: %w", quoteArg(path), unwrapPathError(err))
	}
	l.Close()
	defer os.Remove(lock)
	if err := checkEmptyOfData(dir); err != nil {
		return "", err
	}
	if err := linkFile(tmp, path); err != nil {
		return "", fmt.Errorf("cannot write %s: %w", quoteArg(path), unwrapPathError(err))
	}
	return path, nil
}

// initLock is the lock file init holds while it links the register in.
const initLock = ".mutuals-init.lock"

// linkFile is os.Link; a test makes it fail.
var linkFile = os.Link

// writeTemp writes text to a new dot-file in dir (which loading skips),
// flushed to disk.
func writeTemp(dir, name string, text []byte) (string, error) {
	f, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return "", err
	}
	_, err = f.Write(text)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// makeDirs makes dir and any missing parents, and returns those it made,
// deepest first.
func makeDirs(dir string) ([]string, error) {
	var missing []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || filepath.Dir(d) == d {
			break
		}
		missing = append(missing, d)
	}
	return missing, os.MkdirAll(dir, 0o755)
}

// removeMade removes the directories init made, if still empty.
func removeMade(made []string) {
	for _, d := range made {
		_ = os.Remove(d)
	}
}

// checkEmptyOfData fails when dir is not a directory, or holds a file
// loading would read.
func checkEmptyOfData(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		if file := fileOnTheWay(dir); file != "" {
			return fmt.Errorf("%s is a file, not a directory: name a new or empty directory", quoteArg(file))
		}
		return fmt.Errorf("cannot use %s: %w", quoteArg(dir), unwrapPathError(err))
	}
	var found []string
	for _, e := range entries {
		if data.IsDataName(e.Name()) {
			found = append(found, quoteArg(e.Name()))
		}
	}
	if len(found) > 0 {
		return fmt.Errorf("%s already holds data (%s): nothing was written\n  name a new or empty directory, or browse this one: mutuals --data %s",
			quoteArg(dir), strings.Join(found, ", "), quoteArg(dir))
	}
	return nil
}

// fileOnTheWay is dir, or the directory above it, that is a file, or "".
func fileOnTheWay(dir string) string {
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if fi, err := os.Stat(d); err == nil {
			if !fi.IsDir() {
				return d
			}
			return ""
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// quoteArg shows a path from the command line safely, quoted for the
// shell when it holds anything but plain characters, so that a "next:"
// line can be pasted as it is. A path with a control character (a line
// break in a directory's name) is written as $'…' with the character
// escaped: shown as a space, the pasted command would name another path.
// So is a byte that is not UTF-8 ($'\xff'): shown as U+FFFD, it would too.
func quoteArg(s string) string {
	if strings.IndexFunc(s, model.Unsafe) >= 0 || !utf8.ValidString(s) {
		var b strings.Builder
		b.WriteString("$'")
		for i, r := range s {
			switch {
			case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
				fmt.Fprintf(&b, "\\x%02x", s[i]) // a byte that is not UTF-8
			case r == '\\' || r == '\'':
				b.WriteByte('\\')
				b.WriteRune(r)
			case r < 0x80 && model.Unsafe(r):
				fmt.Fprintf(&b, "\\x%02x", r)
			case model.Unsafe(r):
				fmt.Fprintf(&b, "\\u%04x", r)
			default:
				b.WriteRune(r)
			}
		}
		return b.String() + "'"
	}
	p := model.Printable(s)
	if p != "" && strings.Trim(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./+:@%") == "" {
		return p
	}
	return "'" + strings.ReplaceAll(p, "'", `'\''`) + "'"
}
