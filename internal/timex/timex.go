// Package timex finds time expressions in text and normalizes them to
// TIMEX3 values (TimeML): dates, months, years, weeks, seasons, quarters,
// intervals, durations, PAST_REF/PRESENT_REF/FUTURE_REF, times of day and
// sets. Relative expressions are resolved against the publication date and
// against dates the article itself gives ("During 2024 ... the year
// before"); without a publication date they stay unresolved. It is pure and
// fast: it scans tokens with a hand-written grammar, no regular expressions
// over the whole text.
package timex

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	tok "github.com/dossier-osint/dossier/internal/token"
)

// Ref is what relative expressions are resolved against.
type Ref struct {
	// Published is the publication date, "YYYY-MM-DD" or
	// "YYYY-MM-DDThh:mm:ss", or "" when unknown.
	Published string
	// Lang is an ISO 639-1 code; "" means English. Month names of
	// Russian and Ukrainian are recognized in any case.
	Lang string
	// TimeML follows the TimeML annotation guidelines of the public
	// suites: the rule files (composed intervals such as "since
	// September" = 2023-09/<publication date>, "between January and March",
	// Russian and Ukrainian phrases) are not applied, "since" stays out of
	// the span as a mod, and two months or years joined by "to" stay two
	// dates. The default is dossier's own convention (docs: the answer
	// keys' README).
	TimeML bool
}

// Anchor texts.
const (
	anchorNone = "none: no publication date"
	anchorText = "text"
)

// Find returns the time expressions of text in order of position.
func Find(text string, ref Ref) []doc.Time {
	ts, _ := FindContext(context.Background(), text, ref)
	return ts
}

// FindContext is Find that stops when ctx is done: it checks ctx every
// 64 KiB while splitting the text into tokens, then at every line and
// every 4,096 tokens of a long line, and returns what it found so far
// with ctx.Err().
func FindContext(ctx context.Context, text string, ref Ref) ([]doc.Time, error) {
	return find(ctx, text, ref, 0)
}

// findMode turns off shortcuts of the scan, for the tests that compare
// the output with and without them.
type findMode uint8

const (
	// modeNoSkip tries the grammar at every start word, and every
	// function of defaultTries at a word of no class (the tests'
	// reference for knownNextWords, nextWords and defaultTries).
	modeNoSkip findMode = 1 << iota
)

// find is FindContext in a mode.
func find(ctx context.Context, text string, ref Ref, mode findMode) ([]doc.Time, error) {
	st := tok.Get(text)
	defer tok.Put(st)
	return findIn(ctx, st, ref, mode)
}

// FindStream is FindContext on a text already split into the shared token
// stream (internal/token), as the pipeline splits each article once for
// every annotator: the same times as FindContext(ctx, st.Text, ref).
func FindStream(ctx context.Context, st *tok.Stream, ref Ref) ([]doc.Time, error) {
	return findIn(ctx, st, ref, 0)
}

// findIn is find on the stream st of the text.
func findIn(ctx context.Context, st *tok.Stream, ref Ref, mode findMode) ([]doc.Time, error) {
	tablesOnce.Do(buildTables)
	text := st.Text
	p := parsers.Get().(*parser)
	defer p.release()
	p.text, p.ctx, p.noSkip = text, ctx, mode&modeNoSkip != 0
	if err := p.tokenize(ctx, st); err != nil {
		return nil, err
	}
	p.timeML = ref.TimeML
	p.cyr = ref.Lang == "ru" || ref.Lang == "uk" || hasCyrillic(text)
	if t, ok := parseRef(ref.Published); ok && t.Year() >= 1100 && t.Year() <= 9800 {
		p.ref, p.hasRef = t, true
		p.refLabel = "publication date " + ref.Published
	}
	p.run()
	return p.times(), p.err
}

// tokenize makes p's tokens and their flags (tokensOf) of st.
func (p *parser) tokenize(ctx context.Context, st *tok.Stream) (err error) {
	p.toks, p.flags, err = tokensOf(ctx, st, p.toks, p.flags)
	return err
}

// parsers keeps parsers for reuse, each with the buffers of its last text
// (tokens, the captures' stack, the times found): a parser is 2 KB, its
// buffers several more, all holding pointers, which the collector would
// otherwise zero and scan anew for every text.
var parsers = sync.Pool{New: func() any { return &parser{toks: make([]token, 0, 1024)} }}

// times is a copy of the times found, of their number (nil for none).
func (p *parser) times() []doc.Time {
	if len(p.out) == 0 {
		return nil
	}
	return append(make([]doc.Time, 0, len(p.out)), p.out...)
}

// release zeroes p but for its buffers and puts it back in parsers (a
// long text's buffers are left to the collector). The times found are
// cleared: they hold the text.
func (p *parser) release() {
	if cap(p.toks) > 1<<16 || cap(p.out) > 1<<12 {
		return
	}
	clear(p.out)
	*p = parser{toks: p.toks[:0], flags: p.flags[:0], caps: p.caps[:0], out: p.out[:0]}
	parsers.Put(p)
}

