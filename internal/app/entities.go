package app

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/store"
)

// EntityTypes are the entity types, in the order names are looked up.
var EntityTypes = []string{doc.PER, doc.ORG, doc.LOC, doc.MISC}

// FindEntity looks name up as a key ("per:kim jong un") and then folded
// through entity.Key with no type and with each type in turn, so that any
// variant the key folding joins ("Kim Jong-un", "DPRK") finds its entity.
func FindEntity(ctx context.Context, st store.Store, name string) (*store.EntityDetail, error) {
	var keys []string
	if i := strings.IndexByte(name, ':'); i > 0 && hasString(EntityTypes, strings.ToUpper(name[:i])) {
		rest := strings.TrimSpace(name[i+1:])
		// the key exactly as given first: a stored key need not be folded
		keys = append(keys, name)
		for _, k := range []string{strings.ToLower(name[:i]) + ":" + rest, entity.Key(rest, strings.ToUpper(name[:i]))} {
			if !hasString(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	for _, t := range append([]string{""}, EntityTypes...) {
		k := entity.Key(name, t)
		if !hasString(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		d, err := st.Entity(ctx, k)
		if err == nil {
			return d, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
	}
	return nil, fmt.Errorf("entity %q: %w", name, store.ErrNotFound)
}

// SuggestEntities returns up to n entities whose names are close to name:
// one folded name containing the other, a shared word, or a small edit
// distance; the most seen first among equally close ones.
func SuggestEntities(name string, all []store.EntitySummary, n int) []store.EntitySummary {
	q := foldedWords(name)
	if len(q) == 0 {
		return nil
	}
	qs := strings.Join(q, " ")
	type scored struct {
		s     store.EntitySummary
		score int
	}
	var out []scored
	for _, x := range all {
		w := foldedWords(x.Name)
		ws := strings.Join(w, " ")
		score := 0
		switch {
		case ws == "":
		case strings.Contains(ws, qs) || strings.Contains(qs, ws):
			score = 3
		case shareWord(q, w):
			score = 2
		case editDistance(qs, ws) <= max(1, len([]rune(qs))/4):
			score = 1
		}
		if score > 0 {
			out = append(out, scored{x, score})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].s.Articles > out[j].s.Articles
	})
	var res []store.EntitySummary
	for i := 0; i < len(out) && i < n; i++ {
		res = append(res, out[i].s)
	}
	return res
}

// foldedWords folds a name like entity.Key does for people and splits it
// into words, so "Zelenskyy" and "Zelenskyi" compare equal.
func foldedWords(name string) []string {
	k := entity.Key(name, doc.PER)
	return strings.Fields(k[strings.IndexByte(k, ':')+1:])
}

func shareWord(a, b []string) bool {
	for _, x := range a {
		if len(x) < 3 {
			continue
		}
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func hasString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
