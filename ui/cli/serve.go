package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/serve"
)

// serveGrace is how long open sessions have to end after SIGTERM before
// their connections are closed.
const serveGrace = 3 * time.Second

type serveFlags struct {
	listen, hostKey, keys string
	open                  bool
	limits                serve.Limits
}

func serveCommand(opts *options) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve (--authorized-keys FILE | --open)",
		Short: "Serve the browser and the printing commands over SSH, read-only",
		Long:  serveHelp,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd, opts, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", "127.0.0.1:23234", "address to listen on; name a public one (:23234, 0.0.0.0:22) to serve beyond this machine")
	fl.StringVar(&f.hostKey, "host-key", "", "the server's ed25519 key, made on first run with mode 600 and kept (default: mutuals/ssh_host_ed25519_key under $XDG_DATA_HOME or ~/.local/share)")
	fl.StringVar(&f.keys, "authorized-keys", "", "let in only the public keys in FILE (sshd's authorized_keys format; read again when it changes)")
	fl.BoolVar(&f.open, "open", false, "let in anyone with an SSH key: every reader can read all the served data")
	fl.IntVar(&f.limits.Sessions, "max-sessions", 64, "most sessions open at once; the next reader is asked to come back later")
	fl.IntVar(&f.limits.PerMinute, "per-minute", 60, "most connections one address may open a minute")
	fl.DurationVar(&f.limits.Idle, "idle-timeout", 15*time.Minute, "close a connection whose reader types nothing, and is printed no command's output, this long")
	return cmd
}

func runServe(cmd *cobra.Command, opts *options, f serveFlags) error {
	keys, err := checkServeFlags(f)
	if err != nil {
		return err
	}
	ctx := commandContext(cmd)
	shared, err := loadShared(ctx, opts)
	if err != nil {
		return err
	}
	hostKey, err := hostKeyFile(f.hostKey)
	if err != nil {
		return failure{err}
	}
	signer, created, err := serve.HostKey(hostKey)
	if err != nil {
		return failure{err}
	}
	log := cmd.ErrOrStderr()
	srv, err := serve.New(serve.Config{HostKey: signer, Keys: keys, Open: f.open, Data: shared,
		Limits: f.limits, Command: ServedCommand(cmd.Root().Version, opts.builtin), Log: log, Version: cmd.Root().Version})
	if err != nil {
		return err
	}
	// The SSH library's own lines ("ssh: failed to accept session
	// channel") in the server's log format.
	slog.SetDefault(slog.New(srv.LibraryLog()))
	ln, err := net.Listen("tcp", f.listen)
	if err != nil {
		return failure{fmt.Errorf("cannot listen on %s: %w", f.listen, err)}
	}
	ds, _ := shared.Current()
	sayServing(log, ln.Addr(), ds, shared.Paths(), opts.builtin, f, hostKey, created, serve.Fingerprint(signer.PublicKey()))
	if err := shared.Watch(ctx, func(err error) { sayReloaded(log, err) }); err != nil {
		fmt.Fprintf(log, "not watching the data files (%v): restart to serve changes\n", model.Printable(err.Error()))
	}
	// The server ends its sessions itself after SIGTERM: the grace the
	// command line gives other commands would cut it short.
	browsing.Store(true)
	defer browsing.Store(false)
	detachTerminal()
	return failureOrNil(srv.Serve(ctx, ln, serveGrace))
}

// checkServeFlags says what is wrong with the flags, and reads the
// authorized keys they name.
func checkServeFlags(f serveFlags) (*serve.AuthorizedKeys, error) {
	if f.keys != "" && f.open {
		return nil, errors.New("--open and --authorized-keys exclude each other: say who may connect with one of them, --authorized-keys FILE (only those keys) or --open (anyone)")
	}
	if (f.keys == "") == !f.open {
		return nil, errors.New("say who may connect: --authorized-keys FILE (only those keys) or --open (anyone); see mutuals serve --help")
	}
	if f.limits.Sessions < 1 || f.limits.PerMinute < 1 || f.limits.Idle < time.Second {
		return nil, errors.New("--max-sessions and --per-minute take 1 or more, --idle-timeout 1s or more")
	}
	if f.keys == "" {
		return nil, nil
	}
	keys, err := serve.ReadAuthorizedKeys(f.keys)
	if err != nil {
		return nil, failure{err}
	}
	return keys, nil
}

// loadShared loads the data to serve, as every command does, and how to
// load it again when the files change.
func loadShared(ctx context.Context, opts *options) (*serve.Shared, error) {
	ds, err := loadDataset(ctx, opts)
	if err != nil {
		return nil, err
	}
	paths := dataPaths(opts)
	var load func(context.Context) (*model.Dataset, error)
	if len(paths) > 0 { // the built-in data alone never changes
		load = func(ctx context.Context) (*model.Dataset, error) { return loadDataset(ctx, opts) }
	}
	return serve.NewShared(ds, paths, load), nil
}

// hostKeyFile is --host-key, else the default path.
func hostKeyFile(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	return serve.DefaultHostKeyPath()
}

// detachTerminal gives this process's stdin and stdout to /dev/null once
// the server runs, and drops what would force colour: what readers run
// must never read or draw on the server's own terminal (a library that
// asks the terminal's background colour, say), and the log is on stderr.
func detachTerminal() {
	if null, err := os.OpenFile(os.DevNull, os.O_RDWR, 0); err == nil {
		os.Stdin, os.Stdout = null, null
	}
	// fang colours help and errors by this process's environment, not
	// the reader's: forced colour here would reach every reader's pipe.
	os.Unsetenv("CLICOLOR_FORCE")
}

