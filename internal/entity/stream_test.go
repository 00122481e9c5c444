package entity_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/entity"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// BenchmarkFindStream measures FindStream alone on the Wikinews sample,
// split into token streams beforehand (the pipeline splits each article
// once for every annotator), in MB/s of text.
func BenchmarkFindStream(b *testing.B) {
	sts, size := entity.WikinewsStreams(b)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, st := range sts {
			if _, err := entity.FindStream(ctx, st); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// singleLine returns about n bytes of words on one line with no full
// stop: a dump that lost its punctuation and line breaks, the input on
// which a pass bounded by sentences or lines is bounded by nothing.
func singleLine(n int) string {
	words := strings.Fields(`the workers arrived in Russia from North Korea about 300 more were expected
		ministry said sanctions resolution 2397 in 2024 according to officials the agency Kim Jong Un
		met Sergei Ivanov of the Federal Statistics Service ( FSS ) the envoy Moscow's foreign ministry`)
	r := rand.New(rand.NewPCG(17, 3))
	var b strings.Builder
	b.Grow(n + 32)
	b.WriteString("Workers ")
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// BenchmarkFindSingleLine measures FindStream on one endless line of
// 256 KB to 2 MB: the MB/s of every size should be about the same (cost
// linear in the input).
func BenchmarkFindSingleLine(b *testing.B) {
	for _, n := range []int{256 << 10, 512 << 10, 1 << 20, 2 << 20} {
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			st := tk.New(singleLine(n))
			b.SetBytes(int64(len(st.Text)))
			b.ResetTimer()
			for b.Loop() {
				if _, err := entity.FindStream(context.Background(), st); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cancelAt is a context that cancels itself at the n-th time it is asked
// for its error: a cancellation that arrives while FindStream is at work,
// at a point set by a count rather than a clock.
type cancelAt struct {
	context.Context
	cancel   context.CancelFunc
	n, asked int
}

func (c *cancelAt) Err() error {
	c.asked++
	if c.asked == c.n {
		c.cancel()
	}
	return c.Context.Err()
}

// TestFindStreamCancelledInsideLine: a context cancelled while FindStream
// reads one long line stops it with the context's error, and FindStream
// asks the context inside its passes (as often as the line is long), not
// only between them.
func TestFindStreamCancelledInsideLine(t *testing.T) {
	st := tk.New(singleLine(4 << 20))
	never := &cancelAt{Context: context.Background()}
	if _, err := entity.FindStream(never, st); err != nil {
		t.Fatal(err)
	}
	if min := len(st.Toks) / 4096; never.asked < min {
		t.Errorf("FindStream asked the context %d times on %d atoms of one line, want at least %d", never.asked, len(st.Toks), min)
	}
	for _, n := range []int{2, never.asked / 3, never.asked * 2 / 3, never.asked - 1} {
		ctx, cancel := context.WithCancel(context.Background())
		c := &cancelAt{Context: ctx, cancel: cancel, n: n}
		r, err := entity.FindStream(c, st)
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled at check %d of %d: err %v, want %v", n, never.asked, err, context.Canceled)
		}
		if len(r.Entities) != 0 {
			t.Errorf("cancelled at check %d: %d entities resolved", n, len(r.Entities))
		}
	}
}

// repeatedNames returns about n bytes on one line that name the same
// bodies and people again and again, with and without a country and by
// surname: the input on which linking each name to every earlier one is
// quadratic.
func repeatedNames(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Russia Federal Statistics Service and Federal Statistics Service said Smith met Ivan%c Smith and the foreign ministry and Russia's foreign ministry ", 'a'+i%26)
	}
	return b.String()
}

// TestFindAllocsLinear: FindStream's allocations grow in proportion to a
// single line of repeated names (four times the text, about four times the
// allocations; a pass that rescans earlier names makes it fifteen).
func TestFindAllocsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("finds names in 320 KB")
	}
	allocs := func(n int) float64 {
		st := tk.New(repeatedNames(n))
		return testing.AllocsPerRun(1, func() { entity.FindStream(context.Background(), st) })
	}
	small, big := allocs(64<<10), allocs(256<<10)
	if big > 5*small {
		t.Errorf("allocations: %.0f on 64 KB, %.0f on 256 KB (%.1fx for 4x the text)", small, big, big/small)
	}
}
