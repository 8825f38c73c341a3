package cli

import (
	"context"
	"slices"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/browser"
)

// register lets the browser edit the data files under paths (e) and reload
// them, as they change when watch is set; with builtin, the built-in
// pathfinders load beside them again.
func register(paths []string, watch, builtin bool) *browser.Register {
	return &browser.Register{
		Paths: paths,
		Watch: watch,
		Locate: func(id string) (string, int, error) {
			o, err := data.FindMutual(paths, id)
			if err != nil && builtin && isBuiltin(id) {
				err = browser.ErrBuiltinReadOnly
			}
			return o.File, o.Line, err
		},
		Reload: func(ctx context.Context) (*model.Dataset, error) { return loader(builtin)(ctx, paths, nil) },
	}
}

// isBuiltin reports whether a mutual with id is in the built-in data.
func isBuiltin(id string) bool {
	ds, err := data.Embedded()
	return err == nil && slices.ContainsFunc(ds.Mutuals, func(m model.Mutual) bool { return m.ID == id })
}
