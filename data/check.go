package data

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/mutuals/mutuals/model"
)

// spot is where a record is: its file's records and its document path.
type spot struct {
	file string
	path string
}

func (s spot) problem() Problem { return Problem{File: s.file, path: s.path, inFile: true} }

func elementPath(array string, i int) string { return array + "." + strconv.Itoa(i) }

// merge joins the records of every file and checks what only the whole
// dataset can show: duplicate ids across files, citations of sources that no
// file defines (when complete: every file was read), and more than one
// [programme].
func merge(name string, files []string, all []records, loc *locator, complete bool, joined []model.Mutual) (*model.Dataset, []Problem, int) {
	var (
		dropped  int
		problems []Problem
	)
	mutuals, sources := collect(all, joined)
	copies := map[int]bool{} // by place in mutuals
	problems = append(problems, duplicates("mutual", all, loc, &dropped, func(r records) int { return len(r.mutuals) }, func(r records, i int) string { return r.mutuals[i].ID },
		func(a records, i int, b records, j int) bool {
			// a record copied unchanged (show -f toml) is the one it was copied from
			same := a.mutuals[i].Same(&b.mutuals[j])
			if same {
				copies[offset(all, b.file)+j] = true
			}
			return same
		})...)
	if len(copies) > 0 {
		mutuals = withoutCopies(mutuals, copies)
	}
	problems = append(problems, duplicates("source", all, loc, &dropped, func(r records) int { return len(r.sources) }, func(r records, i int) string { return r.sources[i].ID },
		func(a records, i int, b records, j int) bool { return a.sources[i] == b.sources[j] })...)
	programmes, ps := programmes(all, loc)
	problems = append(problems, ps...)
	if complete {
		problems = append(problems, unknownSources(all, sources, &dropped)...)
		problems = append(problems, unknownProgrammes(all, programmes)...)
		problems = append(problems, totalsBelowRecorded(all, mutuals)...)
	}
	out := model.NewDataset(name, programmes, mutuals, sources)
	out.Files = len(files)
	return out, problems, dropped
}

// offset is where the mutuals of the file named file begin among all
// the files' mutuals, as collect joins them.
func offset(all []records, file string) int {
	n := 0
	for _, r := range all {
		if r.file == file {
			return n
		}
		n += len(r.mutuals)
	}
	return n
}

// withoutCopies is mutuals less the copies: a new slice, since the
// files' records may share the array.
func withoutCopies(mutuals []model.Mutual, copies map[int]bool) []model.Mutual {
	out := make([]model.Mutual, 0, len(mutuals)-len(copies))
	for i := range mutuals {
		if !copies[i] {
			out = append(out, mutuals[i])
		}
	}
	return out
}

// collect joins the files' records; one file's are used as they are, and
// so are mutuals already joined in one array as they were read.
func collect(all []records, joined []model.Mutual) ([]model.Mutual, []model.Source) {
	if len(all) == 1 {
		return all[0].mutuals, all[0].sources
	}
	var nm, ns int
	for _, r := range all {
		nm, ns = nm+len(r.mutuals), ns+len(r.sources)
	}
	sources := make([]model.Source, 0, ns)
	seen := make(map[string]bool, ns)
	for _, r := range all {
		for _, s := range r.sources {
			// a source defined alike in two files is one (merge reports two
			// different definitions)
			if !seen[s.ID] || s.ID == "" {
				seen[s.ID] = true
				sources = append(sources, s)
			}
		}
	}
	if joined != nil && len(joined) == nm {
		return joined, sources
	}
	mutuals := make([]model.Mutual, 0, nm)
	for _, r := range all {
		mutuals = append(mutuals, r.mutuals...)
	}
	return mutuals, sources
}

func sourceIDs(ss []model.Source) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.ID
	}
	return out
}

