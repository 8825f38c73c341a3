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
		dropped   int
		problems  []Problem
		programme model.Programme
		progAt    *spot
	)
	mutuals, sources := collect(all, joined)
	problems = append(problems, duplicates("mutual", all, loc, &dropped, func(r records) int { return len(r.mutuals) }, func(r records, i int) string { return r.mutuals[i].ID })...)
	problems = append(problems, duplicates("source", all, loc, &dropped, func(r records) int { return len(r.sources) }, func(r records, i int) string { return r.sources[i].ID })...)
	for _, r := range all {
		if r.programme == nil {
			continue
		}
		at := spot{r.file, "programme"}
		if progAt != nil {
			problems = append(problems, again(at.problem(), "[programme] is defined twice", loc.locate(progAt.problem()),
				"keep one [programme] table across all the files you load"))
		}
		programme, progAt = *r.programme, &at
	}
	if complete {
		problems = append(problems, unknownSources(all, sources, &dropped)...)
		problems = append(problems, totalBelowRecorded(programme, progAt, len(mutuals))...)
	}
	out := model.NewDataset(name, programme, mutuals, sources)
	out.Files = len(files)
	return out, problems, dropped
}

// totalBelowRecorded is a programme whose total (how many mutuals it had
// in all) is less than the mutuals recorded: "3 of 1 mutuals" is wrong
// one way or the other.
func totalBelowRecorded(p model.Programme, at *spot, recorded int) []Problem {
	if at == nil || p.Total <= 0 || p.Total >= recorded {
		return nil
	}
	problem := spot{at.file, "programme.total"}.problem()
	problem.Message = fmt.Sprintf("total = %d, but %d mutuals are recorded", p.Total, recorded)
	problem.Hint = "total is how many mutuals the programme had in all: correct it, or leave it out if no source gives it"
	return []Problem{problem}
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
	for _, r := range all {
		sources = append(sources, r.sources...)
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
func duplicates(kind string, all []records, loc *locator, dropped *int, count func(records) int, idOf func(records, int) string) []Problem {
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
			if len(problems) >= maxKept {
				*dropped++
				continue
			}
			first := all[f>>32]
			at := spot{r.file, elementPath(kind, i) + ".id"}.problem()
			was := loc.locate(spot{first.file, elementPath(kind, int(f&(1<<32-1))) + ".id"}.problem())
			problems = append(problems, again(at, fmt.Sprintf("duplicate %s id %q", kind, id), was,
				fmt.Sprintf("ids must be unique across all loaded files: rename one of the two %ss", kind)))
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
		if r.programme != nil {
			check(r.file, r.programme.Sources, func() string { return "programme.sources" })
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
