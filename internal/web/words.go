package web

import (
	"github.com/dossier-osint/dossier/internal/claim"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/timeval"
)

// Words for people: figures with thousands separators and units in plain
// English ("≥ 12,000 people", "about US$ 300 a month"), counts with the
// right plural ("1 claim"), dates and TIMEX periods as dates ("June 2024").
// Ids and notation stay in URLs and the API.

// thousands renders n with comma thousands separators and at most two
// decimals: 12000 → "12,000", 1.5 → "1.5" (claim.Thousands, the one
// number writer of the explanations and the pages).
func thousands(n float64) string { return claim.Thousands(n) }

// bigNumber is thousands, with millions and billions in words.
func bigNumber(n float64) string { return claim.HumanNumber(n) }

// count renders an integer count: 12345 → "12,345".
func count(n int) string { return thousands(float64(n)) }

// irregular plurals of units and nouns the pages name.
var irregular = map[string]string{"person": "people", "child": "children", "man": "men", "woman": "women"}

// pluralWord returns the plural of an English noun or of the last word of
// a noun phrase ("artillery shell" → "artillery shells").
func pluralWord(w string) string {
	head, last := "", w
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		head, last = w[:i+1], w[i+1:]
	}
	if p, ok := irregular[strings.ToLower(last)]; ok {
		return head + p
	}
	switch {
	case last == "" || strings.ToUpper(last) == last: // USD, km: no plural
		return w
	case strings.HasSuffix(last, "y") && len(last) > 1 && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		return head + last[:len(last)-1] + "ies"
	case strings.HasSuffix(last, "s"), strings.HasSuffix(last, "x"), strings.HasSuffix(last, "ch"), strings.HasSuffix(last, "sh"):
		return head + last + "es"
	}
	return head + last + "s"
}

// plural renders "1 claim", "2 claims", "12,000 claims".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return count(n) + " " + pluralWord(noun)
}

// currencies are units written before the figure.
var currencies = map[string]string{"USD": "US$", "EUR": "€", "GBP": "£", "RUB": "₽", "KRW": "₩", "KPW": "₩", "CNY": "¥", "JPY": "¥"}

// humanValue renders a claim's figure with its unit and rate as people
// write it: "≥ 12,000 people", "about 13,000 people", "20,000–30,000
// people", "US$ 500 a month", "≤ 5%", "2×".
func humanValue(v doc.Value, unit, per string) string {
	num := bigNumber
	var fig string
	approx := ""
	if v.Approx {
		approx = "about "
	}
	switch v.Bound {
	case doc.BoundRange:
		fig = approx + num(v.Low) + "–" + num(v.High)
	case doc.BoundMin:
		fig = "≥ " + strings.Replace(approx, "about ", "~", 1) + num(v.Number)
	case doc.BoundMax:
		fig = "≤ " + strings.Replace(approx, "about ", "~", 1) + num(v.Number)
	default:
		fig = approx + num(v.Number)
	}
	one := v.Bound == doc.BoundExact && v.Number == 1 || v.Bound == doc.BoundMax && v.Number <= 1
	u := strings.TrimSpace(unit)
	var s string
	switch {
	case u == "":
		s = fig
	case u == "percent" || u == "%":
		s = fig + "%"
	case u == "ratio":
		s = fig + "×"
	case currencies[strings.ToUpper(u)] != "":
		s = currencies[strings.ToUpper(u)] + " " + fig
	case one:
		s = fig + " " + u
	default:
		s = fig + " " + pluralWord(u)
	}
	if per = strings.TrimSpace(per); per != "" {
		s += " a " + per
	}
	return s
}

// claimValue is humanValue of a stored claim.
func claimValue(c store.StoredClaim) string { return humanValue(c.Value, c.Unit, c.Per) }

// unitLabel names a unit for a chart's axis: "people", "%", "US$".
func unitLabel(unit string) string {
	switch u := strings.TrimSpace(unit); {
	case u == "":
		return "no unit"
	case u == "percent" || u == "%":
		return "per cent"
	case u == "ratio":
		return "ratio (times)"
	case currencies[strings.ToUpper(u)] != "":
		return currencies[strings.ToUpper(u)]
	default:
		return pluralWord(u)
	}
}

