// Package clean owns turning a read document into a clean article: it splits
// the text into paragraphs (re-joining hard-wrapped plain text), finds the
// headline and the header lines (date, outlet and byline lines), drops site
// boilerplate (menus, breadcrumbs, mastheads, cookie, sign-in, comment,
// share, related-link, tag and membership blocks, browser notices, language
// switches), repeated paragraphs and captions, labels captions and credits,
// and fills the article metadata through package meta. Every dropped or
// re-labelled piece is recorded in Article.Removed with its reason.
package clean

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/meta"
	"github.com/dossier-osint/dossier/internal/rx"
	"github.com/dossier-osint/dossier/internal/swar"
)

// item is a raw paragraph on its way through cleaning.
type item struct {
	text   string
	index  int    // position among the raw paragraphs
	kind   string // doc.Kind*; "" = removed
	reason string // removal reason when kind == ""
	flags  []string
	note   string // why it was re-labelled (caption, credit)
	cut    string // a part cut off the paragraph (a title's " | Outlet")
	// cutBefore: cut stood before the text ("Outlet | " of a title)
	cutBefore bool

	// what was worked out from the text, kept for the passes after the
	// first one that asks (each is valid while text is the one it was
	// worked out from)
	low, lowOf     string // lower-cased text
	fold, foldOf   string // Fold(text)
	spaced         string // the text as split made it, which collapseSpace leaves as it is
	nWords         int
	wordsOf        string
	boiler, bpOf   string // boilerplate reason
	bpDone, wcDone bool
	// the header line meta.SplitHeader read in headerOf, which is the
	// paragraph's whole text
	header   *meta.Header
	headerOf string
	// lows is the buffer lower writes into (the run's scratch), nil for
	// an item made after split
	lows *[]byte
}

// lower is the paragraph in lower case, made once.
func (it *item) lower() string {
	if it.lowOf != it.text || it.low == "" && it.text != "" {
		it.low, it.lowOf = it.lowerOf(it.text), it.text
	}
	return it.low
}

// lowerOf is lexicon.LowerString(s), written into the run's buffer when
// the item has one: it grows by append only, so earlier strings of it
// stay as they are (bufString), and nothing returned from CleanContext
// holds one.
func (it *item) lowerOf(s string) string {
	if it.lows == nil {
		return lexicon.LowerString(s)
	}
	b := *it.lows
	start := len(b)
	b = lexicon.AppendLower(b, s)
	if low := bufString(b, start); low != s {
		*it.lows = b
		return low
	}
	return s // nothing to lower: the text itself, as LowerString gives it
}

// folded is Fold(text), made once.
func (it *item) folded() string {
	if it.foldOf != it.text || it.fold == "" && it.text != "" {
		it.fold, it.foldOf = Fold(it.text), it.text
	}
	return it.fold
}

// words is the paragraph's word count, counted once.
func (it *item) words() int {
	if !it.wcDone || it.wordsOf != it.text {
		it.nWords, it.wordsOf, it.wcDone = wordCount(it.text), it.text, true
	}
	return it.nWords
}

// boilerplate is the paragraph's boilerplate reason (see boilerplate),
// worked out once.
func (it *item) boilerplate() string {
	if !it.bpDone || it.bpOf != it.text {
		it.boiler, it.bpOf, it.bpDone = boilerplate(it.text, it.words(), it.lower), it.text, true
	}
	return it.boiler
}

// Clean turns a document into an article with clean text, paragraph kinds
// and metadata. It never fails: a document without text yields an article
// with empty text.
func Clean(d ingest.Document) *doc.Article {
	a, _ := CleanContext(context.Background(), d)
	return a
}

