package render

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestStylesReadOnLightAndDark: every style's text reaches WCAG's 4.5:1
// on light and dark backgrounds, and none is faint.
func TestStylesReadOnLightAndDark(t *testing.T) {
	for _, dark := range []bool{false, true} {
		v := reflect.ValueOf(NewStyles(dark))
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue // what a record is drawn for, not a look
			}
			s, ok := v.Field(i).Interface().(lipgloss.Style)
			if !ok {
				continue
			}
			if why := uitest.Unreadable(s, dark); len(why) > 0 {
				t.Errorf("dark=%v: %s: %s", dark, v.Type().Field(i).Name, strings.Join(why, "; "))
			}
		}
	}
}
