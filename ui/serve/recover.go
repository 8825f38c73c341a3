package serve

import (
	"fmt"
	"runtime/debug"
)

// recovered turns a panic in one session's own code into the end of that
// session, logged with its stack, so that one reader's bad luck (or bad
// input) never ends the server for the others. It is deferred at the top
// of every goroutine the server starts for a session; Bubble Tea's own
// goroutines are out of its reach, which is why its input decoder is kept
// at a version tested against hostile sequences (crash_test.go).
func (s *Server) recovered(ss *session, where string) {
	v := recover()
	if v == nil {
		return
	}
	s.log.note("panic in %s for %s: %v\n%s", where, ss.sess.RemoteAddr(), v, debug.Stack())
	ss.status = 70 // EX_SOFTWARE
	fmt.Fprintf(ss.errs, "mutuals: internal error: this session ended; the server goes on\n")
	ss.cancel()
}
