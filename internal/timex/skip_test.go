package timex

import (
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	tok "github.com/dossier-osint/dossier/internal/token"
)

// sameWithoutSkip fails when text gives other times with the grammar
// tried at every start word (and every function of defaultTries at each)
// than with the skips.
func sameWithoutSkip(t *testing.T, name, text, ref string) {
	t.Helper()
	for _, timeML := range []bool{false, true} {
		r := Ref{Published: ref, TimeML: timeML}
		got, _ := find(context.Background(), text, r, 0)
		want, _ := find(context.Background(), text, r, modeNoSkip)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s (TimeML %v): with the skip %+v, without %+v", name, timeML, got, want)
		}
	}
}

// skipWords are the start words the grammar skips before some words:
// knownNextWords, then nextWords in order.
func skipWords() []string {
	return append(slices.Clone(knownNextWords), slices.Sorted(maps.Keys(nextWords))...)
}

// TestKnownNext: skipping the grammar at the knownNextWords before an
// unknown ASCII word, and at the nextWords before a word other than
// theirs, changes nothing, on phrases built to reach every
// grammar path that starts at those words and on every text at hand.
func TestKnownNext(t *testing.T) {
	unknown := []string{"government", "Zorblat", "REPORT", "x", "weeks2", "noonish", "Noonish"}
	tails := []string{"", "1990s", "year later", "year before the war", "week of April 10th", "past", "past 3 years",
		"future", "same day", "same year", "end of 2019", "end of the year", "beginning of February", "first week of 2015",
		"last week of July", "following year", "previous month", "day before yesterday", "18th", "2nd quarter",
		"first half of 2019", "quarter past seven", "quarter", "mere two weeks", "few days", "couple of years",
		"week commencing February 4", "w/c Feb 4", "morning", "evening", "year", "month later", "13 last minutes",
		"5 upcoming years", "early 2010s", "late 1990s", "mid-2020", "recent weeks", "time of the war",
		"late as 2019", "early as 7:00 am", "week Monday", "past Monday", "coming year", "2019", "noonish", "noon",
		"noonish to 3 pm", "morning at 9", "year's end", "Christmas", "new year", "end of May", "May 5", "5/12/2020",
		"2020-05-12", "Q3", "three years", "about a week", "month", "years", "months ago", "yr", "present", "the moment",
		"this time", "the time", "the present time", "time from May 5", "later than June", "earlier than 2019",
		"days", "night", "week", "this year", "same month"}
	for _, w := range skipWords() {
		for _, tail := range tails {
			for _, pre := range []string{"", "In ", "on ", "at ", "by ", "since "} {
				sameWithoutSkip(t, "phrase", pre+w+" "+tail+".", "2024-06-02")
				for _, x := range unknown {
					sameWithoutSkip(t, "phrase", pre+w+" "+x+" "+tail+".", "2024-06-02")
				}
			}
		}
	}
	// A word with a non-ASCII letter is looked up folded: the Kelvin sign
	// lower-cases to "k" but finds no ASCII entry, so the skip must not
	// apply ("the weeK of April 10th" is a week).
	kelvin := "the wee\u212a of April 10th"
	sameWithoutSkip(t, "kelvin", kelvin, "2024-06-02")
	if got := Find(kelvin, Ref{Published: "2024-06-02"}); len(got) == 0 || got[0].Start != 0 {
		t.Errorf("%q: %+v, want the week from the first word", kelvin, got)
	}
	texts, dates := wikinews(t)
	for i, s := range texts {
		sameWithoutSkip(t, "wikinews", s, dates[i])
	}
	eachSharedText(t, func(path, text string) { sameWithoutSkip(t, path, text, "2024-06-02") })
}

// eachSharedText calls fn with every text of the public suites and of
// the seed and dev sets at hand (invalid UTF-8 made spaces).
func eachSharedText(t *testing.T, fn func(path, text string)) {
	for _, dir := range []string{"data/tempeval3-platinum", "data/meantime-en", "data/recognizers-text/Specs/DateTime/English",
		"dev/docs", "dev-ru/docs", "seeds"} {
		root := sharedDir(dir)
		if root == "" {
			continue
		}
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil || len(b) > 4<<20 {
				return nil
			}
			fn(path, strings.ToValidUTF8(string(b), " "))
			return nil
		})
	}
}