// CleanContext is Clean that stops when ctx is done: it checks ctx between
// its passes and every 256 paragraphs of the long ones, and then returns
// an article holding only the document's source and ctx.Err().
func CleanContext(ctx context.Context, d ingest.Document) (*doc.Article, error) {
	a := &doc.Article{
		Source:   d.Source,
		URL:      d.URL,
		Format:   d.Format,
		SiteName: d.SiteName,
		Warnings: append([]string(nil), d.Warnings...),
	}
	stopped := func() bool { return ctx.Err() != nil }
	sc := scratchPool.Get().(*scratch)
	defer sc.put()
	items := split(d.Text, sc)
	if stopped() {
		return a, ctx.Err()
	}
	items = splitHeaders(ctx, items)
	if stopped() {
		return a, ctx.Err()
	}
	classify(ctx, items)
	if stopped() {
		return a, ctx.Err()
	}
	site := masthead(items)
	title := findTitle(items, d.Title)
	mastheadBelow(items)
	if title.insert != "" {
		items = append([]*item{{text: title.insert, index: -1, kind: doc.KindTitle}}, items...)
	}
	dedupe(items, title.text, sc)
	afterCredits(items)
	if stopped() {
		return &doc.Article{Source: d.Source, URL: d.URL, Format: d.Format}, ctx.Err()
	}
	build(a, items)

	paras := sc.paras[:0] // meta.Analyze keeps nothing of them
	defer func() { sc.paras = paras }()
	for _, it := range items {
		if it.kind != "" {
			var h *meta.Header
			if it.header != nil && it.headerOf == it.text {
				h = it.header
			}
			paras = append(paras, meta.Para{Text: it.text, Kind: it.kind, Note: it.note, Header: h})
		}
	}
	info := meta.Analyze(paras, meta.Container{
		Title: d.Title, Published: d.Published, Credit: d.Credit,
		SiteName: firstNonEmpty(d.SiteName, firstNonEmpty(site, title.site)), Byline: d.Byline, Lang: d.Lang,
	})
	a.Title = title.text
	if t := collapseSpace(d.Title); t != "" {
		a.Title = t
	}
	a.Published, a.PublishedTime, a.DateRule = info.Published, info.PublishedTime, info.DateRule
	a.Credit, a.CreditRule, a.Byline, a.Lang = info.Credit, info.CreditRule, info.Byline, info.Lang
	if d.Published != "" && info.DateRule != meta.DateContainer {
		a.Warnings = append(a.Warnings, "container date "+d.Published+" not understood")
	}
	// what the reader left out of an HTML page, after what cleaning removed
	a.Removed = append(a.Removed, d.Removed...)
	a.Hash = hashItems(items, a.Text)
	return a, nil
}

var (
	reStrayTag = rx.MustCompileLazy(`</?(?:strong|b|em|i|u|span|a|font|small|sup|sub|br|p|div)(?:\s[^<>]{0,200})?/?>`)
)

// collapseSpace folds runs of white space (Unicode spaces, zero-width
// space, BOM included) into one space and trims the ends.
func collapseSpace(s string) string {
	if spaceClean(s) {
		return s
	}
	return respace(s, false)
}

// ASCII byte classes for respace.
const (
	bPlain    = iota // kept as it is
	bSpace           // white space
	bUpper           // A-Z: lower-cased by Fold
	bGrave           // '`': an apostrophe in Fold
	bNonASCII        // a byte of a multi-byte rune, or an invalid byte
	bWideLead        // the first byte of a non-ASCII rune that may be white space (wideSpace, unicode.IsSpace)
)

// wideLeads are the first bytes of the non-ASCII white space (U+0085,
// U+00A0; U+1680; U+2000-U+205F; U+3000; U+FEFF).
const wideLeads = "\xc2\xe1\xe2\xe3\xef"

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case strings.IndexByte(wideLeads, byte(c)) >= 0:
			t[c] = bWideLead
		case c >= utf8.RuneSelf:
			t[c] = bNonASCII
		case asciiSpace(byte(c)):
			t[c] = bSpace
		case 'A' <= c && c <= 'Z':
			t[c] = bUpper
		case c == '`':
			t[c] = bGrave
		}
	}
	return t
}()

