package copies

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// Sig is everything the index keeps about an article: enough to find and
// verify copies and story mates without the text. It is a pure function of
// the Doc (Signature), so a store can persist it (MarshalBinary) and
// rebuild an index with AddSig instead of re-reading every text.
type Sig struct {
	// Exact is the xxhash of the normalized word sequence (Normalize).
	Exact uint64
	// Words are 16-bit codes of the normalized words, 0 between sentences.
	Words []uint16
	// Anchors are the codes of the figures (by value) and names (folded
	// across scripts, see FoldName), in text order. Codes below
	// firstRareAnchor are the common and calendar names, which do not
	// carry over between languages.
	Anchors []uint16
	// AnchorAt is where each anchor stands in the text, as a share of its
	// length (0 at the start, 65535 at the end): a translation keeps its
	// figures and names in the same places.
	AnchorAt []uint16
	// Keys are the story keys (names and figures), hashed, with the kind in
	// the low two bits (keyName, keyFigure, keyCommon, keyCalendar), sorted.
	Keys []uint32
	// Day is the publication date as days since 1970-01-01, or NoDay.
	Day int32
	// Lang is the article's language (Doc.Lang), "" when unknown; Script
	// is the script most of its letters are in (ScriptLatin, ScriptCyrillic,
	// or 0 for another or none).
	Lang   string
	Script uint8
}

// NoDay marks a Sig whose article has no usable publication date.
const NoDay = int32(-1 << 31)

// Scripts of Sig.Script.
const (
	ScriptLatin    = 1
	ScriptCyrillic = 2
)

// Story key kinds, in the low two bits of a key.
const (
	keyName     = 0 // a capitalised word that is not common
	keyFigure   = 1 // a figure other than a year
	keyCommon   = 2 // a name found in almost every article (Options.CommonNames)
	keyCalendar = 3 // a year, month or weekday
)

var calendarWords = []string{
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}

// capitalised function words that are never names even inside a sentence
// (headlines in title case, "I").
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "and": true, "to": true,
	"for": true, "on": true, "at": true, "by": true, "with": true, "from": true, "i": true,
	"is": true, "are": true, "as": true, "its": true, "it": true, "this": true, "that": true,
}

// Anchor codes by kind: the common and calendar names (nameSet) below
// firstRareAnchor, figures from there to firstNameAnchor, other names
// above.
const (
	firstRareAnchor = 256
	firstNameAnchor = 16384
)

func isFigureAnchor(c uint16) bool { return c >= firstRareAnchor && c < firstNameAnchor }

// nameSet knows the folded common and calendar names of an index.
type nameSet struct {
	kind map[string]uint32 // folded name -> keyCommon or keyCalendar
	code map[string]uint16 // folded name -> anchor code below firstRareAnchor
}

func newNameSet(common []string) *nameSet {
	ns := &nameSet{kind: map[string]uint32{}, code: map[string]uint16{}}
	var buf []byte
	add := func(words []string, kind uint32) {
		for _, w := range words {
			for _, t := range tokenize(w) {
				buf = foldName(buf[:0], t.norm)
				if _, ok := ns.kind[string(buf)]; !ok {
					ns.kind[string(buf)] = kind
				}
			}
		}
	}
	add(calendarWords, keyCalendar)
	add(common, keyCommon)
	names := make([]string, 0, len(ns.kind))
	for n := range ns.kind {
		names = append(names, n)
	}
	slices.Sort(names)
	for i, n := range names {
		ns.code[n] = uint16(min(1+i, firstRareAnchor-1))
	}
	return ns
}

// nameCode returns the anchor code and the story-key kind of a folded name.
func (ns *nameSet) nameCode(folded []byte) (uint16, uint32) {
	if k, ok := ns.kind[string(folded)]; ok {
		return ns.code[string(folded)], k
	}
	return uint16(firstNameAnchor + xxhash.Sum64(folded)%(65536-firstNameAnchor)), keyName
}

// keyCode returns the anchor code and the story-key kind of an entity key
// ("loc:north korea"): common when every word of its name is a common or
// calendar name, else a rare name.
func (ns *nameSet) keyCode(key string) (uint16, uint32) {
	_, name, _ := strings.Cut(key, ":")
	var buf []byte
	common := name != ""
	for _, t := range tokenize(name) {
		buf = foldName(buf[:0], t.norm)
		if _, ok := ns.kind[string(buf)]; !ok {
			common = false
			break
		}
	}
	if common {
		// one reserved code for every common entity: they do not carry
		// over between languages as words do, and they weigh little
		return 1, keyCommon
	}
	return uint16(firstNameAnchor + xxhash.Sum64String(key)%(65536-firstNameAnchor)), keyName
}

