package copies

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/copies/gen"
)

var (
	scale       = flag.Int("scale", 0, "run TestScale with this many synthetic articles (e.g. 100000, 1000000)")
	heapProfile = flag.String("heapprofile", "", "TestScale: write a heap profile of the full index (live objects) to this file")
)

// synthStream yields synthetic articles: 80% new ones, 20% copies (exact,
// near or spun) of a random earlier original, with their gold group.
type synthStream struct {
	s      *gen.Synth
	r      *rand.Rand
	texts  []string // originals kept for making copies (reservoir of 20000)
	hashes []uint64 // their exact hashes (set by signed)
	ids    []int64
	n      int
	// what the last next did: the reservoir slot of the original copied,
	// and the slot the new original went to (-1: none)
	copied, stored int
}

func newSynthStream(seed uint64) *synthStream {
	return &synthStream{s: gen.NewSynth(seed), r: rand.New(rand.NewPCG(seed, 7))}
}

// next returns the next article with its gold relation and group; a copy
// the operation left unchanged is labelled exact by signed, which also
// computes the signature.
func (st *synthStream) next() (d Doc, rel string, group int64) {
	st.n++
	id := int64(st.n)
	st.copied, st.stored = -1, -1
	if len(st.texts) > 100 && st.r.IntN(5) == 0 {
		k := st.r.IntN(len(st.texts))
		rel = []string{Exact, Near, Near, Spun}[st.r.IntN(4)]
		text := gen.Variant(st.r, st.texts[k], rel)
		st.copied = k
		_, pub := st.s.Article(st.n, 2000)
		return Doc{ID: id, Source: fmt.Sprint("outlet", st.r.IntN(500)), Published: pub, Text: text}, rel, st.ids[k]
	}
	text, pub := st.s.Article(st.n, 2000)
	if len(st.texts) < 20000 {
		st.texts = append(st.texts, text)
		st.hashes = append(st.hashes, 0)
		st.ids = append(st.ids, id)
		st.stored = len(st.texts) - 1
	} else if k := st.r.IntN(st.n); k < len(st.texts) {
		st.texts[k], st.ids[k] = text, id
		st.stored = k
	}
	return Doc{ID: id, Source: fmt.Sprint("outlet", st.r.IntN(500)), Published: pub, Text: text}, Original, id
}

// signed is next with the article's signature: a copy whose normalized
// text equals its original's (the same exact hash) is labelled exact.
func (st *synthStream) signed(ix *Index) (d Doc, sig Sig, rel string, group int64) {
	d, rel, group = st.next()
	sig = ix.Signature(d)
	if st.copied >= 0 && sig.Exact == st.hashes[st.copied] {
		rel = Exact // the operation changed nothing that counts
	}
	if st.stored >= 0 {
		st.hashes[st.stored] = sig.Exact
	}
	return d, sig, rel, group
}

// TestScale groups -scale synthetic articles and reports wall time,
// throughput, peak heap and grouping quality. Opt-in:
//
//	go test ./internal/copies -run TestScale -scale 1000000 -v -timeout 60m
//
// (wrap in /usr/bin/time -v for the process's peak RSS). The generator
// and Index.Signature (pure, safe for concurrent use) run on a second
// goroutine, as a store's loader would compute signatures while the index
// adds the previous ones; "signatures" and "index" are the time each took.
func TestScale(t *testing.T) {
	if *scale <= 0 {
		t.Skip("opt-in: -scale N")
	}
	st := newSynthStream(42)
	ix := NewIndex(Options{})
	type item struct {
		d     Doc
		sig   Sig
		rel   string
		group int64
	}
	items := make(chan item, 256)
	var inSig time.Duration // generating and signing
	go func() {
		defer close(items)
		for i := 0; i < *scale; i++ {
			t0 := time.Now()
			d, sig, rel, group := st.signed(ix)
			inSig += time.Since(t0)
			items <- item{d, sig, rel, group}
		}
	}()
	var inAdd time.Duration
	var peak uint64
	var ms runtime.MemStats
	gold := map[string]*prf{}
	for _, r := range relNames {
		gold[r] = &prf{}
	}
	wrong := 0
	start := time.Now()
	i := 0
	for it := range items {
		d, rel, group := it.d, it.rel, it.group
		t0 := time.Now()
		m := ix.AddSig(d.ID, d.Source, it.sig)
		inAdd += time.Since(t0)
		gold[rel].gold++
		gold[m.Relation].pred++
		if m.Relation == rel && m.Group == group {
			gold[rel].tp++
		}
		if m.Group != group {
			wrong++
		}
		if (i+1)%50000 == 0 || i+1 == *scale {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			t.Logf("%8d articles  index %6.1fs  %7.0f art/s  heap in use %5.0f MiB  sys %5.0f MiB  index outside the heap %5.0f MiB",
				i+1, inAdd.Seconds(), float64(i+1)/inAdd.Seconds(), float64(ms.HeapInuse)/(1<<20), float64(ms.Sys)/(1<<20),
				float64(ix.MemoryBytes())/(1<<20))
		}
		i++
	}
	wall := time.Since(start)
	t.Logf("articles %d: generation and signatures %.1fs, index %.1fs (%.0f articles/s); wall %.1fs; peak heap in use %.0f MiB, runtime sys %.0f MiB",
		*scale, inSig.Seconds(), inAdd.Seconds(), float64(*scale)/inAdd.Seconds(),
		wall.Seconds(), float64(peak)/(1<<20), float64(ms.Sys)/(1<<20))
	for _, r := range relNames {
		p := gold[r]
		t.Logf("%-9s gold %8d pred %8d precision %.4f recall %.4f", r, p.gold, p.pred, p.precision(), p.recall())
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	t.Logf("live heap with the index: %.0f MiB; index outside the heap: %.0f MiB (%.0f bytes an article in all)",
		float64(ms.HeapAlloc)/(1<<20), float64(ix.MemoryBytes())/(1<<20), float64(int64(ms.HeapAlloc)+ix.MemoryBytes())/float64(*scale))
	if *heapProfile != "" {
		f, err := os.Create(*heapProfile)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	n, v := ix.Stats()
	t.Logf("articles put in a wrong group: %d; candidates verified per article: %.2f", wrong, float64(v)/float64(n))
	if float64(wrong) > 0.01*float64(*scale) {
		t.Errorf("%d of %d articles in a wrong group", wrong, *scale)
	}
	runtime.KeepAlive(ix)
}

// BenchmarkAdd measures adding synthetic articles (20% copies) to a
// growing index.
func BenchmarkAdd(b *testing.B) {
	st := newSynthStream(1)
	docs := make([]Doc, b.N)
	for i := range docs {
		docs[i], _, _ = st.next()
	}
	ix := NewIndex(Options{})
	b.ResetTimer()
	for i := range docs {
		ix.Add(docs[i])
	}
}

// BenchmarkSignature measures tokenizing and fingerprinting one article.
func BenchmarkSignature(b *testing.B) {
	st := newSynthStream(2)
	d, _, _ := st.next()
	ix := NewIndex(Options{})
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		ix.Signature(d)
	}
}

// prf counts one relation in the scale run.
type prf struct{ tp, pred, gold int }

func (p prf) precision() float64 {
	if p.pred == 0 {
		return 1
	}
	return float64(p.tp) / float64(p.pred)
}

func (p prf) recall() float64 {
	if p.gold == 0 {
		return 1
	}
	return float64(p.tp) / float64(p.gold)
}