// respace writes s with each run of white space as one space and none at
// the ends; with fold set, also in lower case with quotes and dashes
// folded (foldQuote). An invalid byte becomes U+FFFD. Eight bytes at a
// time are copied at once (lowered with fold) while they are plain: ASCII
// without white space but single spaces between other bytes (blockBad).
func respace(s string, fold bool) string {
	b := appendRespace(make([]byte, 0, len(s)), s, fold)
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// appendRespace appends respace(s, fold) to b. It writes nothing of b
// before len(b), so strings made of earlier parts of b stay as they are
// (the paragraphs of an article are written into one buffer, bufString).
func appendRespace(b []byte, s string, fold bool) []byte {
	start := len(b)
	// The spaces starting the text are dropped here, so that no block
	// starts at a space after a space or at the text's first space: a
	// block starts at 0, after a block not ending in a space, or after a
	// byte read one by one, which reads a run of white space to its end.
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	for i < len(s) {
		for i+8 <= len(s) {
			x := swar.Load64(s, i)
			bad, sp := blockBad(x)
			if fold {
				bad |= equal(x, '`')
				x |= (^below(x, 'A') & below(x, 'Z'+1)) >> 2 // A-Z + 0x20
			}
			if bad != 0 || sp>>63 != 0 && !plainAt(s, i+8) {
				// The bytes before the first odd one are copied, and the odd
				// one is read by the byte loop below. A space before a bad
				// byte is odd (a run of white space, read to its end, may
				// start there), and so is a space ending the block before
				// white space or the end of the text.
				n := 7
				if bad != 0 {
					n = bits.TrailingZeros64(bad|sp&(bad>>8)) >> 3
				}
				b = binary.LittleEndian.AppendUint64(b, x)[:len(b)+n]
				i += n
				break
			}
			b = binary.LittleEndian.AppendUint64(b, x)
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		cl := byteClass[c]
		switch {
		case cl == bPlain, cl != bSpace && cl < bNonASCII && !fold:
			b = append(b, c)
			i++
			continue
		case cl == bUpper:
			b = append(b, c+'a'-'A')
			i++
			continue
		case cl == bGrave:
			b = append(b, '\'')
			i++
			continue
		}
		n := 1
		if cl >= bNonASCII {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			if !wideSpace(r) {
				w := r
				if fold {
					w = lexicon.LowerRune(foldQuote(r))
				}
				if w != r || r == utf8.RuneError && n == 1 {
					b = utf8.AppendRune(b, w)
				} else {
					b = append(b, s[i:i+n]...)
				}
				i += n
				continue
			}
		}
		// white space from i to k: one space between two non-spaces
		k := i + n
		for k < len(s) {
			if d := s[k]; d < utf8.RuneSelf {
				if byteClass[d] != bSpace {
					break
				}
				k++
				continue
			}
			r, m := utf8.DecodeRuneInString(s[k:])
			if !wideSpace(r) {
				break
			}
			k += m
		}
		if k < len(s) && len(b) > start {
			b = append(b, ' ')
		}
		i = k
	}
	return b
}

// plainAt reports an ASCII byte at s[i] that is not white space (nor a
// control byte): a space before it is one between two words.
func plainAt(s string, i int) bool { return i < len(s) && ' ' < s[i] && s[i] < utf8.RuneSelf }

// bufString is b[start:] as a string, without a copy: b is an article's
// buffer that grows by append only, so the bytes stay as they are.
func bufString(b []byte, start int) string {
	if len(b) == start {
		return ""
	}
	return unsafe.String(&b[start], len(b)-start)
}

// Eight-byte masks: every byte's high bit, every byte's low seven bits,
// and a byte repeated.
const (
	highs uint64 = 0x8080808080808080
	lows  uint64 = 0x7f7f7f7f7f7f7f7f
	ones  uint64 = 0x0101010101010101
)

// below marks (high bit) the bytes of x under c, x's bytes being ASCII.
func below(x uint64, c byte) uint64 { return ^(x + uint64(0x80-c)*ones) & highs }

// equal marks the bytes of x equal to c, x's bytes being ASCII.
func equal(x uint64, c byte) uint64 { return ^((x ^ uint64(c)*ones) + lows) & highs }

// blockBad reads eight bytes of text (x, little-endian) for respace: bad
// marks the bytes that are not plain ASCII (non-ASCII bytes, bytes under
// the space, a space after a space), sp the spaces. Eight plain bytes are
// copied at once: with fold, lowered when they are not '`'; the first
// not when a space starts the text, the last not when it is a space
// before white space or the end (plainAt); of a block with an odd byte,
// the bytes before it (and before a space ahead of it).
func blockBad(x uint64) (bad, sp uint64) {
	sp = equal(x, ' ')
	return x&highs | below(x, ' ') | sp&(sp>>8), sp
}

// spaceClean reports text collapseSpace leaves as it is: valid UTF-8,
// no white space but single ASCII spaces, none at the ends.
func spaceClean(s string) bool {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if bad, sp := blockBad(swar.Load64(s, i)); bad == 0 {
				i += 8 - int(sp>>63)
				continue
			}
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || wideSpace(r) {
				return false
			}
			i += n
			continue
		}
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ')) {
			return false
		}
		i++
	}
	return true
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// wideSpace reports a non-ASCII rune collapseSpace counts as space:
// Unicode white space, space separators, zero-width space and BOM.
func wideSpace(r rune) bool {
	switch {
	case r < 0x2000:
		return r == 0x85 || r == 0xa0 || r == 0x1680
	case r <= 0x200b: // the en quad to the zero-width space
		return true
	}
	switch r {
	case 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return false
}

// split returns the non-blank lines of text as raw paragraphs, with stray
// inline HTML tags and runs of white space removed, in sc's arrays. The
// lines collapseSpace changes are written into one buffer, made once the
// first pass over the lines knows their bytes (most of an article's lines
// are clean: room for all the lines after the first changed one was a
// third more than the changed lines took).
func split(text string, sc *scratch) []*item {
	lines := unwrap(strings.Split(text, "\n"))
	clean := sc.cleanRoom(len(lines)) // by line: spaceClean
	n, changed := 0, 0                // at most one item a line that is not empty; the bytes of the changed lines
	for i, line := range lines {
		if strings.IndexByte(line, '<') >= 0 {
			line = reStrayTag.ReplaceAllString(line, "")
			lines[i] = line
		}
		if line != "" {
			n++
		}
		if clean[i] = spaceClean(line); !clean[i] {
			changed += len(line)
		}
	}
	store, out := sc.itemRoom(n) // one array for the items, the last article's when it has room
	lows := sc.lowRoom(len(text))
	var spaced []byte // the lines collapseSpace changes, written one after another
	for i, line := range lines {
		if !clean[i] { // collapseSpace(line), into spaced
			if spaced == nil {
				// the collapsed lines are no longer, but for an invalid
				// byte (U+FFFD): then append grows the buffer, and the
				// lines written before stay in the old one
				spaced = make([]byte, 0, changed)
			}
			start := len(spaced)
			spaced = appendRespace(spaced, line, false)
			line = bufString(spaced, start)
		}
		if line == "" {
			continue
		}
		// the line is collapsed: its words are the spaces between them and one
		store = append(store, item{text: line, index: len(out), kind: doc.KindBody,
			nWords: strings.Count(line, " ") + 1, wordsOf: line, wcDone: true, spaced: line, lows: lows})
		out = append(out, &store[len(store)-1])
	}
	return out
}

// headerWindow is how many paragraphs (site boilerplate not counted) from
// the top may hold header lines; the window also closes at the lead, the
// first paragraph that reads as article text.
const headerWindow = 10

// leadLike reports a paragraph of article text: long and ending like a
// sentence.
func (it *item) leadLike() bool { return it.words() >= 20 && endsSentence(it.text) }

// splitHeaders splits date header lines off the first paragraphs: "Title
// DATE: 2024-06-02 01:18:18" becomes a title and a header paragraph, a line
// holding only dates and publication details ("Example Ledger | 24 January
// 2020") becomes a header. A "Publication date" label followed by a date
// line becomes one header. After the header window only whole labelled
// date lines ("Published on 3 March 2024") become headers: dates in body
// sentences never do.
func splitHeaders(ctx context.Context, items []*item) []*item {
	var out []*item
	seen, open := 0, true
	for i := 0; i < len(items); i++ {
		if i&255 == 255 && ctx.Err() != nil {
			return append(out, items[i:]...)
		}
		it := items[i]
		lead := false // the lead closing the window: it may still open with a header date
		if open {
			if it.boilerplate() == "" {
				if it.leadLike() {
					open, lead = false, true
				} else if seen++; seen > headerWindow {
					open = false
				}
			}
		}
		if !open && len(it.text) <= 300 && mayHoldDateLabel(it.lower()) {
			if dl, ok := meta.ParseDateLine(it.text); ok && dl.Label != meta.LabelNone {
				it.kind = doc.KindHeader
			}
		}
		if lead {
			if hdr, rest, ok := leadHeader(it); ok {
				out = append(out, hdr, rest)
				continue
			}
		}
		if open {
			if h, ok := meta.SplitHeader(it.text); ok {
				hdr := &item{text: h.Text, index: it.index, kind: doc.KindHeader}
				if h.Rest == "" && h.Text == it.text {
					hdr.header, hdr.headerOf = &h, h.Text // meta reads it again otherwise
				}
				if h.Rest == "" {
					out = append(out, hdr)
					continue
				}
				rest := &item{text: h.Rest, index: it.index, kind: doc.KindBody}
				if h.First {
					out = append(out, hdr, rest)
				} else {
					out = append(out, rest, hdr)
				}
				continue
			}
			if reDateLabel.MatchString(it.text) && i+1 < len(items) {
				if _, _, ok := meta.ParseDate(items[i+1].text); ok {
					out = append(out, &item{text: it.text + " " + items[i+1].text, index: it.index, kind: doc.KindHeader})
					i++
					continue
				}
			}
		}
		out = append(out, it)
	}
	return out
}

// leadHeader splits a header date off the start of the lead paragraph,
// where a scraped page runs its date line straight into the first
// sentence ("date 2025-02-09 The ministry said ...", "Опубликовано
// 12.03.2024 Министерство сообщило ..."): the date becomes a header and
// the rest the lead, so that the date is the article's, never a time of
// the lead's own sentence. Only a date opening the paragraph is split (a
// bare date only in ISO or day.month.year form, as SplitHeader reads it);
// a date later in the lead is the sentence's own.
//
// Only the paragraph's head is read (leadHeadBytes, cut at a space), so a
// lead of any length is read alike.
func leadHeader(it *item) (hdr, rest *item, ok bool) {
	head := it.text
	if len(head) > leadHeadBytes {
		if j := strings.LastIndexByte(head[:leadHeadBytes], ' '); j > 0 {
			head = head[:j]
		}
	}
	h, ok := meta.SplitHeader(head)
	if !ok || !h.First || h.Rest == "" {
		return nil, nil, false
	}
	i := strings.Index(it.text, h.Text)
	if i < 0 {
		return nil, nil, false
	}
	r := strings.TrimSpace(strings.TrimLeft(it.text[i+len(h.Text):], " |•·–—-"))
	if r == "" {
		return nil, nil, false
	}
	return &item{text: h.Text, index: it.index, kind: doc.KindHeader}, &item{text: r, index: it.index, kind: doc.KindBody}, true
}

// leadHeadBytes is how much of a lead paragraph's start leadHeader reads
// for a header date: a label, a date and a time of day, with room.
const leadHeadBytes = 200

// dateLabelKeys are the lower-case stems of date labels: a cheap test
// before reading a paragraph after the header window as a labelled date
// line.
var dateLabelKeys = []string{"publi", "posted", "updated", "modified", "date", "released", "issued", "опублик", "опублік",
	"обновл", "оновл", "дата", "created", "veröffentlicht", "actualiz", "mis à jour", "aktualisiert", "입력", "수정", "등록", "송고", "업데이트"}

func mayHoldDateLabel(low string) bool { return dateLabelKeySet.In(low) }

var dateLabelKeySet = rx.NewKeys(dateLabelKeys...)

var reDateLabel = rx.MustCompile(`^(?i:publication date|publication time|publish date|publish time|published|published on|published at|posted|posted on|release date|date|updated|дата публікації|дата публикации|час публікації|время публикации|опубліковано|опубликовано):?$`)

type titleResult struct {
	text   string // the headline, "" if none
	insert string // a container title to add as the first paragraph
	site   string // an outlet named after the headline (" | Outlet")
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// masthead finds the outlet's name set above the headline. A site name in
// capitals followed by a headline ("EXAMPLE REVIEW") is dropped as
// navigation and returned as the site name. Another name line at the top
// ("Kyiv Ledger", "ТАСС | Международная панорама", "COUNCIL MONITOR -
// Sanctions Brief No. 14") becomes a credit paragraph (meta reads the
// outlet from it) when a headline or a date line follows it, so that it
// is never taken for the headline.
func masthead(items []*item) string {
	var kept []*item
	for i, it := range items {
		if it.kind == "" {
			// "The Daily Courier > World > Europe": a breadcrumb opening
			// the text and starting at the outlet's name.
			if i == 0 && it.reason == "boilerplate:navigation" {
				if name, ok := meta.MastheadName(it.text); ok && meta.IsOutletName(name) && strings.ContainsAny(it.text, ">›»|") {
					it.kind, it.note, it.reason = doc.KindCredit, meta.NoteMasthead, ""
					return ""
				}
			}
			continue
		}
		if it.kind == doc.KindHeader {
			if len(kept) == 1 {
				kept = append(kept, it) // a date line under the name
				break
			}
			continue
		}
		if it.kind != doc.KindBody && !(it.kind == doc.KindCredit && (it.note == "section and outlet" || it.note == "agency tag")) {
			if len(kept) == 0 {
				return ""
			}
			continue // a byline between the name and the headline
		}
		kept = append(kept, it)
		if len(kept) == 2 {
			break
		}
	}
	if len(kept) < 2 {
		return ""
	}
	first, next := kept[0], kept[1]
	if _, ok := meta.FindDateline(first.text); ok {
		return ""
	}
	nextOK := next.kind == doc.KindHeader || meta.IsHeadline(next.text)
	if first.kind == doc.KindBody && capsName(first.text) && !capsName(next.text) && nextOK {
		first.kind, first.reason = "", "boilerplate:navigation"
		return first.text
	}
	if first.leadLike() || !nextOK {
		return ""
	}
	if _, ok := meta.MastheadName(first.text); ok {
		first.kind, first.note = doc.KindCredit, meta.NoteMasthead
	}
	return ""
}

// mastheadBelow finds the outlet's name set between the headline (and its
// date lines) and the opening paragraph: "Амурская лента" under the date
// line of a regional wire. It must be short, not a headline, and followed
// by the opening paragraph.
func mastheadBelow(items []*item) {
	seenTitle := false
	for i, it := range items {
		switch {
		case it.kind == "" || it.kind == doc.KindHeader:
			continue
		case it.kind == doc.KindTitle:
			seenTitle = true
			continue
		case it.kind != doc.KindBody || !seenTitle:
			return
		}
		if w := it.words(); w > 4 || meta.IsHeadline(it.text) && w > 3 {
			return
		}
		if _, ok := meta.MastheadName(it.text); !ok {
			return
		}
		for _, nx := range items[i+1:] {
			if nx.kind == "" {
				continue
			}
			if _, isDL := meta.FindDateline(nx.text); nx.kind == doc.KindBody && (isDL || nx.leadLike()) {
				it.kind, it.note = doc.KindCredit, meta.NoteMasthead
			}
			return
		}
		return
	}
}

// capsName reports a short name in capitals: one to five words, no digits,
// every letter upper case.
func capsName(s string) bool {
	if w := wordCount(s); w == 0 || w > 5 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case strings.ContainsRune(".!?:;", r):
			return false
		}
	}
	return letters >= 3
}

