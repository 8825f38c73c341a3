package serve

import (
	"context"
	"io"

	"github.com/mutuals/mutuals/model"
)

// A Command runs one printing command for a client, as the command line
// runs it locally, and returns its exit status. It must refuse what a
// reader may not do (a path, another dataset, a command that writes).
type Command func(ctx context.Context, r Request) int

// Request is a client's command and what it runs on.
type Request struct {
	Args  []string // as the client typed them after the host
	Data  *model.Dataset
	Index *model.Index
	Paths []string // the files served, none for the built-in data
	// Problem is why the files failed to reload, nil when Data is theirs
	// as they are now: with one, Data is the last good data.
	Problem error
	// Terminal is the client's terminal, or nil when its output is a pipe
	// (ssh HOST list without -t).
	Terminal       *Terminal
	Stdout, Stderr io.Writer
}

// Terminal is what the client said of its terminal.
type Terminal struct {
	Width int
	Env   []string // the client's environment as sent, with its TERM
}

func (s *Server) command(ss *session, args []string, t *Terminal) int {
	ds, ix := s.cfg.Data.Current()
	return s.cfg.Command(ss.ctx, Request{Args: args, Data: ds, Index: ix, Paths: s.cfg.Data.Paths(),
		Problem: s.cfg.Data.Problem(), Terminal: t, Stdout: ss.out, Stderr: ss.errs})
}
