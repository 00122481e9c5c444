// Package eval scores dossier's pipeline against an answer key
// (shared/gold/README.md): metadata, time expressions, claims and names.
// It reads the key's documents through a caller-given Process function, so
// it measures exactly what `dossier extract` would print.
package eval

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/dossier-osint/dossier/internal/claim/claimeval"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/gold"
	"github.com/dossier-osint/dossier/internal/timeval"
)

// Process reads one document file and runs the pipeline on it.
type Process func(ctx context.Context, path string) (*doc.Article, error)

// Report is what `dossier eval --json` prints. Sections are nil when they
// cannot be scored.
type Report struct {
	Documents int       `json:"documents"`
	Metadata  *Metadata `json:"metadata,omitempty"`
	Times     *Times    `json:"times,omitempty"`
	Claims    *Claims   `json:"claims,omitempty"`
	Names     *Names    `json:"names,omitempty"`
	// Details lists every miss when verbose output is asked for.
	Details []string `json:"-"`
	// ClaimErrors holds every claim error with its document, for the
	// verbose report grouped by attribute.
	ClaimErrors []ClaimError `json:"-"`
}

// Metadata is the share of documents whose field is right.
type Metadata struct {
	Published float64 `json:"published"`
	Credit    float64 `json:"credit"`
	Title     float64 `json:"title"`
}

