// Package quantity finds numbers in text and types them: amounts (counts,
// money, percentages, ratios, dimensions) with their bounds and
// approximation, and non-amounts (years, dates, times, resolution numbers,
// ordinals) so that later stages do not take them for claims. It is pure:
// text in, quantities out.
package quantity

import (
	"context"
	"sync"

	"github.com/dossier-osint/dossier/internal/doc"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// Kinds of quantities that are not amounts are typed so that later stages
// do not take them for claims: years, dates, times of day, resolution
// numbers, ordinals and positions, codes ("Covid-19", "IE 10"), phone
// numbers and durations ("four weeks", Kind doc.QOther with Rule
// "duration" and Unit the time unit).

// Find returns the quantities in text, in order of position. lang is an
// ISO 639-1 code ("en", "ru", "uk", "de", ...); it selects the thousands and
// decimal separators and the number words.
func Find(text, lang string) []doc.Quantity {
	qs, _ := FindContext(context.Background(), text, lang)
	return qs
}

// FindContext is Find that stops when ctx is done (it checks every few
// thousand tokens) and returns the quantities found so far with ctx's
// error.
func FindContext(ctx context.Context, text, lang string) ([]doc.Quantity, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	st := tk.Get(text)
	defer tk.Put(st)
	return FindStream(ctx, st, lang)
}

// FindStream is FindContext on a text already split into the shared token
// stream (the pipeline splits each article once for every annotator). It
// does not change st.
func FindStream(ctx context.Context, st *tk.Stream, lang string) ([]doc.Quantity, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	buf := itemPool.Get().(*[]item)
	defer putItems(buf)
	items, err := analyzeStream(ctx, st, lang, false, *buf)
	*buf = items
	out := make([]doc.Quantity, 0, len(items))
	for _, it := range items {
		v := it.q.Value
		if !finite(v.Number) || !finite(v.Low) || !finite(v.High) {
			continue
		}
		out = append(out, it.q)
	}
	return out, err
}

// itemPool keeps FindStream's item slices for the next text: the items
// are copied out as quantities, and a text's slice grows by doubling to
// some hundreds of items of 288 bytes.
var itemPool = sync.Pool{New: func() any { return new([]item) }}

// putItems returns an item slice to itemPool.
func putItems(b *[]item) { putSlice(&itemPool, b, 1<<12) }