// findTitle marks the headline: the first kept paragraph (header lines and
// removed boilerplate may come before it) when it reads as a headline and
// more text follows. A container title is preferred: the paragraph that
// repeats it is the headline, or the title is inserted when the text lacks it.
func findTitle(items []*item, container string) titleResult {
	container = collapseSpace(container)
	var first *item
	firstPos := -1
	for i, it := range items {
		if it.kind == "" || it.kind == doc.KindHeader || it.kind == doc.KindCredit || it.kind == doc.KindCaption {
			continue // site boilerplate, date lines, masthead, byline and a photo credit above the headline
		}
		first, firstPos = it, i
		break
	}
	if container != "" {
		key := Fold(container)
		for i, it := range items {
			if i > firstPos+2 && firstPos >= 0 {
				break
			}
			if it.kind != "" && it.kind != doc.KindHeader && it.folded() == key {
				it.kind = doc.KindTitle
				return titleResult{text: it.text}
			}
		}
		return titleResult{text: container, insert: container}
	}
	if first != nil && first.kind == doc.KindBody && sectionLabel(first.text) {
		// "Transport" above the headline: a section label (kicker)
		// ("World", "Europe", then the headline: a run of them)
		for _, nx := range items[firstPos+1:] {
			if nx.kind == "" || nx.kind == doc.KindHeader || nx.kind == doc.KindCredit {
				continue
			}
			if nx.kind == doc.KindBody && (meta.IsHeadline(nx.text) || sectionLabel(nx.text)) {
				first.kind, first.reason = "", "boilerplate:section-label"
				return findTitle(items, "")
			}
			break
		}
	}
	if first == nil || first.kind != doc.KindBody || !meta.IsHeadline(first.text) {
		return titleResult{}
	}
	more := false
	for _, it := range items[firstPos+1:] {
		if it.kind == doc.KindBody {
			more = true
			break
		}
	}
	if !more {
		return titleResult{}
	}
	first.kind = doc.KindTitle
	res := titleResult{text: first.text}
	if head, outlet, ok := titleSuffix(first.text); ok {
		// "Ferry line reopens | Harbour Ledger": the outlet is no part of it
		first.cut = strings.TrimPrefix(first.text, head)
		first.text, res.text, res.site = head, head, outlet
	} else if outlet, head, ok := titlePrefix(first.text); ok {
		// "Harbour Ledger | Ferry line reopens"
		first.cut, first.cutBefore = strings.TrimSuffix(first.text, head), true
		first.text, res.text, res.site = head, head, outlet
	}
	return res
}

