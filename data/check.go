package data

import (
	"fmt"
	"sort"
	"strings"

	"github.com/mutuals/mutuals/model"
)

// merge joins the records of every file and checks what only the whole
// dataset can show: duplicate ids across files, citations of sources that no
// file defines, more than one [programme], and no mutuals at all.
func merge(name string, files []string, all []records) (*model.Dataset, []Problem) {
	var (
		ds        model.Dataset
		problems  []Problem
		mutualAt  = map[string]Problem{}
		sourceAt  = map[string]Problem{}
		programme *Problem
	)
	for _, r := range all {
		for i, s := range r.sources {
			problems = append(problems, duplicate("source", s.ID, r.sourceAt[i], sourceAt)...)
			ds.Sources = append(ds.Sources, s)
		}
		for i, m := range r.mutuals {
			problems = append(problems, duplicate("mutual", m.ID, r.mutualAt[i], mutualAt)...)
			ds.Mutuals = append(ds.Mutuals, m)
		}
		if r.programme != nil {
			if programme != nil {
				problems = append(problems, again(r.programmeAt, "[programme] is defined twice", *programme,
					"keep one [programme] table across all the files you load"))
			}
			ds.Programme, programme = *r.programme, &r.programmeAt
		}
	}
	problems = append(problems, unknownSources(all, sourceAt)...)
	if len(ds.Mutuals) == 0 && len(problems) == 0 {
		problems = append(problems, Problem{
			File:    strings.Join(files, ", "),
			Message: "no mutuals: the data has no [[mutual]] entries",
			Hint:    "add at least one [[mutual]] table (see the file format in the README)",
		})
	}
	out := model.NewDataset(name, ds.Programme, ds.Mutuals, ds.Sources)
	out.Files = len(files)
	return out, problems
}

// duplicate records where id was first seen, or reports it seen again.
func duplicate(kind, id string, at Problem, seen map[string]Problem) []Problem {
	if id == "" {
		return nil
	}
	first, ok := seen[id]
	if !ok {
		seen[id] = at
		return nil
	}
	return []Problem{again(at, fmt.Sprintf("duplicate %s id %q", kind, id), first,
		fmt.Sprintf("ids must be unique across all loaded files: rename one of the two %ss", kind))}
}

func again(at Problem, msg string, first Problem, hint string) Problem {
	at.Message = fmt.Sprintf("%s (first defined at %s:%d:%d)", msg, first.File, first.Line, first.Column())
	at.Hint = hint
	return at
}

func unknownSources(all []records, defined map[string]Problem) []Problem {
	ids := make([]string, 0, len(defined))
	for id := range defined {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var problems []Problem
	for _, r := range all {
		for _, c := range r.refs {
			if _, ok := defined[c.id]; ok {
				continue
			}
			p := c.at
			p.Message = fmt.Sprintf("source %q is cited but no [[source]] defines it", c.id)
			p.Hint = fmt.Sprintf(`add a [[source]] with id = %q, or fix the id`, c.id)
			if s, ok := model.Closest(c.id, ids); ok {
				p.Hint = fmt.Sprintf("did you mean %s? (or add a [[source]] with id = %q)", s, c.id)
			}
			problems = append(problems, p)
		}
	}
	return problems
}