// duplicates reports every id of kind seen before, naming where it was
// first defined. The map holds only where each id was first seen (file and
// element), packed into one word: it has an entry for every record.
//
// Where same is given, a definition in another file the same as the first
// is not a duplicate: the two are one.
func duplicates(kind string, all []records, loc *locator, dropped *int, count func(records) int, idOf func(records, int) string, same func(records, int, records, int) bool) []Problem {
	// the ids are read where they are, not gathered into lists: this runs
	// when everything is loaded, at the peak of a load's memory
	total := 0
	for _, r := range all {
		total += count(r)
	}
	seen := make(map[string]uint64, total)
	var problems []Problem
	for fi, r := range all {
		for i := range count(r) {
			id := idOf(r, i)
			if id == "" {
				continue
			}
			f, ok := seen[id]
			if !ok {
				seen[id] = uint64(fi)<<32 | uint64(i)
				continue
			}
			first, fi := all[f>>32], int(f&(1<<32-1))
			// across files, the same definition twice is one (a copy);
			// within one file, a second is always a mistake
			apart := same != nil && first.file != r.file
			if apart && same(first, fi, r, i) {
				continue
			}
			if len(problems) >= maxKept {
				*dropped++
				continue
			}
			at := spot{r.file, elementPath(kind, i) + ".id"}.problem()
			was := loc.locate(spot{first.file, elementPath(kind, fi) + ".id"}.problem())
			msg, hint := fmt.Sprintf("duplicate %s id %q", kind, id), fmt.Sprintf("ids must be unique across all loaded files: rename one of the two %ss", kind)
			if apart {
				msg = fmt.Sprintf("%s %q is defined differently here", kind, id)
				hint = fmt.Sprintf("two definitions of one %s must be the same to be one: make them match, or rename one", kind)
				if kind == "mutual" {
					hint = "a copy must match its original to load beside it (as with --builtin): give your copy an id of its own, or leave the original out"
				}
			}
			problems = append(problems, again(at, msg, was, hint))
		}
	}
	return problems
}

func again(at Problem, msg string, first Problem, hint string) Problem {
	at.Message = fmt.Sprintf("%s (first defined at %s:%d:%d)", msg, first.File, first.Line, first.Column())
	at.Hint = hint
	return at
}

// unknownSources reports every citation of a source no file defines.
func unknownSources(all []records, sources []model.Source, dropped *int) []Problem {
	defined := make(map[string]bool, len(sources))
	for _, s := range sources {
		defined[s.ID] = true
	}
	known := sourceIDs(sources)
	sort.Strings(known)
	var problems []Problem
	// the path is only spelled out for a citation that is wrong
	check := func(file string, cited []string, path func() string) {
		for _, id := range cited {
			if !defined[id] && len(problems) >= maxKept {
				*dropped++
			} else if !defined[id] {
				// suggestions cost a scan of every id: only for problems that are shown
				suggest := known
				if len(problems) >= maxShown {
					suggest = nil
				}
				problems = append(problems, unknownSource(spot{file, path()}, id, suggest))
			}
		}
	}
	for _, r := range all {
		for i, p := range r.programmes {
			check(r.file, p.Sources, func() string { return r.programmeAt[i] + ".sources" })
			for j, pool := range p.Pools {
				check(r.file, pool.Sources, func() string { return r.programmeAt[i] + ".pool." + strconv.Itoa(j) + ".sources" })
			}
			for j, rd := range p.Readings {
				check(r.file, rd.Sources, func() string { return r.programmeAt[i] + ".reading." + strconv.Itoa(j) + ".sources" })
			}
		}
		for i, m := range r.mutuals {
			at := func(rest string) string { return elementPath("mutual", i) + rest }
			check(r.file, m.Sources, func() string { return at(".sources") })
			for j, e := range m.Events {
				check(r.file, e.Sources, func() string { return at(".event." + strconv.Itoa(j) + ".sources") })
			}
			for j, rd := range m.Readings {
				check(r.file, rd.Sources, func() string { return at(".reading." + strconv.Itoa(j) + ".sources") })
			}
			check(r.file, m.Stated.Sources, func() string { return at(".status_sources") })
		}
	}
	return problems
}

func unknownSource(at spot, id string, known []string) Problem {
	p := at.problem()
	p.Message = fmt.Sprintf("source %q is cited but no [[source]] defines it", id)
	p.Hint = fmt.Sprintf(`add a [[source]] with id = %q, or fix the id`, id)
	if s, ok := model.Closest(id, known); ok {
		p.Hint = fmt.Sprintf("did you mean %s? (or add a [[source]] with id = %q)", s, id)
	}
	return p
}

// noMutuals is the problem of a dataset that is all good but empty.
func noMutuals(files []string) Problem {
	return Problem{
		File:    strings.Join(files, ", "),
		Message: "no mutuals: the data has no [[mutual]] entries",
		Hint:    "add at least one [[mutual]] table (see the file format in the README)",
	}
}