// Times scores time expressions.
type Times struct {
	Gold     int     `json:"gold"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

// Claims scores claim mentions and their attributes.
type Claims struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Complete  float64 `json:"complete"`
	Unit      float64 `json:"unit"`
	Indicator float64 `json:"indicator"`
	Period    float64 `json:"period"`
	SaidBy    float64 `json:"said_by"`
	Origin    float64 `json:"origin"`
}

// Names scores alias resolution and legal references.
type Names struct {
	AliasGroups int     `json:"alias_groups"`
	Resolved    int     `json:"resolved"`
	Aliases     float64 `json:"aliases"`
	LegalRefs   float64 `json:"legal_refs"`
}

// Run processes every document of the key found in docsDir and scores it.
func Run(ctx context.Context, key *gold.Key, docsDir string, process Process) (*Report, error) {
	r := &Report{}
	var arts []*doc.Article
	for _, gd := range key.Documents {
		a, err := process(ctx, filepath.Join(docsDir, gd.File))
		if err != nil {
			return nil, fmt.Errorf("eval %s: %w", gd.File, err)
		}
		arts = append(arts, a)
	}
	r.Documents = len(arts)
	r.Metadata = scoreMetadata(r, key, arts)
	r.Times = scoreTimes(r, key, arts)
	r.Claims = scoreClaims(r, key, arts)
	r.Names = scoreNames(r, key, arts)
	return r, nil
}

func (r *Report) missf(format string, args ...any) {
	r.Details = append(r.Details, fmt.Sprintf(format, args...))
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return math.Round(float64(n)/float64(d)*1000) / 1000
}

func scoreMetadata(r *Report, key *gold.Key, arts []*doc.Article) *Metadata {
	var pub, cred, title int
	for i, gd := range key.Documents {
		a := arts[i]
		if sameOrNone(gd.Published, a.Published, func(g, p string) bool { return g == p }) {
			pub++
		} else {
			r.missf("metadata %s: published %q, gold %q", gd.File, a.Published, gold.Str(gd.Published))
		}
		if sameOrNone(gd.Credit, a.Credit, sameCredit) {
			cred++
		} else {
			r.missf("metadata %s: credit %q, gold %q", gd.File, a.Credit, gold.Str(gd.Credit))
		}
		if sameOrNone(gd.Title, a.Title, func(g, p string) bool { return gold.Fold(g) == gold.Fold(p) }) {
			title++
		} else {
			r.missf("metadata %s: title %q, gold %q", gd.File, a.Title, gold.Str(gd.Title))
		}
	}
	n := len(arts)
	return &Metadata{Published: ratio(pub, n), Credit: ratio(cred, n), Title: ratio(title, n)}
}

// sameOrNone: a null gold value is right only when dossier reports none.
func sameOrNone(g *string, p string, same func(g, p string) bool) bool {
	if g == nil {
		return p == ""
	}
	return p != "" && same(*g, p)
}

func sameCredit(g, p string) bool {
	norm := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	ng, np := norm(g), norm(p)
	return ng != "" && np != "" && (ng == np || strings.Contains(ng, np) || strings.Contains(np, ng))
}

func scoreTimes(r *Report, key *gold.Key, arts []*doc.Article) *Times {
	t := &Times{}
	for i, gd := range key.Documents {
		a := arts[i]
		var times []doc.Time
		if a.Annotations != nil {
			times = a.Annotations.Times
		}
		for _, gt := range gd.Times {
			t.Gold++
			spans := FindAll(a.Text, gt.Cue)
			want := gold.Str(gt.Value)
			ok := false
			var got []string
			for _, sp := range spans {
				for _, pt := range times {
					if (doc.Span{Start: pt.Start, End: pt.End}).Overlaps(sp) {
						got = append(got, fmt.Sprintf("%q=%q", pt.Text, pt.Value))
						if pt.Value == want || (want != "" && timeval.Same(pt.Value, want)) {
							ok = true
						}
					}
				}
			}
			if ok {
				t.Correct++
				continue
			}
			switch {
			case len(spans) == 0:
				r.missf("times %s: cue %q not in clean text", gd.File, gt.Cue)
			case len(got) == 0:
				r.missf("times %s: %q (gold %q) not found", gd.File, gt.Cue, want)
			default:
				r.missf("times %s: %q gold %q, got %s", gd.File, gt.Cue, want, strings.Join(got, ", "))
			}
		}
	}
	t.Accuracy = ratio(t.Correct, t.Gold)
	return t
}

func scoreClaims(r *Report, key *gold.Key, arts []*doc.Article) *Claims {
	var total claimeval.Scores
	for i, gd := range key.Documents {
		var pred []doc.Claim
		if arts[i].Annotations != nil {
			pred = arts[i].Annotations.Claims
		}
		aliases := append(append([][]string{}, gd.Aliases...), key.AliasesAcross...)
		s := claimeval.Score(gd.Claims, pred, aliases)
		for _, m := range s.Misses {
			r.missf("claims %s: %s", gd.File, m)
		}
		for _, fp := range s.FalsePositives {
			r.missf("claims %s: false positive %s", gd.File, fp)
		}
		for _, e := range s.Errors {
			r.ClaimErrors = append(r.ClaimErrors, ClaimError{File: gd.File, Error: e})
		}
		total.Add(s)
	}
	total.Finish()
	return &Claims{Gold: total.Gold, Predicted: total.Predicted, Matched: total.Matched,
		Precision: total.Precision, Recall: total.Recall, F1: total.F1, Complete: total.CompleteShare, Unit: total.Unit,
		Indicator: total.Indicator, Period: total.Period, SaidBy: total.SaidBy, Origin: total.Origin}
}

func scoreNames(r *Report, key *gold.Key, arts []*doc.Article) *Names {
	n := &Names{}
	var refsGold, refsFound int
	for i, gd := range key.Documents {
		a := arts[i]
		ann := a.Annotations
		if ann == nil {
			ann = &doc.Annotations{}
		}
		for _, group := range gd.Aliases {
			n.AliasGroups++
			if ok, why := resolvedTogether(group, []*doc.Article{a}); ok {
				n.Resolved++
			} else {
				r.missf("names %s: %v not one entity: %s", gd.File, group, why)
			}
		}
		for _, lr := range gd.LegalRefs {
			refsGold++
			found := false
			for _, sp := range FindAll(a.Text, lr.Cue) {
				for _, p := range ann.LegalRefs {
					if p.Instrument == lr.Instrument && (lr.Paragraph == 0 || p.Paragraph == lr.Paragraph) &&
						(doc.Span{Start: p.Start, End: p.End}).Overlaps(sp) {
						found = true
					}
				}
			}
			if found {
				refsFound++
			} else {
				r.missf("names %s: legal reference %q (%s %d) not found", gd.File, lr.Cue, lr.Instrument, lr.Paragraph)
			}
		}
	}
	for _, group := range key.AliasesAcross {
		n.AliasGroups++
		if ok, why := resolvedTogether(group, arts); ok {
			n.Resolved++
		} else {
			r.missf("names across documents: %v not one entity: %s", group, why)
		}
	}
	n.Aliases = ratio(n.Resolved, n.AliasGroups)
	n.LegalRefs = ratio(refsFound, refsGold)
	return n
}

// resolvedTogether reports whether every name of the group is mentioned in
// one of the articles and all those mentions carry one entity key. A name
// occurrence is represented by the mention overlapping it most.
func resolvedTogether(group []string, arts []*doc.Article) (bool, string) {
	key := ""
	for _, name := range group {
		k := ""
		for _, a := range arts {
			if a.Annotations == nil {
				continue
			}
			for _, sp := range FindAll(a.Text, name) {
				// the mention overlapping the name most; of equal ones the
				// shortest, the one that is the name rather than a longer
				// description holding it ("the ambassador in Pyongyang")
				best, bestLen := 0, 0
				for _, m := range a.Annotations.Mentions {
					ov := min(m.End, sp.End) - max(m.Start, sp.Start)
					if m.Entity != "" && (ov > best || ov == best && ov > 0 && m.End-m.Start < bestLen) {
						best, bestLen, k = ov, m.End-m.Start, m.Entity
					}
				}
				if k != "" {
					break
				}
			}
			if k != "" {
				break
			}
		}
		// a name only in what cleaning removed (a related-links list)
		for _, a := range arts {
			if k != "" {
				break
			}
			if a.Annotations != nil && len(FindAll(a.Text, name)) == 0 {
				k = removedMentionKey(a, name)
			}
		}
		if k == "" {
			return false, fmt.Sprintf("%q has no mention", name)
		}
		if key != "" && k != key {
			return false, fmt.Sprintf("%q is %s, not %s", name, k, key)
		}
		key = k
	}
	return true, ""
}

// removedMentionKey looks for a name absent from the clean text in the
// pieces cleaning removed (a related-links list) and returns the entity key
// of the removed-text mention overlapping it most, "" when none.
func removedMentionKey(a *doc.Article, name string) string {
	k, best := "", 0
	for _, m := range a.Annotations.RemovedMentions {
		if m.Piece < 0 || m.Piece >= len(a.Removed) || m.Entity == "" {
			continue
		}
		for _, sp := range FindAll(a.Removed[m.Piece].Text, name) {
			if ov := min(m.End, sp.End) - max(m.Start, sp.Start); ov > best {
				best, k = ov, m.Entity
			}
		}
	}
	return k
}

// FindAll returns the spans of every occurrence of cue in text, compared
// after folding white space and typographic quotes; spans are in text's
// own byte offsets.
func FindAll(text, cue string) []doc.Span {
	ft, starts, ends := foldWithOffsets(text)
	fc := gold.Fold(cue)
	if fc == "" {
		return nil
	}
	var out []doc.Span
	for from := 0; ; {
		i := strings.Index(ft[from:], fc)
		if i < 0 {
			return out
		}
		s := from + i
		out = append(out, doc.Span{Start: starts[s], End: ends[s+len(fc)-1]})
		from = s + 1
	}
}

// foldWithOffsets folds like gold.Fold and returns, for each byte of the
// folded text, the start and end offsets of the rune of text it came from.
func foldWithOffsets(text string) (folded string, starts, ends []int) {
	var b strings.Builder
	starts = make([]int, 0, len(text))
	ends = make([]int, 0, len(text))
	space := false
	for i, r := range text {
		f := gold.Fold(string(r))
		if unicode.IsSpace(r) || f == "" {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			starts = append(starts, i)
			ends = append(ends, i)
		}
		space = false
		size := len(string(r))
		for j := 0; j < len(f); j++ {
			starts = append(starts, i)
			ends = append(ends, i+size)
		}
		b.WriteString(f)
	}
	return b.String(), starts, ends
}

// ClaimError is one claim scoring error of one document.
type ClaimError struct {
	File string
	claimeval.Error
}

// ClaimErrorGroups returns the claim errors grouped by attribute, in a fixed
// order (missed, false positive, then the five attributes), each group's
// errors in document order.
func (r *Report) ClaimErrorGroups() []ClaimErrorGroup {
	order := []string{"missed", "false positive", "unit", "indicator", "period", "said_by", "origin"}
	var out []ClaimErrorGroup
	for _, attr := range order {
		g := ClaimErrorGroup{Attr: attr}
		for _, e := range r.ClaimErrors {
			if e.Attr == attr {
				g.Errors = append(g.Errors, e)
			}
		}
		if len(g.Errors) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// ClaimErrorGroup is the errors of one attribute.
type ClaimErrorGroup struct {
	Attr   string
	Errors []ClaimError
}
