package browser

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"

	"github.com/mutuals/mutuals/ui/render"
)

// facetResult is one field counted over the mutuals shown when the facet
// screen opened or the list last changed.
type facetResult struct {
	field  int
	counts []model.Count
}

// openFacets shows the facet screen for the mutuals the search shows,
// starting at the field last looked at.
func (b *Browser) openFacets() tea.Cmd {
	b.show(facetScreen)
	return b.recountFacets()
}

// recountFacets forgets every count and counts the current field again.
func (b *Browser) recountFacets() tea.Cmd {
	b.jobs.drop(facetJob) // counts of the list before are stale
	b.facets.Reset(len(b.list.shown))
	b.facets.Shift(0)
	return b.countFacet()
}

// countFacet counts the field on screen. Small datasets count at once;
// large ones in a command, so that keys are never kept waiting.
func (b *Browser) countFacet() tea.Cmd {
	field, ds, shown := b.facets.field, b.ds, b.list.shown
	now, later := b.jobs.also(facetJob, b.ix.Len(), func() any {
		ms := make([]*model.Mutual, len(shown))
		for i, s := range shown {
			ms[i] = &ds.Mutuals[s]
		}
		return facetResult{field: field, counts: model.Facet(ms, model.FacetFields[field])}
	})
	if now != nil {
		return b.deliver(*now)
	}
	b.facets.pending[field] = true
	return later
}

func (b *Browser) facetKey(msg tea.KeyPressMsg) tea.Cmd {
	k := b.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Back, k.Facets):
		b.show(browseScreen)
	case key.Matches(msg, k.AddFacet):
		return b.addFacet()
	case key.Matches(msg, k.Copy):
		return b.copyFacets()
	case key.Matches(msg, k.NextField):
		return b.shiftFacet(1)
	case key.Matches(msg, k.PrevField):
		return b.shiftFacet(-1)
	case key.Matches(msg, k.Help):
		b.openHelp()
	default:
		b.facetMoveKey(msg)
	}
	return nil
}

// shiftFacet moves to another field, counting it unless it was counted.
func (b *Browser) shiftFacet(delta int) tea.Cmd {
	if b.facets.Shift(delta) {
		return nil
	}
	return b.countFacet()
}

// facetMoveKey moves through the values with the keys that move the list.
func (b *Browser) facetMoveKey(msg tea.KeyPressMsg) {
	if d, ok := b.keys.movement(msg, b.facets.rows(), len(b.facets.counts)); ok {
		b.facets.Move(d)
	}
}

// addFacet adds the value under the cursor to the search, as field:value,
// runs the search and goes back to the list.
func (b *Browser) addFacet() tea.Cmd {
	c, ok := b.facets.Current()
	if !ok {
		return nil
	}
	term, ok := model.FieldTerm(b.facets.Field(), c.Value)
	if !ok {
		b.status = render.FacetValue(b.facets.Field().Key, c) + " cannot be searched for: pick a value"
		return nil
	}
	q := strings.TrimSpace(b.search.Value())
	if !strings.Contains(" "+q+" ", " "+term+" ") {
		q = strings.TrimSpace(q + " " + term)
	}
	b.search.SetValue(q)
	b.search.CursorEnd()
	b.focus = focusList
	b.show(browseScreen)
	return b.runSearch()
}