// titlePrefix splits "Outlet | Headline" where the first part reads as an
// outlet's name and the rest as a headline. Only a bar separates them:
// "Ukraine — the talks resume" or "Exclusive: ..." name no outlet.
func titlePrefix(s string) (outlet, head string, ok bool) {
	i := strings.Index(s, " | ")
	if i <= 0 || strings.Count(s, " | ") > 1 {
		return "", "", false
	}
	o, h := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+3:])
	if name, ok := meta.MastheadName(o); ok && meta.IsOutletName(name) && meta.IsHeadline(h) && !meta.IsHeadline(o) {
		return name, h, true
	}
	return "", "", false
}

// titleSuffix splits "Headline | Outlet" (or " - ", " — ", " – ") where the
// last part reads as an outlet's name.
func titleSuffix(s string) (head, outlet string, ok bool) {
	for _, sep := range []string{" | ", " — ", " – ", " - "} {
		i := strings.LastIndex(s, sep)
		if i <= 0 {
			continue
		}
		h, o := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
		if name, ok := meta.MastheadName(o); ok && meta.IsOutletName(name) && meta.IsHeadline(h) {
			return h, name, true
		}
	}
	return "", "", false
}

// sectionLabel reports a kicker: one or two words, no digits, not a
// sentence ("Transport", "North Korea", "Війна").
func sectionLabel(s string) bool {
	if w := wordCount(s); w == 0 || w > 2 || endsSentence(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) || strings.ContainsRune(":|·•", r) {
			return false
		}
	}
	return hasLetter(s)
}