// TestCanStartTurnsAwayNoMatch: at every word that canStart turns away
// although a rule or the grammar starts at it (wordStarts), a word the
// grammar is not tried at whose rules do not apply, match finds nothing:
// on phrases of the rule files' first words and on every text at hand.
func TestCanStartTurnsAwayNoMatch(t *testing.T) {
	check := func(name, text, ref string) {
		for _, timeML := range []bool{false, true} {
			p := testParser(text, ref, timeML)
			turned := 0
			for i := range p.toks {
				if i == 0 || p.toks[i].nl() {
					p.hi = p.nextLine(i)
				}
				if t := &p.toks[i]; t.kind != kWord || !p.wordStarts(t) || p.canStart(i) {
					continue
				}
				turned++
				if c := new(cand); p.match(i, c) {
					t.Errorf("%s (TimeML %v): canStart turns away token %d %q, where match finds %q", name, timeML, i, p.raw(i), text[p.toks[c.i].start:p.toks[c.j-1].end])
				}
			}
			if name == "phrases" && !timeML && turned == 0 {
				t.Errorf("canStart turned away no word of the phrases: the test reads nothing")
			}
		}
	}
	var phrases []string
	for w := range rules.byWord {
		for _, tail := range []string{"", "the government", "2019", "March 2020", "the last three weeks", "two years", "mid-2020"} {
			phrases = append(phrases, w+" "+tail+".", "In "+w+" "+tail+" it rained.")
		}
	}
	check("phrases", strings.Join(phrases, "\n"), "2024-06-02")
	texts, dates := wikinews(t)
	for i, s := range texts {
		check("wikinews", s, dates[i])
	}
	eachSharedText(t, func(path, text string) { check(path, text, "2024-06-02") })
}

// TestGatedTries: at a word of no class match calls weekdayOfWeek only
// when the word is a key of weekDir, holiday only when it is one of
// holidays, dayPart, modified and namedYear only at their words, and the
// functions of defaultTries only at theirs; at every other such word of
// the texts at hand they find nothing.
func TestGatedTries(t *testing.T) {
	called := 0
	check := func(name, text, ref string) {
		p := parser{text: text, cyr: hasCyrillic(text)}
		_ = p.tokenize(context.Background(), tok.New(text))
		if r, ok := parseRef(ref); ok {
			p.ref, p.hasRef = r, true
		}
		for i := range p.toks {
			if i == 0 || p.toks[i].nl() {
				p.hi = p.nextLine(i)
			}
			e := p.toks[i].e
			if e == nil || e.class != cWord {
				continue
			}
			if p.weekdayOfWeek(i, new(cand)) && !e.weekDir {
				t.Errorf("%s: weekdayOfWeek finds a time at %q, not a key of weekDir", name, p.raw(i))
			}
			if p.holiday(i, new(cand)) && !e.holiday {
				t.Errorf("%s: holiday finds a time at %q, not a key of holidays", name, p.raw(i))
			}
			if p.dayPart(i, new(cand)) && !e.dayPart {
				t.Errorf("%s: dayPart finds a time at %q, not one of dayPartWords", name, p.raw(i))
			}
			if p.modified(i, new(cand)) && !e.modified {
				t.Errorf("%s: modified finds a time at %q, not one of modifiedWords", name, p.raw(i))
			}
			if p.namedYear(i, new(cand)) && !e.namedYear {
				t.Errorf("%s: namedYear finds a time at %q, not one of namedYearWords", name, p.raw(i))
			}
			if _, ok := p.timeRange(i, new(cand)); ok && e.tries&tryTimeRange == 0 {
				t.Errorf("%s: timeRange finds a time at %q, not one of its defaultTries", name, p.raw(i))
			}
			for _, f := range []struct {
				name string
				bit  uint8
				fn   func(int) (cand, bool)
			}{
				{"weekExpr", tryWeekExpr, returning(p.weekExpr)}, {"relative", tryRelative, returning(p.relative)},
				{"duration", tryDuration, returning(p.duration)}, {"set", trySet, returning(p.set)}, {"clock", tryClock, returning(p.clock)},
				{"quarter", tryQuarter, returning(p.quarter)}, {"calendar", tryCalendar, returning(p.calendar)},
			} {
				if _, ok := f.fn(i); ok && e.tries&f.bit == 0 {
					t.Errorf("%s: %s finds a time at %q, not one of its defaultTries", name, f.name, p.raw(i))
				}
			}
			if e.weekDir || e.holiday || e.dayPart || e.modified || e.namedYear || e.tries != 0 {
				called++
			}
		}
	}
	check("phrases", "next week Monday; this week, on Friday; new year's eve; the last week Tuesday; good Friday 2020", "2024-06-02")
	check("phrases", "late in the evening; in the morning; early-2019; the end of the year; the turn of the century; fiscal year 2021, FY18, FY 2020", "2024-06-02")
	check("phrases", "from noon to 3 pm, between 2 and 4, half past seven, a quarter to five, midnight; the week of April 10th, w/c Feb 4, "+
		"last week of July, the second quarter of 2019; q1 2020, h2; the 4th of July, the 1990s; daily, twice a year, every week, per month; "+
		"about three years, the past two weeks, a mere five days, several years, few months, couple of days, half an hour; "+
		"today, tonight, now, recently, right now, at present, the future, recent weeks, this morning, that year, last night, "+
		"the same month, next week, earlier this year, later in the year, the following year, this current year", "2024-06-02")
	texts, dates := wikinews(t)
	for i, s := range texts {
		check("wikinews", s, dates[i])
	}
	eachSharedText(t, func(path, text string) { check(path, text, "2024-06-02") })
	if called == 0 {
		t.Fatal("no word of weekDir or holidays met: the test reads nothing")
	}
}

