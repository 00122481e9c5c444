package pipeline

import (
	"math"
	"math/bits"
	"strconv"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/swar"
)

// AppendJSON appends the JSON line `dossier extract` prints for v: the
// bytes a json.Encoder with SetEscapeHTML(false) writes for it, newline
// included. It is written out field by field because encoding/json's
// reflection, its per-byte string escaping and doc.Value's MarshalJSON
// (a second Marshal and a compaction per number) were 7% of the
// instructions of a run; TestAppendJSONIsEncodingJSON and
// FuzzAppendJSONString hold it to encoding/json's output, and a field
// added to one of the types without being added here fails them. ok is
// false when v holds a number JSON cannot write (NaN, an infinity): the
// caller then encodes with encoding/json, for its error.
func AppendJSON(b []byte, v *ArticleView) (out []byte, ok bool) {
	w := jsonWriter{b: b, ok: true}
	w.article(v)
	w.b = append(w.b, '\n')
	return w.b, w.ok
}

// jsonWriter appends JSON to b; ok turns false at a non-finite number.
type jsonWriter struct {
	b  []byte
	ok bool
}

func (w *jsonWriter) article(v *ArticleView) {
	w.b = append(w.b, '{')
	if v.ID != 0 {
		w.key(`"id":`)
		w.b = strconv.AppendInt(w.b, v.ID, 10)
		w.b = append(w.b, ',')
	}
	w.field(`"source":`, v.Source)
	w.optStr(`,"url":`, v.URL)
	w.field(`,"format":`, v.Format)
	w.fieldPtr(`,"published":`, v.Published)
	w.optStr(`,"published_time":`, v.PublishedTime)
	w.optStr(`,"date_rule":`, v.DateRule)
	w.fieldPtr(`,"credit":`, v.Credit)
	w.optStr(`,"credit_rule":`, v.CreditRule)
	w.fieldPtr(`,"title":`, v.Title)
	w.optStr(`,"byline":`, v.Byline)
	w.field(`,"lang":`, v.Lang)
	w.field(`,"hash":`, v.Hash)
	if len(v.Warnings) > 0 {
		w.key(`,"warnings":`)
		w.strs(v.Warnings)
	}
	w.key(`,"paragraphs":`)
	list(w, v.Paragraphs, (*jsonWriter).paragraph)
	w.key(`,"removed":`)
	list(w, v.Removed, (*jsonWriter).removed)
	w.key(`,"claims":`)
	list(w, v.Claims, (*jsonWriter).claim)
	w.key(`,"times":`)
	list(w, v.Times, (*jsonWriter).time)
	w.key(`,"quantities":`)
	list(w, v.Quantities, (*jsonWriter).quantity)
	w.key(`,"mentions":`)
	list(w, v.Mentions, (*jsonWriter).mention)
	w.key(`,"entities":`)
	list(w, v.Entities, (*jsonWriter).entity)
	w.key(`,"legal_refs":`)
	list(w, v.LegalRefs, (*jsonWriter).legalRef)
	if len(v.RemovedMentions) > 0 {
		w.key(`,"removed_mentions":`)
		list(w, v.RemovedMentions, (*jsonWriter).removedMention)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) paragraph(p *doc.Paragraph) {
	w.field(`{"kind":`, p.Kind)
	w.num(`,"start":`, p.Start)
	w.num(`,"end":`, p.End)
	w.field(`,"text":`, p.Text)
	if len(p.Flags) > 0 {
		w.key(`,"flags":`)
		w.strs(p.Flags)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) removed(r *doc.Removed) {
	w.field(`{"text":`, r.Text)
	w.field(`,"reason":`, r.Reason)
	w.num(`,"index":`, r.Index)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) claim(c *ClaimView) {
	w.field(`{"sentence":`, c.Sentence)
	w.num(`,"sentence_start":`, c.SentenceStart)
	w.num(`,"start":`, c.Start)
	w.num(`,"end":`, c.End)
	w.field(`,"text":`, c.Text)
	w.key(`,"value":`)
	w.value(c.Value)
	w.field(`,"unit":`, c.Unit)
	w.optStr(`,"per":`, c.Per)
	w.optStr(`,"counted":`, c.Counted)
	w.optStr(`,"event":`, c.Event)
	w.optStr(`,"place":`, c.Place)
	w.optStr(`,"topic":`, c.Topic)
	w.fieldPtr(`,"indicator":`, c.Indicator)
	w.fieldPtr(`,"period":`, c.Period)
	w.fieldPtr(`,"said_by":`, c.SaidBy)
	w.fieldPtr(`,"origin":`, c.Origin)
	if len(c.Why) > 0 {
		w.key(`,"why":`)
		w.strs(c.Why)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) time(t *TimeView) {
	w.field(`{"text":`, t.Text)
	w.num(`,"start":`, t.Start)
	w.num(`,"end":`, t.End)
	w.fieldPtr(`,"value":`, t.Value)
	w.field(`,"type":`, t.Type)
	w.optStr(`,"granularity":`, t.Granularity)
	w.optStr(`,"rule":`, t.Rule)
	w.optStr(`,"anchor":`, t.Anchor)
	w.optStr(`,"mod":`, t.Mod)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) quantity(q *doc.Quantity) {
	w.num(`{"start":`, q.Start)
	w.num(`,"end":`, q.End)
	w.field(`,"text":`, q.Text)
	w.field(`,"kind":`, q.Kind)
	w.key(`,"value":`)
	w.value(q.Value)
	w.optStr(`,"unit":`, q.Unit)
	w.optStr(`,"per":`, q.Per)
	w.optStr(`,"rule":`, q.Rule)
	w.b = append(w.b, '}')
}

// mentionFields writes a mention's fields, without braces (a removed
// mention embeds them after its piece).
func (w *jsonWriter) mentionFields(m *doc.Mention) {
	w.num(`"start":`, m.Start)
	w.num(`,"end":`, m.End)
	w.field(`,"text":`, m.Text)
	w.field(`,"type":`, m.Type)
	w.field(`,"entity":`, m.Entity)
	w.optStr(`,"rule":`, m.Rule)
}

func (w *jsonWriter) mention(m *doc.Mention) {
	w.b = append(w.b, '{')
	w.mentionFields(m)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) removedMention(m *doc.RemovedMention) {
	w.num(`{"piece":`, m.Piece)
	w.b = append(w.b, ',')
	w.mentionFields(&m.Mention)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) entity(e *doc.Entity) {
	w.field(`{"key":`, e.Key)
	w.field(`,"name":`, e.Name)
	w.field(`,"type":`, e.Type)
	w.key(`,"variants":`)
	w.strs(e.Variants)
	if len(e.Links) > 0 {
		w.key(`,"links":`)
		w.strs(e.Links)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) legalRef(l *doc.LegalRef) {
	w.num(`{"start":`, l.Start)
	w.num(`,"end":`, l.End)
	w.field(`,"text":`, l.Text)
	w.field(`,"instrument":`, l.Instrument)
	if l.Paragraph != 0 {
		w.num(`,"paragraph":`, l.Paragraph)
	}
	w.b = append(w.b, '}')
}

// value writes doc.Value's answer-key form, as its MarshalJSON does.
func (w *jsonWriter) value(v doc.Value) {
	switch v.Bound {
	case doc.BoundRange:
		w.key(`{"low":`)
		w.float(v.Low)
		w.key(`,"high":`)
		w.float(v.High)
	case doc.BoundMin:
		w.key(`{"min":`)
		w.float(v.Number)
	case doc.BoundMax:
		w.key(`{"max":`)
		w.float(v.Number)
	default:
		w.key(`{"exact":`)
		w.float(v.Number)
	}
	if v.Approx {
		w.key(`,"approx":true`)
	}
	if v.Vague {
		w.key(`,"vague":true`)
	}
	w.b = append(w.b, '}')
}

// list writes xs as a JSON array, null when nil (as encoding/json does).
func list[T any](w *jsonWriter, xs []T, item func(*jsonWriter, *T)) {
	if xs == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, '[')
	for i := range xs {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		item(w, &xs[i])
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) strs(xs []string) {
	list(w, xs, func(w *jsonWriter, s *string) { w.str(*s) })
}

func (w *jsonWriter) key(k string) { w.b = append(w.b, k...) }

func (w *jsonWriter) num(k string, n int) {
	w.b = appendInt(append(w.b, k...), n)
}

// appendInt appends n in decimal, as strconv.AppendInt does. Most of the
// numbers written are offsets of two to six digits (about 70,000 a run of
// the Wikinews sample): those of fewer than seven digits are written in
// place, two digits at a time, by their count of digits, into b's room
// (after one test of it); strconv's way (through AppendUint and
// formatBase10's buffer, then copied) took about 115 instructions a
// number.
func appendInt(b []byte, n int) []byte {
	if uint(n) < 10 {
		return append(b, byte('0'+n))
	}
	u := uint(n)
	d := digitCount(u)
	if d == 0 || cap(b)-len(b) < d {
		return strconv.AppendInt(b, int64(n), 10)
	}
	s := b[len(b) : len(b)+d]
	switch d {
	case 2:
		put2(s, u)
	case 3:
		s[0] = byte('0' + u/100)
		put2(s[1:], u)
	case 4:
		put2(s, u/100)
		put2(s[2:], u)
	case 5:
		s[0] = byte('0' + u/10000)
		put2(s[1:], u/100)
		put2(s[3:], u)
	default:
		put2(s, u/10000)
		put2(s[2:], u/100)
		put2(s[4:], u)
	}
	return b[:len(b)+d]
}

// put2 writes the last two decimal digits of u into s[0] and s[1].
func put2(s []byte, u uint) {
	p := digitPairs[u%100]
	_ = s[1]
	s[0], s[1] = p[0], p[1]
}

// digitCount is the number of decimal digits of n from 10 to 999,999, or
// 0 for a number outside (left to strconv).
func digitCount(n uint) int {
	switch {
	case n < 100:
		return 2
	case n < 1000:
		return 3
	case n < 10000:
		return 4
	case n < 100000:
		return 5
	case n < 1000000:
		return 6
	}
	return 0
}

// digitPairs holds "00" to "99", by their value.
var digitPairs = func() (t [100][2]byte) {
	for i := range t {
		t[i] = [2]byte{byte('0' + i/10), byte('0' + i%10)}
	}
	return t
}()

// field writes key k (with its comma and colon) and s quoted.
func (w *jsonWriter) field(k, s string) {
	w.key(k)
	w.str(s)
}

// fieldPtr writes key k and *s quoted, or null.
func (w *jsonWriter) fieldPtr(k string, s *string) {
	w.key(k)
	w.strPtr(s)
}

func (w *jsonWriter) optStr(k, s string) {
	if s != "" {
		w.field(k, s)
	}
}

func (w *jsonWriter) strPtr(s *string) {
	if s == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.str(*s)
}

// float writes f as encoding/json does: like %g with ES6's exponent
// cut-offs, the exponent not padded.
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.ok = false
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if n := len(w.b); format == 'e' && n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
		w.b[n-2] = w.b[n-1] // e-09 -> e-9
		w.b = w.b[:n-1]
	}
}

// special8 marks (in the high bit of each byte) the bytes of the 8 in x
// (little-endian) that are not written as they are: control bytes,
// quotes, backslashes and bytes of multi-byte runes. A subtraction's
// borrow can mark a byte above a marked one, never one below: the lowest
// mark is exact. x^0x02 keeps the bytes below 0x20 there and takes the
// quote (0x22) to 0x20, the one other byte it brings below 0x21: one
// subtraction marks both. The usual zero-byte test's "&^ v" is not
// needed: it only keeps bytes of 0x80 and above out, and those are marked
// anyway.
func special8(x uint64) uint64 {
	ctlQuote := (x ^ 0x02*swar.Ones) - 0x21*swar.Ones // below 0x20 or a quote: the byte wraps round to 0xdf and above
	bslash := (x ^ '\\'*swar.Ones) - swar.Ones        // a backslash: 0x00 - 1
	return (x | ctlQuote | bslash) & swar.Highs
}

// plainUntil returns the index of the first byte of s from i on that is not
// written as it is (special8's bytes), or len(s). It reads sixteen bytes,
// then eight at a time, the last few as the last eight of s (the ones
// before them already known plain: they mark nothing); fewer than eight
// as two overlapping groups of four, fewer than four in one test of
// their first, middle and last bytes (plainShort).
func plainUntil(s string, i int) int {
	n := len(s)
	if n-i < 8 {
		return plainShort(s, i)
	}
	for ; i+16 <= n; i += 16 {
		if m := special8(swar.Load64(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		if m := special8(swar.Load64(s, i+8)); m != 0 {
			return i + 8 + bits.TrailingZeros64(m)>>3
		}
	}
	if i+8 <= n {
		if m := special8(swar.Load64(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	if i < n {
		if m := special8(swar.Load64(s, n-8)); m != 0 {
			return n - 8 + bits.TrailingZeros64(m)>>3
		}
	}
	return n
}

// plainShort is plainUntil when fewer than eight bytes are left: four to
// seven are read as their first four in the low half of a word and their
// last four in the high half (no mark of the low half can borrow into the
// high half unless the low half is marked, so the lowest mark is exact,
// and a mark of the high half is past the low half's plain bytes); one to
// three are tested at once as their first, middle and last bytes repeated
// through a word, and read byte by byte only when one of them is marked.
func plainShort(s string, i int) int {
	n := len(s)
	switch l := n - i; {
	case l >= 4:
		m := special8(le32(s, i) | le32(s, n-4)<<32)
		switch tz := bits.TrailingZeros64(m) >> 3; {
		case m == 0:
			return n
		case tz < 4:
			return i + tz
		default:
			return n - 8 + tz
		}
	case l > 0:
		x := uint64(s[i]) | uint64(s[i+l/2])<<8 | uint64(s[n-1])<<16
		if special8(x|x<<24|x<<48) == 0 {
			return n
		}
		for i < n && plainByte[s[i]] {
			i++
		}
	}
	return i
}

// le32 is the four bytes of s from i, the first in the low byte.
func le32(s string, i int) uint64 {
	s = s[i : i+4]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// str writes s quoted, escaped as encoding/json escapes it without HTML
// escaping: quote, backslash and control bytes escaped, an invalid UTF-8
// byte as \ufffd, U+2028 and U+2029 as \u2028 and \u2029. Runs of plain
// ASCII are found eight bytes at a time (plainUntil) and copied whole; most
// strings (names, types, rules) are one such run. Other runes are decoded
// where they start, a two-byte one by its two bytes.
func (w *jsonWriter) str(s string) {
	i := plainUntil(s, 0)
	if i == len(s) {
		w.b = append(append(append(w.b, '"'), s...), '"')
		return
	}
	b := append(append(w.b, '"'), s[:i]...)
	start := i
	for i < len(s) {
		c := s[i]
		switch {
		case plainByte[c]:
			i = plainUntil(s, i+1)
		case c < utf8.RuneSelf:
			b = append(b, s[start:i]...)
			b = append(b, escapes[c]...)
			i++
			start = i
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2 // a two-byte rune (Cyrillic, accented Latin): valid, written as it is
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(b, s[start:i]...)
				b = append(b, `\ufffd`...)
				start = i + size
			case r == '\u2028' || r == '\u2029':
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', "0123456789abcdef"[r&0xF])
				start = i + size
			}
			i += size
		}
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

// plainByte marks the bytes written as they are (ASCII but quote,
// backslash and control bytes); escapes holds the escape of each other
// ASCII byte.
var plainByte, escapes = asciiTables()

func asciiTables() (plain [256]bool, esc [utf8.RuneSelf]string) {
	const hex = "0123456789abcdef"
	for c := range utf8.RuneSelf {
		switch c {
		case '"', '\\':
			esc[c] = `\` + string(rune(c))
		case '\b':
			esc[c] = `\b`
		case '\f':
			esc[c] = `\f`
		case '\n':
			esc[c] = `\n`
		case '\r':
			esc[c] = `\r`
		case '\t':
			esc[c] = `\t`
		default:
			if c < 0x20 {
				esc[c] = `\u00` + string(hex[c>>4]) + string(hex[c&0xF])
			} else {
				plain[c] = true
			}
		}
	}
	return plain, esc
}