// humanDate renders "2024-03-10" as "10 March 2024"; other text is kept.
func humanDate(s string) string {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2 January 2006")
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2 January 2006")
	}
	return s
}

// humanTime renders a timestamp as "10 March 2024, 14:05 UTC".
func humanTime(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("2 January 2006, 15:04 UTC")
}

// humanPeriod renders a TIMEX value for people: "2023", "June 2024",
// "20 June 2024", "Q1 2024", "January 2023 – June 2024". An unknown
// period is "no period"; a value it cannot read is shown as it is.
func humanPeriod(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return "no period"
	}
	if a, b, ok := strings.Cut(v, "/"); ok {
		return humanPeriod(a) + " – " + humanPeriod(b)
	}
	for _, f := range []struct{ layout, out string }{
		{"2006-01-02", "2 January 2006"}, {"2006-01", "January 2006"}, {"2006", "2006"},
	} {
		if t, err := time.Parse(f.layout, v); err == nil {
			return t.Format(f.out)
		}
	}
	if len(v) == 7 && v[4] == '-' {
		y, rest := v[:4], v[5:]
		switch rest {
		case "Q1", "Q2", "Q3", "Q4", "H1", "H2":
			return rest + " " + y
		case "SP":
			return "spring " + y
		case "SU":
			return "summer " + y
		case "FA":
			return "autumn " + y
		case "WI":
			return "winter " + y
		}
	}
	if len(v) == 8 && v[4] == '-' && v[5] == 'W' {
		return "week " + strings.TrimLeft(v[6:], "0") + " of " + v[:4]
	}
	if f, t, ok := timeval.Bounds(v); ok {
		return humanDate(f) + " – " + humanDate(t)
	}
	return v
}

// reviewWords says a review state in words.
var reviewWords = map[string]string{
	store.ReviewMachine:   "not reviewed",
	store.ReviewAccepted:  "accepted",
	store.ReviewRejected:  "rejected",
	store.ReviewCorrected: "corrected",
}

func reviewWord(s string) string {
	if w, ok := reviewWords[s]; ok {
		return w
	}
	return s
}

// entityTypes names entity types in words.
var entityTypes = map[string]string{doc.PER: "person", doc.ORG: "organisation", doc.LOC: "place", doc.MISC: "other name"}

func entityType(t string) string {
	if w, ok := entityTypes[t]; ok {
		return w
	}
	return strings.ToLower(t)
}

// relationWords says a copy relation in words.
var relationWords = map[string]string{
	store.RelOriginal: "first published", store.RelExact: "exact copy", store.RelNear: "near copy (syndicated)",
	store.RelSpun: "reworded copy", store.RelStory: "same story",
}

func relationWord(r string) string {
	if w, ok := relationWords[r]; ok {
		return w
	}
	return r
}

// languages names the languages the pages meet most, by ISO 639-1 code.
var languages = map[string]string{"en": "English", "ru": "Russian", "uk": "Ukrainian", "ko": "Korean", "de": "German",
	"fr": "French", "zh": "Chinese", "ja": "Japanese", "es": "Spanish", "be": "Belarusian", "kk": "Kazakh"}

// language names a language code ("en" → "English"); unknown codes stay.
func language(code string) string {
	if n, ok := languages[strings.ToLower(code)]; ok {
		return n
	}
	if code == "" {
		return "unknown language"
	}
	return code
}

// capital puts the first letter in upper case, for headings.
func capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// percent renders a similarity in [0,1] as "93%".
func percent(f float64) string { return strconv.Itoa(int(math.Round(f*100))) + "%" }

// indicatorLabel names an indicator by its topic's label; an indicator no
// loaded topic knows is named from its id ("work_permits" → "Work permits").
func (s *Server) indicatorLabel(id string) string {
	if id == "" {
		return "no indicator"
	}
	if info, ok := s.indicatorByID(id); ok && info.Label != "" {
		return info.Label
	}
	w := strings.ReplaceAll(id, "_", " ")
	return strings.ToUpper(w[:1]) + w[1:]
}

// safeURL returns u when it is an absolute http or https URL, the only
// kind a page links to; anything else (javascript:, data:) gives "".
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}
