// Package meta owns reading an article's metadata from its own text: the
// headline, the publication date (header lines, datelines, container
// metadata), the credited agency or outlet, the byline and the language.
// It is pure: text in, values out, each with the rule that produced it. It
// never invents a value: what the text does not support stays "".
package meta

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-osint/dossier/internal/doc"
)

// Para is a paragraph of the article in reading order, with the kind the
// cleaner gave it (doc.KindTitle, doc.KindHeader, doc.KindBody,
// doc.KindCaption, doc.KindCredit).
type Para struct {
	Text string
	Kind string
	// Note is why the cleaner gave the kind ("masthead", "byline",
	// "section and outlet"), or "".
	Note string
	// Header, when not nil, is SplitHeader(Text) as the cleaner already
	// read it, so that it is not read again.
	Header *Header
}

// header is SplitHeader(p.Text), taken from p.Header when the cleaner
// gave it.
func (p Para) header() (Header, bool) {
	if p.Header != nil {
		return *p.Header, true
	}
	return SplitHeader(p.Text)
}

// NoteMasthead marks the credit paragraph that is the outlet's masthead.
const NoteMasthead = "masthead"

// Container is what the container (JSON Lines fields, HTML metadata) states.
type Container struct {
	Title, Published, Credit, SiteName, Byline, Lang string
}

// Info is the metadata found, with the rules used.
type Info struct {
	Published     string // YYYY-MM-DD or ""
	PublishedTime string // YYYY-MM-DDTHH:MM:SS when a time of day is given
	DateRule      string
	Credit        string
	CreditRule    string
	Byline        string
	Lang          string
}

// Date rules.
const (
	DateContainer    = "container"
	DateHeader       = "header-line"
	DateDateline     = "dateline"
	DateDatelineYear = "dateline+year-of-text-dates"
	// DateDatelineAfter: a yearless dateline placed on the first such day
	// after the latest month the text reports events in.
	DateDatelineAfter = "dateline+year-after-text-dates"
	// DateDatelineHeader: a yearless dateline dated by an update line.
	DateDatelineHeader = "dateline+year-of-header"
	CreditHeaderLine   = "header-line"
	CreditContainer    = "container"
	CreditDateline     = "dateline"
	CreditSourceLine   = "source-line"
	CreditEndOfText    = "end-of-text"
	CreditAuthorBio    = "author-bio"
	CreditBylineOut    = "byline-outlet"
	CreditCopyright    = "copyright"
	CreditSiteName     = "site-name"
	CreditLead         = "lead-agency"
	CreditMasthead     = "masthead"
	// CreditHeaderName: a plain name on a date line, taken for the outlet
	// only when nothing else names one.
	CreditHeaderName  = "header-line-name"
	CreditRepublished = "republished"
	// CreditToldOutlet: the outlet the opening paragraphs say a source
	// told ("a source told Example News", "Example News has learned"),
	// taken only when nothing else names one.
	CreditToldOutlet = "told-outlet"
)

// Analyze reads the metadata of an article from its paragraphs, preferring
// what the container states.
func Analyze(paras []Para, c Container) Info {
	var info Info
	lead := &leadLine{paras: paras}
	info.Published, info.PublishedTime, info.DateRule = publication(paras, c, lead)
	info.Credit, info.CreditRule, info.Byline = credit(paras, c, lead)
	// the body and title text, as far as Lang reads it
	n := 0
	for _, p := range paras {
		if (p.Kind == doc.KindBody || p.Kind == doc.KindTitle) && n < langBytes {
			n += len(p.Text) + 1
		}
	}
	// in a buffer kept for the next article: Lang returns a code of its
	// own, nothing of the text
	buf := langBufs.Get().(*[]byte)
	b := slices.Grow((*buf)[:0], n)
	for _, p := range paras {
		if (p.Kind == doc.KindBody || p.Kind == doc.KindTitle) && len(b) < langBytes {
			b = append(b, p.Text...)
			b = append(b, '\n')
		}
	}
	info.Lang = Lang(unsafe.String(unsafe.SliceData(b), len(b)))
	if cap(b) <= langBufMax {
		*buf = b
		langBufs.Put(buf)
	}
	if info.Lang == "" {
		info.Lang = strings.ToLower(strings.TrimSpace(c.Lang))
		if i := strings.IndexAny(info.Lang, "-_"); i > 0 {
			info.Lang = info.Lang[:i]
		}
	}
	return info
}

