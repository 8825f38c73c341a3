package data

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mutuals/mutuals/model"
)

// table is one decoded TOML table with the keys it may hold.
type table struct {
	f     *file
	path  string // layout path, e.g. "mutual.3"
	what  string // how a person names it, e.g. `[[mutual]] "swindon"`
	m     map[string]any
	known []string
}

func (t table) at(key string) string { return join(t.path, key) }

// header is how a file writes the table at a layout path: "mutual.3.event"
// is written [[mutual.event]], the array positions left out.
func header(path string) string {
	var parts []string
	for _, p := range strings.Split(strings.TrimPrefix(path, "."), ".") {
		if _, err := strconv.Atoi(p); err != nil {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ".")
}

// str reads a string key. A TOML date or time is a type problem: the
// format's dates are strings, so that a year or a month alone can be written.
func (t table) str(key string, required bool) string {
	v, ok := t.m[key]
	if !ok {
		if required {
			t.missing(key, `"…"`)
		}
		return ""
	}
	switch v := v.(type) {
	case string:
		if required && model.Blank(v) {
			t.f.report(t.at(key), fmt.Sprintf("give %s a value you can see, or remove the line if it is optional", key), "%s is empty in %s", key, t.what)
		}
		return v
	case time.Time:
		t.wrongType(key, v, "a string", fmt.Sprintf(`write it in quotes: %s = "%s"`, key, quotedDate(v)))
		return ""
	}
	t.wrongType(key, v, "a string", fmt.Sprintf(`write it in quotes: %s = "…"`, key))
	return ""
}

// list reads an array of strings; a lone string is a type error.
func (t table) list(key string, required bool) []string {
	v, ok := t.m[key]
	if !ok {
		if required {
			t.missing(key, `["…"]`)
		}
		return nil
	}
	if l, ok := v.(*strList); ok {
		return t.strings(key, required, l.items)
	}
	arr, ok := v.([]any)
	if !ok {
		t.wrongType(key, v, "an array of strings", fmt.Sprintf(`write it as a list: %s = ["…", "…"]`, key))
		return nil
	}
	out := t.f.lists.scratch[:0]
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			t.f.report(t.at(key), fmt.Sprintf(`quote every item: %s = ["…", "…"]`, key),
				"%s[%d] in %s is %s, not a string", key, i, t.what, typeName(e))
			continue
		}
		out = append(out, s)
	}
	t.f.lists.scratch = out[:0]
	return t.strings(key, required, out)
}

// strings checks and keeps a list's strings, read into scratch or the
// fast parser's slab.
func (t table) strings(key string, required bool, out []string) []string {
	if required && !slices.ContainsFunc(out, func(s string) bool { return !model.Blank(s) }) {
		t.f.report(t.at(key), fmt.Sprintf(`give at least one: %s = ["…"]`, key), "%s is empty in %s", key, t.what)
	}
	return t.f.lists.intern(out)
}

// tables reads an array of tables such as [[mutual.event]], each named
// t.what and then suffix; the caller checks each one's keys once it knows
// what to call it. The name is made only where there are tables: most
// records have none, and it was garbage that counted towards peak memory.
func (t table) tables(key, suffix string, known []string) []table {
	v, ok := t.m[key]
	if !ok {
		return nil
	}
	what := t.what + suffix
	arr, ok := v.([]map[string]any)
	if !ok {
		t.wrongType(key, v, "an array of tables", fmt.Sprintf("write each one under its own [[%s]] header", header(t.at(key))))
		return nil
	}
	out := make([]table, len(arr))
	for i, m := range arr {
		out[i] = table{f: t.f, path: t.at(key) + "." + strconv.Itoa(i), what: what, m: m, known: known}
	}
	return out
}

// missing reports a required key the table lacks; where an unknown key of
// the table is a misspelling of it, that key's problem (checkKeys reports
// it) says so instead: one mistake, one problem.
func (t table) missing(key, example string) {
	if t.f.past(t.path) {
		return
	}
	if k := t.misspelt(key); k != "" {
		t.f.leaves(t.at(k), t.path, t.what, key)
		return
	}
	t.f.report(t.path, fmt.Sprintf("add a line %s = %s to it", key, example), "%s has no %s", t.what, key)
}

// misspelt is the unknown key of t that is nearest to key, a known key t
// lacks ("sevice_area" for service_area), or "".
func (t table) misspelt(key string) string {
	near := ""
	for k := range t.m {
		if slices.Contains(t.known, k) {
			continue
		}
		if s, ok := model.Closest(k, t.known); ok && s == key && (near == "" || k < near) {
			near = k
		}
	}
	return near
}

func (t table) wrongType(key string, v any, want, hint string) {
	t.f.report(t.at(key), hint, "%s in %s must be %s, not %s", key, t.what, want, typeName(v))
}

// checkKeys reports every key the format does not know, with the known
// one it is a near spelling of, if any (see missing).
func (t table) checkKeys() {
	var room [16]string // as many keys as a mutual has: no garbage per record
	keys := room[:0]
	for k := range t.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if slices.Contains(t.known, k) || t.f.past(t.at(k)) {
			continue
		}
		t.f.report(t.at(k), unknownKeyHint(k, t.known), "unknown key %q in %s", k, t.what)
	}
}

func typeName(v any) string {
	switch v := v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case time.Time:
		return "a TOML " + timeKind(v)
	case []any, *strList:
		return "an array"
	case map[string]any:
		return "a table"
	case []map[string]any:
		return "an array of tables"
	}
	return fmt.Sprintf("a %T", v)
}

// timeKind names the kind of TOML date or time v was written as.
func timeKind(v time.Time) string {
	switch v.Location().String() {
	case "time-local":
		return "time"
	case "date-local":
		return "date"
	}
	return "date-time"
}

// quotedDate is how a TOML date or time belongs in a data file: the day it
// names, as a string; a time of day alone names no day.
func quotedDate(v time.Time) string {
	if timeKind(v) == "time" {
		return "2010-08-12"
	}
	return v.Format("2006-01-02")
}
