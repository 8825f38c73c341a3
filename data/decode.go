package data

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/mutuals/mutuals/model"
)

// records is what one file holds. Where each thing is follows from its
// position: the i-th mutual is at "mutual.i", so nothing else is kept.
type records struct {
	file        string
	programmes  []model.Programme
	programmeAt []string // where each programme is: "programme" or "programme.2"
	sources     []model.Source
	mutuals     []model.Mutual
	unknown     []string // top-level arrays the format does not know
	dropped     int      // problems only counted (see maxKept)
}

// decode parses one file's text into records and the problems found in
// them; ok is false when the file is not TOML. The fast parser reads the
// usual files, record by record; anything else goes to the full TOML
// parser.
func decode(ctx context.Context, name, src string, w *watcher, into []model.Mutual) (r records, problems []Problem, ok bool) {
	return decodeInto(ctx, name, src, w, true, into)
}

// decodeWith is decode that can be told not to try the fast parser, so
// that a test can check that both parsers apply one schema.
func decodeWith(ctx context.Context, name, src string, w *watcher, fast bool) (records, []Problem, bool) {
	return decodeInto(ctx, name, src, w, fast, nil)
}

// decodeInto is decodeWith that appends the fast parser's mutuals to into,
// an empty slice with room for them, when it has that room: the mutuals of
// all the files then lie in one array, never copied.
func decodeInto(ctx context.Context, name, src string, w *watcher, fast bool, into []model.Mutual) (records, []Problem, bool) {
	f := &file{name: name, src: src}
	r := records{file: name}
	var (
		raw   map[string]any
		ok    bool
		shape *shape
	)
	if fast && !strings.HasPrefix(src, bom) {
		r.mutuals = into
		if n := expectedMutuals(src); cap(into) < n {
			r.mutuals = make([]model.Mutual, 0, n)
		}
		raw, ok, shape = fastParse(name, src, func(array string, i int, m map[string]any, at int) bool {
			r.readElement(f, array, i, m)
			w.saw(&r, at, false)
			return i%256 != 0 || ctx.Err() == nil
		})
	}
	if ctx.Err() != nil {
		return records{}, nil, false
	}
	if !ok {
		w.restart(&r)
		r, f.problems = records{file: name}, nil
		if shape == nil {
			shape = walkShape(name, src)
		}
		if ps, dropped := shape.refused(src); len(ps) > 0 {
			return records{file: name, dropped: dropped}, ps, false
		}
		// src has lost the file's byte-order mark, if it had one; the TOML
		// parser drops one mark itself, so it is given one back: a second
		// mark is then what the parser makes of it in the whole file, and
		// its positions stay those of src.
		if _, err := toml.Decode(bom+src, &raw); err != nil {
			return records{}, []Problem{syntaxProblem(name, src, err)}, false
		}
		r.readArrays(f, raw)
	}
	w.saw(&r, len(src), true)
	for _, name := range r.unknown {
		raw[name] = []map[string]any{}
	}
	root := table{f: f, what: "the file", m: raw, known: topKeys}
	root.checkKeys()
	root.notArrays()
	r.readProgramme(root)
	r.giveProgramme(w != nil)
	f.keepFirst()
	r.dropped = f.dropped
	return r, f.problems, true
}

// readArrays reads the [[source]] and [[mutual]] elements of a whole
// decoded document.
func (r *records) readArrays(f *file, raw map[string]any) {
	for _, key := range []string{"programme", "source", "mutual"} {
		v, ok := raw[key]
		if !ok {
			continue
		}
		list, ok := v.([]map[string]any)
		if !ok {
			continue // notArrays (or, for [programme], readProgramme) reads it, for both parsers
		}
		for i, m := range list {
			r.readElement(f, key, i, m)
		}
		delete(raw, key)
	}
}

// giveProgramme gives a file's one programme to its mutuals that name
// none, so that the [programme] files written before programmes had ids
// load as they did.
//
// reported says the mutuals were reported as they were read: a browser may
// be reading them still, so those that change are a copy.
func (r *records) giveProgramme(reported bool) {
	if len(r.programmes) != 1 {
		return
	}
	if reported && slices.ContainsFunc(r.mutuals, func(m model.Mutual) bool { return m.Programme == "" }) {
		r.mutuals = slices.Clone(r.mutuals)
	}
	for i := range r.mutuals {
		if r.mutuals[i].Programme == "" {
			r.mutuals[i].Programme = r.programmes[0].ID
		}
	}
}

// minMutualSize is the fewest bytes a [[mutual]] with its required fields
// takes, so that no count of headers can make the records' slice more than
// a few times the file.
const minMutualSize = 90

// expectedMutuals is how many [[mutual]] headers begin a line of src, so
// that the records' slice is made once at its size: growing it by doubling
// held the old and the new array at once, the peak of a load's memory.
func expectedMutuals(src string) int {
	n := strings.Count(src, "\n[[mutual]]")
	if strings.HasPrefix(src, "[[mutual]]") {
		n++
	}
	return min(n, len(src)/minMutualSize)
}

// notArrays reports a source or mutual key that is left in the root
// table t once the elements of its array of tables are read: whichever
// parser read the file, that is a [mutual] table or a mutual = … value.
func (t table) notArrays() {
	for _, key := range []string{"source", "mutual"} {
		if v, ok := t.m[key]; ok {
			t.wrongType(key, v, "an array of tables", fmt.Sprintf("write each one under its own [[%s]] header", key))
		}
	}
}

// readElement reads one [[source]] or [[mutual]]; an element of any other
// array is an unknown key of the file.
func (r *records) readElement(f *file, array string, i int, m map[string]any) {
	path := array + "." + strconv.Itoa(i)
	switch array {
	case "programme":
		r.readProgrammeTable(table{f: f, path: path, what: "[[programme]]", m: m, known: programmeKeys})
	case "source":
		r.readSource(table{f: f, path: path, what: "[[source]]", m: m, known: sourceKeys})
	case "mutual":
		r.readMutual(table{f: f, path: path, what: "[[mutual]]", m: m, known: mutualKeys})
	default:
		if !slices.Contains(r.unknown, array) {
			r.unknown = append(r.unknown, array)
		}
	}
}