// dedupe removes paragraphs whose folded text was seen before (and
// paragraphs repeating the title).
func dedupe(items []*item, title string, sc *scratch) {
	seen := make(map[string]bool, len(items)) // room for every block: a paragraph's key is long to hash again
	var lens [keyLens]bool                    // the classes of the lengths of seen's keys
	tkey := ""
	if title != "" {
		tkey = Fold(title)
	}
	foldKept(items, sc)
	for _, it := range items {
		if it.kind == "" || it.kind == doc.KindHeader {
			continue
		}
		key := it.folded()
		if key == "" {
			continue
		}
		// one look-up of the key for both cases, and none when no key
		// kept is as long (most paragraphs: a paragraph's key is long to
		// hash)
		dup := lens[len(key)%keyLens] && seen[key]
		switch {
		case it.kind != doc.KindTitle && key == tkey:
			it.reason = "repeated-title"
		case dup && it.kind == doc.KindCaption:
			it.reason = "repeated-caption"
		case dup:
			it.reason = "repeated-paragraph"
		default:
			seen[key] = true
			lens[len(key)%keyLens] = true
			continue
		}
		it.kind = ""
	}
}

// keyLens is the number of dedupe's classes of key lengths: two keys of
// one length are of one class.
const keyLens = 1024

// foldQuote maps the quotes and dashes Fold folds ("’" to "'", "«" to
// '"', "—" to "-"), and every other rune to itself.
func foldQuote(r rune) rune {
	switch r {
	case '’', '‘', '‚', '′', '`', '´':
		return '\''
	case '“', '”', '„', '«', '»', '″':
		return '"'
	case '–', '—', '‑':
		return '-'
	}
	return r
}