// figureCode maps the hash of a figure's text to its anchor code.
func figureCode(h uint64) uint16 {
	return uint16(firstRareAnchor + h%(firstNameAnchor-firstRareAnchor))
}

// Figure is a number found by annotation (a quantity): its byte span in
// Doc.Text and its values (the number, or both ends of a range; none for a
// number that is no figure, such as a clock time). Figures compare by
// value, so "13 221", "13,221" and "тринадцать тысяч двести двадцать
// один" meet when the annotator reads them alike.
type Figure struct {
	Start, End int
	Values     []float64
}

// figureText is the canonical text of a figure's value: "13221", "2.5".
func figureText(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// numberText canonicalizes a figure token ("2.50" -> "2.5"); a token that
// does not read as a number is kept.
func numberText(norm string) string {
	if v, err := strconv.ParseFloat(norm, 64); err == nil {
		return figureText(v)
	}
	return norm
}

// Signature computes the Sig of a Doc with this index's common names.
// MaxWords (Options) is applied when the Sig is added, not here, so a
// stored Sig depends on the common names only.
func signature(d Doc, ns *nameSet) Sig {
	toks := tokenize(d.Text)
	s := Sig{Day: parseDay(d.Published), Lang: d.Lang, Script: scriptOf(d.Text)}
	h := xxhash.New()
	s.Words = make([]uint16, 0, len(toks)+len(toks)/12)
	for i, t := range toks {
		if i > 0 {
			h.WriteString(" ")
			if t.sentence {
				s.Words = append(s.Words, 0)
			}
		}
		h.WriteString(t.norm)
		s.Words = append(s.Words, word16(t.norm))
	}
	s.Exact = h.Sum64()

	type anchor struct {
		at   int
		code uint16
	}
	var anc []anchor
	var keys []uint32
	addKey := func(h uint64, kind uint32) { keys = append(keys, uint32(h)&^3|kind) }
	var buf []byte
	addName := func(t token, at int, key bool) {
		buf = foldName(buf[:0], t.norm)
		code, kind := ns.nameCode(buf)
		if at >= 0 {
			anc = append(anc, anchor{at, code})
		}
		if key && !notNames[t.norm] {
			addKey(xxhash.Sum64(buf), kind)
		}
	}
	addFigure := func(text string, at int) {
		h := xxhash.Sum64String(text)
		anc = append(anc, anchor{at, figureCode(h)})
		addKey(h, figureKind(text))
	}
	figs := slices.Clone(d.Figures)
	slices.SortFunc(figs, func(a, b Figure) int { return a.Start - b.Start })
	for _, f := range figs {
		for _, v := range f.Values {
			addFigure(figureText(v), f.Start)
		}
	}
	names := slices.Clone(d.Names)
	slices.SortFunc(names, func(a, b Name) int { return a.Start - b.Start })
	for _, n := range names {
		code, kind := ns.keyCode(n.Key)
		anc = append(anc, anchor{n.Start, code})
		addKey(xxhash.Sum64String(n.Key), kind)
	}
	fi, ni := 0, 0
	for _, a := range anchors(toks) {
		t := toks[a]
		if !t.num {
			for ni < len(names) && names[ni].End <= t.start {
				ni++
			}
			if ni < len(names) && names[ni].Start <= t.start {
				continue // a word of an annotated name: its key is taken above
			}
			addName(t, t.start, true)
			continue
		}
		for fi < len(figs) && figs[fi].End <= t.start {
			fi++
		}
		if fi < len(figs) && figs[fi].Start <= t.start {
			continue // read by the annotator: its value is taken above
		}
		addFigure(numberText(t.norm), t.start)
	}
	slices.SortStableFunc(anc, func(a, b anchor) int { return a.at - b.at })
	s.Anchors = make([]uint16, len(anc))
	s.AnchorAt = make([]uint16, len(anc))
	for i, a := range anc {
		s.Anchors[i] = a.code
		s.AnchorAt[i] = uint16(min(65535, max(0, a.at)*65535/max(1, len(d.Text))))
	}
	slices.Sort(keys)
	s.Keys = slices.Clip(slices.Compact(keys))
	return s
}

// scriptOf returns the script most of the first letters of text are in.
func scriptOf(text string) uint8 {
	latin, cyr := 0, 0
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				latin++
			}
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
		if latin+cyr >= 400 {
			break
		}
	}
	switch {
	case latin == 0 && cyr == 0:
		return 0
	case cyr > latin:
		return ScriptCyrillic
	}
	return ScriptLatin
}

