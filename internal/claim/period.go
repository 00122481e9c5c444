package claim

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/timeval"
	"github.com/dossier-osint/dossier/internal/topic"
)

// periodValue reports whether v is a time value of a period a claim may
// hold: a year, month, day, ISO week, quarter or half, or a range of two
// ("2024", "2024-03", "2024-W05", "2024-Q1/2025-H2"). It reads
// `^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]|H[12]))?(/\d{4}(-(...))?)?$`:
// each optional part taken when it is there is the only way on, as what
// follows it ('/' or the end) cannot start it.
func periodValue(v string) bool {
	i := periodPart(v, 0)
	if i >= 0 && i < len(v) && v[i] == '/' {
		i = periodPart(v, i+1)
	}
	return i == len(v)
}

// periodPart reads one period of periodValue at byte i of v and returns
// its end, -1 when there is none.
func periodPart(v string, i int) int {
	if !digitsAt(v, i, 4) {
		return -1
	}
	i += 4
	if i >= len(v) || v[i] != '-' {
		return i
	}
	j := i + 1
	switch {
	case digitsAt(v, j, 2):
		j += 2
		if j < len(v) && v[j] == '-' && digitsAt(v, j+1, 2) {
			j += 3
		}
		return j
	case j < len(v) && v[j] == 'W' && digitsAt(v, j+1, 2):
		return j + 3
	case j+1 < len(v) && (v[j] == 'Q' && v[j+1] >= '1' && v[j+1] <= '4' || v[j] == 'H' && (v[j+1] == '1' || v[j+1] == '2')):
		return j + 2
	}
	return i // the '-' is left to fail
}

