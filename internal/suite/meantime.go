package suite

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/quantity"
	"github.com/dossier-osint/dossier/internal/timex"
)

// MeantimeResult scores dossier on the English MEANTIME corpus: in-text
// TIMEX3 (the DCT left out) and numeric VALUE spans (MONEY, PERCENT,
// QUANTITY). Fractions are 0..1.
type MeantimeResult struct {
	Documents          int      `json:"documents"`
	TimesGold          int      `json:"times_gold"`
	TimesPredicted     int      `json:"times_predicted"`
	TimesMatched       int      `json:"times_matched"`
	TimesPrecision     float64  `json:"times_precision"`
	TimesRecall        float64  `json:"times_recall"`
	TimesF1            float64  `json:"times_f1"`
	TimesValueAccuracy float64  `json:"times_value_accuracy"`
	ValuesGold         int      `json:"values_gold"`
	ValuesPredicted    int      `json:"values_predicted"`
	ValuesMatched      int      `json:"values_matched"`
	ValuesPrecision    float64  `json:"values_precision"`
	ValuesRecall       float64  `json:"values_recall"`
	ValuesF1           float64  `json:"values_f1"`
	Misses             []string `json:"-"`
}

// meantimeLastSentence is the last annotated sentence of a MEANTIME
// document: the annotators marked the title (sentence 0), the date line
// (1) and the first four sentences of the body; later sentences carry no
// TIMEX3 or VALUE, so text after them is not scored.
const meantimeLastSentence = 5

// span is a half-open byte range.
type span struct{ start, end int }

// meantimeAmounts returns the spans of the amounts (counts, money,
// percentages, ratios, dimensions) package quantity finds in text. It is a
// variable so that a test can stand in for quantity.
var meantimeAmounts = func(text string) []span {
	var out []span
	for _, q := range quantity.Find(text, "en") {
		if q.IsAmount() {
			out = append(out, span{q.Start, q.End})
		}
	}
	return out
}

