package claim

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Figures and periods in words, for explanations people read:
// "about 1,000 people (January 2020)", "at least 4,000 people",
// "US$ 500 million a year", "12 times".

// HumanNumber renders 12345 as "12,345" and 2.5e6 as "2.5 million".
func HumanNumber(n float64) string {
	if !math.IsNaN(n) && !math.IsInf(n, 0) {
		for _, u := range []struct {
			v    float64
			word string
		}{{1e9, " billion"}, {1e6, " million"}} {
			if math.Abs(n) >= u.v {
				return strconv.FormatFloat(math.Round(n/u.v*100)/100, 'f', -1, 64) + u.word
			}
		}
	}
	return Thousands(n)
}

// Thousands renders n with comma thousands separators and at most two
// decimals: 12000 -> "12,000", 1.5 -> "1.5", 2.5e6 -> "2,500,000".
func Thousands(n float64) string {
	if math.IsNaN(n) || math.IsInf(n, 0) {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Round(math.Abs(n)*100)/100, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if n < 0 {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// HumanValue renders a figure with its unit and rate: "about 1,000
// people", "at least 4,000 people", "between 20,000 and 30,000 workers"
// (unit "worker"), "US$ 500 million a year", "2 billion roubles", "40%",
// "12 times".
func HumanValue(v doc.Value, unit, per string) string {
	unit = topic.NormalizeUnit(unit)
	num := HumanNumber
	var fig string
	approx := ""
	if v.Approx {
		approx = "about "
	}
	many := true
	switch v.Bound {
	case doc.BoundRange:
		fig = "between " + approx + num(v.Low) + " and " + num(v.High)
	case doc.BoundMin:
		fig = "at least " + approx + num(v.Number)
	case doc.BoundMax:
		fig = "at most " + approx + num(v.Number)
		many = v.Number > 1
	default:
		fig = approx + num(v.Number)
		many = v.Number != 1
	}
	if v.Vague {
		fig, many = "at least "+num(v.Number), true
	}
	var s string
	switch {
	case unit == "":
		s = fig
	case unit == "percent":
		s = fig + "%"
	case unit == "ratio":
		s = fig + " times"
	case unit == "USD":
		s = strings.Replace(fig, num(v.Number), "US$ "+num(v.Number), 1)
		if v.Bound == doc.BoundRange {
			s = "between US$ " + approx + num(v.Low) + " and " + num(v.High)
		}
	case many:
		s = fig + " " + pluralNoun(unit)
	default:
		s = fig + " " + unit
	}
	if per = strings.TrimSpace(per); per != "" {
		s += " a " + per
	}
	if v.Vague {
		s += " (a vague figure)"
	}
	return s
}

// pluralNoun is the English plural of a unit noun or of the last word of a
// unit phrase ("artillery shell" → "artillery shells"); other scripts are
// kept.
func pluralNoun(w string) string {
	head, last := "", w
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		head, last = w[:i+1], w[i+1:]
	}
	for i := 0; i < len(last); i++ {
		if last[i] >= 0x80 {
			return w
		}
	}
	switch {
	case last == "person":
		return head + "people"
	case last == "child":
		return head + "children"
	case strings.HasSuffix(last, "man") && len(last) > 3:
		return head + last[:len(last)-3] + "men"
	case strings.HasSuffix(last, "y") && len(last) > 1 && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		return head + last[:len(last)-1] + "ies"
	case strings.HasSuffix(last, "s"), strings.HasSuffix(last, "x"), strings.HasSuffix(last, "ch"), strings.HasSuffix(last, "sh"):
		return head + last + "es"
	}
	return head + last + "s"
}

// HumanPeriod renders a TIMEX value: "2023", "June 2024", "20 June 2024",
// "Q1 2024", "January 2023 to June 2024"; a value it cannot read is kept.
func HumanPeriod(v string) string {
	v = strings.TrimSpace(v)
	if a, b, ok := strings.Cut(v, "/"); ok {
		return HumanPeriod(a) + " to " + HumanPeriod(b)
	}
	for _, f := range []struct{ layout, out string }{
		{"2006-01-02", "2 January 2006"}, {"2006-01", "January 2006"}, {"2006", "2006"},
	} {
		if t, err := time.Parse(f.layout, v); err == nil {
			return t.Format(f.out)
		}
	}
	if len(v) == 7 && v[4] == '-' {
		if p := partOfYear(v[5:]); p != "" {
			return p + " " + v[:4]
		}
	}
	return v
}
