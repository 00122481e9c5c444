package topic

import (
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
)

// eventWindow is how many words from the figure an event may be.
const eventWindow = 14

// nonCounting units count nothing themselves: the counted rules look at the
// sentence for them.
var nonCounting = map[string]bool{"ratio": true, "percent": true}

// Match returns the indicator of t the claim measures and why, or "" and
// why not (the closest miss).
func (t *Topic) Match(c doc.Claim) (indicatorID string, why string) {
	sent := Words(c.Sentence)
	qs, qe := figureWords(sent, c)
	var counted []Word
	if c.Counted != "" && !nonCounting[c.Unit] && !isCurrency(c.Unit) {
		counted = Words(c.Counted)
	}
	best, bestDist := -1, 1<<30
	bestWhy := ""
	var miss string
	for i := range t.Indicators {
		ind := &t.Indicators[i]
		d, w, ok := ind.match(c, sent, counted, qs, qe)
		if !ok {
			if miss == "" || strings.HasPrefix(miss, "unit") {
				miss = ind.ID + ": " + w
			}
			continue
		}
		if d < bestDist {
			best, bestDist, bestWhy = i, d, w
		}
	}
	if best < 0 {
		return "", "no indicator of " + t.ID + " (" + miss + ")"
	}
	return t.Indicators[best].ID, t.ID + "/" + t.Indicators[best].ID + ": " + bestWhy
}

func isCurrency(u string) bool {
	return len(u) == 3 && strings.ToUpper(u) == u
}

// figureWords returns the word index range [qs, qe) of the figure and its
// counted phrase in the sentence words.
func figureWords(sent []Word, c doc.Claim) (int, int) {
	start := c.Start - c.SentenceStart
	end := c.End - c.SentenceStart
	if c.Counted != "" {
		if k := strings.Index(c.Sentence[max(0, min(end, len(c.Sentence))):], c.Counted); k >= 0 && k < 8 {
			end = end + k + len(c.Counted)
		}
	}
	qs, qe := len(sent), len(sent)
	for i, w := range sent {
		if w.End > start && qs == len(sent) {
			qs = i
		}
		if w.Start >= end {
			qe = i
			break
		}
	}
	if qe < qs {
		qe = qs
	}
	return qs, qe
}

func (ind *Indicator) match(c doc.Claim, sent, counted []Word, qs, qe int) (dist int, why string, ok bool) {
	var reasons []string
	if len(ind.Units) > 0 {
		found := false
		for _, u := range ind.Units {
			if strings.EqualFold(u, c.Unit) {
				found = true
				break
			}
		}
		if !found {
			return 0, fmt.Sprintf("unit %q not in %v", c.Unit, ind.Units), false
		}
		reasons = append(reasons, "unit "+c.Unit)
	}
	if at, k := Find(sent, ind.c.exclude); at >= 0 {
		return 0, fmt.Sprintf("excluded by %q", ind.c.exclude.List[k].Raw), false
	}
	if ind.c.counted.Len() > 0 {
		src := counted
		if src == nil {
			src = sent
		}
		at, k := Find(src, ind.c.counted)
		if at < 0 {
			return 0, "counted phrase names none of " + raws(ind.c.counted), false
		}
		reasons = append(reasons, fmt.Sprintf("counts %q", ind.c.counted.List[k].Raw))
	}
	if at, k := Find(counted, ind.c.foreign); at >= 0 {
		return 0, fmt.Sprintf("counted phrase names %q", ind.c.foreign.List[k].Raw), false
	}
	if ind.c.actor.Len() > 0 {
		at, k := Find(counted, ind.c.actor)
		if at < 0 {
			at, k = Find(sent, ind.c.actor)
		}
		if at < 0 {
			return 0, "no actor among " + raws(ind.c.actor), false
		}
		reasons = append(reasons, fmt.Sprintf("actor %q", ind.c.actor.List[k].Raw))
	}
	if ind.c.place.Len() > 0 {
		at, k := Find(Words(c.Place), ind.c.place)
		if at < 0 {
			at, k = Find(sent, ind.c.place)
		}
		if at < 0 {
			return 0, "no place among " + raws(ind.c.place), false
		}
		reasons = append(reasons, fmt.Sprintf("place %q", ind.c.place.List[k].Raw))
	}
	dist = 2*eventWindow + 1
	if ind.c.events.Len() > 0 {
		d, p, neg := nearestEvent(sent, qs, qe, ind.c.events, ind.c.notEvents)
		switch {
		case p == nil && ind.EventOptional:
			reasons = append(reasons, "no event ("+ind.Measure+" by default)")
			return 2*eventWindow + 1, strings.Join(reasons, "; "), true
		case p == nil:
			return 0, "no event among " + raws(ind.c.events) + " near the figure", false
		case neg:
			return 0, fmt.Sprintf("nearest event %q is excluded", p.Raw), false
		}
		dist = d
		reasons = append(reasons, fmt.Sprintf("event %q (%s)", p.Raw, ind.Measure))
	}
	return dist, strings.Join(reasons, "; "), true
}

// nearestEvent finds the event or not-event phrase nearest the figure
// (words [qs, qe)); a phrase just before the figure (its verb) wins ties.
func nearestEvent(sent []Word, qs, qe int, evs, nots PhraseSet) (dist int, p *Phrase, neg bool) {
	dist = 2*eventWindow + 1
	try := func(i, d int) {
		if d >= dist {
			return
		}
		if k := nots.At(sent, i); k >= 0 {
			dist, p, neg = d, &nots.List[k], true
			return
		}
		if k := evs.At(sent, i); k >= 0 {
			dist, p, neg = d, &evs.List[k], false
		}
	}
	for i := range sent {
		switch {
		case i < qs:
			// distance from the phrase's end to the figure; a verb before
			// the figure is its governing verb: half a word closer.
			d := qs - i
			try(i, 2*d-1)
		case i >= qe:
			try(i, 2*(i-qe+1))
		default:
			try(i, 0)
		}
	}
	if dist > 2*eventWindow {
		return 0, nil, false
	}
	return dist, p, neg
}

func raws(ps PhraseSet) string {
	var s []string
	for _, p := range ps.List {
		s = append(s, p.Raw)
	}
	return "[" + strings.Join(s, ", ") + "]"
}
