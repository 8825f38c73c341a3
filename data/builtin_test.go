package data

import (
	"context"
	"strings"
	"testing"
)

// TestLoadWithBuiltin: a register loads beside the pathfinders; a record
// copied out of them with its programme and sources (as show -f toml
// writes it) is one with the original programme and sources; each mutual
// keeps its own programme.
func TestLoadWithBuiltin(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "register.toml", string(Starter()))
	ds, err := LoadWithBuiltin(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	builtin, _ := Embedded()
	if len(ds.Mutuals) != len(builtin.Mutuals)+1 || len(ds.Programmes) != 2 {
		t.Fatalf("want the pathfinders, the example mutual and two programmes; got %d mutuals, %d programmes", len(ds.Mutuals), len(ds.Programmes))
	}
	if got := ds.Recorded(); !strings.Contains(got, "17 of 21 or 22 Pathfinder mutuals") || !strings.Contains(got, "1 My register") {
		t.Errorf("Recorded() = %q, want each programme counted", got)
	}
	if ds.Name != "register.toml + "+EmbeddedName && ds.Name != DatasetName([]string{dir})+" + "+EmbeddedName {
		t.Errorf("named %q", ds.Name)
	}
	mine, _ := ds.Find("example-mutual")
	swindon, _ := ds.Find("swindon")
	if mine.Programme != "my-register" || swindon.Programme != builtin.Programmes[0].ID {
		t.Errorf("programmes: example-mutual %q, swindon %q", mine.Programme, swindon.Programme)
	}
	if pool, _ := ds.PoolOf(mine); len(pool.Mentors) != 1 || pool.Mentors[0] != "Example Mentors Ltd" {
		t.Errorf("the example mutual is offered %v, want its own programme's pool", pool.Mentors)
	}
}