// langBufs are Analyze's buffers of the text Lang reads.
var langBufs = sync.Pool{New: func() any { return new([]byte) }}

// langBufMax is the room of the longest buffer kept in langBufs: the
// text Lang reads and a paragraph past it.
const langBufMax = 4 * langBytes

func firstBody(paras []Para) (int, bool) {
	for i, p := range paras {
		if p.Kind == doc.KindBody || p.Kind == doc.KindDateline {
			return i, true
		}
	}
	return -1, false
}

// leadLine is the first body paragraph and its dateline, read once for
// the date and the credit rules that both ask.
type leadLine struct {
	paras []Para
	done  bool
	i     int // index of the first body paragraph
	ok    bool
	dl    Dateline
	dlOK  bool
}

// get returns the lead paragraph and its dateline: the first of the
// first leadReach body paragraphs that opens with a dateline (a
// standfirst, a photo code or a caption the cleaner kept may stand
// before it), else the first body paragraph, without one.
func (l *leadLine) get() (i int, ok bool, dl Dateline, dlOK bool) {
	if !l.done {
		l.done = true
		if l.i, l.ok = firstBody(l.paras); l.ok {
			n := 0
			for j := l.i; j < len(l.paras) && n < leadReach; j++ {
				if k := l.paras[j].Kind; k != doc.KindBody && k != doc.KindDateline {
					continue
				}
				n++
				if d, ok := FindDateline(l.paras[j].Text); ok {
					l.i, l.dl, l.dlOK = j, d, true
					break
				}
			}
		}
	}
	return l.i, l.ok, l.dl, l.dlOK
}

// leadReach is how many body paragraphs from the top get reads for the
// dateline.
const leadReach = 4

func publication(paras []Para, c Container, lead *leadLine) (day, dayTime, rule string) {
	if c.Published != "" {
		if d, t, ok := ParseDate(c.Published); ok {
			return d, t, DateContainer
		}
	}
	// Header lines: an explicit publication label beats a bare date, which
	// beats an update; the first line wins among equals.
	var hdr Header
	found := false
	var hdrDates []time.Time
	for _, p := range paras {
		if p.Kind != doc.KindHeader {
			continue
		}
		h, ok := p.header()
		if !ok {
			continue
		}
		if t, err := time.Parse("2006-01-02", h.Day); err == nil {
			hdrDates = append(hdrDates, t)
		}
		if !found || LabelRank(h.Label) > LabelRank(hdr.Label) {
			hdr, found = h, true
		}
	}
	if found && LabelRank(hdr.Label) >= LabelRank(LabelNone) {
		return hdr.Day, hdr.DayTime, DateHeader
	}
	if d, r := datelineDate(paras, hdrDates, lead); d != "" {
		return d, "", r
	}
	if found {
		return hdr.Day, hdr.DayTime, DateHeader
	}
	return "", "", ""
}

// datelineDate reads the date of the dateline opening the first body
// paragraph. A dateline without a year takes it from the header dates (the
// dateline day falls at most MaxYearGap days before one of them), else
// from the full dates of the text (ResolveDatelineYear).
func datelineDate(paras []Para, hdrDates []time.Time, lead *leadLine) (day, rule string) {
	i, ok, dl, dlOK := lead.get()
	if !ok {
		return "", ""
	}
	if !dlOK || dl.Month == 0 {
		return "", ""
	}
	if dl.Year != 0 {
		if validDate(dl.Year, dl.Month, dl.Day) {
			return formatDay(dl.Year, dl.Month, dl.Day), DateDateline
		}
		return "", ""
	}
	for _, h := range hdrDates {
		for _, y := range []int{h.Year(), h.Year() - 1} {
			if !validDate(y, dl.Month, dl.Day) {
				continue
			}
			t := time.Date(y, time.Month(dl.Month), dl.Day, 0, 0, 0, 0, time.UTC)
			if !t.After(h) && h.Sub(t) <= MaxYearGap*24*time.Hour {
				return formatDay(y, dl.Month, dl.Day), DateDatelineHeader
			}
		}
	}
	var all strings.Builder
	for j, p := range paras {
		if j == i {
			all.WriteString(paras[i].Text[len(dl.Text):])
		} else {
			all.WriteString(p.Text)
		}
		all.WriteByte('\n')
	}
	if y := ResolveDatelineYear(dl.Month, dl.Day, FullDates(all.String())); y != 0 {
		return formatDay(y, dl.Month, dl.Day), DateDatelineYear
	}
	if y := YearAfterPastDates(dl.Month, dl.Day, PastMentions(all.String())); y != 0 {
		return formatDay(y, dl.Month, dl.Day), DateDatelineAfter
	}
	return "", ""
}

