package data

import (
	"fmt"
	"sort"

	"github.com/mutuals/mutuals/model"
)

// programmes joins the files' programmes: a programme defined alike in
// two files is one; two different ones with one id are a problem naming
// both places.
func programmes(all []records, loc *locator) ([]model.Programme, []Problem) {
	var (
		out      []model.Programme
		problems []Problem
		first    = map[string]spot{}
	)
	for _, r := range all {
		for i, p := range r.programmes {
			at := spot{r.file, r.programmeAt[i]}
			was, seen := first[p.ID]
			if !seen {
				first[p.ID] = at
				out = append(out, p)
				continue
			}
			if prev, _ := findProgramme(out, p.ID); prev.Same(&p) {
				continue
			}
			problems = append(problems, again(at.problem(), fmt.Sprintf("programme %q is defined differently here", p.ID), loc.locate(was.problem()),
				"two definitions of one programme must be the same to be one: make them match, or give one another id"))
		}
	}
	return out, problems
}

func findProgramme(ps []model.Programme, id string) (model.Programme, bool) {
	for _, p := range ps {
		if p.ID == id {
			return p, true
		}
	}
	return model.Programme{}, false
}

// unknownProgrammes reports every mutual naming a programme no file defines.
func unknownProgrammes(all []records, defined []model.Programme) []Problem {
	known := make([]string, len(defined))
	for i, p := range defined {
		known[i] = p.ID
	}
	sort.Strings(known)
	var problems []Problem
	for _, r := range all {
		for i, m := range r.mutuals {
			if m.Programme == "" {
				continue
			}
			if _, ok := findProgramme(defined, m.Programme); ok || len(problems) >= maxKept {
				continue
			}
			p := spot{r.file, elementPath("mutual", i) + ".programme"}.problem()
			p.Message = fmt.Sprintf("programme %q is named but no [[programme]] defines it", m.Programme)
			p.Hint = fmt.Sprintf(`add a [[programme]] with id = %q, or fix the id`, m.Programme)
			if s, ok := model.Closest(m.Programme, known); ok {
				p.Hint = fmt.Sprintf("did you mean %s? (or add a [[programme]] with id = %q)", s, m.Programme)
			}
			problems = append(problems, p)
		}
	}
	return problems
}

// totalsBelowRecorded is each programme whose total (how many mutuals it
// had in all) is less than the mutuals recorded in it: "3 of 1 mutuals"
// is wrong one way or the other. It is placed at the total of the
// programme's first definition.
func totalsBelowRecorded(all []records, mutuals []model.Mutual) []Problem {
	recorded := map[string]int{}
	for i := range mutuals {
		if id := mutuals[i].Programme; id != "" {
			recorded[id]++
		}
	}
	var problems []Problem
	seen := map[string]bool{}
	for _, r := range all {
		for i, p := range r.programmes {
			if seen[p.ID] {
				continue
			}
			seen[p.ID] = true
			if n := recorded[p.ID]; p.Total > 0 && p.Total < n {
				problem := spot{r.file, r.programmeAt[i] + ".total"}.problem()
				problem.Message = fmt.Sprintf("total = %d, but %d mutuals are recorded", p.Total, n)
				problem.Hint = "total is how many mutuals the programme had in all: correct it, or leave it out if no source gives it"
				problems = append(problems, problem)
			}
		}
	}
	return problems
}