func figureKind(norm string) uint32 {
	if len(norm) == 4 && (strings.HasPrefix(norm, "19") || strings.HasPrefix(norm, "20")) && !strings.Contains(norm, ".") {
		return keyCalendar
	}
	if len(norm) == 1 {
		return keyCalendar // a single digit says little about an event
	}
	return keyFigure
}

func parseDay(s string) int32 {
	if len(s) < 10 {
		return NoDay
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return NoDay
	}
	return int32(t.Unix() / 86400)
}

// sigVersion 2 added the language and script and changed anchors (figures
// by value, folded names); a version 1 Sig fails to decode, and the store's
// caller computes it again from the text.
const sigVersion = 2

// MarshalBinary encodes the Sig compactly (varints, little endian).
func (s Sig) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 20+2*len(s.Words)+4*len(s.Anchors)+4*len(s.Keys)+len(s.Lang))
	b = append(b, sigVersion)
	b = binary.LittleEndian.AppendUint64(b, s.Exact)
	b = binary.AppendVarint(b, int64(s.Day))
	b = binary.AppendUvarint(b, uint64(len(s.Words)))
	for _, w := range s.Words {
		b = binary.LittleEndian.AppendUint16(b, w)
	}
	b = binary.AppendUvarint(b, uint64(len(s.Anchors)))
	for _, w := range s.Anchors {
		b = binary.LittleEndian.AppendUint16(b, w)
	}
	b = binary.AppendUvarint(b, uint64(len(s.AnchorAt)))
	for _, w := range s.AnchorAt {
		b = binary.LittleEndian.AppendUint16(b, w)
	}
	b = binary.AppendUvarint(b, uint64(len(s.Keys)))
	for _, k := range s.Keys {
		b = binary.LittleEndian.AppendUint32(b, k)
	}
	b = binary.AppendUvarint(b, uint64(len(s.Lang)))
	b = append(b, s.Lang...)
	b = append(b, s.Script)
	return b, nil
}

var errShort = errors.New("truncated")

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *Sig) UnmarshalBinary(b []byte) error {
	if len(b) < 9 || b[0] != sigVersion {
		return fmt.Errorf("copies: decode signature (%d bytes): bad header", len(b))
	}
	p := b[9:]
	*s = Sig{Exact: binary.LittleEndian.Uint64(b[1:9])}
	day, n := binary.Varint(p)
	if n <= 0 {
		return fmt.Errorf("copies: decode signature day: %w", errShort)
	}
	s.Day = int32(day)
	p = p[n:]
	u16s := func(what string) ([]uint16, error) {
		c, n := binary.Uvarint(p)
		if n <= 0 || uint64(len(p)-n) < 2*c {
			return nil, fmt.Errorf("copies: decode signature %s: %w", what, errShort)
		}
		p = p[n:]
		out := make([]uint16, c)
		for i := range out {
			out[i] = binary.LittleEndian.Uint16(p[2*i:])
		}
		p = p[2*c:]
		return out, nil
	}
	var err error
	if s.Words, err = u16s("words"); err != nil {
		return err
	}
	if s.Anchors, err = u16s("anchors"); err != nil {
		return err
	}
	if s.AnchorAt, err = u16s("anchor places"); err != nil {
		return err
	}
	if len(s.AnchorAt) != len(s.Anchors) {
		return fmt.Errorf("copies: decode signature: %d anchor places for %d anchors", len(s.AnchorAt), len(s.Anchors))
	}
	c, n := binary.Uvarint(p)
	if n <= 0 || uint64(len(p)-n) < 4*c {
		return fmt.Errorf("copies: decode signature keys: %w", errShort)
	}
	p = p[n:]
	s.Keys = make([]uint32, c)
	for i := range s.Keys {
		s.Keys[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	p = p[4*c:]
	c, n = binary.Uvarint(p)
	if n <= 0 || uint64(len(p)-n) < c+1 {
		return fmt.Errorf("copies: decode signature language: %w", errShort)
	}
	s.Lang = string(p[n : n+int(c)])
	s.Script = p[n+int(c)]
	return nil
}