// creditOrder is the order in which the credit rules are believed: the
// container first, then what the text says of its own origin (dateline,
// the agency the lead credits, a source line, a republication notice, an
// agency closing the text, an author bio), then the outlet's own name
// (masthead, header line, byline, copyright) and the site name. A byline's
// person is never a credit.
var creditOrder = []string{CreditContainer, CreditDateline, CreditLead, CreditSourceLine, CreditRepublished,
	CreditEndOfText, CreditAuthorBio, CreditMasthead, CreditHeaderLine, CreditBylineOut, CreditCopyright, CreditSiteName,
	CreditHeaderName, CreditToldOutlet}

func credit(paras []Para, c Container, ll *leadLine) (name, rule, byline string) {
	byline = strings.TrimSpace(c.Byline)
	found := map[string]string{}
	set := func(rule, v string) {
		if v = strings.TrimSpace(v); v != "" && found[rule] == "" {
			found[rule] = v
		}
	}
	set(CreditContainer, c.Credit)
	set(CreditSiteName, c.SiteName)
	var bylinePerson, reported string
	afterByline := false
	lead, hasLead, leadDL, leadDLOK := ll.get()
	underTitle := false // no body paragraph yet after the headline
	for i, p := range paras {
		// "Jane Roe · Example News": the first body paragraph under the
		// headline, with more text after it
		if p.Kind == doc.KindTitle {
			underTitle = true
		} else if underTitle && p.Kind == doc.KindBody {
			underTitle = false
			if a, o, ok := BareByline(p.Text); ok && i+1 < len(paras) {
				set(CreditBylineOut, o)
				if bylinePerson == "" {
					bylinePerson = a
				}
			}
		}
		// "By Jane Doe" then "The Example Ledger" on its own line.
		if afterByline && p.Kind == doc.KindCredit {
			if o, ok := OutletName(p.Text); ok {
				set(CreditBylineOut, o)
			}
		}
		_, _, afterByline = Byline(p.Text)
		afterByline = afterByline && (p.Kind == doc.KindCredit || p.Kind == doc.KindHeader)
		if p.Kind == doc.KindCaption {
			continue
		}
		// The masthead line the cleaner found above the text.
		if p.Kind == doc.KindCredit && p.Note == NoteMasthead {
			if o, ok := MastheadName(p.Text); ok {
				set(CreditMasthead, o)
			}
		}
		if p.Kind == doc.KindHeader {
			if h, ok := p.header(); ok {
				if h.Source {
					set(CreditRepublished, h.Outlet)
				} else if h.OutletWeak {
					set(CreditHeaderName, h.Outlet)
				} else {
					set(CreditHeaderLine, h.Outlet)
				}
				if h.Author != "" && bylinePerson == "" {
					bylinePerson = h.Author
				}
			}
		}
		if p.Kind == doc.KindCredit || p.Kind == doc.KindHeader {
			if o, ok := SectionOutlet(p.Text); ok {
				set(CreditHeaderLine, o)
			}
		}
		if p.Kind != doc.KindTitle {
			if o, ok := Republished(p.Text); ok {
				set(CreditRepublished, o)
			}
		}
		if a, o, ok := AuthorBio(p.Text); ok {
			set(CreditAuthorBio, o)
			if bylinePerson == "" {
				bylinePerson = a
			}
		}
		if p.Kind == doc.KindCredit || p.Kind == doc.KindHeader {
			if a, o, ok := Byline(p.Text); ok {
				if bylinePerson == "" {
					bylinePerson = a
				}
				set(CreditBylineOut, o)
			}
			if r := ReportedBy(p.Text); r != "" && reported == "" {
				// "Written by Jane Roe for Example News"
				if a, o, ok := strings.Cut(r, " for "); ok && looksLikeOutlet(o) && !GenericSource(o) {
					r = strings.TrimSpace(a)
					set(CreditBylineOut, knownOr(strings.TrimSpace(o)))
				}
				reported = r
			}
			if h, ok := Copyright(p.Text); ok {
				set(CreditCopyright, h)
			}
		}
		if p.Kind != doc.KindCaption && p.Kind != doc.KindTitle && found[CreditSourceLine] == "" {
			if s, ok := SourceLine(p.Text); ok {
				set(CreditSourceLine, s)
			}
		}
	}
	if byline == "" {
		byline = bylinePerson
	}
	if byline == "" {
		byline = reported
	}
	if hasLead {
		text := paras[lead].Text
		if dl, ok := leadDL, leadDLOK; ok && dl.Agency != "" {
			a := dl.Agency
			if k := knownAgency(a); k != "" {
				a = k
			}
			// "Москва. 27 июля. INTERFAX.RU -": a Latin spelling of a
			// known agency in a Cyrillic text is given in the text's
			// script, as its masthead would spell it
			if rest := text[len(dl.Text):]; isCyrillic(rest) && !isCyrillic(a) {
				if k := agencySpelling(a, true); k != "" {
					a = k
				}
			}
			// The masthead's spelling of the same agency ("Интерфакс"
			// above "INTERFAX.RU").
			if m := found[CreditMasthead]; m != "" && agencyID(m) >= 0 && agencyID(m) == agencyID(a) {
				a = m
			}
			set(CreditDateline, a)
			text = text[len(dl.Text):]
		}
		if s, ok := LeadCredit(firstParagraphEnd(text)); ok {
			set(CreditLead, s)
		} else if s, ok := LeadCreditStart(text); ok {
			set(CreditLead, s)
		} else if s, ok := creditParagraph(paras, lead); ok {
			set(CreditLead, s)
		}
		for j, n := lead, 0; j < len(paras) && n < toldReach; j++ {
			if paras[j].Kind != doc.KindBody {
				continue
			}
			n++
			if o, ok := ToldOutlet(paras[j].Text); ok {
				set(CreditToldOutlet, o)
				break
			}
		}
	}
	for i := len(paras) - 1; i >= 0; i-- {
		p := paras[i]
		if p.Kind == doc.KindCaption || p.Kind == doc.KindHeader {
			continue
		}
		if p.Kind == doc.KindTitle {
			break
		}
		if s, ok := EndCredit(p.Text); ok {
			set(CreditEndOfText, s)
			break
		}
		if p.Kind == doc.KindBody {
			break
		}
	}
	for _, r := range creditOrder {
		if v := found[r]; v != "" {
			return v, r, byline
		}
	}
	return "", "", byline
}