// FuzzKnownNext: on any text, the knownNextWords skip gives the times the
// grammar tried at every start word gives.
func FuzzKnownNext(f *testing.F) {
	for _, w := range skipWords() {
		f.Add(w + " noonish to 3 pm, " + w + " Zorblat year later; " + w + " week Monday.")
	}
	f.Add("Open from noonish to 3 pm by May 5, as late as 2019, this past week and that year.")
	f.Fuzz(func(t *testing.T, s string) {
		sameWithoutSkip(t, "fuzz", s, "2024-06-02")
	})
}

// TestMatchBusySlot: at a memo slot whose own match is running (busy),
// matchStart finds the expression aside, the one it remembers when the
// slot is free, and leaves the slot as it was: on every text at hand.
func TestMatchBusySlot(t *testing.T) {
	check := func(name, text, ref string) {
		p := testParser(text, ref, false)
		found := 0
		for i := range p.toks {
			if i == 0 || p.toks[i].nl() {
				p.hi = p.nextLine(i)
			}
			if !p.canStart(i) {
				continue
			}
			slot := &p.memo[i%len(p.memo)]
			slot.busy = true
			before := *slot
			aside := p.matchStart(i)
			if *slot != before {
				t.Fatalf("%s: token %d %q: the busy slot was written", name, i, p.raw(i))
			}
			slot.busy = false
			kept := p.matchStart(i)
			if (aside == nil) != (kept == nil) || aside != nil && !reflect.DeepEqual(*aside, *kept) {
				t.Errorf("%s: token %d %q: aside %+v, remembered %+v", name, i, p.raw(i), aside, kept)
			}
			if kept != nil {
				found++
			}
		}
		if name == "wikinews" && found == 0 && strings.Contains(text, "20") {
			t.Errorf("%s: no expression found: the test reads nothing", name)
		}
	}
	texts, dates := wikinews(t)
	for i, s := range texts {
		check("wikinews", s, dates[i])
	}
	eachSharedText(t, func(path, text string) { check(path, text, "2024-06-02") })
}

// testParser is a parser of text's tokens, its reference date ref, as
// find sets one up, for tests that call match or matchStart themselves.
func testParser(text, ref string, timeML bool) *parser {
	p := &parser{text: text, timeML: timeML, cyr: hasCyrillic(text)}
	_ = p.tokenize(context.Background(), tok.New(text))
	if r, ok := parseRef(ref); ok {
		p.ref, p.hasRef = r, true
	}
	return p
}

// numberGatesHold fails when, at a number of text, weekExpr or quarter
// finds a time and no word touches it (quarter: nor has it four digits),
// or iso or numericDate does and no sign touches it (numAdjacent, match's
// gates). It returns how many times the four found.
func numberGatesHold(t *testing.T, name, text, ref string) int {
	t.Helper()
	met := 0
	p := testParser(text, ref, false)
	for i := range p.toks {
		if i == 0 || p.toks[i].nl() {
			p.hi = p.nextLine(i)
		}
		if p.toks[i].kind != kNum {
			continue
		}
		word, sign := p.numAdjacent(i)
		for _, f := range []struct {
			name string
			open bool
			fn   func(int) (cand, bool)
		}{
			{"weekExpr", word, returning(p.weekExpr)}, {"quarter", word || p.toks[i].nd == 4, returning(p.quarter)},
			{"iso", sign, returning(p.iso)}, {"numericDate", sign, returning(p.numericDate)},
		} {
			if _, ok := f.fn(i); ok {
				met++
				if !f.open {
					t.Errorf("%s: %s finds a time at number %d %q, its gate shut", name, f.name, i, p.raw(i))
				}
			}
		}
	}
	return met
}

const numberPhrases = "2024-06-02, 2025.02.06 and 2024-06-02T01:18; on 5/12/2020, by 10.5.2019, on 5/12; the 3rd week of May, " +
	"3 rd week of June, the 2nd quarter of 2019, 4th quarter, 2019 Q1, 2017-q1, 2019 H2, the 21st century, 1st half of 2020"

// TestNumberGates: numberGatesHold on phrases of each gated function
// and on every text at hand.
func TestNumberGates(t *testing.T) {
	met := numberGatesHold(t, "phrases", numberPhrases, "2024-06-02")
	texts, dates := wikinews(t)
	for i, s := range texts {
		met += numberGatesHold(t, "wikinews", s, dates[i])
	}
	eachSharedText(t, func(path, text string) { met += numberGatesHold(t, path, text, "2024-06-02") })
	if met == 0 {
		t.Fatal("no gated function found a time at a number: the test reads nothing")
	}
}

// FuzzNumberGates: numberGatesHold on any text.
func FuzzNumberGates(f *testing.F) {
	f.Add(numberPhrases)
	f.Fuzz(func(t *testing.T, s string) {
		numberGatesHold(t, "fuzz", s, "2024-06-02")
	})
}

// returning makes a function that writes what it finds (calendar, ...)
// one that returns it, for the tables of functions above.
func returning(f func(int, *cand) bool) func(int) (cand, bool) {
	return func(i int) (cand, bool) {
		var c cand
		ok := f(i, &c)
		return c, ok
	}
}