// digitsAt reports whether v holds n ASCII digits at byte i.
func digitsAt(v string, i, n int) bool {
	if i+n > len(v) {
		return false
	}
	for _, c := range []byte(v[i : i+n]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

var datelineRE = mustFiltered(`^\s*(\([^)]{1,40}\))?\s*(\.\s*)?[-—–:]`)

// period sets the claim's period from the time expression of its sentence
// that the figure refers to. Times that date the speech ("said Tuesday"),
// the comparison ("than the year before"), a deadline ("by the end of
// 2019") or a dateline are not the figure's period.
func (x *extractor) period(si int, c *doc.Claim, why *[]string) {
	s := x.sents[si]
	var best *doc.Time
	bestD := 1 << 30
	for _, t := range s.times {
		if t.Type == "SET" || t.Type == "DURATION" && !strings.Contains(t.Value, "/") || t.Value == "PRESENT_REF" {
			continue // ("now" dates a level by publication: stockDate)
		}
		if reason := x.notPeriod(si, t); reason != "" {
			continue
		}
		d := 0
		switch {
		case t.End <= c.Start:
			d = c.Start - t.End
			// "since January, adding to the 11,000 troops": a time before
			// the figure across a comma belongs to another clause, unless
			// it opens the sentence ("In 2023, 6,100 workers ...")
			if strings.Contains(x.a.Text[t.End:c.Start], ",") && t.Start-s.start > 12 {
				d += 1000
			}
		case t.Start >= c.End:
			d = t.Start - c.End
			// "812 in the first quarter, and 1,696 in the second": a time
			// opening the next coordinated clause is that clause's; so is a
			// time in an apposition on a part ("..., many of them in 2024")
			if gap := x.a.Text[c.End:t.Start]; nextClauseGap(gap) || partAppositionRE.MatchString(gap) {
				continue
			}
		}
		if t.End <= c.Start && coordClause.in(x.a.Text[t.End:c.Start]) {
			continue // "were shipped between May 2 and 9, and Pyongyang may add 5,000"
		}
		ratio := c.Unit == "ratio" || c.Unit == "percent"
		// "more than triple the 900 or so who came in the spring
		// quarter": a time after the base the ratio compares with is the
		// base's
		if ratio && t.Start >= c.End && x.amountBetween(s, c.End, t.Start) {
			continue
		}
		// "from 30,000 at the end of 2017 to 11,490 at the end of 2018":
		// a time right after another figure is that figure's (a ratio may
		// still describe that figure: "9,100 times in 2024, more than
		// doubling")
		if x.belongsToOther(s, t, c) {
			if !ratio {
				continue
			}
			d += 2000
		}
		// "Годом ранее въехали 1117, то есть показатель вырос в 12 раз": a
		// time a year back dates the base of a ratio, not the ratio
		if ratio && baseTimeRE.MatchString(t.Text) {
			continue
		}
		if d < bestD {
			best, bestD = t, d
		}
	}
	if best == nil {
		// "13,221 in 2024, compared with 1,082 in 2022. That is a
		// twelvefold increase in two years.": a growth over N years ends at
		// the latest year the figures before it stand at
		if v, text := x.growthSpan(si, c); v != "" {
			c.PeriodText, c.Period = text, v
			*why = append(*why, "period: a growth over "+text+" up to the latest year of the figures before -> "+v)
			return
		}
		// "..., подсчитал центр. Оценка относится к началу декабря 2024
		// года.": the next sentence dates the estimate
		if t := x.datedByNext(si); t != nil {
			c.PeriodText, c.Period = t.Text, dayOrMonth(t.Value)
			*why = append(*why, "period: the next sentence dates the figure, "+t.Text+" -> "+c.Period)
			return
		}
		// "possibly rising to 3.1 million by 2032", "к концу 2025 г.
		// будет работать до 50 000": a level the figure is to reach by a
		// deadline stands at the deadline, whenever the article came out
		// (a forecast reported after its deadline keeps its target)
		if dl := x.deadlineOf(si, c); dl != nil && x.levelNear(s, c) {
			c.PeriodText, c.Period = dl.Text, dl.Value
			*why = append(*why, "period: a level reached by the deadline "+dl.Text+" -> "+c.Period)
			return
		}
		// "are expected to arrive before the end of the year": a deadline
		// after publication bounds a projection
		if dl := x.futureDeadline(si, c); dl != nil {
			if x.levelNear(s, c) {
				// "expects the crews to double to 8,000 by the end of 2027":
				// a level at the deadline
				c.PeriodText, c.Period = dl.Text, dl.Value
				*why = append(*why, "period: a level reached by the deadline "+dl.Text+" -> "+c.Period)
				return
			}
			c.PeriodText, c.Period = dl.Text, x.a.Published+"/"+dl.Value
			*why = append(*why, "period: from publication to the deadline "+dl.Text+" -> "+c.Period)
		}
		return
	}
	c.PeriodText = best.Text
	v := best.Value
	if i := strings.IndexByte(v, 'T'); i > 0 && !strings.Contains(v, "/") {
		v = v[:i]
	}
	v = seasonPeriod(v)
	if !periodValue(v) {
		*why = append(*why, "period: "+best.Text+" cannot be resolved")
		return
	}
	since := strings.HasSuffix(strings.ToLower(strings.TrimSpace(x.a.Text[s.start:best.Start])), "since")
	if (best.Mod == "AFTER" || best.Mod == "ON_OR_AFTER" || since) && !strings.Contains(v, "/") && x.a.Published != "" && x.a.Published > v {
		v = v + "/" + x.a.Published
	}
	c.Period = v
	*why = append(*why, "period: "+best.Text+" -> "+v)
}

// growthSpan is the period of a ratio over a span of whole years ("a
// twelvefold increase in two years", "rose fivefold over three years":
// a duration the time finder read forward from publication, see "future
// span"): from N years before to the latest bare year that the claims of
// the sentence and the one before it stand at, with that year's text; ""
// when there is none.
func (x *extractor) growthSpan(si int, c *doc.Claim) (string, string) {
	if c.Unit != "ratio" && c.Unit != "percent" {
		return "", ""
	}
	s := x.sents[si]
	var span *doc.Time
	for _, t := range s.times {
		if t.Start >= c.End && x.notPeriod(si, t) == "future span" {
			span = t
			break
		}
	}
	if span == nil {
		return "", ""
	}
	a, b, ok := strings.Cut(span.Value, "/")
	if !ok || len(a) != 10 || len(b) != 10 || a[4:] != b[4:] {
		return "", "" // not whole years
	}
	n := atoi4(b) - atoi4(a)
	if n < 1 || n > 20 {
		return "", ""
	}
	latest := 0
	for k := len(x.made) - 1; k >= 0 && x.made[k].si >= si-1; k-- {
		if p := x.made[k].c.Period; len(p) == 4 && digitsAt(p, 0, 4) {
			latest = max(latest, atoi4(p))
		}
	}
	if latest == 0 {
		return "", ""
	}
	return strconv.Itoa(latest-n) + "/" + strconv.Itoa(latest), span.Text
}

// atoi4 reads the four digits at the start of v (a year).
func atoi4(v string) int {
	n, _ := strconv.Atoi(v[:4])
	return n
}

// seasonPeriod turns a TIMEX3 spring, summer or autumn of a year
// ("2024-FA" for "last fall") into its months ("2024-09/2024-11"); any
// other value (winter spans two years) is returned as it is.
func seasonPeriod(v string) string {
	if len(v) != 7 || !digitsAt(v, 0, 4) || v[4] != '-' {
		return v
	}
	var a, b string
	switch v[5:] {
	case "SP":
		a, b = "03", "05"
	case "SU":
		a, b = "06", "08"
	case "FA":
		a, b = "09", "11"
	default: // winter ("WI") spans two years: left unresolved
		return v
	}
	return v[:4] + "-" + a + "/" + v[:4] + "-" + b
}

// carryPeriod gives a figure without a period of its own the period of
// the figure that introduced its source, when the figure leans on that
// one (dependent), is a ratio or share whose only time is a comparison
// base ("That compares with 300 the year before, a tenfold rise"), or
// continues its paragraph with no time and no source of its own.
func (x *extractor) carryPeriod(si int, c *doc.Claim, why *[]string, dependent, carried bool) {
	s := x.sents[si]
	f := &x.fr
	if c.Period != "" || c.PeriodText != "" {
		return
	}
	if a := x.ante; dependent && a != nil && a.Period != "" && !x.ownTime(si) {
		c.Period, c.PeriodText = a.Period, a.PeriodText
		*why = append(*why, "period: of the figure it leans on ("+a.Text+") -> "+c.Period)
		return
	}
	if !f.set || f.period == "" || f.si >= si || s.ownSource() {
		return
	}
	if !f.inPara(s.para) && !f.inPara(x.prevBodyPara(s.para)) {
		return
	}
	ratio := c.Unit == "ratio" || c.Unit == "percent"
	own := false // a time of the sentence that may date the figure
	base := false
	for _, t := range s.times {
		switch r := x.notPeriod(si, t); {
		case r == "comparison" || ratio && r == "" && baseTimeRE.MatchString(t.Text):
			base = true
		case r == "":
			own = true
		}
	}
	switch {
	case dependent && !own:
	case ratio && base && !own:
	case carried && !own && f.inPara(s.para) && len(s.times) == 0:
	default:
		return
	}
	c.Period, c.PeriodText = f.period, f.periodText
	*why = append(*why, "period: "+f.periodText+" carried from the figure that introduced the source -> "+c.Period)
}

// ownTime reports whether sentence si holds a time that may date a figure.
func (x *extractor) ownTime(si int) bool {
	for _, t := range x.sents[si].times {
		if t.Type == "SET" || t.Type == "DURATION" && !strings.Contains(t.Value, "/") {
			continue
		}
		if x.notPeriod(si, t) == "" {
			return true
		}
	}
	return false
}

// relativeOpeners open a relative clause set off by commas ("8,000
// welders at the yards, where tankers are repaired, by the end of 2026").
var relativeOpeners = set(`where which who whom whose где который которая которое которые которых де який яка яке які яких`)

// nextClauseGap reports that the words between a figure and a time after
// it open a new clause (nextClause), unless that clause is a relative one
// closed by a comma before the time: the time then is the main clause's
// again ("plans to employ 8,000 welders at yards in Nakhodka, where tankers
// are repaired, by the end of 2026").
func nextClauseGap(gap string) bool {
	if !nextClause.in(gap) {
		return false
	}
	i := strings.IndexByte(gap, ',')
	if i < 0 || strings.ContainsRune(gap[:i], ';') {
		return true
	}
	rest := strings.TrimLeft(gap[i+1:], " ")
	if !relativeOpeners[strings.ToLower(firstWord(rest))] {
		return true
	}
	j := strings.IndexByte(rest, ',')
	if j < 0 || strings.ContainsAny(rest[:j], ";") {
		return true // the time is inside the relative clause
	}
	// after the closing comma: only a few words before the time, no
	// coordinator of a new clause
	tail := strings.Fields(strings.ToLower(rest[j+1:]))
	return len(tail) > 4 || nextClause.in(rest[j:])
}

// partAppositionRE: "..., many of them in", "..., большинство из них".
var partAppositionRE = mustFiltered(`(?i),\s*(many|most|some|all|half|much|большинство|многие|часть|більшість|багато|частина)\s+(of them|из них|з них)`)

// levelVerbRE: a figure stated as a level to be reached ("reach", "to
// have", "triple to", "станет", "будет", "сягне").
// (Go's \b is an ASCII word boundary: the Cyrillic words take their own.)
var levelVerbRE = mustFiltered(`(?i)\b(reach|reaches|reaching|to have|aims to have|triple to|tripling to|double to|doubling to|rise to|rises to|rising to|grow to|grows to|growing to|climb to|climbing to|increase to|increasing to|swell to|swelling to|total)\b|(?:^|[^\p{L}])(станет|станут|стать|будет|будут|составит|составят|достигнет|достигнут|вырастет|вырастут|становитиме|стане|стануть|стати|буде|будуть|сягне|сягнуть|досягне|досягнуть|зросте)(?:[^\p{L}]|$)`)

// stockDate gives a present-tense stock with no period the date of its
// statement ("said on Wednesday", "в январе оценивал"), else the article's
// publication date, as the dev conventions key it. It runs once the
// claim's indicator is known.
func (x *extractor) stockDate(si int, c *doc.Claim) {
	if c.Period != "" {
		return
	}
	s := x.sents[si]
	if s.kind == doc.KindTitle && len(s.times) == 0 {
		return // a headline takes a period only from a time it holds
	}
	lang := x.stemLang(s)
	if changeBase(s, c) {
		// "the number had dropped from 21,000 to 8,000": the figure a
		// change starts from stood at some earlier time
		return
	}
	if c.Indicator == "" {
		// "the country is short of 1.5 million workers, the institute said
		// last month", "в марте оценивал нехватку в 300 тыс. человек": a
		// present level, or a level valued at a date, stands at its
		// statement's date; a total of what has happened ("estimates
		// that 2,000 soldiers have died") stands at none
		if c.Unit == "person" && (presentTense(s.text, lang) || lang != "" && cyrValuedRE.MatchString(s.text) || lang == "" && backshifted(s, c)) &&
			!(lang == "" && perfectTotal(s, c)) {
			if v, text := x.statementDate(si); v != "" {
				c.Period, c.PeriodText = v, text
				c.Why = append(c.Why, "period: a present level dated by its statement, "+text+" -> "+v)
			}
		}
		return
	}
	if topic.MeasureOf(c.Indicator) != topic.Stock {
		// an ongoing flow ("продолжает впускать"), or people of a flow
		// who are somewhere now ("досі перебувають", "нині зосереджено"),
		// stand at their statement's date, else at publication when the
		// sentence says "now"
		if !ongoingWords.in(s.text) && !(lang != "" && cyrPresenceWords.in(s.text)) {
			return
		}
		if v, text := x.statementDate(si); v != "" {
			c.Period, c.PeriodText = v, text
			c.Why = append(c.Why, "period: an ongoing figure dated by its statement, "+text+" -> "+v)
			return
		}
		if x.a.Published != "" && hasPresentRef(s) && x.onlySpeechTimes(si) {
			c.Period = x.a.Published
			c.Why = append(c.Why, "period: an ongoing figure of now dated by publication -> "+c.Period)
		}
		return
	}
	if v, text := x.statementDate(si); v != "" {
		c.Period, c.PeriodText = v, text
		c.Why = append(c.Why, "period: a stock dated by its statement, "+text+" -> "+v)
		return
	}
	if x.a.Published != "" && (presentTense(s.text, lang) || hasPresentRef(s)) && (len(s.times) == 0 || x.onlySpeechTimes(si)) {
		c.Period = x.a.Published
		c.Why = append(c.Why, "period: a present-tense stock dated by publication -> "+c.Period)
	}
}

// changeBase reports a figure a change starts from: "from" (ru "с", uk
// "з") right before it and "to" ("до") with an amount after it in its
// clause ("fell from 34,000 to 11,000", "сократилось с 34 тыс. до 11
// тыс.").
func changeBase(s *sent, c *doc.Claim) bool {
	// the word before the figure, or its first word when the quantity
	// holds it ("from 34,000")
	bw := strings.Fields(strings.ToLower(sentSlice(s, max(s.start, c.Start-12), c.Start)))
	from := func(w string) bool {
		switch w {
		case "from", "с", "со", "з", "із", "від":
			return true
		}
		return false
	}
	if !(len(bw) > 0 && from(bw[len(bw)-1]) || from(strings.ToLower(firstWord(c.Text)))) {
		return false
	}
	toks := s.tokens()
	for j, tk := range toks {
		if s.start+tk.start < c.End {
			continue
		}
		if tk.lower == "to" || tk.lower == "до" {
			return j+1 < len(toks) && strings.ContainsAny(toks[j+1].text, "0123456789")
		}
		if tk.punctAfter == ';' || tk.lower == "and" || tk.lower == "и" || tk.lower == "і" {
			return false
		}
	}
	return false
}

// perfectTotal reports an English figure whose verb is a perfect of an
// event ("2,000 soldiers have died", "have been killed", "has sent"): a
// total of what has happened up to the statement, not a level at it. A
// perfect continuous ("have been working") is a level. The verb is read
// from the figure to the end of its clause.
func perfectTotal(s *sent, c *doc.Claim) bool {
	toks := s.tokens()
	aux := false
	for j, tk := range toks {
		if s.start+tk.start < c.End {
			continue
		}
		if aux {
			w := tk.lower
			if w == "been" && j+1 < len(toks) {
				w = toks[j+1].lower
				if strings.HasSuffix(w, "ing") {
					return false
				}
				return strings.HasSuffix(w, "ed") || irregularParticiples[w]
			}
			return strings.HasSuffix(w, "ed") || irregularParticiples[w]
		}
		switch tk.lower {
		case "have", "has", "had":
			aux = true
		case "that", "who", "which", "and", "but":
			return false
		}
		if tk.punctAfter != 0 {
			return false
		}
	}
	return false
}

// irregularParticiples are past participles that do not end in -ed.
var irregularParticiples = set(`sent gone come fallen risen grown left lost fled taken given brought seen
become been held kept run shot hit thrown flown driven`)

// statementDate is the day or month of the statement of sentence si's
// figures: a speech time of the sentence, else of the next sentence when
// that one attributes it ("Об этом во вторник заявил X").
func (x *extractor) statementDate(si int) (value, text string) {
	for _, t := range x.sents[si].times {
		if r := x.notPeriod(si, t); r == "speech time" || r == "in the speaker phrase" {
			if v := dayOrMonth(t.Value); v != "" {
				return v, t.Text
			}
		}
	}
	if _, ok := x.backAttribution(si); !ok || x.sents[si].ownSource() {
		return "", ""
	}
	for _, t := range x.sents[si+1].times {
		if r := x.notPeriod(si+1, t); r == "speech time" || r == "in the speaker phrase" {
			if v := dayOrMonth(t.Value); v != "" {
				return v, t.Text
			}
		}
	}
	return "", ""
}

// datedRE opens a sentence that dates the figures of the one before it:
// "Оценка относится к началу декабря", "Данные приведены по состоянию на
// 1 марта", "Ці дані стосуються жовтня".
var datedRE = mustFiltered(`(?i)^(?:эта |эти |ця |ці )?(?:оценка|данные|цифры|сведения|подсчеты|подсчёты|оцінка|дані|цифри|відомості|підрахунки)\s+(?:относится|относятся|даны|дана|приведены|актуальны|актуальна|стосується|стосуються|відноситься|відносяться|наведено|наведені|актуальні)\s`)

// datedByNext returns the time of the sentence after si (in its
// paragraph) when that sentence only dates si's figures (datedRE) and
// holds one time, whose value is a day or month period.
func (x *extractor) datedByNext(si int) *doc.Time {
	if si+1 >= len(x.sents) || x.sents[si+1].para != x.sents[si].para {
		return nil
	}
	n := x.sents[si+1]
	if len(n.times) != 1 || !datedRE.MatchString(n.text) || x.figureBefore(n, n.end+1) || dayOrMonth(n.times[0].Value) == "" {
		return nil
	}
	return n.times[0]
}

// cyrValuedRE: a level valued by a speaker ("оценивал дефицит в 1,5 млн
// человек", "оцінювала нестачу в ..."): the value stands at the date of
// the estimate.
var cyrValuedRE = mustFiltered(`(?i)(?:^|[^\p{L}])(оценивал|оценивала|оценивали|оценивает|оценивают|оценил|оценила|оценили|оцінював|оцінювала|оцінювали|оцінює|оцінюють|оцінив|оцінила|оцінили)(?:[^\p{L}]|$)`)

// cyrPresenceWords: people who are somewhere now ("находятся", "остаются",
// "перебувають", "зосереджено"): a level at the statement, even of a flow.
var cyrPresenceWords = newWordSet(`находятся находится пребывают остаются остается остаётся размещены размещено сосредоточены
сосредоточено дислоцированы перебувають перебуває залишаються залишається розміщені розміщено
зосереджені зосереджено дислоковані`)

// hasPresentRef reports a time meaning "now" ("now", "сейчас", "нині").
func hasPresentRef(s *sent) bool {
	for _, t := range s.times {
		if t.Value == "PRESENT_REF" {
			return true
		}
	}
	return false
}

// onlySpeechTimes reports whether every time of sentence si dates the
// statement or the present, none another time.
func (x *extractor) onlySpeechTimes(si int) bool {
	for _, t := range x.sents[si].times {
		if t.Value == "PRESENT_REF" {
			continue
		}
		if r := x.notPeriod(si, t); r != "speech time" && r != "in the speaker phrase" && r != "dateline" && r != "deadline" && r != "comparison" {
			return false
		}
	}
	return true
}

func dayOrMonth(v string) string {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	if !periodValue(v) || strings.Contains(v, "/") {
		return ""
	}
	return v
}

// presentWords mark a clause in the present tense, with its figure a level
// now: "are working", "now", "still work", "сейчас работают", "нині
// перебувають".
var presentWords = newWordSet(`is are remain remains work works live lives now currently сейчас ныне работают трудятся находятся
заняты остаются насчитывается продолжает продолжают учатся обучаются проживают живут нині зараз
працюють перебувають залишаються продовжує продовжують досі навчаються проживають живуть мешкають
работающих работающие трудящихся проживающих находящихся працюючих перебуваючих`)

func presentTense(text, lang string) bool { return presentWords.in(text) }

// ongoingWords mark a flow still going on at the statement: "continues to
// admit", "продолжает впускать", "досі перебувають", "now".
var ongoingWords = newWordSet(`continue continues continuing still now currently продолжает продолжают продолжаются сейчас ныне
продовжує продовжують досі нині зараз наразі`)

// released: a data noun's release at the end of a text: "released in",
// "published on". It reads `(?i)\b(released|published|issued|updated|made
// public)(\s+(in|on|last|this|early|late))?$` (see wordAtEnd).
var released = wordAtEnd{words: foldLits("released", "published", "issued", "updated", "made public"),
	tails: foldLits("in", "on", "last", "this", "early", "late")}

// baseTimeRE: a time counted back from another ("the year before", "годом
// ранее", "роком раніше"): the base a ratio compares with.
var baseTimeRE = mustFiltered(`(?i)(before|earlier|previous|prior|ранее|раньше|раніше|перед|предыдущ|попередн)`)

// notPeriod says why a time expression does not give the figure's period.
// It depends only on the sentence and the time, so each answer is kept.
func (x *extractor) notPeriod(si int, t *doc.Time) string {
	k := notPeriodKey{si, t.Start, t.End, t.Type, t.Value, t.Mod, t.Text}
	if r, ok := x.notPeriodSeen[k]; ok {
		return r
	}
	if x.notPeriodSeen == nil {
		x.notPeriodSeen = map[notPeriodKey]string{}
	}
	r := x.notPeriodOf(si, t)
	x.notPeriodSeen[k] = r
	return r
}

type notPeriodKey struct {
	si, start, end        int
	typ, value, mod, text string
}

func (x *extractor) notPeriodOf(si int, t *doc.Time) string {
	s := x.sents[si]
	text := x.a.Text
	before := strings.ToLower(strings.TrimSpace(text[s.start:t.Start]))
	lt := strings.ToLower(t.Text)
	if strings.HasSuffix(before, "than") || strings.HasPrefix(lt, "than ") || strings.HasSuffix(before, "compared with") ||
		strings.HasSuffix(before, "compared to") || strings.HasSuffix(before, "versus") || cyrComparison(before) {
		return "comparison"
	}
	// "six times as many as in 2023", "seven times as many as in the same
	// period of last year", "double the previous year"
	if strings.HasSuffix(before, " as") || strings.HasSuffix(before, " as in") || strings.HasSuffix(before, "same period of") ||
		strings.HasSuffix(before, "than in") || endsWithRatioWord(before) || ratioBase(before) {
		return "comparison"
	}
	// "statistics released in April", "data published on Monday": when the
	// data came out, not what they count
	if released.in(before) {
		return "speech time"
	}
	// "On June 17, the secretary said ...", "By early 2020 the ministry was
	// saying ...", "Earlier, in April, the agency reported ...": a time
	// opening the sentence before its speaker dates the statement
	if opensSentence(before) || opensSentence(afterOpener(before)) {
		for _, c := range s.cands {
			if c.spEnd > 0 && t.End <= c.spStart && (c.kind == attrLeading || c.kind == attrTrailing) &&
				strings.Trim(between(text, t.End, c.spStart), " ,«\"“„") == "" && c.spStart < c.verbAt && !x.figureBefore(s, c.verbAt) {
				return "speech time"
			}
		}
	}
	// "said in June that", "a Sunday report", "an official on Monday
	// confirmed": a day or month of the reporting verb or noun
	if statementTime(text[s.start:t.Start], text[t.End:s.end], t.Value) {
		return "speech time"
	}
	// "сообщил в понедельник представитель", "повідомив у вівторок":
	// a day or month right after a Russian or Ukrainian speech verb
	if lang := x.stemLang(s); lang != "" && x.cyrStatementTime(s, t, lang) {
		return "speech time"
	}
	// "В начале февраля на них обратило внимание X", "Про це у вівторок
	// розповів X": a time in a short opening before the speech verb of
	// its clause dates the statement
	if x.stemLang(s) != "" && x.beforeSpeechVerb(s, t) {
		return "speech time"
	}
	// "a twelvefold increase in two years": a span of growth, not a future period
	if t.Type == "DURATION" && x.a.Published != "" && strings.Contains(t.Value, "/") && t.Value[:min(10, len(t.Value))] >= x.a.Published {
		return "future span"
	}
	// "up 30% from a year earlier", "over the previous year"
	if (strings.HasSuffix(before, "from") || strings.HasSuffix(before, "over") || strings.HasSuffix(before, "on")) &&
		(strings.Contains(lt, "earlier") || strings.Contains(lt, "previous") || strings.Contains(lt, "before") || strings.Contains(lt, "prior")) {
		return "comparison"
	}
	if strings.HasSuffix(before, "by") || strings.HasSuffix(before, "until") || strings.HasSuffix(before, "till") || strings.HasSuffix(before, " before") ||
		strings.HasPrefix(lt, "by ") || strings.HasPrefix(lt, "until ") || t.Mod == "BEFORE" || cyrDeadline(before, lt) {
		if !x.pastYearBy(s, t, before, lt) {
			return "deadline"
		}
	}
	// "Resolution 2397 (2017)", "the 2002 law (2002)": the year in an
	// instrument's name dates the instrument
	if instrumentYear(text[s.start:t.Start], text[t.End:s.end], t.Value) {
		return "instrument"
	}
	// dateline: "Seoul, Feb 14 (EFE).- "
	if t.Start-s.start < 40 && datelineRE.MatchString(text[t.End:s.end]) {
		return "dateline"
	}
	// a page's date line fused into its lead: "date 2025-08-12 Россия
	// снова начала ...", "12.08.2025 The ministry said ..."
	if headerDate(before, text[t.End:s.end], t.Text, t.Value, x.a.Published) {
		return "dateline"
	}
	// the date of the speech: next to a speech verb, in its clause after
	// it ("told lawmakers on Wednesday"), or opening a clause whose
	// speaker follows ("In March, the ministry had put the losses at")
	for _, c := range s.cands {
		if c.speechSpan[1] == 0 {
			continue
		}
		if t.Start >= c.speechSpan[1] && t.Start-c.speechSpan[1] < 60 && !strings.ContainsAny(text[c.speechSpan[1]:t.Start], ",;:") &&
			!strings.Contains(strings.ToLower(text[c.speechSpan[1]:t.Start]), " that ") && c.clauseStart > 0 && c.clauseStart >= c.speechSpan[0]-80 {
			if x.figureBefore(s, c.speechSpan[0]) {
				return "speech time" // "..., the NIS told lawmakers on Wednesday"
			}
		}
		gapAfter := strings.TrimSpace(strings.ToLower(between(text, c.speechSpan[1], t.Start)))
		if gapAfter == "" || gapAfter == "on" || gapAfter == "in" || gapAfter == "earlier" || gapAfter == "late" || gapAfter == "early" || gapAfter == "right here" {
			if t.Start >= c.speechSpan[1] {
				return "speech time"
			}
		}
		if t.End <= c.speechSpan[0] {
			gapBefore := strings.TrimSpace(between(text, t.End, c.speechSpan[0]))
			if gapBefore == "" {
				return "speech time"
			}
		}
		if c.spStart <= t.Start && t.End <= c.spEnd {
			return "in the speaker phrase"
		}
		// "according to RIA Novosti on Thursday": right after the speaker
		if c.kind == attrAccording && c.spEnd > 0 && t.Start >= c.spEnd {
			switch g := strings.ToLower(strings.TrimSpace(between(text, c.spEnd, t.Start))); g {
			case "", "on", "in", "last", "earlier", "this":
				return "speech time"
			}
		}
	}
	return ""
}

// amountBetween reports an amount of s inside [a, b).
func (x *extractor) amountBetween(s *sent, a, b int) bool {
	for _, q := range s.quants {
		if q.IsAmount() && q.Start >= a && q.End <= b {
			return true
		}
	}
	return false
}

// headerWords may stand before a page's date line ("date", "published",
// "updated", "опубликовано", "дата").
var headerWords = set(`date dated published updated posted опубликовано обновлено дата опубліковано оновлено`)

// headerDate reports a full date in digits opening a sentence with no
// preposition before it (nothing, or a header word: headerWords) and a
// capitalized word right after it, with no punctuation: the page's date
// line fused into its first sentence ("date 2025-08-12 Россия снова ...",
// "12.08.2025 The ministry ..."). Prose dates a figure with a preposition
// ("On 12.08.2025, ..."). When the publication date is known the date
// must be it.
func headerDate(before, after, text, v, published string) bool {
	if len(v) < 10 || !digitsAt(v, 0, 4) || published != "" && v[:10] != published {
		return false
	}
	if before != "" && !(headerWords[before] || headerWords[strings.TrimRight(before, ":")]) {
		return false
	}
	for _, r := range text {
		if !(r >= '0' && r <= '9' || r == '-' || r == '.' || r == '/' || r == ' ') {
			return false // "12 августа 2025" may be prose
		}
	}
	if !strings.HasPrefix(after, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
	return unicode.IsUpper(r)
}

// instrumentNouns name a legal instrument whose year in brackets is part
// of its name ("Resolution 2397 (2017)", "закон № 115-ФЗ (2002)").
var instrumentNouns = set(`resolution resolutions act law convention treaty decree order protocol agreement
regulation directive code charter accord declaration statute ordinance
резолюция резолюции резолюцией закон закона законом указ указа постановление постановления соглашение
соглашения договор договора конвенция конвенции резолюція резолюції закону постанова постанови угода
угоди договір договору конвенція конвенції`)

// instrumentYear reports a bare year in brackets right after the name of
// a legal instrument: an instrument noun among the four words before the
// bracket, with no punctuation between ("the UN Security Council
// Resolution 2397 (2017)"). A year in brackets after a figure ("100,000
// workers (2017)") is that figure's.
func instrumentYear(before, after, v string) bool {
	if len(v) != 4 || !digitsAt(v, 0, 4) || !strings.HasPrefix(strings.TrimLeft(after, " "), ")") {
		return false
	}
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "(") {
		return false
	}
	bw := strings.Fields(strings.ToLower(strings.TrimSuffix(b, "(")))
	for i := len(bw) - 1; i >= 0 && i >= len(bw)-4; i-- {
		w := strings.TrimRight(bw[i], ".,;:")
		if w != bw[i] {
			return false
		}
		if instrumentNouns[w] {
			return true
		}
	}
	return false
}

// sentenceOpeners are adverbs that may precede a sentence-opening time
// ("Earlier, in April, ...", "Meanwhile on Monday ...").
var sentenceOpeners = set(`earlier later previously meanwhile separately also then again additionally
ранее позже позднее также тогда раніше пізніше також тоді`)

// afterOpener drops a leading opener adverb and its comma from before
// (lower case, trimmed): "earlier, in" -> "in"; other text is returned
// unchanged.
func afterOpener(before string) string {
	w := firstWord(before)
	if !sentenceOpeners[strings.TrimRight(w, ",")] {
		return before
	}
	return strings.TrimLeft(before[len(w):], " ,")
}

// reportingVerbs report a statement made at a time ("said on Monday",
// "reported in April", "on Tuesday confirmed"). Forward-looking verbs
// (expects, forecasts, plans) are not among them: their time may be the
// forecast's.
var reportingVerbs = set(`said says told tells reported reports stated states announced announces
confirmed confirms added adds noted notes wrote writes revealed reveals disclosed discloses claimed claims
explained explains acknowledged acknowledges declared declares testified testifies tweeted posted
briefed informed informs insisted insists admitted admits warned warns stressed stresses emphasized
emphasised asserted asserts alleged alleges recalled recalls quoted cited cites clarified clarifies
specified specifies`)

// statementNouns name a statement whose date a time may give ("a Sunday
// report", "Monday's briefing", "in a statement on Tuesday").
var statementNouns = set(`report reports statement statements briefing briefings interview interviews
announcement announcements conference conferences speech speeches remarks comments testimony bulletin
broadcast editorial article`)

// statementWordsBetween may stand between a reporting verb or noun and
// its time ("said on Monday", "told reporters on Monday", "a report
// released last week").
var statementWordsBetween = set(`on in at earlier early late this last dated released issued published
reporters journalists lawmakers legislators parliament media`)

// statementTime reports whether a time of value v, with the sentence's
// text before and after it, dates a statement rather than a figure: it
// follows a reporting verb or noun ("said in June that", "told reporters
// on Monday", "in a report on Tuesday"), precedes a reporting verb ("an
// official on Monday confirmed"), or modifies a statement noun ("a
// Sunday report", "Monday's press briefing"). A bare year is left alone:
// in "reported in 2024 that" it may as well be the year of the data.
func statementTime(before, after, v string) bool {
	if len(v) < 7 || !digitsAt(v, 0, 4) || v[4] != '-' || strings.Contains(v, "/") {
		return false
	}
	ow := strings.Fields(before)
	bw := strings.Fields(strings.ToLower(before))
	for i := len(bw) - 1; i >= 0 && i >= len(bw)-3; i-- {
		if strings.TrimRight(bw[i], ",;:.\"'”»)—–-") != bw[i] {
			break // punctuation between the word and the time
		}
		w := strings.TrimLeft(bw[i], "\"'“«(")
		if i > 0 && len(ow) == len(bw) && isCapitalized(strings.TrimLeft(ow[i], "\"'“«(")) {
			break // "killed in the United States yesterday": a name, no verb
		}
		if (w == "confirmed" || w == "reported") && i > 0 && beForms[bw[i-1]] {
			// "the first cases were confirmed on May 3", "two deaths were
			// reported on Monday": a passive of finding states when the
			// cases were found, no statement of a speaker ("was announced
			// in May" still dates an announcement)
			break
		}
		if reportingVerbs[w] || statementNouns[w] {
			return true
		}
		if !statementWordsBetween[w] {
			break
		}
	}
	a := strings.ToLower(after)
	poss := strings.HasPrefix(a, "'s ") || strings.HasPrefix(a, "’s ")
	if poss {
		a = a[strings.IndexByte(a, ' '):]
	}
	if last := len(bw) - 1; poss || strings.HasPrefix(a, " ") && last >= 0 && (determiners[bw[last]] || possessiveDet[bw[last]]) {
		aw := strings.Fields(a)
		for _, w := range aw[:min(2, len(aw))] {
			if statementNouns[strings.TrimRight(w, ",;:.")] {
				return true
			}
			if w != "press" && w != "news" {
				break
			}
		}
	}
	if !strings.HasPrefix(after, " ") || len(bw) == 0 {
		return false
	}
	aw := strings.Fields(a)
	for _, w := range aw[:min(2, len(aw))] {
		if reportingVerbs[w] {
			return true
		}
		if w != "also" && w != "again" && w != "publicly" && w != "officially" {
			break
		}
	}
	return false
}

// cyrStatementTime reports a day or month (not a bare year) whose time
// expression directly follows a speech verb of the "say" class, with at
// most a preposition between ("сообщил в понедельник", "заявила у
// вівторок", "рассказал вчера"), or directly precedes one ("во вторник
// заявил").
func (x *extractor) cyrStatementTime(s *sent, t *doc.Time, lang string) bool {
	v := t.Value
	if len(v) < 7 || !digitsAt(v, 0, 4) || v[4] != '-' || strings.Contains(v, "/") {
		return false
	}
	speech := lexicon.Get(lang, "speech")
	toks := s.tokens()
	first, after := -1, -1
	for i, tk := range toks {
		if first < 0 && s.start+tk.end > t.Start {
			first = i
		}
		if s.start+tk.start >= t.End {
			after = i
			break
		}
	}
	if first < 0 {
		return false
	}
	k := first - 1
	if k >= 0 && (toks[k].lower == "в" || toks[k].lower == "во" || toks[k].lower == "у" || toks[k].lower == "на") && toks[k].punctAfter == 0 {
		k--
	}
	if k >= 0 && toks[k].punctAfter == 0 {
		if key, n := speechCueAt(speech, toks, k, lang); n > 0 && key == "say" {
			return true
		}
	}
	if after > 0 && toks[after-1].punctAfter == 0 {
		if key, n := speechCueAt(speech, toks, after, lang); n > 0 && key == "say" {
			return true
		}
	}
	return false
}

// possessiveDet are possessive determiners before a statement noun's time
// ("its Monday report").
var possessiveDet = set(`its his her their our`)

// opensSentence reports whether the words before a time leave it opening
// its sentence: nothing, or a preposition ("On June 17, ...").
func opensSentence(before string) bool {
	switch before {
	case "", "on", "in", "by", "at", "since", "в", "у", "во", "з", "с",
		"еще", "ещё", "еще в", "ещё в", "уже", "уже в", "ще", "ще в", "ще у", "вже", "вже в", "вже у":
		return true
	}
	return false
}

// beforeSpeechVerb reports whether time t lies in the opening of s (under
// 40 bytes in) and a speech verb of an attribution follows it in the same
// clause, with no figure before the verb.
func (x *extractor) beforeSpeechVerb(s *sent, t *doc.Time) bool {
	if t.Start-s.start >= 40 || strings.ContainsAny(x.a.Text[s.start:t.Start], ",;:") {
		return false
	}
	for _, c := range s.cands {
		if c.verbAt < t.End || c.verbAt-t.End > 80 || c.speaker == "" {
			continue
		}
		switch c.kind {
		case attrLeading, attrTrailing, attrInverted:
		default:
			continue
		}
		if !strings.ContainsAny(x.a.Text[t.End:c.verbAt], ",;:") && !x.figureBefore(s, c.verbAt) {
			return true
		}
	}
	return false
}

// figureBefore reports whether an amount of s ends before byte pos: the
// attribution at pos trails a figure.
func (x *extractor) figureBefore(s *sent, pos int) bool {
	for _, q := range s.quants {
		if q.IsAmount() && q.End <= pos {
			return true
		}
	}
	return false
}

// cyrComparison reports a Russian or Ukrainian comparison before a time:
// "чем годом ранее", "по сравнению с 2023 годом", "ніж роком раніше".
func cyrComparison(before string) bool {
	for _, p := range []string{" чем", "по сравнению с", "по сравнению со", " против", " ніж", "порівняно з", "порівняно із", "у порівнянні з", "относительно", "відносно"} {
		if strings.HasSuffix(before, p) || before == strings.TrimSpace(p) {
			return true
		}
	}
	return false
}

// cyrDeadline reports a Russian or Ukrainian deadline: "до конца 2025
// года", "к концу года", "до кінця року".
func cyrDeadline(before, lt string) bool {
	for _, p := range []string{"до конца", "к концу", "до кінця", "к ", "до "} {
		if strings.HasPrefix(lt, p) {
			return true
		}
	}
	return strings.HasSuffix(before, " до") || strings.HasSuffix(before, " к") || before == "до" || before == "к"
}

func between(text string, a, b int) string {
	if a < 0 || b > len(text) || a > b || b-a > 40 {
		return "x"
	}
	return text[a:b]
}

// belongsToOther reports whether time t directly follows another amount
// of the sentence than the claim's ("30,000 at the end of 2017").
func (x *extractor) belongsToOther(s *sent, t *doc.Time, c *doc.Claim) bool {
	for _, q := range s.quants {
		if !q.IsAmount() || q.End > t.Start || q.Start == c.Start {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(x.a.Text[q.End:t.Start]))
		switch gap {
		case "", "in", "at", "on", "for", "during", "as of", "by":
			return c.Start > t.Start || c.End <= q.Start
		}
	}
	return false
}

// endsWithRatioWord reports whether text ends with a growth word ("double",
// "doubling", "twice", "sixfold", "times"): a time after it is the base of
// the comparison.
func endsWithRatioWord(text string) bool {
	i := strings.LastIndexAny(text, " \t\n")
	w := text[i+1:]
	if _, ok := ratioWords[w]; ok {
		return true
	}
	return w == "doubling" || w == "tripling" || w == "times" || strings.HasSuffix(w, "fold")
}

// deadlineOf returns the first deadline of sentence si ("by 2030", "к
// концу 2025 года") that may bound figure c, past or future: not in the
// next coordinated clause after the figure.
func (x *extractor) deadlineOf(si int, c *doc.Claim) *doc.Time {
	s := x.sents[si]
	for _, t := range s.times {
		if !periodValue(t.Value) || strings.Contains(t.Value, "/") {
			continue
		}
		if t.Start >= c.End && nextClauseGap(x.a.Text[c.End:t.Start]) {
			continue
		}
		if x.notPeriod(si, t) == "deadline" {
			return t
		}
	}
	return nil
}

// levelNear reports a level verb (levelVerbRE) of figure c: between the
// amount before it in its sentence (or the sentence's start) and c
// ("growing to 2.4 million", "станет втрое больше", "будет работать до 50
// 000"), or after c when no amount follows ("до 50 тыс. рабочих станут
// ..."). "a shortfall of 1.5 million, growing to 2.4 million" gives the
// verb to the second figure only; a ratio before the level ("to triple to
// 50,000", "станет втрое больше — около 50 тыс.") is no boundary.
func (x *extractor) levelNear(s *sent, c *doc.Claim) bool {
	from, next := s.start, -1
	for _, q := range s.quants {
		if !q.IsAmount() || q.Kind == doc.QRatio || q.Kind == doc.QPercent {
			continue // "to triple to 50,000": the ratio leads to the level
		}
		if q.End <= c.Start {
			from = max(from, q.End)
		} else if q.Start >= c.End && next < 0 {
			next = q.Start
		}
	}
	if levelVerbRE.MatchString(x.a.Text[from:c.Start]) {
		return true
	}
	if next >= 0 && (c.Unit == "ratio" || c.Unit == "percent") {
		// "to triple to 30,000": the ratio word leads to the level
		return levelVerbRE.MatchString(x.a.Text[c.Start:next])
	}
	return next < 0 && levelVerbRE.MatchString(x.a.Text[c.End:s.end])
}

// futureDeadline returns a deadline of sentence si ("by the end of the
// year", "before December") that falls after the publication date and
// may bound figure c.
// A deadline opening the next coordinated clause ("около 2 тыс. уже
// работают, а к концу года их станет 6 тыс.") is that clause's.
func (x *extractor) futureDeadline(si int, c *doc.Claim) *doc.Time {
	s := x.sents[si]
	if x.a.Published == "" {
		return nil
	}
	for _, t := range s.times {
		if !periodValue(t.Value) || strings.Contains(t.Value, "/") {
			continue
		}
		if t.Start >= c.End && nextClauseGap(x.a.Text[c.End:t.Start]) {
			continue
		}
		if x.notPeriod(si, t) != "deadline" {
			continue
		}
		if _, e, ok := timeval.Interval(t.Value); ok && e.Format("2006-01-02") > x.a.Published && t.Value[:min(7, len(t.Value))] >= x.a.Published[:7] {
			return t
		}
	}
	return nil
}

// pastYearBy reports "By 2024 the agency was recording ...", "By 2020 only
// 1,000 remained": a year already past after "by" in a sentence with no
// perfect tense (a cumulative total "had sent ... by 2024" has no period)
// is the time the figure stands at.
func (x *extractor) pastYearBy(s *sent, t *doc.Time, before, lt string) bool {
	if !(strings.HasSuffix(before, "by") || strings.HasPrefix(lt, "by ")) || len(t.Value) != 4 ||
		x.a.Published != "" && t.Value >= x.a.Published[:min(4, len(x.a.Published))] {
		return false
	}
	// the clause of the time: from it to the next comma; with no date of
	// publication, a past tense says the year is past
	past := x.a.Published != ""
	for _, tk := range s.tokens() {
		if s.start+tk.start >= t.End && (tk.lower == "was" || tk.lower == "were") {
			past = true
		}
	}
	if !past {
		return false
	}
	// "North Korea had sent 5,000 workers by 2024": a perfect or a plan
	// in the clause before the time too
	perfect := false
	for _, tk := range s.tokens() {
		if s.start+tk.end > t.Start {
			break
		}
		if cumulativeAux(tk.lower) {
			perfect = true
		}
		if tk.punctAfter == ',' || tk.punctAfter == ';' {
			perfect = false
		}
	}
	if perfect {
		return false
	}
	for _, tk := range s.tokens() {
		if s.start+tk.start < t.End {
			continue
		}
		if cumulativeAux(tk.lower) {
			return false
		}
		if tk.punctAfter == ',' || tk.punctAfter == ';' {
			break
		}
	}
	return true
}

// cumulativeAux are the words of a perfect or a plan ("had sent", "will
// reach", "plans to"): a past year after "by" in their clause bounds a
// total, it dates no level.
func cumulativeAux(w string) bool {
	switch w {
	case "had", "have", "has", "will", "would", "expects", "expected", "plans", "planned":
		return true
	}
	return false
}

// backshifted reports a level in reported speech: "the ministry said in
// April that only about 130 students were enrolled": the speech verb
// before the figure, "that", then "were" or "was" (the present of the
// statement, shifted back).
func backshifted(s *sent, c *doc.Claim) bool {
	for _, cd := range s.cands {
		if cd.speechSpan[1] == 0 || cd.speechSpan[1] > c.Start {
			continue
		}
		between := strings.ToLower(sentSlice(s, cd.speechSpan[1], c.Start))
		if !strings.Contains(" "+between+" ", " that ") {
			continue
		}
		after := strings.ToLower(sentSlice(s, c.End, s.end))
		for _, w := range strings.Fields(after) {
			if w == "were" || w == "was" {
				return true
			}
		}
	}
	return false
}

// sentSlice is the text of sentence s between absolute offsets a and b.
func sentSlice(s *sent, a, b int) string {
	a, b = max(a-s.start, 0), min(b-s.start, len(s.text))
	if a >= b {
		return ""
	}
	return s.text[a:b]
}

// cumulativeWords mark a running total: "in total", "so far", "to date",
// "altogether", "cumulatively", "в общей сложности", "всего", "загалом".
var cumulativeWords = newWordSet(`total altogether cumulatively cumulative всего сложности итого
загалом усього всього`)

// cumulativePhrase reports a running-total word or phrase in text
// (cumulativeWords, "so far", "to date").
func cumulativePhrase(text string) bool {
	if cumulativeWords.in(text) {
		return true
	}
	l := strings.ToLower(text)
	return strings.Contains(l, "so far") || strings.Contains(l, "to date")
}

// asOfTotal takes away the period of a flow figure that is a running total
// at a point in time: "As of Monday, North Korea has sent about 12,000
// troops in total" counts from no start, so it has no period (the keys'
// convention for cumulative totals), though "as of" dates a level ("As of
// April 1, 15,000 workers were in Russia" keeps its day). The period must
// be a day or a month from a time right after "as of"/"as at"/"по
// состоянию на"/"станом на", and the figure's sentence must hold a
// perfect ("has sent") or a running-total word (cumulativeWords).
func (x *extractor) asOfTotal(si int, c *doc.Claim) {
	if c.Period == "" || c.PeriodText == "" || c.Indicator == "" || topic.MeasureOf(c.Indicator) != topic.Flow || dayOrMonth(c.Period) == "" || len(c.Period) < 7 {
		return
	}
	s := x.sents[si]
	i := strings.Index(s.text, c.PeriodText)
	if i < 0 {
		return
	}
	before := strings.ToLower(strings.TrimSpace(s.text[:i]))
	asOf := false
	for _, p := range []string{"as of", "as at", "по состоянию на", "станом на"} {
		if strings.HasSuffix(before, p) {
			asOf = true
		}
	}
	if !asOf {
		return
	}
	perfect := false
	for _, tk := range s.tokens() {
		if tk.lower == "has" || tk.lower == "have" || tk.lower == "had" {
			perfect = true
		}
	}
	if !perfect && !cumulativePhrase(s.text) {
		return
	}
	c.Why = append(c.Why, "period: none: a running total as of "+c.PeriodText+" counts from no start")
	c.Period, c.PeriodText = "", ""
}

// planWords mark a plan, a projection or a possibility ("will send",
// "could deploy", "plans to hire"): its figure is no count of a window
// already past.
var planWords = newWordSet(`will would could may might should plan plans planned planning expect expects expected
intend intends intended aim aims projected forecast forecasts`)

// windowReach is how many sentences back a flow figure with no time may
// find the window of the shipments it counts (windowPeriod).
const windowReach = 3

// windowOpeners open a time phrase that states a window: "from
// September 2023 to March 2025", "since mid-2022", "between May and July",
// "over the past year".
var windowOpeners = set(`from since between over throughout з с від між`)

// windowPhrase reports whether the period of m came from a window phrase
// of its own sentence (windowOpeners, in the time's text or right before
// it), not from a month or a year named ("in October and November").
func (x *extractor) windowPhrase(m *made) bool {
	s := x.sents[m.si]
	i := strings.Index(s.text, m.c.PeriodText)
	if m.c.PeriodText == "" || i < 0 {
		return false
	}
	if windowOpeners[strings.ToLower(firstWord(m.c.PeriodText))] {
		return true
	}
	bw := strings.Fields(strings.ToLower(s.text[:i]))
	return len(bw) > 0 && windowOpeners[bw[len(bw)-1]]
}

// windowCarried reports a claim whose period windowPeriod carried: the
// passage on one flow goes on ("... some 9,000 containers. ... it is
// roughly 2 to 3 million rounds").
func windowCarried(c *doc.Claim) bool {
	for _, w := range c.Why {
		if strings.HasPrefix(w, windowWhy) {
			return true
		}
	}
	return false
}

const windowWhy = "period: the window "

// readWithContext reports a claim whose indicator was read with the
// sentences before it or the lead (its sentence names no actor of its
// own: "it is roughly 2 to 3 million rounds"): it leans on the passage
// before for its window too, even where that passage counted another
// thing of the topic (the containers that hold the shells).
func readWithContext(c *doc.Claim) bool {
	for _, w := range c.Why {
		if strings.HasPrefix(w, "indicator: read with ") {
			return true
		}
	}
	return false
}

// windowPeriod gives a flow figure of a sentence with no time the window
// of the figure just before it, in one of the windowReach sentences
// before ("41 crossings made from May 2023 to January 2025. Monitors
// have counted some 9,000 containers ..."): a piece on one flow
// states its window once. The window is an interval period a window
// phrase of that figure's own sentence gave (windowPhrase), or that it
// took itself (windowCarried); that figure is of no indicator, of the
// same one, or of another of the topic when c's own sentence names no
// actor (readWithContext); no sentence between holds a time; a plan or a
// possibility ("could send") takes none.
func (x *extractor) windowPeriod(si int, c *doc.Claim) {
	if c.Period != "" || c.PeriodText != "" || c.Indicator == "" || !countUnit(c.Unit) || topic.MeasureOf(c.Indicator) != topic.Flow {
		return
	}
	s := x.sents[si]
	if len(s.times) > 0 || s.kind != doc.KindBody || planWords.in(s.text) {
		return
	}
	for k := len(x.made) - 1; k >= 0; k-- {
		m := &x.made[k]
		if m.si == si {
			continue
		}
		if m.si < si-windowReach || !strings.Contains(m.c.Period, "/") || !countUnit(m.c.Unit) ||
			m.c.Indicator != "" && (m.c.Topic != c.Topic || m.c.Indicator != c.Indicator && !readWithContext(c)) ||
			!x.windowPhrase(m) && !windowCarried(&m.c) {
			return
		}
		for j := m.si + 1; j < si; j++ {
			if len(x.sents[j].times) > 0 {
				return
			}
		}
		c.Period, c.PeriodText = m.c.Period, m.c.PeriodText
		c.Why = append(c.Why, windowWhy+m.c.PeriodText+" of the flow the figure before counts ("+m.c.Text+") -> "+c.Period)
		return
	}
}
