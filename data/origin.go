package data

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/mutuals/mutuals/model"
)

// Origin is where a mutual is defined: its file, and the line of its
// [[mutual]] header.
type Origin struct {
	File string
	Line int
}

// FindMutual finds where the mutual with id is defined in the files paths
// name. It reads them afresh, so that the line is right after the files
// have been edited since they were loaded. It never writes.
func FindMutual(paths []string, id string) (Origin, error) {
	for _, p := range paths {
		files, problem := expand(p)
		if problem != nil {
			return Origin{}, &LoadError{Problems: []Problem{*problem}}
		}
		for _, name := range files {
			src, _, problem := readFile(name)
			if problem != nil {
				return Origin{}, &LoadError{Problems: []Problem{*problem}}
			}
			if line, ok := findMutual(src, id); ok {
				return Origin{File: name, Line: line}, nil
			}
		}
	}
	return Origin{}, fmt.Errorf("no [[mutual]] with id = %q in the files: was it renamed or removed since they loaded?", model.Printable(id))
}

// findMutual returns the line of the [[mutual]] header whose id is id.
func findMutual(src, id string) (int, bool) {
	if !strings.Contains(src, id) {
		return 0, false
	}
	lay := scanLayout(src)
	ls := newLines(src)
	for i := range lay.counts["mutual"] {
		el := "mutual." + strconv.Itoa(i)
		at, ok := lay.at[el+".id"]
		if !ok {
			continue
		}
		text := ls.at(at.Line)
		if !strings.Contains(text, id) || idOnLine(text[at.Col-1:]) != id {
			continue
		}
		if head, ok := lay.at[el]; ok {
			return head.Line, true
		}
		return at.Line, true
	}
	return 0, false
}

// idOnLine reads the value of an id = "…" line, as TOML reads it.
func idOnLine(line string) string {
	var v struct {
		ID string `toml:"id"`
	}
	if _, err := toml.Decode(line, &v); err != nil {
		return ""
	}
	return v.ID
}