// creditParagraph reads a lead credit set as a paragraph of its own
// right after the lead ("Об этом сообщает РИА Новости.", "Про це
// повідомляє Укрінформ."): the next body paragraph, one short sentence.
func creditParagraph(paras []Para, lead int) (string, bool) {
	for j := lead + 1; j < len(paras); j++ {
		if paras[j].Kind != doc.KindBody {
			continue
		}
		if t := paras[j].Text; len(strings.Fields(t)) <= 12 {
			return LeadCredit(t)
		}
		return "", false
	}
	return "", false
}

// firstParagraphEnd returns the text of a lead paragraph up to its first
// paragraph break (a dateline paragraph can run on).
func firstParagraphEnd(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// IsHeadline reports whether a line reads as a headline: 3 to 30 words, at
// most 250 characters, not ending like a sentence, not a dateline, caption,
// credit or label.
func IsHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > 250 {
		return false
	}
	words := strings.Fields(line)
	if len(words) < 3 || len(words) > 30 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == '.' || last == ',' || last == ';' || last == ':' {
		// "... U.S." is still a headline; a full stop after a word is not.
		if !(last == '.' && strings.Count(words[len(words)-1], ".") > 1) {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(line)
	if unicode.IsLower(first) {
		return false
	}
	// "...and on Fridays, a meeting": an excerpt cut at its start, the
	// middle of a text, not its headline
	if strings.HasPrefix(line, "...") || strings.HasPrefix(line, "…") {
		return false
	}
	if _, ok := FindDateline(line); ok {
		return false
	}
	if ok, _ := IsCaption(line); ok {
		return false
	}
	if _, _, ok := Byline(line); ok {
		return false
	}
	if IsStaffLine(line) || IsWireCode(line) {
		return false
	}
	if _, ok := SourceLine(line); ok {
		return false
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters*2 > utf8.RuneCountInString(line)
}