// hasCyrillic reports a Cyrillic letter in s (UTF-8 lead bytes 0xD0-0xD4):
// a search for each of the five bytes, which the runtime makes many bytes
// at a time (news text in another script holds one early).
func hasCyrillic(s string) bool {
	for c := byte(0xD0); c <= 0xD4; c++ {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	return false
}

func parseRef(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

type parser struct {
	text     string
	toks     []token
	flags    []byte // the tokens' flags, one byte a token (flagBytes)
	hi       int    // end of the current line (token index)
	ref      time.Time
	hasRef   bool
	refLabel string
	ctxYear  int // last year the text fixed
	ctxMonth int
	ctxDay   int
	ctxValue string // the last resolved date or time the text set
	ctxGran  string
	ctxTok   int // the token after it
	timeML   bool
	cyr      bool // the text has Cyrillic letters: the Russian and Ukrainian rules apply
	ctx      context.Context
	err      error
	memo     [8]memoEntry
	needMemo needMemo
	todMemo  todMemo
	joinMemo joinMemo
	caps     []capture
	noSkip   bool // try the grammar at every start word (tests)
	holDir   int  // -1 or +1: the holiday before or after the reference date ("last Easter")
	out      []doc.Time
}

// cand is a match: tokens [i, j) and the TIMEX3 attributes.
type cand struct {
	i, j   int
	typ    string
	val    string
	gran   string
	rule   string
	anchor string
	mod    string
	dur    string
	// y, m, d of a resolved calendar value (0 = none), for modifiers and
	// context.
	y, m, d  int
	bareYear bool
	rel      bool // needs the reference date
	noCtx    bool // does not set the context (an interval up to now)
	// tt holds the time of day (ntt 1) or the two ends of a range of
	// times (ntt 2) of a clock candidate, so that a date can take them.
	tt  *[2]tday
	ntt int
}

func (p *parser) run() {
	n := len(p.toks)
	lineEnd := n
	lastCheck := 0
	starts := tOpens // the flags of the tokens canStart may take (tokenFlags)
	if !p.timeML {
		starts |= tRuled
	}
	for i := 0; i < n; {
		if i-lastCheck >= 4096 && p.ctx != nil {
			// a long line: look at the context every 4,096 tokens too
			lastCheck = i
			if p.err = p.ctx.Err(); p.err != nil {
				return
			}
		}
		if i == 0 || p.toks[i].nl() {
			if p.ctx != nil && p.ctx.Err() != nil {
				p.err = p.ctx.Err()
				return
			}
			lineEnd = p.nextLine(i)
		}
		p.hi = lineEnd
		if !p.canStart(i) {
			// on to the next token that can start an expression, within
			// the line and before the next look at the context: a word
			// or a sign no expression starts at is stepped over here (as
			// canStart would turn it away), a word that may start one is
			// for canStart
			// (at least one token on: with no context lastCheck stays 0,
			// and past its 4,096 tokens the bound is behind i)
			i = nextFlagged(p.flags, i+1, max(i+1, min(lineEnd, lastCheck+4096)), byte(starts))
			continue
		}
		c := p.matchStart(i)
		if c == nil || c.j <= i {
			i++
			continue
		}
		j := c.j
		p.emit(c)
		i = j
	}
}

// nextLine is the first token after token i that starts a line (the end
// of i's line), len(p.toks) when none does.
func (p *parser) nextLine(i int) int {
	return nextFlagged(p.flags, i+1, len(p.toks), byte(tNL))
}

// canStart reports whether an expression can start at token i: a number,
// a word of the lexicon that starts the grammar's expressions, or a word or
// sign that starts a rule of the rule files.
//
// At a word the built-in grammar is not tried at (grammarAt), only the
// rules of the rule files can match (rangeExpr needs a number or a word
// of a class there): it can start one when a rule starting at the word
// applies and has its need met, the rules ruleCands tries.
func (p *parser) canStart(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case kPunct:
		return p.signStarts(i)
	case kWord:
		if !p.wordStarts(t) {
			return false
		}
		return p.grammarAt(t.e, i) || p.rulesMayApply(t.e.rules, i)
	}
	return true
}

// grammarAt reports whether match tries the built-in grammar at word
// token i, of entry e: a word of a class, or a start word, except a
// known one before a word outside the vocabulary (knownNextWords) and
// one of nextWords before a word other than its own.
func (p *parser) grammarAt(e *entry, i int) bool {
	return e.class != cWord || e.start && !(e.known && p.unknownNext(i)) && (e.next == nil || p.nextOK(e, i))
}

// nextOK reports whether the word after token i on its line passes the
// test of e, a word of nextWords.
func (p *parser) nextOK(e *entry, i int) bool {
	if p.noSkip {
		return true
	}
	n := p.e(i + 1)
	return n != nil && e.next(n)
}

// wordStarts reports whether an expression can start at word token t.
func (p *parser) wordStarts(t *token) bool {
	return t.e != nil && (t.e.opens || !p.timeML && t.e.ruled)
}

// signStarts reports whether a rule of the rule files starts at sign
// token i (a dash).
func (p *parser) signStarts(i int) bool {
	return !p.timeML && dashStart(p.raw(i)) && len(rules.byWord[p.raw(i)]) > 0
}

// emit appends c to the output. It reads c by address and leaves it as
// it is (c is match's remembered cand): the value and anchor it settles
// are its own.
func (p *parser) emit(c *cand) {
	val, anchor := c.val, c.anchor
	if c.rel && !p.hasRef && anchor == "" {
		val = ""
		anchor = anchorNone
	}
	if anchor == "" {
		if c.rel {
			anchor = p.refLabel
		} else {
			anchor = anchorText
		}
	}
	if val != "" && c.y > 0 && c.typ != "DURATION" && c.typ != "SET" && !c.noCtx {
		p.ctxYear = c.y
		p.ctxMonth, p.ctxDay = c.m, 0
		if c.gran == "day" || c.typ == "TIME" {
			p.ctxDay = c.d
		}
		p.ctxValue, p.ctxGran, p.ctxTok = val, c.gran, c.j
	}
	s, e := int(p.toks[c.i].start), int(p.toks[c.j-1].end)
	p.out = append(p.out, doc.Time{
		Start: s, End: e, Text: p.text[s:e], Type: c.typ, Value: val, Granularity: c.gran,
		Rule: c.rule, Anchor: anchor, Mod: c.mod, Duration: c.dur,
	})
}

// ---- token accessors -------------------------------------------------

// unknownNext reports an ASCII word outside the vocabulary right after
// token i on its line (see knownNextWords). Its lower-case form is what
// the tokenizer looked up, so no comparison of a token's form or its
// lower-cased text with a vocabulary word can hold for it.
func (p *parser) unknownNext(i int) bool {
	if p.noSkip || i+1 >= p.hi {
		return false
	}
	t := &p.toks[i+1]
	return t.kind == kWord && t.e == nil && t.ascii()
}

func (p *parser) in(i int) bool { return i >= 0 && i < p.hi }

// w returns the lexicon form of word token i, or "".
func (p *parser) w(i int) string {
	if !p.in(i) {
		return ""
	}
	return p.toks[i].lwf()
}

func (p *parser) e(i int) *entry {
	if !p.in(i) {
		return nil
	}
	return p.toks[i].e
}

func (p *parser) class(i int) int {
	if e := p.e(i); e != nil {
		return int(e.class)
	}
	return -1
}

func (p *parser) isNum(i int) bool { return p.in(i) && p.toks[i].kind == kNum }

func (p *parser) isWord(i int) bool { return p.in(i) && p.toks[i].kind == kWord }

func (p *parser) punct(i int, c string) bool {
	return p.in(i) && p.toks[i].kind == kPunct && p.text[p.toks[i].start:p.toks[i].end] == c
}

// adj reports whether token i directly follows token i-1 (no space).
func (p *parser) adj(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].start == p.toks[i-1].end
}

