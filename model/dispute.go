package model

import "encoding/json"

// Where the sources leave a lifeline's launch or end open. The data marks
// a disputed date only with readings on "event", in words ("Spiral Health
// was formed in 2012" against a launch on 2011-04-01); the years those
// readings name are the marks. A launch or an end in one of those years,
// where they name another, is disputed over the span of the two.

// Span is a stretch of time the sources leave open: the date is somewhere
// from From to To, as the sources give them.
type Span struct{ From, To Date }

// IsZero says nothing is disputed.
func (s Span) IsZero() bool { return s.From.IsZero() }

// String is "from..to", "" when nothing is disputed.
func (s Span) String() string {
	if s.IsZero() {
		return ""
	}
	return s.From.String() + ".." + s.To.String()
}

// eventReadingYears are the years m's event readings name, with the
// earliest and the latest.
func eventReadingYears(m *Mutual) (years map[int]bool, lo, hi int) {
	for _, r := range m.Readings {
		if r.Field != "event" {
			continue
		}
		for _, y := range yearsIn(r.Value) {
			if years == nil {
				years, lo, hi = map[int]bool{}, y, y
			}
			years[y] = true
			lo, hi = min(lo, y), max(hi, y)
		}
	}
	return years, lo, hi
}

// yearsIn are the four-digit years (1900 to 2099) standing alone in s.
func yearsIn(s string) []int {
	var out []int
	digit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	for i := 0; i+4 <= len(s); i++ {
		if digit(i-1) || digit(i+4) || !digit(i) || !digit(i+1) || !digit(i+2) || !digit(i+3) {
			continue
		}
		y := int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
		if y >= 1900 && y <= 2099 {
			out = append(out, y)
		}
	}
	return out
}

// disputedSpan is the span over which the event readings put d: zero
// unless they name d's year and another.
func disputedSpan(d Date, years map[int]bool, lo, hi int) Span {
	if d.IsZero() || !years[d.Year] || len(years) < 2 {
		return Span{}
	}
	s := Span{d, d}
	if lo < d.Year {
		s.From = Date{Year: lo}
	}
	if hi > d.Year {
		s.To = Date{Year: hi}
	}
	return s
}

// disputes marks the launch and the end the readings dispute.
func (l *Lifeline) disputes() {
	years, lo, hi := eventReadingYears(l.Mutual)
	if years == nil {
		return
	}
	l.StartDisputed = disputedSpan(l.Launched, years, lo, hi)
	l.EndDisputed = disputedSpan(l.Ended, years, lo, hi)
}

// MarshalJSON writes the span as the dates its sources give.
func (s Span) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		From string `json:"from"`
		To   string `json:"to"`
	}{s.From.String(), s.To.String()})
}

// UnmarshalJSON reads a span MarshalJSON wrote.
func (s *Span) UnmarshalJSON(b []byte) error {
	var v struct{ From, To string }
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	s.From, _ = ParseDate(v.From)
	s.To, _ = ParseDate(v.To)
	return nil
}
