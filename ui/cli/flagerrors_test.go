package cli

import (
	"strconv"
	"strings"
	"testing"
)

// TestFlagErrorsQuote: a flag that does not exist, or bad flag syntax, is
// echoed quoted, as typed, so it reads plainly and cannot act on the
// terminal.
func TestFlagErrorsQuote(t *testing.T) {
	for args, want := range map[string]string{
		"list --\x1b]0;X\a":   strconv.Quote("--\x1b]0;X\a"),
		"show x -\u202ex":     strconv.Quote("-\u202ex"), // on list, a query term
		"list --colour":       `unknown flag "--colour"`,
		"list ---\x1b[2J":     strconv.Quote("---\x1b[2J"),
		"show leicester -q\a": `unknown flag "-q" in "-q\a"`,
	} {
		_, err := run(t, strings.Fields(args)...)
		if err == nil || !strings.Contains(err.Error(), want) || !isUsage(err) {
			t.Errorf("%q: error %v, want a usage error with %s", args, err, want)
		}
	}
}

// TestFlagValueErrorsSayWhatIsWanted: a flag given a value of the wrong
// kind says what it takes, in the users' words, not Go's ("strconv.ParseInt:
// parsing …: invalid syntax").
func TestFlagValueErrorsSayWhatIsWanted(t *testing.T) {
	for args, want := range map[string]string{
		"timeline --width abc":  `--width takes a whole number, not "abc"`,
		"show swindon -w 1.5":   `--width takes a whole number, not "1.5"`,
		"list --no-color=maybe": `--no-color takes true or false, not "maybe"`,
	} {
		_, err := run(t, strings.Fields(args)...)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "strconv") || !isUsage(err) {
			t.Errorf("%q: error %v, want a usage error saying %s", args, err, want)
		}
	}
}
