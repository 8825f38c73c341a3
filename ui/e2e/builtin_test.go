package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestE2ERegisterBesideTheBuiltin is the researcher's path through the
// real binary: a register made with init, a pathfinder copied into it with
// show -f toml, browsed with --builtin. Each mutual shows its own
// programme and is offered its own programme's pool: the example mutual
// never the pathfinders' mentors, Swindon never the register's.
func TestE2ERegisterBesideTheBuiltin(t *testing.T) {
	t.Parallel()
	dir, _ := newRegister(t)
	swindon, stderr, code := e2eRun(t, e2eEnv(), e2eBinary(t), "show", "swindon", "-f", "toml")
	if code != 0 {
		t.Fatalf("show swindon -f toml: exit %d\n%s", code, stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "swindon.toml"), []byte(swindon), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ id, programme, pool, notPool, status string }{
		{"example-mutual", "My register", "Example Mentors Ltd", "John Lewis Partnership", "running as of 2024-04"},
		{"swindon", "Pathfinder mutuals", "John Lewis Partnership", "Example Mentors Ltd", "ended"},
	} {
		socket, _ := startTerm(t, 140, 45, fmt.Sprintf("--data '%s' --builtin", dir))
		waitFor(t, socket, "17 of 21 or 22 Pathfinder mutuals · 1 My register · 18 shown", e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "/")
		tmux(t, socket, "send-keys", "-t", "x", "-l", "id:"+tt.id)
		tmux(t, socket, "send-keys", "-t", "x", "Enter")
		waitUntil(t, socket, e2eWait, func(screen string) string {
			if why := lacks(screen, "1 shown", "programme       "+tt.programme, tt.pool, "status          "+tt.status); why != "" {
				return why
			}
			if lacks(screen, tt.notPool) == "" {
				return tt.id + " is shown the other programme's pool"
			}
			return ""
		})
	}
}
