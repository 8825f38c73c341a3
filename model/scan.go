package model

// Scan is Search without the word index: every mutual's text read in
// turn, on two cores. It is what the index is held to, in the property
// tests and beside it in the benchmarks.
func (ix *Index) Scan(q Query) []int {
	m := compile(q)
	mid := ix.Len() / 2
	var second []int
	done := make(chan struct{})
	go func() {
		second = ix.scan(m, mid, ix.Len())
		close(done)
	}()
	first := ix.scan(m, 0, mid)
	<-done
	return append(first, second...)
}

func (ix *Index) scan(m matcher, from, to int) []int {
	out := []int{}
	for i := from; i < to; i++ {
		if ix.matches(i, m) {
			out = append(out, i)
		}
	}
	return out
}
