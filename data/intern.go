package data

import "slices"

// lists holds one copy of each list of strings read from a file, so that
// the many records that give the same list (the same sources, the same
// service areas) share it: a tiny record's three lists held more than its
// text. The lists handed out have no room to grow, so an append copies;
// nothing changes a record's list in place.
type lists struct {
	one  map[string][]string // lists of one item, by the item
	many map[string][]string // longer lists, by their items with their lengths
	key  []byte
	// scratch is where a list is read before it is interned; only a list
	// not seen before is copied out of it.
	scratch []string
}

// maxLists bounds how many distinct lists are remembered: past it, a list
// not seen yet is kept as it is, so a file of all-different lists holds no
// more than it would without sharing.
const maxLists = 1 << 16

// intern returns a list equal to read (which is reused once it returns):
// the first one like it, or a copy.
func (l *lists) intern(read []string) []string {
	if len(read) == 0 {
		return []string{}
	}
	if len(read) == 1 {
		if got, ok := l.one[read[0]]; ok {
			return got
		}
		list := slices.Clip(slices.Clone(read))
		if len(l.one) < maxLists {
			if l.one == nil {
				l.one = map[string][]string{}
			}
			l.one[list[0]] = list
		}
		return list
	}
	l.key = l.key[:0]
	for _, s := range read {
		l.key = appendLen(l.key, len(s))
		l.key = append(l.key, s...)
	}
	if got, ok := l.many[string(l.key)]; ok {
		return got
	}
	list := slices.Clip(slices.Clone(read))
	if len(l.many) < maxLists {
		if l.many == nil {
			l.many = map[string][]string{}
		}
		l.many[string(l.key)] = list
	}
	return list
}

// appendLen appends n as a varint, so that no two lists share a key.
func appendLen(b []byte, n int) []byte {
	for n >= 0x80 {
		b = append(b, byte(n)|0x80)
		n >>= 7
	}
	return append(b, byte(n))
}