type mtDoc struct {
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence string `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Timex []struct {
			Type     string `xml:"type,attr"`
			Value    string `xml:"value,attr"`
			Function string `xml:"functionInDocument,attr"`
			Anchors  []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"TIMEX3"`
		Values []struct {
			Type    string `xml:"type,attr"`
			Anchors []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"VALUE"`
	} `xml:"Markables"`
}

// Meantime scores timex.Find and quantity.Find on the MEANTIME English
// documents under dir (searched recursively for .xml files). Tokens carry no
// offsets, so the text is rebuilt by joining a sentence's tokens with
// spaces and sentences with line breaks; a markable's span runs from its
// first to its last token. The DCT TIMEX3 (functionInDocument
// CREATION_TIME) is the reference date and is left out of the scoring, as
// are predictions overlapping it. Only the annotated part (sentences 0 to
// meantimeLastSentence) is scored. times_f1 is relaxed (overlap) span F1 of
// in-text TIMEX3; times_value_accuracy is the share of matched pairs whose
// values are equal (dossier's value as in TempEval3). values_f1 is relaxed
// span F1 of MONEY/PERCENT/QUANTITY VALUE markables against the amounts
// quantity.Find reports.
func Meantime(dir string) (MeantimeResult, error) {
	var res MeantimeResult
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".xml") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("meantime %s: %w", dir, err)
	}
	if len(files) == 0 {
		return res, fmt.Errorf("meantime %s: no .xml files", dir)
	}
	sort.Strings(files)
	valueOK := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return res, fmt.Errorf("meantime: %w", err)
		}
		var d mtDoc
		if err := xml.Unmarshal(b, &d); err != nil {
			return res, fmt.Errorf("meantime %s: %w", f, err)
		}
		res.Documents++
		name := filepath.Base(f)
		// Rebuild the text.
		var sb strings.Builder
		pos := map[string]span{}
		prevSent := ""
		for k, t := range d.Tokens {
			if n, err := strconv.Atoi(t.Sentence); err == nil && n > meantimeLastSentence {
				break
			}
			if k > 0 {
				if t.Sentence != prevSent {
					sb.WriteByte('\n')
				} else {
					sb.WriteByte(' ')
				}
			}
			prevSent = t.Sentence
			s := sb.Len()
			sb.WriteString(t.Text)
			pos[t.ID] = span{s, sb.Len()}
		}
		text := sb.String()
		extent := func(ids []string) (span, bool) {
			sp := span{-1, -1}
			for _, id := range ids {
				p, ok := pos[id]
				if !ok {
					continue
				}
				if sp.start < 0 || p.start < sp.start {
					sp.start = p.start
				}
				if p.end > sp.end {
					sp.end = p.end
				}
			}
			return sp, sp.start >= 0
		}
		dct := ""
		var dctSpan *span
		type gt struct {
			sp  span
			val string
		}
		var gold []gt
		for _, t := range d.Markables.Timex {
			ids := make([]string, len(t.Anchors))
			for k, a := range t.Anchors {
				ids[k] = a.ID
			}
			sp, ok := extent(ids)
			if t.Function == "CREATION_TIME" {
				dct = t.Value
				if ok {
					s := sp
					dctSpan = &s
				}
				continue
			}
			if !ok {
				continue
			}
			gold = append(gold, gt{sp, t.Value})
		}
		sort.Slice(gold, func(a, b int) bool { return gold[a].sp.start < gold[b].sp.start })
		pred := timex.Find(text, timex.Ref{Published: dct, Lang: "en", TimeML: true})
		var kept []int
		for k, p := range pred {
			if dctSpan != nil && p.Start < dctSpan.end && p.End > dctSpan.start {
				continue
			}
			kept = append(kept, k)
		}
		res.TimesGold += len(gold)
		res.TimesPredicted += len(kept)
		used := map[int]bool{}
		for _, g := range gold {
			best := -1
			for _, k := range kept {
				p := pred[k]
				if !used[k] && p.Start < g.sp.end && p.End > g.sp.start {
					best = k
					break
				}
			}
			if best < 0 {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: missed time %q (%s)", name, text[g.sp.start:g.sp.end], g.val))
				continue
			}
			used[best] = true
			res.TimesMatched++
			if v := timex3Value(pred[best]); v == g.val {
				valueOK++
			} else {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: time %q = %q, want %q (%q, rule %s)", name, pred[best].Text, v, g.val, text[g.sp.start:g.sp.end], pred[best].Rule))
			}
		}
		for _, k := range kept {
			if !used[k] {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: spurious time %q = %q (rule %s)", name, pred[k].Text, timex3Value(pred[k]), pred[k].Rule))
			}
		}
		// Values.
		var vgold []span
		for _, v := range d.Markables.Values {
			if v.Type != "MONEY" && v.Type != "PERCENT" && v.Type != "QUANTITY" {
				continue
			}
			ids := make([]string, len(v.Anchors))
			for k, a := range v.Anchors {
				ids[k] = a.ID
			}
			if sp, ok := extent(ids); ok {
				vgold = append(vgold, sp)
			}
		}
		amounts := meantimeAmounts(text)
		res.ValuesGold += len(vgold)
		res.ValuesPredicted += len(amounts)
		vused := make([]bool, len(amounts))
		for _, g := range vgold {
			hit := false
			for k, a := range amounts {
				if !vused[k] && a.start < g.end && a.end > g.start {
					vused[k], hit = true, true
					break
				}
			}
			if hit {
				res.ValuesMatched++
			} else {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: missed value %q", name, text[g.start:g.end]))
			}
		}
		for k, a := range amounts {
			if !vused[k] {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: spurious value %q", name, text[a.start:a.end]))
			}
		}
	}
	res.TimesPrecision, res.TimesRecall, res.TimesF1 = prf(res.TimesMatched, res.TimesPredicted, res.TimesGold)
	if res.TimesMatched > 0 {
		res.TimesValueAccuracy = float64(valueOK) / float64(res.TimesMatched)
	}
	res.ValuesPrecision, res.ValuesRecall, res.ValuesF1 = prf(res.ValuesMatched, res.ValuesPredicted, res.ValuesGold)
	return res, nil
}

// prf returns precision, recall and F1 of matched out of predicted and gold.
func prf(matched, predicted, gold int) (float64, float64, float64) {
	if matched == 0 || predicted == 0 || gold == 0 {
		return 0, 0, 0
	}
	p, r := float64(matched)/float64(predicted), float64(matched)/float64(gold)
	return p, r, 2 * p * r / (p + r)
}