// Fold normalizes text for comparison: stray HTML tags removed, quotes and
// dashes folded, white space collapsed, lower case. It reads the text
// once and makes one string.
func Fold(s string) string {
	b := appendFold(make([]byte, 0, len(s)), s)
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// appendFold appends Fold(s) to b, writing nothing of b before len(b).
func appendFold(b []byte, s string) []byte {
	if strings.IndexByte(s, '<') >= 0 {
		s = reStrayTag.ReplaceAllString(s, "")
	}
	return appendRespace(b, s, true)
}

// foldKept makes the folded form of every kept paragraph (dedupe and
// hashItems read them) in one buffer, sc's.
func foldKept(items []*item, sc *scratch) {
	n := 0
	for _, it := range items {
		if it.kind != "" && it.foldOf != it.text {
			n += len(it.text)
		}
	}
	buf := sc.foldRoom(n)
	defer func() { sc.fold = buf }()
	for _, it := range items {
		if it.kind == "" || it.foldOf == it.text {
			continue
		}
		if it.text == it.spaced && onlyCaseToFold(it.text) {
			if it.lowOf != it.text {
				start := len(buf)
				buf = lexicon.AppendLower(buf, it.text)
				it.low, it.lowOf = bufString(buf, start), it.text
			}
			it.fold, it.foldOf = it.low, it.text
			continue
		}
		start := len(buf)
		buf = appendFold(buf, it.text)
		it.fold, it.foldOf = bufString(buf, start), it.text
	}
}

// onlyCaseToFold reports text collapseSpace leaves as it is whose Fold is
// its lower case: it holds no '<' (a stray tag), no '`' and no first byte
// of a quote or dash foldQuote folds (0xc2: ´ « »; 0xe2: ‘ ’ ‚ “ ” „ ′ ″
// – — ‑). (That text holds no white space to collapse.)
func onlyCaseToFold(s string) bool {
	return strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '`') < 0 &&
		strings.IndexByte(s, 0xc2) < 0 && strings.IndexByte(s, 0xe2) < 0
}

