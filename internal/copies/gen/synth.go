package gen

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// Synth generates synthetic news-like articles for scale tests: sentences
// of function words, a Zipf-distributed vocabulary (which includes the
// spinner's words, so Spin works on them), capitalised names and figures.
type Synth struct {
	r     *rand.Rand
	vocab []string
	names []string
	zipf  *rand.Zipf
	nzipf *rand.Zipf
}

var function = strings.Fields("the of and to in a that for on with as by at from was is said its have has were it which an but not be after their this been they")

// NewSynth returns a generator seeded with seed.
func NewSynth(seed uint64) *Synth {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	s := &Synth{r: r}
	syll := strings.Fields("ka ro mi ten sul ba vor ish an del pe tor gu lin ma sen ko va ri dut nes pol ar")
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		return b.String()
	}
	for k := range synonyms {
		s.vocab = append(s.vocab, k)
	}
	// map order is random: sort for determinism
	sortStrings(s.vocab)
	for len(s.vocab) < 30000 {
		s.vocab = append(s.vocab, word(2+r.IntN(3)))
	}
	for range 20000 {
		w := word(2 + r.IntN(2))
		s.names = append(s.names, strings.ToUpper(w[:1])+w[1:])
	}
	s.zipf = rand.NewZipf(r, 1.1, 2, uint64(len(s.vocab)-1))
	s.nzipf = rand.NewZipf(r, 1.05, 4, uint64(len(s.names)-1))
	return s
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// Article returns the text of synthetic article number i (5 to 9
// paragraphs of 1 to 3 sentences) and a publication date: articles are
// spread at perDay a day from 2020-01-01.
func (s *Synth) Article(i, perDay int) (text, published string) {
	r := s.r
	var ps []string
	for range 5 + r.IntN(5) {
		var ss []string
		for range 1 + r.IntN(3) {
			ss = append(ss, s.sentence())
		}
		ps = append(ps, strings.Join(ss, " "))
	}
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/max(perDay, 1))
	return strings.Join(ps, "\n\n"), day.Format("2006-01-02")
}

func (s *Synth) sentence() string {
	r := s.r
	n := 8 + r.IntN(16)
	b := make([]byte, 0, 12*n)
	for k := range n {
		if k > 0 {
			b = append(b, ' ')
		}
		at := len(b)
		switch x := r.IntN(100); {
		case x < 38:
			b = append(b, function[r.IntN(len(function))]...)
		case x < 48:
			b = append(b, s.names[s.nzipf.Uint64()]...)
			if r.IntN(3) == 0 {
				b = append(b, ' ')
				b = append(b, s.names[s.nzipf.Uint64()]...)
			}
		case x < 52:
			b = strconv.AppendInt(b, int64(10+r.IntN(99990)), 10)
		default:
			b = append(b, s.vocab[s.zipf.Uint64()]...)
		}
		if k == 0 && b[at] >= 'a' && b[at] <= 'z' {
			b[at] -= 'a' - 'A' // the words are ASCII
		}
	}
	b = append(b, '.')
	return string(b)
}

// Variant returns a copy of text made by one of the copy operations,
// chosen by kind: "exact", "near" or "spun".
func Variant(r *rand.Rand, text, kind string) string {
	switch kind {
	case "exact":
		return Reformat(r, text)
	case "near":
		switch r.IntN(4) {
		case 0:
			return Wrap(r, text)
		case 1:
			return Drop(r, text, 1+r.IntN(2))
		case 2:
			return Extend(r, text, 1+r.IntN(2))
		default:
			return Wrap(r, Drop(r, text, 1))
		}
	case "spun":
		t := Spin(r, text, 0.8)
		if r.IntN(2) == 0 {
			t = Wrap(r, t)
		}
		return t
	}
	return text
}
