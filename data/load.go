// Package data reads mutuals from TOML: the embedded pathfinder dataset and
// users' own files. Every problem it reports names the file, line and
// column. It never writes to a data file.
package data

import (
	_ "embed"
	"path/filepath"
	"strings"

	"github.com/mutuals/mutuals/model"
)

//go:embed pathfinders.toml
var pathfinders string

// EmbeddedName is how the built-in dataset is named to users.
const EmbeddedName = "pathfinders (built in)"

// Embedded loads the twelve pathfinder mutuals built into the program.
func Embedded() (*model.Dataset, error) {
	return parse(EmbeddedName, pathfinders)
}

// Parse loads a dataset from one file's bytes, named name in problems.
func Parse(name string, b []byte) (*model.Dataset, error) {
	return parse(name, string(b))
}

func parse(name, src string) (*model.Dataset, error) {
	return load(name, []input{{name: name, data: src}}, nil)
}

// Load reads every path (a file, or a directory whose *.toml files are read
// in name order) as one dataset. All problems are reported together.
func Load(paths []string) (*model.Dataset, error) {
	return LoadWatched(paths, nil)
}

// LoadWatched is Load that reports its progress to watch as it goes (from
// the goroutine that calls it), so a screen can show records before the
// load is done. The dataset it returns, or its error, is the final word.
func LoadWatched(paths []string, watch func(Progress)) (*model.Dataset, error) {
	inputs, problems := readAll(paths)
	if len(problems) > 0 {
		return nil, &LoadError{Problems: problems}
	}
	return load(DatasetName(paths), inputs, newWatcher(inputs, watch))
}

func load(name string, inputs []input, w *watcher) (*model.Dataset, error) {
	var (
		all      []records
		problems []Problem
		files    []string
		srcs     = map[string]string{}
	)
	for _, in := range inputs {
		src, p := text(in)
		if p != nil {
			problems = append(problems, *p)
			continue
		}
		r, ps := decode(in.name, src, w)
		problems = append(problems, ps...)
		all = append(all, r)
		files = append(files, in.name)
		srcs[in.name] = src
	}
	loc := newLocator(srcs)
	if len(problems) == 0 {
		var ds *model.Dataset
		if ds, problems = merge(name, files, all, loc); len(problems) == 0 {
			return ds, nil
		}
	}
	for i := range problems {
		problems[i] = loc.locate(problems[i])
	}
	return nil, &LoadError{Problems: problems}
}

// DatasetName is how a dataset loaded from paths is named to users.
func DatasetName(paths []string) string {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(filepath.Clean(p))
	}
	return strings.Join(names, ", ")
}