// Hash returns the hex SHA-256 of the folded text.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(Fold(text)))
	return hex.EncodeToString(sum[:])
}

// hashItems is Hash(text) for the text build made of the kept items,
// computed from their folded forms: folding the paragraphs joined by
// blank lines is folding each and joining the non-empty ones by a space,
// when no tag can run across paragraphs (the text holds no '<').
func hashItems(items []*item, text string) string {
	if strings.IndexByte(text, '<') >= 0 {
		return Hash(text)
	}
	h := sha256.New() // the folds written one after another, not joined in a copy
	first := true
	for _, it := range items {
		if it.kind == "" {
			continue
		}
		f := it.folded()
		if f == "" {
			continue
		}
		if !first {
			h.Write(space)
		}
		first = false
		h.Write(unsafe.Slice(unsafe.StringData(f), len(f))) // Write does not keep or change it
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0]))
}

var space = []byte{' '}

// build joins the kept paragraphs into the article text and records the
// removed ones.
func build(a *doc.Article, items []*item) {
	var b strings.Builder
	n, kept := 0, 0
	for _, it := range items {
		if it.kind != "" {
			n += len(it.text) + 2
			kept++
		}
	}
	b.Grow(n)
	a.Paragraphs = make([]doc.Paragraph, 0, kept)
	for _, it := range items {
		if it.kind == "" {
			a.Removed = append(a.Removed, doc.Removed{Text: it.text, Reason: it.reason, Index: it.index})
			continue
		}
		if it.note != "" {
			a.Removed = append(a.Removed, doc.Removed{Text: it.text, Reason: "relabelled:" + it.kind + ":" + it.note, Index: it.index})
		}
		if it.cut != "" {
			reason := "boilerplate:title-suffix"
			if it.cutBefore {
				reason = "boilerplate:title-prefix"
			}
			a.Removed = append(a.Removed, doc.Removed{Text: strings.TrimSpace(it.cut), Reason: reason, Index: it.index})
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(it.text)
		a.Paragraphs = append(a.Paragraphs, doc.Paragraph{Kind: it.kind, Start: start, End: b.Len(), Text: it.text, Flags: it.flags})
	}
	a.Text = b.String()
}

// wordCount counts white-space separated words (the fields strings.Fields
// splits s into): eight bytes at a time while they are ASCII.
func wordCount(s string) int {
	const ones, highs, lows uint64 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	n := 0
	prev := uint64(0x80) // 0x80 when the byte before is white space (or s starts)
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			b := s[i : i+8]
			x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if x&highs == 0 {
				// the high bit of each byte that is ' ' or '\t'..'\r' (ASCII
				// bytes: the sums carry into no other byte); a word starts
				// at a byte that is not, after one that is
				y := x ^ 0x20*ones
				sp := ^(((y & lows) + lows) | y) & highs
				sp |= (x + (0x80-'\t')*ones) &^ (x + (0x80-'\r'-1)*ones) & highs
				n += bits.OnesCount64(^sp & highs & (sp<<8 | prev))
				prev = sp >> 56
				i += 8
				continue
			}
		}
		// a rune (or an invalid byte) at a time to the end of these 8
		for end := min(i+8, len(s)); i < end; {
			sp, w := uint64(0), 1
			switch byteClass[s[i]] {
			case bSpace:
				sp = 0x80
			case bWideLead:
				if r, rw := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
					sp, w = 0x80, rw
				}
			}
			if sp == 0 && prev != 0 {
				n++
			}
			prev = sp
			i += w
		}
	}
	return n
}

// endsSentence reports whether s ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’»)] `)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
