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
	f := getFolded()
	defer putFolded(f)
	for i := from; i < to; i++ {
		if ix.matches(f, i, m) {
			out = append(out, i)
		}
	}
	return out
}

// ScanWithin is SearchWithin without the word index: each position of
// within checked in turn, on two cores.
func (ix *Index) ScanWithin(q Query, within []int) []int {
	return ix.checkWithin(compile(q), within)
}

func (ix *Index) scanWithin(m matcher, within []int) []int {
	out := make([]int, 0, len(within))
	f := getFolded()
	defer putFolded(f)
	for _, i := range within {
		if ix.matches(f, i, m) {
			out = append(out, i)
		}
	}
	return out
}

// checkWithin checks each of within in turn, on two cores when there are
// many.
func (ix *Index) checkWithin(m matcher, within []int) []int {
	if len(within) < parallelFrom {
		return ix.scanWithin(m, within)
	}
	half := len(within) / 2
	var second []int
	done := make(chan struct{})
	go func() {
		second = ix.scanWithin(m, within[half:])
		close(done)
	}()
	first := ix.scanWithin(m, within[:half])
	<-done
	return append(first, second...)
}
