package model

import (
	"strconv"
	"strings"
)

// Date is a date as precise as its source gave it: a year, a month of a
// year, or a day. Month and Day are 0 when the source did not give them.
type Date struct {
	Year, Month, Day int
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD, keeping the precision given.
func ParseDate(s string) (Date, bool) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, false
	}
	limits := []int{9999, 12, 31}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) || v < 1 || v > limits[i] {
			return Date{}, false
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if d.Day > daysIn(d.Year, d.Month) {
		return Date{}, false
	}
	return d, true
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// IsZero reports whether no date is set.
func (d Date) IsZero() bool { return d.Year == 0 }

// String writes the date back as precisely as it was given.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return pad0(d.Year, 4)
	case d.Day == 0:
		return pad0(d.Year, 4) + "-" + pad0(d.Month, 2)
	}
	return pad0(d.Year, 4) + "-" + pad0(d.Month, 2) + "-" + pad0(d.Day, 2)
}

func pad0(n, w int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", max(w-len(s), 0)) + s
}

// YearFraction is where the date begins within its year, from 0 to 1: a
// date known only to the year or month begins with its period ("2020" is
// drawn from the start of 2020), so that it is never drawn after a more
// precise date in it that it may precede.
func (d Date) YearFraction() float64 {
	switch {
	case d.Month == 0:
		return 0
	case d.Day == 0:
		return float64(d.Month-1) / 12
	}
	return (float64(d.Month-1) + (float64(d.Day)-0.5)/float64(daysIn(d.Year, d.Month))) / 12
}

// Before orders dates by where their periods begin; of two that begin
// together, the less precise comes first ("2020" before "2020-01-01").
func (d Date) Before(o Date) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month != o.Month {
		return d.Month < o.Month
	}
	return d.Day < o.Day
}

// Last is the last day of the date's period: 2020 is 2020-12-31.
func (d Date) Last() Date {
	switch {
	case d.IsZero() || d.Day != 0:
		return d
	case d.Month == 0:
		return Date{d.Year, 12, 31}
	}
	return Date{d.Year, d.Month, daysIn(d.Year, d.Month)}
}

// sortKey is the date as text that sorts as Before orders.
func (d Date) sortKey() string {
	return pad0(d.Year, 4) + "." + pad0(d.Month, 2) + "." + pad0(d.Day, 2)
}