// sayServing is the line that starts the log: where, what, to whom. An
// open server says so in capitals.
func sayServing(w io.Writer, addr net.Addr, ds *model.Dataset, paths []string, builtin bool, f serveFlags, hostKey string, created bool, print string) {
	from := dataFrom(ds, paths, builtin)
	if created {
		fmt.Fprintf(w, "made a new host key: %s\n", model.Printable(hostKey))
	}
	fmt.Fprintf(w, "serving %s from %s, read-only, on %s (host key %s)\n", ds.Recorded(), from, addr, print)
	if f.open {
		fmt.Fprintf(w, "OPEN: ANYONE WHO CAN REACH %s CAN READ ALL OF IT, WITH ANY SSH KEY (--authorized-keys FILE lets in only those keys)\n", addr)
	} else {
		fmt.Fprintf(w, "letting in the keys in %s\n", model.Printable(f.keys))
	}
	fmt.Fprintf(w, "readers: ssh -p %s %s\n", port(addr), host(addr))
}

// sayReloaded logs a reload: a failed one as a line saying so and a line
// for each problem, file:line:col: message, as an editor jumps to it (the
// snippet and caret are validate's, which lays them out on lines).
func sayReloaded(w io.Writer, err error) {
	now := time.Now().UTC().Format(time.RFC3339)
	if err == nil {
		fmt.Fprintf(w, "%s reloaded the data files\n", now)
		return
	}
	var le *data.LoadError
	if !errors.As(err, &le) {
		fmt.Fprintf(w, "%s reload failed, still serving the last good data: %s\n", now, oneLine(err.Error()))
		return
	}
	n := len(le.Problems) + le.Dropped
	fmt.Fprintf(w, "%s reload failed, still serving the last good data: %d %s\n", now, n, model.Plural(n, "problem", "problems"))
	for i, p := range le.Problems {
		if i == maxLogged {
			fmt.Fprintf(w, "%s reload problem: … and %d more\n", now, n-i)
			break
		}
		place := model.Printable(p.File)
		if p.Line > 0 {
			place = fmt.Sprintf("%s:%d:%d", place, p.Line, p.Column())
		}
		fmt.Fprintf(w, "%s reload problem: %s: %s\n", now, place, oneLine(p.Message))
	}
}

// maxLogged is how many of a failed reload's problems the log lists, as
// validate lists them.
const maxLogged = 20

// oneLine is s printable on one line of the log.
func oneLine(s string) string {
	return model.Printable(strings.Join(strings.Fields(s), " "))
}

func port(a net.Addr) string {
	_, p, _ := net.SplitHostPort(a.String())
	return p
}

func host(a net.Addr) string {
	h, _, _ := net.SplitHostPort(a.String())
	if ip := net.ParseIP(h); ip != nil && ip.IsUnspecified() {
		return "HOST"
	}
	return h
}

const serveHelp = `Serve the browser and the printing commands over SSH, so colleagues read
the register with nothing to install: ssh opens the browser, and ssh with
a command prints what that command prints here.

Who may connect is required: --authorized-keys FILE lets in only the
public keys in FILE; --open lets in anyone with any SSH key, and says so
loudly when it starts. Passwords are never asked for or accepted.

A reader can: browse, search, mark and compare (ssh -p 23234 HOST), copy
with y (to their own clipboard), print a comparison with p (to their own
terminal); and run list, show, compare, stats, timeline, validate and help
(ssh -p 23234 HOST list service:health -f csv > health.csv), with the same
output and exit status as here.
A reader cannot: change the data (e says it is read-only), name a file or
--data on the server, run init, serve or completion, forward ports, agents
or X11, or open subsystems such as sftp.

The data is what --data or MUTUALS_DATA names (with --builtin, beside the
built-in pathfinders), else the built-in pathfinders. Every reader reads
the same data, loaded and indexed once; when a data file changes, the
server reloads it and every open browser shows the new data, keeping its
search, marks and cursor. Files with problems leave the last good data
served: the log lists each problem, and a reader's validate prints them
and exits 1.

Letting colleagues in (each runs ssh-keygen -t ed25519 once, and sends
you their ~/.ssh/id_ed25519.pub):
  cat alice.pub bob.pub > readers
  mutuals serve --data my-register/ --authorized-keys readers
The file is read again when it changes: add or remove a line, no restart.
Like sshd, the server refuses a file others can write (chmod go-w), in a
directory others can write, or owned by another user; and while the file
is missing, empty or broken, no one is let in.

Behind a firewall: the default address, 127.0.0.1:23234, is reachable only
from this machine. Either name an address (--listen :23234) and open that
TCP port to your colleagues' network only, or keep the default and let
readers come through this machine's own sshd, which they can reach:
  ssh -J you@this-machine.example.org -p 23234 localhost

The host key is made on first run and kept: readers' ssh remembers it, and
would warn them if it changed. Keep it (mode 600, yours, in a directory
only you can write) with the server; a key not ed25519 is refused.

Limits, against floods and abuse: --max-sessions at once, --per-minute
connections an address; at most 4 connections from one address, and half
--max-sessions plus 8 in all, logging in at once, each given 10 s to do
so; 32 more from one address wait their turn, and the rest are closed.

One line a session goes to stderr: start, end, user, key fingerprint,
address, command and exit status. SIGTERM tells open sessions and ends
within a few seconds, with status 143 (128 + 15, as any command).`
