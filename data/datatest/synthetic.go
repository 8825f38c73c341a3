package datatest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Synthetic returns n made-up mutuals as a TOML data file, the same bytes
// for the same n and seed. Field lengths are like real records, and the
// text mixes in accented, wide (CJK) and emoji characters, so that tests
// and benchmarks exercise what real registers hold.
func Synthetic(n int, seed uint64) []byte {
	return synthetic(n, seed, "")
}

// SyntheticPart is Synthetic for one of several files loaded together: the
// ids of its mutuals and sources begin with prefix, so no two files clash.
func SyntheticPart(n int, seed uint64, prefix string) []byte {
	return synthetic(n, seed, prefix)
}

func synthetic(n int, seed uint64, prefix string) []byte {
	r := rand.New(rand.NewPCG(seed, 0x6d7574))
	var b strings.Builder
	b.Grow(n * 560)
	const sources = 40
	for i := range sources {
		fmt.Fprintf(&b, "[[source]]\nid = \"%ssrc-%d\"\ntitle = %q\npublisher = %q\ndate = \"%d-%02d\"\nurl = \"https://example.org/%d\"\n\n",
			prefix, i, phrase(r, 4, 9), pick(r, publishers), 2008+r.IntN(15), 1+r.IntN(12), i)
	}
	for i := range n {
		writeSynthetic(&b, r, prefix, i, sources)
	}
	return []byte(b.String())
}

func writeSynthetic(b *strings.Builder, r *rand.Rand, prefix string, i, sources int) {
	place := pick(r, places)
	fmt.Fprintf(b, "[[mutual]]\nid = \"%sm-%d\"\nname = %q\nlocation = %q\nregion = %q\n",
		prefix, i, place+" "+pick(r, services)+" "+pick(r, forms), place, pick(r, regions))
	fmt.Fprintf(b, "service_area = %s\nstaff_groups = %s\n", list(r, services, 1, 3), list(r, staff, 1, 3))
	if r.IntN(4) == 0 {
		fmt.Fprintf(b, "mentors = %s\n", list(r, mentors, 1, 2))
	}
	fmt.Fprintf(b, "legal_form = %q\noutcome = %q\nsummary = %q\n", pick(r, forms), pick(r, outcomes), phrase(r, 10, 26))
	fmt.Fprintf(b, "sources = [\"%ssrc-%d\", \"%ssrc-%d\"]\n", prefix, r.IntN(sources), prefix, r.IntN(sources))
	for range r.IntN(3) {
		fmt.Fprintf(b, "\n[[mutual.event]]\ndate = \"%d\"\nkind = %q\ntext = %q\nsources = [\"%ssrc-%d\"]\n",
			2010+r.IntN(12), pick(r, []string{"launched", "contract-won", "contract-lost", "wound-up"}), phrase(r, 5, 12), prefix, r.IntN(sources))
	}
	b.WriteString("\n")
}

var (
	places     = []string{"Swindon", "Leicester", "Mansfield", "Lambeth", "Colchester", "Kendal", "Zürich", "Malmö", "Cádiz", "Łódź", "東京", "Seoul 서울", "Ōsaka", "Penrith", "Hull", "Truro"}
	regions    = []string{"South West", "East Midlands", "London", "North West", "East of England", "Île-de-France", "関東", "Yorkshire"}
	services   = []string{"community health", "adult social care", "youth services", "children's services", "housing support", "homeless healthcare", "learning disability", "rehabilitation", "further education", "leisure", "libraries", "café services ☕"}
	staff      = []string{"NHS staff", "council staff", "teachers", "nurses", "care workers", "youth workers", "administrators", "librarians", "clinicians"}
	mentors    = []string{"KPMG", "PwC", "John Lewis Partnership", "Tribal", "Local Partnerships", "Co-operatives UK"}
	forms      = []string{"co-operative", "social enterprise", "community interest company", "trust", "mutual", "société coopérative"}
	outcomes   = []string{"unknown", "spun out", "spun out, later wound up", "not spun out"}
	publishers = []string{"Cabinet Office", "Third Sector", "Local Government Chronicle", "Health Service Journal", "Gazette"}
	words      = strings.Fields("staff service people council health care mutual employee owned community social enterprise contract trust college youth support children housing public sector spin out members board commissioners funding review année naïve façade 協同組合 🌱 partnership delivery local")
)

func pick(r *rand.Rand, from []string) string { return from[r.IntN(len(from))] }

func phrase(r *rand.Rand, lo, hi int) string {
	n := lo + r.IntN(hi-lo+1)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = pick(r, words)
	}
	s := strings.Join(ws, " ")
	first, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(first)) + s[size:] + "."
}

func list(r *rand.Rand, from []string, lo, hi int) string {
	n := lo + r.IntN(hi-lo+1)
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprintf("%q", pick(r, from))
	}
	return "[" + strings.Join(items, ", ") + "]"
}
