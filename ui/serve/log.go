package serve

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mutuals/mutuals/model"
)

// logger writes whole lines, one writer at a time. Everything a client
// chose (its user name, its command) is quoted, so a line can neither be
// broken nor coloured by one.
type logger struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *logger) line(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintln(l.w, time.Now().UTC().Format(time.RFC3339)+" "+s)
}

// note logs something that is not a session: a refusal, a reload.
func (l *logger) note(format string, args ...any) {
	l.line(model.Printable(fmt.Sprintf(format, args...)))
}

// record is one session, logged as one line when it ends.
type record struct {
	start   time.Time
	user    string
	key     string // the key's fingerprint
	addr    string
	kind    string // browser or command
	command []string
	status  int
	why     string // why it ended, in a word, when the server ended it
}

func (l *logger) session(r record) {
	end := time.Now()
	var b strings.Builder
	fmt.Fprintf(&b, "session start=%s end=%s took=%s user=%s key=%s addr=%s kind=%s",
		r.start.UTC().Format(time.RFC3339), end.UTC().Format(time.RFC3339),
		end.Sub(r.start).Round(time.Millisecond), quote(r.user), r.key, r.addr, r.kind)
	if r.kind == "command" {
		words := make([]string, len(r.command))
		for i, w := range r.command {
			words[i] = shellWord(w)
		}
		b.WriteString(" command=" + quote(strings.Join(words, " ")))
	}
	fmt.Fprintf(&b, " status=%d", r.status)
	if r.why != "" {
		b.WriteString(" ended=" + r.why) // the server's own word
	}
	l.line(b.String())
}

// shellWord is w as a shell would need it, so that the log keeps the
// boundaries of the client's words: show 'homeless healthcare' is one
// argument, not two.
func shellWord(w string) string {
	plain := w != "" && strings.IndexFunc(w, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_@%+=:,./-", r))
	}) < 0
	if plain {
		return w
	}
	return "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
}

// quote is s as a Go string literal, cut to a length a log can hold.
func quote(s string) string {
	const most = 200
	if len(s) > most {
		s = s[:most] + "…"
	}
	return strconv.Quote(s)
}