func (p *parser) raw(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

// prevWord returns the lexicon form of the token before i on any line.
func (p *parser) prevW(i int) string {
	if i <= 0 {
		return ""
	}
	return p.toks[i-1].lwf()
}

// isHyphen reports a hyphen-like punctuation token.
func (p *parser) isHyphen(i int) bool {
	if !p.in(i) || p.toks[i].kind != kPunct {
		return false
	}
	s := p.raw(i)
	return s == "-" || s == "‐" || s == "‑"
}

func (p *parser) isDash(i int) bool {
	if !p.in(i) || p.toks[i].kind != kPunct {
		return false
	}
	s := p.raw(i)
	return s == "-" || s == "–" || s == "—" || s == "~"
}

// inURL reports whether token i sits in a white-space-free chunk that looks
// like a URL or an e-mail address.
func (p *parser) inURL(i int) bool {
	s, e := int(p.toks[i].start), int(p.toks[i].end)
	for s > 0 && !isSpace(p.text[s-1]) {
		s--
	}
	for e < len(p.text) && !isSpace(p.text[e]) {
		e++
	}
	chunk := p.text[s:e]
	if len(chunk) < 12 || !strings.ContainsAny(chunk, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return false
	}
	return strings.Contains(chunk, "://") || strings.Contains(chunk, "www.") || strings.Contains(chunk, "@") ||
		strings.Count(chunk, "/") >= 2
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// ---- the grammar -------------------------------------------------------

// match finds the longest expression starting at token i and writes it
// to *best, the caller's (the memo's slot): a cand is 176 bytes, and
// returning one copied it on every try, found or not. It reports whether
// it found one; *best is left zero when not.
func (p *parser) match(i int, best *cand) bool {
	*best = cand{}
	found := false
	var c cand // what the functions that write to a cand find (calendar, ...)
	// try keeps c when it is longer than best (or as long and starting
	// earlier). The calls below read a cand only when their function
	// found one: most fail, and a cand is large to copy.
	try := func(c cand) {
		if c.j > i && (!found || c.j > best.j || c.j == best.j && c.i < best.i) {
			*best, found = c, true
		}
	}
	tryRange := func() {
		if weak, ok := p.timeRange(i, &c); ok {
			if weak {
				e := c
				p.extend(&e)
				if e.j > c.j {
					try(e)
				}
				return
			}
			try(c)
		}
	}
	t := &p.toks[i]
	if t.kind == kPunct {
		// a rule starting with a dash or a sign
	} else if t.kind == kNum {
		tryRange()
		// weekExpr, iso, numericDate and quarter only where what touches
		// the number lets them start (numAdjacent)
		word, sign := p.numAdjacent(i)
		if word {
			if p.weekExpr(i, &c) {
				try(c)
			}
		}
		if sign {
			if p.iso(i, &c) {
				try(c)
			}
			if p.numericDate(i, &c) {
				try(c)
			}
		}
		if p.compact(i, &c) {
			try(c)
		}
		if p.calendar(i, &c) {
			try(c)
		}
		if p.clock(i, &c) {
			try(c)
		}
		if p.duration(i, &c) {
			try(c)
		}
		if word || t.nd == 4 {
			if p.quarter(i, &c) {
				try(c)
			}
		}
	} else if e := t.e; p.grammarAt(e, i) {
		switch e.class {
		case cMonth, cWeekday, cSeason:
			if e.class == cWeekday {
				if p.weekdayOfWeek(i, &c) {
					try(c)
				}
			}
			if e.class == cMonth {
				if p.compact(i, &c) {
					try(c)
				}
			}
			if p.calendar(i, &c) {
				try(c)
			}
			if p.relative(i, &c) {
				try(c)
			}
			if p.set(i, &c) {
				try(c)
			}
		case cOrdinal:
			if p.weekExpr(i, &c) {
				try(c)
			}
			if p.calendar(i, &c) {
				try(c)
			}
			if p.quarter(i, &c) {
				try(c)
			}
		case cNumWord:
			tryRange()
			if p.duration(i, &c) {
				try(c)
			}
			if p.clock(i, &c) {
				try(c)
			}
			if p.calendar(i, &c) {
				try(c)
			}
		case cUnit:
			if p.weekExpr(i, &c) {
				try(c)
			}
			if p.duration(i, &c) {
				try(c)
			}
			if p.relative(i, &c) {
				try(c)
			}
			if p.clock(i, &c) {
				try(c)
			}
		case cDaypart:
			if p.clock(i, &c) {
				try(c)
			}
			if p.dayPart(i, &c) {
				try(c)
			}
		case cHoliday:
			if p.holiday(i, &c) {
				try(c)
			}
		default:
			// each function only at the words it begins at (e.tries, weekDir, ...)
			g := e.tries
			if p.noSkip {
				g = ^uint8(0) // the tests' reference: every function
			}
			if g&tryTimeRange != 0 {
				tryRange()
			}
			if g&tryWeekExpr != 0 {
				if p.weekExpr(i, &c) {
					try(c)
				}
			}
			if e.weekDir { // weekdayOfWeek reads a word of no class so only
				if p.weekdayOfWeek(i, &c) {
					try(c)
				}
			}
			if e.dayPart { // dayPart, modified and namedYear start at their words only
				if p.dayPart(i, &c) {
					try(c)
				}
			}
			if p.cued(i, &c) {
				try(c)
			}
			if e.modified {
				if p.modified(i, &c) {
					try(c)
				}
			}
			if g&tryRelative != 0 {
				if p.relative(i, &c) {
					try(c)
				}
			}
			if g&tryDuration != 0 {
				if p.duration(i, &c) {
					try(c)
				}
			}
			if g&trySet != 0 {
				if p.set(i, &c) {
					try(c)
				}
			}
			if g&tryClock != 0 {
				if p.clock(i, &c) {
					try(c)
				}
			}
			if g&tryQuarter != 0 {
				if p.quarter(i, &c) {
					try(c)
				}
			}
			if g&tryCalendar != 0 {
				if p.calendar(i, &c) {
					try(c)
				}
			}
			if e.holiday { // holiday starts with a word of its table
				if p.holiday(i, &c) {
					try(c)
				}
			}
			if e.namedYear {
				if p.namedYear(i, &c) {
					try(c)
				}
			}
		}
	}
	if found {
		p.extend(best)
	}
	// rangeExpr and ruleCands write what they find to r: a cand returned
	// is copied out at every call, and most find nothing
	var r cand
	if p.rangeExpr(i, best, &r) && (!found || r.j > best.j) {
		*best, found = r, true
	}
	// The rule files: a composed expression longer than the grammar's, or
	// as long and starting earlier ("since [September]"), wins.
	if p.ruleCands(i, best, found && best.i == i, &r) && (!found || r.j > best.j || r.j == best.j && r.i < best.i) {
		*best, found = r, true
	}
	if found && best.mod == "" && best.typ != "DURATION" && best.typ != "SET" {
		// "2018 or later", "1/1/2016 and after": the time and what follows it
		if c := p.w(best.j); (c == "or" || c == "and") && (p.w(best.j+1) == "later" || p.w(best.j+1) == "after" || p.w(best.j+1) == "greater") {
			best.mod = "ON_OR_AFTER"
		}
	}
	return found
}

// numAdjacent reports whether a word, or a sign, touches number token i
// on its line (no space between); with the tests' noSkip, both. It gates
// match's tries at a number, each read from its function's first tests
// there:
//   - weekExpr ("3rd week of May") needs an ordinal, a number with its
//     suffix word touching it (ordinal): the number's other starts ("the",
//     "w/c", "last", "week") are words;
//   - iso ("2024-06-02") and numericDate ("5/12/2020") need a sign
//     touching it ("-", ".", "/");
//   - quarter needs four digits (yearNum: "2019 Q1") or an ordinal ("3rd
//     quarter of 2019"); "Q1" and "the" are words.
func (p *parser) numAdjacent(i int) (word, sign bool) {
	if p.noSkip {
		return true, true
	}
	if !p.in(i+1) || !p.adj(i+1) {
		return false, false
	}
	k := p.toks[i+1].kind
	return k == kWord, k == kPunct
}

// bounds returns the first day and the day after the last of a calendar
// value ("2016" -> 2016-01-01, 2017-01-01), or the value itself for a
// time of day.
func bounds(c cand) (string, string, bool) {
	v := c.val
	if v == "" || strings.ContainsAny(v, "X/") || strings.HasSuffix(v, "_REF") {
		return "", "", false
	}
	if strings.Contains(v, "T") {
		return v, v, c.typ == "TIME" && !strings.HasSuffix(v, "MO") && !strings.HasSuffix(v, "AF") && !strings.HasSuffix(v, "EV") && !strings.HasSuffix(v, "NI")
	}
	switch c.gran {
	case "day":
		if c.y == 0 {
			return "", "", false
		}
		t := date(c.y, c.m, c.d)
		return fmtDay(t), fmtDay(t), true
	case "month":
		t := date(c.y, c.m, 1)
		return fmtDay(t), fmtDay(t.AddDate(0, 1, 0)), true
	case "year":
		t := date(c.y, 1, 1)
		return fmtDay(t), fmtDay(t.AddDate(1, 0, 0)), true
	}
	return "", "", false
}

// rangeExpr joins "from X to Y", "between X and Y", "X through Y", "X - Y"
// into one interval "START/END": the first day of X to the first day of
// Y ("between 2007 and 2009" is 2007-01-01/2009-01-01). An end may borrow
// what it leaves out from the other: "April 9th through 17th", "from the
// ninth till the seventeenth of April", "Jan-Feb 2017". TimeML (and
// MEANTIME) tags "from 2009 to 2011" and "between April and June" as two
// dates, so two years, or two months, each complete in itself stay apart.
// The interval is written to *out (left as it was when there is none).
func (p *parser) rangeExpr(i int, first, out *cand) bool {
	if first.ntt > 0 {
		return false
	}
	lead := p.w(i)
	k0 := i + 1
	if lead != "from" && lead != "between" {
		lead, k0 = "", i
		// Cheap guards: a range without a lead needs a joining word
		// after its first end, or starts with a day number or a month.
		if first.j > i {
			if !p.joinAt(first.j, false) {
				return false
			}
		} else if c := p.class(i); !p.isNum(i) && c != cOrdinal && c != cMonth && c != cNumWord {
			return false
		}
	}
	// the ends are joined after the first one, on the line: a word or
	// sign that joins them must come (rangeEnd is dear, and most tries
	// at "from" and at a number have none)
	if !p.joinAhead(i, lead == "between") {
		return false
	}
	var x, y cand
	if !p.rangeEnd(k0, &x) {
		return false
	}
	k := x.j
	if !p.joinAt(k, lead == "between") {
		return false
	}
	if !p.rangeEnd(k+1, &y) || x.typ != "DATE" || y.typ != "DATE" || x.gran == "dayonly" && y.gran == "dayonly" {
		return false
	}
	if lead == "" && (x.gran == "year" && y.gran == "year" || x.gran == "dayonly" && !p.isNum(x.i)) {
		return false
	}
	if lead == "" && p.isDash(k) && !p.adj(k) && x.gran != y.gran {
		return false
	}
	if x.gran == y.gran && (x.gran == "year" || x.gran == "month") && x.rel == y.rel {
		return false // TimeML keeps "from 2009 to 2011" two dates
	}
	x, y, ok := p.fillEnds(x, y)
	if !ok {
		return false
	}
	a, _, okA := bounds(x)
	b, _, okB := bounds(y)
	if !okA || !okB || b <= a {
		return false
	}
	val := a + "/" + b
	if !p.timeML && x.gran == y.gran && (x.gran == "month" || x.gran == "day" || x.gran == "year") {
		// dossier's convention (the answer keys' README): the interval of
		// its two ends as they are written, "between March and November
		// 2024" = 2024-03/2024-11, as the rule files join them
		val = x.val + "/" + y.val
	}
	*out = cand{i: i, j: y.j, typ: "DATE", val: val, gran: "interval", rule: "range(" + x.rule + "," + y.rule + ")", rel: x.rel || y.rel}
	return true
}

// rangeJoins are the words that join the two ends of a range ("from 5
// to 6 pm", "May 5 until May 9"), as a dash does, and "and" after
// "between".
var rangeJoins = []string{"to", "till", "until", "through", "thru", "til"}

// joinAt reports a word or sign at token k that joins the ends of a
// range ("and" too when and is set).
func (p *parser) joinAt(k int, and bool) bool {
	if e := p.e(k); e != nil {
		return e.join || and && e.word == "and"
	}
	return p.isDash(k)
}

// joinAhead reports a word or sign that joins the ends of a range
// (joinAt) at token k or after it on its line. The last scan is
// remembered: a scan from k holds for every token up to the join it
// found, so a line is read about once.
func (p *parser) joinAhead(k int, and bool) bool {
	m := &p.joinMemo
	if !(m.set && m.hi == p.hi && m.and == and && m.from <= k && k <= m.at) {
		at := k
		for ; at < p.hi; at++ {
			if t := &p.toks[at]; t.e != nil && (t.e.join || and && t.e.word == "and") || t.kind == kPunct && p.isDash(at) {
				break
			}
		}
		*m = joinMemo{set: true, from: k, at: at, hi: p.hi, and: and}
	}
	return m.at < p.hi
}

// joinMemo is joinAhead's last scan: from token from on a line ending at
// token hi, the first join is at token at (hi for none).
type joinMemo struct {
	set          bool
	from, at, hi int
	and          bool
}

// rangeEnd reads one end of a range of dates: a date, or a day of the
// month alone ("17th", "the third") as gran "dayonly", or now/today. The
// end is written to *out, as calendar does.
func (p *parser) rangeEnd(k int, out *cand) bool {
	c := out
	ok := p.bound(k, c)
	if !ok {
		// "Jan" alone before "-Feb": an abbreviated month starts a range.
		if e := p.e(k); e != nil && e.class == cMonth && p.toks[k].cap() && (p.isDash(k+1) || p.w(k+1) == "to") && p.class(k+2) == cMonth {
			p.monthOnly(k, k+1, e.val, "month", c)
			ok = true
		}
	}
	if ok && c.typ == "DATE" && c.val == "PRESENT_REF" && p.hasRef {
		*c = p.dayCand(c.i, c.j, p.refDay(), "now")
	}
	j := k
	if p.w(j) == "the" {
		j++
	}
	if d, j2, okd := p.dayNum(j); okd && (!ok || c.j <= j2) && !(j > 0 && p.adj(j) && (p.punct(j-1, "/") || p.punct(j-1, "."))) {
		if p.w(j2) == "of" && p.class(j2+1) == cMonth {
			return ok
		}
		if p.class(j2) == cMonth || p.punct(j2, "/") || p.punct(j2, ":") || p.punct(j2, ".") && p.isNum(j2+1) {
			return ok
		}
		*out = cand{i: k, j: j2, typ: "DATE", gran: "dayonly", d: d, rule: "day"}
		return true
	}
	return ok
}

// fillEnds completes one end of a range from the other and puts the ends
// of a range given without a year in order ("from November to March").
func (p *parser) fillEnds(x, y cand) (cand, cand, bool) {
	explicit := func(c cand) bool { return !c.rel }
	switch {
	case y.gran == "dayonly":
		if x.gran != "day" || x.y == 0 {
			return x, y, false
		}
		yy, m := x.y, x.m
		if y.d < x.d {
			yy, m = addMonths(yy, m, 1)
		}
		if !validDate(yy, m, y.d) {
			return x, y, false
		}
		y = p.dayCand(y.i, y.j, date(yy, m, y.d), "day")
		y.rel = x.rel
	case x.gran == "dayonly":
		if y.gran != "day" || y.y == 0 {
			return x, y, false
		}
		yy, m := y.y, y.m
		if x.d > y.d {
			yy, m = addMonths(yy, m, -1)
		}
		if !validDate(yy, m, x.d) {
			return x, y, false
		}
		x = p.dayCand(x.i, x.j, date(yy, m, x.d), "day")
		x.rel = y.rel
	case x.rel && !explicit(x) && explicit(y) && (x.gran == "month" || x.gran == "day") && x.m > 0 && y.y > 0:
		// "Jan-Feb 2017", "from May to Oct 2020", "Nov-Feb 5th, 2017"
		yy := y.y
		if x.m > y.m || x.m == y.m && x.d > y.d {
			yy--
		}
		x = p.rebase(x, yy)
		x.rel = false // its year is the text's, not the publication date's
	case x.rel && y.rel && mdRule[x.rule] && mdRule[y.rule] && x.y > 0:
		yy := x.y
		if y.m < x.m || y.m == x.m && y.d < x.d {
			yy++
		}
		y = p.rebase(y, yy)
	}
	return x, y, true
}

// mdRule names the rules of a month, or a month and day, given without a
// year.
var mdRule = map[string]bool{"month": true, "month-day": true, "day-month": true, "numeric-month-day": true,
	"compact-month-day": true}

// rebase moves a month or a month and day to year yy.
func (p *parser) rebase(c cand, yy int) cand {
	if c.m == 0 {
		return c
	}
	if c.gran == "month" {
		c.y, c.val = yy, fmtMonth(yy, c.m)
		return c
	}
	if c.gran == "day" && validDate(yy, c.m, c.d) {
		c.y, c.val = yy, fmtYMD(yy, c.m, c.d)
	}
	return c
}

// longest keeps in *best the longest of the cands it is given (the first
// of equal length); found says whether it was given one. longestOf
// calls its functions one by one through it.
type longest struct {
	best  *cand
	found bool
}

func (l *longest) keep(c *cand) {
	if !l.found || c.j > l.best.j {
		*l.best, l.found = *c, true
	}
}

// bound reads one end of a range, written to *out, as calendar does.
func (p *parser) bound(k int, out *cand) bool {
	if !p.in(k) || !p.longestOf(boundGrams, k, out) {
		return false
	}
	p.extend(out)
	return true
}

// gram names a grammar function, so that the places reading "the longest
// of these at k" (bound, cueTarget) list theirs as data.
type gram uint8

const (
	gCalendar gram = iota
	gRelative
	gQuarter
	gClock
	gHoliday
	gModified
	gNumericDate
	gISO
	gCompact
)

// boundGrams are what a range's end may be, in the order tried (the
// first of equal length wins).
var boundGrams = []gram{gCalendar, gRelative, gClock, gISO, gNumericDate, gCompact}

// apply runs the grammar function g at k, writing what it finds to *c:
// a switch of direct calls, so c stays on the caller's stack.
func (p *parser) apply(g gram, k int, c *cand) bool {
	switch g {
	case gCalendar:
		return p.calendar(k, c)
	case gRelative:
		return p.relative(k, c)
	case gQuarter:
		return p.quarter(k, c)
	case gClock:
		return p.clock(k, c)
	case gHoliday:
		return p.holiday(k, c)
	case gModified:
		return p.modified(k, c)
	case gNumericDate:
		return p.numericDate(k, c)
	case gISO:
		return p.iso(k, c)
	case gCompact:
		return p.compact(k, c)
	}
	return false
}

// longestOf writes to *out the longest time the grammar functions gs find
// at k (the first of equal length), a cand copied only when found.
func (p *parser) longestOf(gs []gram, k int, out *cand) bool {
	l := longest{best: out}
	var c cand // the functions that write what they find
	for _, g := range gs {
		if p.apply(g, k, &c) {
			l.keep(&c)
		}
	}
	return l.found
}

// extend joins a date and a following or preceding time of day:
// "Friday afternoon", "tomorrow 8:00am", "tonight at 2am", "Monday 3-8",
// "15:00 GMT Saturday", "3:00 to 4:00 tomorrow".
func (p *parser) extend(c *cand) {
	p.withDaypart(c)
	if _, _, ok := dayOf(c); ok {
		var t cand
		if p.timeAt(c.j, &t) && !(strings.HasSuffix(c.rule, "+daypart") && p.w(c.j) == "at" && t.ntt == 1) {
			// TimeML keeps "Sunday night" and "at 8 PM" apart.
			*c = p.onDay(t, *c, c.i, t.j, c.rule+"+clock")
			return
		}
	}
	if c.ntt > 0 {
		k := c.j
		if p.w(k) == "on" || p.w(k) == "of" || p.punct(k, ",") {
			k++
		}
		if d, ok := p.dayAt(k); ok {
			*c = p.onDay(*c, d, c.i, d.j, c.rule+"+date")
		}
	}
}

// withDaypart joins a day and the part of day after it: "Friday
// afternoon", "tomorrow morning", "yesterday evening".
func (p *parser) withDaypart(c *cand) {
	if c.typ == "DATE" && c.gran == "day" && p.class(c.j) == cDaypart {
		dp := p.e(c.j).val
		c.j++
		c.typ, c.gran, c.rule = "TIME", "daypart", c.rule+"+daypart"
		if c.val != "" {
			c.val += "T" + daypartCode[dp]
		}
	}
}

// dayAt reads a day, or a day with a part of day, at k.
func (p *parser) dayAt(k int) (cand, bool) {
	if !p.in(k) {
		return cand{}, false
	}
	var best cand
	found := false
	keep := func(c cand) { // called as in bound
		if !found || c.j > best.j {
			w := c
			p.withDaypart(&w)
			if _, _, ok := dayOf(&w); ok {
				best, found = c, true
			}
		}
	}
	var c cand // the functions that write what they find
	if p.calendar(k, &c) {
		keep(c)
	}
	if p.relative(k, &c) {
		keep(c)
	}
	if p.holiday(k, &c) {
		keep(c)
	}
	if p.numericDate(k, &c) {
		keep(c)
	}
	if p.iso(k, &c) {
		keep(c)
	}
	if p.compact(k, &c) {
		keep(c)
	}
	if !found {
		return cand{}, false
	}
	p.withDaypart(&best)
	return best, true
}

// ---- tense ---------------------------------------------------------------

// tense looks around tokens [i, j) in the same sentence for the nearest
// past or future marker: +1 future, -1 past, 0 none. Strong markers
// (will, due, was, ago, irregular past forms) win over weak ones (a word in
// -ed, "to" before a verb); among markers of one strength the nearest wins.
func (p *parser) tense(i, j int) int {
	const window = 14
	strong, strongDist := 0, 1<<30
	weak, weakDist := 0, 1<<30
	// weak markers before the expression (the clause's verb) outrank those
	// after it ("signed a treaty on Wednesday, pledging to help ...")
	after := false
	weakAfter, weakAfterDist := 0, 1<<30
	look := func(k, dist int) bool {
		t := &p.toks[k]
		if t.kind == kPunct {
			s := p.raw(k)
			return !(s == "." || s == "!" || s == "?" || s == ";")
		}
		if t.kind != kWord {
			return true
		}
		v, isStrong := 0, false
		switch {
		case t.e != nil && t.e.future:
			v, isStrong = 1, true
		case t.e != nil && t.e.past:
			v, isStrong = -1, true
		case t.end-t.start >= 5 && strings.HasSuffix(p.raw(k), "ed") && !notPastEd[t.lwf()]:
			v = -1
		case t.end-t.start >= 6 && p.text[t.start] >= 0x80:
			v = cyrillicTense(p.lowerRaw(k)) // "встретятся", "заявил"
		case t.lwf() == "to" && k+1 < len(p.toks) && p.toks[k+1].kind == kWord && !p.toks[k+1].cap():
			n := &p.toks[k+1]
			if n.lwf() == "be" || (n.e == nil && !strings.HasSuffix(p.raw(k+1), "ed") && !strings.HasSuffix(p.raw(k+1), "ing")) {
				v = 1
			}
		}
		if v == 0 {
			return true
		}
		if isStrong {
			if dist < strongDist {
				strong, strongDist = v, dist
			}
		} else if after {
			if dist < weakAfterDist {
				weakAfter, weakAfterDist = v, dist
			}
		} else if dist < weakDist {
			weak, weakDist = v, dist
		}
		return true
	}
	for k, d := i-1, 1; k >= 0 && d <= window; k, d = k-1, d+1 {
		if p.toks[k+1].nl() || !look(k, d) {
			break
		}
	}
	after = true
	before := strong != 0 || weak != 0
	for k, d := j, 1; k < len(p.toks) && d <= window; k, d = k+1, d+1 {
		if p.toks[k].nl() && k > j {
			break
		}
		if (before || strong != 0 || weakAfter != 0) && p.punct(k, ",") {
			// "disbanded after the veto in March, no body will": the
			// clause's own verb rules
			break
		}
		if !look(k, d) {
			break
		}
	}
	if strong != 0 {
		return strong
	}
	if weak != 0 {
		return weak
	}
	return weakAfter
}

// notPastEd are words in -ed that are not past forms.
var notPastEd = map[string]bool{"indeed": true, "proceed": true, "exceed": true, "succeed": true, "speed": true,
	"breed": true, "embed": true, "hundred": true, "bed": true, "red": true, "shed": true}

// ---- numbers ---------------------------------------------------------------

// groupedNumber reports whether number token i is part of "13,221",
// "3.5" or a longer digit run with separators.
func (p *parser) groupedNumber(i int) bool {
	if i > 1 && p.adj(i) && p.toks[i-1].kind == kPunct && p.adj(i-1) && p.toks[i-2].kind == kNum {
		s := p.raw(i - 1)
		if s == "," || s == "." {
			return true
		}
	}
	if i+2 < len(p.toks) && p.adj(i+1) && p.toks[i+1].kind == kPunct && p.adj(i+2) && p.toks[i+2].kind == kNum {
		s := p.raw(i + 1)
		if (s == "," || s == ".") && p.toks[i+2].nd == 3 {
			return true
		}
		if s == "." {
			return true
		}
	}
	return false
}

// dayNum reads a day of month: "18", "4th", "02nd", "first".
func (p *parser) dayNum(i int) (int, int, bool) {
	if p.isNum(i) {
		t := &p.toks[i]
		if t.nd > 2 || t.n < 1 || t.n > 31 || p.groupedNumber(i) {
			return 0, 0, false
		}
		if i > 0 && p.toks[i-1].kind == kPunct && (p.raw(i-1) == "$" || p.raw(i-1) == "€" || p.raw(i-1) == "£") {
			return 0, 0, false // "$12 December 27"
		}
		j := i + 1
		if p.isWord(j) && p.adj(j) {
			switch p.w(j) {
			case "th", "st", "nd", "rd":
				j++
			default:
				return 0, 0, false
			}
		}
		if p.punct(j, ":") && p.adj(j) || p.punct(j, "%") {
			return 0, 0, false
		}
		return int(t.n), j, true
	}
	if e := p.e(i); e != nil && e.class == cOrdinal && e.val <= 31 {
		// "twenty first" is not handled; "the first of May" is.
		return e.val, i + 1, true
	}
	if e := p.e(i); e != nil && e.class == cNumWord && (e.val == 20 || e.val == 30) && p.isHyphen(i+1) {
		if o := p.e(i + 2); o != nil && o.class == cOrdinal && o.val < 10 {
			return e.val + o.val, i + 3, true
		}
	}
	return 0, 0, false
}

// yearNum reads a year: "2014", "'19" (only when short is set).
func (p *parser) yearNum(i int, short bool) (int, int, bool) {
	if p.isNum(i) {
		t := &p.toks[i]
		if t.nd == 4 && t.n >= 1000 && t.n <= 2199 && !p.groupedNumber(i) {
			return int(t.n), i + 1, true
		}
		return 0, 0, false
	}
	if short && (p.punct(i, "'") || p.punct(i, "’")) && p.isNum(i+1) && p.adj(i+1) && p.toks[i+1].nd == 2 {
		n := int(p.toks[i+1].n)
		if n < 50 {
			return 2000 + n, i + 2, true
		}
		return 1900 + n, i + 2, true
	}
	return 0, 0, false
}

// numberWord reads a cardinal: digits, "three", "twenty-five", "a", "an".
func (p *parser) numberWord(i int) (int, int, bool) {
	if p.isNum(i) {
		t := &p.toks[i]
		if p.groupedNumber(i) || t.nd > 4 {
			return 0, 0, false
		}
		return int(t.n), i + 1, true
	}
	e := p.e(i)
	if e == nil {
		return 0, 0, false
	}
	if e.class == cNumWord {
		n := e.val
		j := i + 1
		if n >= 20 && n < 100 && n%10 == 0 {
			k := j
			if p.isHyphen(k) {
				k++
			}
			if e2 := p.e(k); e2 != nil && e2.class == cNumWord && e2.val < 10 && e2.val > 0 {
				n += e2.val
				j = k + 1
			}
		}
		return n, j, true
	}
	return 0, 0, false
}
