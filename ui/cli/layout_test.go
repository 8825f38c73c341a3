package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLayoutNamesEveryPackage: main.go's package doc (go doc .) lays out
// every package of the module, and the README's "For maintainers" names
// every one for go doc, so that a new package is not left out of either.
func TestLayoutNamesEveryPackage(t *testing.T) {
	root := filepath.Join("..", "..")
	var pkgs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() && path != root {
			if gos, _ := filepath.Glob(filepath.Join(path, "*.go")); len(gos) > 0 {
				rel, _ := filepath.Rel(root, path)
				pkgs = append(pkgs, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 10 {
		t.Fatalf("found %d packages: %v", len(pkgs), pkgs)
	}
	mainGo, err := os.ReadFile(filepath.Join(root, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, maintainers, _ := strings.Cut(string(readme), "## For maintainers")
	for _, p := range pkgs {
		if !regexp.MustCompile(`(?m)^//\t` + regexp.QuoteMeta(p) + `/ `).Match(mainGo) {
			t.Errorf("main.go's layout leaves out %s/", p)
		}
		if !regexp.MustCompile("`\\./" + regexp.QuoteMeta(p) + "`").MatchString(maintainers) {
			t.Errorf("README's For maintainers leaves out `./%s` for go doc", p)
		}
	}
}
