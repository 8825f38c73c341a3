package data

import (
	"context"
	_ "embed"
	"path/filepath"
	"strings"

	"github.com/mutuals/mutuals/model"
)

//go:embed pathfinders.toml
var pathfinders string

// EmbeddedName is how the built-in dataset is named to users.
const EmbeddedName = "pathfinders (built in)"

// Embedded loads the pathfinder mutuals built into the program.
func Embedded() (*model.Dataset, error) {
	return parse(EmbeddedName, pathfinders)
}

func parse(name, src string) (*model.Dataset, error) {
	return load(context.Background(), name, []input{{name: name, data: src}}, nil)
}

// Load reads every path (a file, or a directory whose *.toml files are read
// in name order) as one dataset. All problems are reported together. It is
// the one loader of files: watch, when not nil, is told of its progress as
// it goes (from the goroutine that calls Load), so a screen can show
// records before the load is done; the dataset it returns, or its error,
// is the final word. It stops soon after ctx is done (between reads, and
// every few hundred records), returning ctx's error.
func Load(ctx context.Context, paths []string, watch func(Progress)) (*model.Dataset, error) {
	inputs, err := readAll(ctx, paths)
	if err != nil {
		return nil, err
	}
	return load(ctx, DatasetName(paths), inputs, newWatcher(inputs, watch))
}

// LoadWithBuiltin is Load with the built-in pathfinders read
// first, beside the files: a register can then be compared with them, and
// a record copied out of them (show -f toml) is one with its original.
func LoadWithBuiltin(ctx context.Context, paths []string, watch func(Progress)) (*model.Dataset, error) {
	inputs, err := readAll(ctx, paths)
	if err != nil {
		return nil, err
	}
	inputs = append([]input{{name: EmbeddedName, data: pathfinders}}, inputs...)
	return load(ctx, BuiltinName(paths), inputs, newWatcher(inputs, watch))
}

// BuiltinName is how a dataset of paths and the built-in pathfinders is
// named to users.
func BuiltinName(paths []string) string {
	if len(paths) == 0 {
		return EmbeddedName
	}
	return DatasetName(paths) + " + " + EmbeddedName
}

// load checks every file that can be read. A file that is not TOML stops
// there, but every other check runs over all that parsed, so that one
// report holds every problem; only sources cited but not defined are left
// unchecked when a file is missing or broken, since it may define them.
func load(ctx context.Context, name string, inputs []input, w *watcher) (*model.Dataset, error) {
	var (
		all      []records
		problems []Problem
		files    []string
		srcs     = map[string]string{}
		complete = true
		joined   = make([]model.Mutual, 0, expectedAll(inputs))
		together = true // every file's mutuals went into joined
		refused  int    // problems only counted in files that did not parse
	)
	for _, in := range inputs {
		files = append(files, in.name)
		src, p := text(in)
		if p != nil {
			problems, complete = append(problems, *p), false
			continue
		}
		srcs[in.name] = src
		// where this file's mutuals go, after the others': once a file's
		// went elsewhere, joined is not used, and what its array holds
		// past joined may have been reported
		var into, before []model.Mutual
		if together {
			into, before = joined[len(joined):len(joined):cap(joined)], joined
		}
		w.follow(before)
		r, ps, ok := decode(ctx, in.name, src, w, into)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if n := len(r.mutuals); n > 0 && cap(joined)-len(joined) >= n && &r.mutuals[0] == &joined[:len(joined)+1][len(joined)] {
			joined = joined[:len(joined)+n]
		} else if n > 0 {
			together = false
		}
		problems = append(problems, ps...)
		if !ok {
			complete, refused = false, refused+r.dropped
			continue
		}
		all = append(all, r)
	}
	loc := newLocator(srcs)
	if !together {
		joined = nil
	}
	ds, ps, dropped := merge(name, files, all, loc, complete, joined)
	dropped += refused
	for _, r := range all {
		dropped += r.dropped
	}
	if problems = append(problems, ps...); len(problems) == 0 {
		if len(ds.Mutuals) > 0 {
			return ds, nil
		}
		problems = append(problems, noMutuals(files))
	}
	for i := range problems {
		problems[i] = loc.locate(problems[i]).bounded()
	}
	sortProblems(problems, files)
	if len(problems) > maxKept { // the files' and the dataset's together: the first by place
		dropped += len(problems) - maxKept
		problems = problems[:maxKept]
	}
	return nil, &LoadError{Problems: problems, Dropped: dropped}
}

// expectedAll is how many mutuals the files hold, by their headers.
func expectedAll(inputs []input) int {
	n := 0
	for _, in := range inputs {
		n += expectedMutuals(in.data)
	}
	return n
}

// DatasetName is how a dataset loaded from paths is named to users.
func DatasetName(paths []string) string {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(filepath.Clean(p))
	}
	return strings.Join(names, ", ")
}
