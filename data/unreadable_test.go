package data

import (
	"regexp"
	"strings"
	"testing"
)

// unreadable matches what names a file, a path or a document that a user
// of the binary has no way to open: the project's own working files (a
// list of sources, an article file, a folder of them), file names and
// paths of this or any machine. Addresses of pages are left out before it
// is matched, since a reader can open those.
var unreadable = regexp.MustCompile(`(?i)` + strings.Join([]string{
	`(?-i:\bFURTHER\b)`,                       // the sources' list of later reporting
	`\barticle files?\b`,                      // "article file 000_….txt"
	`\b\d{3}_[0-9a-f]{6,}`,                    // the articles' file names
	`\bshared/`, `\bsources/`, `\btestdata\b`, // the project's folders
	`(^|[\s(\x60"'])(/|~/|\./|\.\./)[\w.-]+/`,               // a path on a machine
	`\b[\w-]+\.(md|txt|go|toml|json|csv|pdf|docx?|xlsx?)\b`, // a file by its name
}, "|"))

// inReach is text with the page addresses taken out: what is left must name
// nothing a reader cannot open.
func inReach(text string) string {
	return address.ReplaceAllString(text, "")
}

// TestTheDataNamesOnlyWhatAReaderCanOpen: no note, summary, comment or
// other text in the embedded data or the starter names a file, a path or a
// document that a user of the binary (or of init --from-builtin) cannot
// open: sources are described by their publisher, address and what they
// say, in words a reader can check.
func TestTheDataNamesOnlyWhatAReaderCanOpen(t *testing.T) {
	for name, text := range map[string]string{"pathfinders.toml": pathfinders, "starter.toml": starter} {
		for i, line := range strings.Split(text, "\n") {
			if m := unreadable.FindString(inReach(line)); m != "" {
				t.Errorf("%s:%d names %q, which a user cannot open: %s", name, i+1, m, line)
			}
		}
	}
}

// TestUnreadableFindsWhatTheAuditFound: the check catches each way the
// data once named what a user cannot open, and lets page addresses and
// ordinary prose through.
func TestUnreadableFindsWhatTheAuditFound(t *testing.T) {
	for _, tc := range []struct {
		text string
		bad  bool
	}{
		{`note = "No headline or date given in FURTHER.md."`, true},
		{`note = "article file 000_d830b6e4fdbaeaec.txt, the opening of the report"`, true},
		{`# Every fact below comes from the sources in shared/sources`, true},
		{`note = "see the notes in /home/me/notes/list"`, true},
		{`note = "as the list in notes.txt says"`, true},
		{`url = "https://www.hsj.co.uk/nhs-swindon-ccg/second-south-west-social-enterprise/7010593.article"`, false},
		{`url = "https://www.civilsociety.co.uk/news/public-sector-pathfinder-mutuals-announced.html"`, false},
		{`note = "Dated 12 August 2010 in its address; 75.1% owned by staff, about £55,000 of advice."`, false},
		{`note = "One of the three announcement articles of August 2010, published by Local Government Lawyer."`, false},
		{`summary = "Its further education college: what became of it, not found."`, false},
	} {
		if got := unreadable.FindString(inReach(tc.text)) != ""; got != tc.bad {
			t.Errorf("%s: flagged %v, want %v", tc.text, got, tc.bad)
		}
	}
}
