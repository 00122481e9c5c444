package suite

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/timex"
)

// TempEvalResult is the TempEval-3 Task A score of package timex: TIMEX3
// extents (relaxed = any overlap, strict = same extent) and values.
// Fractions are 0..1.
type TempEvalResult struct {
	RelaxedF1     float64  `json:"relaxed_f1"`
	RelaxedP      float64  `json:"relaxed_precision"`
	RelaxedR      float64  `json:"relaxed_recall"`
	StrictF1      float64  `json:"strict_f1"`
	ValueAccuracy float64  `json:"value_accuracy"`
	ValueF1       float64  `json:"value_f1"`
	Gold          int      `json:"gold"`
	Predicted     int      `json:"predicted"`
	Relaxed       int      `json:"relaxed"`
	Strict        int      `json:"strict"`
	Misses        []string `json:"-"`
}

// teTimex is a gold TIMEX3 with its span in the stripped text.
type teTimex struct {
	start, end int
	typ, value string
}

// TempEval3 scores timex.Find on the TempEval-3 platinum set in dir (the
// folder of .tml files). Each document's input is the text of <TEXT> with
// the tags stripped and entities decoded; the reference date is the DCT
// value. Following the official Task A scorer, a predicted and a gold
// TIMEX3 match relaxed when their extents overlap and strict when they are
// equal (each used once, in text order); precision and recall count
// matched predictions and matched gold; value accuracy is the share of
// relaxed matches whose values are equal, and value F1 = relaxed F1 x
// value accuracy. Dossier's TIMEX3 value is doc.Time.Duration for a
// DURATION given as an interval ("the past two years"), else Value; an
// unresolved time ("" value) never has the right value.
func TempEval3(dir string) (TempEvalResult, error) {
	var res TempEvalResult
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return res, fmt.Errorf("tempeval %s: %w", dir, err)
	}
	if len(files) == 0 {
		return res, fmt.Errorf("tempeval %s: no .tml files", dir)
	}
	sort.Strings(files)
	valueOK := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return res, fmt.Errorf("tempeval: %w", err)
		}
		dct, text, gold, err := parseTML(string(b))
		if err != nil {
			return res, fmt.Errorf("tempeval %s: %w", f, err)
		}
		pred := timex.Find(text, timex.Ref{Published: dct, Lang: "en", TimeML: true})
		res.Gold += len(gold)
		res.Predicted += len(pred)
		usedP := make([]bool, len(pred))
		for _, g := range gold {
			best := -1
			for k, p := range pred {
				if usedP[k] || p.Start >= g.end || p.End <= g.start {
					continue
				}
				if best < 0 || (p.Start == g.start && p.End == g.end) {
					best = k
				}
			}
			name := filepath.Base(f)
			if best < 0 {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: missed %q (%s %s)", name, text[g.start:g.end], g.typ, g.value))
				continue
			}
			usedP[best] = true
			p := pred[best]
			res.Relaxed++
			if p.Start == g.start && p.End == g.end {
				res.Strict++
			}
			if v := timex3Value(p); v == g.value {
				valueOK++
			} else {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: value %q = %q, want %q (%s; rule %s)", name, p.Text, v, g.value, text[g.start:g.end], p.Rule))
			}
		}
		for k, p := range pred {
			if !usedP[k] {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: spurious %q = %q (rule %s)", filepath.Base(f), p.Text, timex3Value(p), p.Rule))
			}
		}
	}
	f1 := func(m int) (float64, float64, float64) {
		if res.Predicted == 0 || res.Gold == 0 || m == 0 {
			return 0, 0, 0
		}
		p, r := float64(m)/float64(res.Predicted), float64(m)/float64(res.Gold)
		return p, r, 2 * p * r / (p + r)
	}
	res.RelaxedP, res.RelaxedR, res.RelaxedF1 = f1(res.Relaxed)
	_, _, res.StrictF1 = f1(res.Strict)
	if res.Relaxed > 0 {
		res.ValueAccuracy = float64(valueOK) / float64(res.Relaxed)
	}
	res.ValueF1 = res.RelaxedF1 * res.ValueAccuracy
	return res, nil
}

// timex3Value is the TIMEX3 value dossier gives a time.
func timex3Value(t doc.Time) string {
	if t.Type == "DURATION" && t.Duration != "" {
		return t.Duration
	}
	return t.Value
}

// parseTML returns the DCT value, the stripped text of <TEXT> and its
// TIMEX3 spans.
func parseTML(s string) (string, string, []teTimex, error) {
	dct := ""
	if i := strings.Index(s, "<DCT>"); i >= 0 {
		if k := strings.Index(s[i:], "<TIMEX3"); k >= 0 {
			dct = xmlAttr(s[i+k:], "value")
		}
	}
	a := strings.Index(s, "<TEXT>")
	b := strings.Index(s, "</TEXT>")
	if a < 0 || b < a {
		return "", "", nil, fmt.Errorf("no <TEXT> element")
	}
	body := s[a+len("<TEXT>") : b]
	var out strings.Builder
	var gold []teTimex
	open := -1
	var cur teTimex
	for i := 0; i < len(body); {
		c := body[i]
		if c == '<' {
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return "", "", nil, fmt.Errorf("unclosed tag at %d", i)
			}
			tag := body[i : i+j+1]
			switch {
			case strings.HasPrefix(tag, "<TIMEX3"):
				open = out.Len()
				cur = teTimex{typ: xmlAttr(tag, "type"), value: xmlAttr(tag, "value")}
				if strings.HasSuffix(tag, "/>") {
					open = -1
				}
			case tag == "</TIMEX3>":
				if open >= 0 {
					cur.start, cur.end = open, out.Len()
					gold = append(gold, cur)
				}
				open = -1
			}
			i += j + 1
			continue
		}
		if c == '&' {
			if j := strings.IndexByte(body[i:], ';'); j > 0 && j < 10 {
				out.WriteString(html.UnescapeString(body[i : i+j+1]))
				i += j + 1
				continue
			}
		}
		out.WriteByte(c)
		i++
	}
	return dct, out.String(), gold, nil
}

// xmlAttr returns the value of attribute name in the first tag of s.
func xmlAttr(s, name string) string {
	end := strings.IndexByte(s, '>')
	if end < 0 {
		end = len(s)
	}
	tag := s[:end]
	key := " " + name + "=\""
	i := strings.Index(tag, key)
	if i < 0 {
		return ""
	}
	rest := tag[i+len(key):]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return html.UnescapeString(rest[:j])
}
