package copies

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

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
	// Anchors are the codes of the figures and names, in text order.
	Anchors []uint16
	// Keys are the story keys (names and figures), hashed, with the kind in
	// the low two bits (keyName, keyFigure, keyCommon, keyCalendar), sorted.
	Keys []uint32
	// Day is the publication date as days since 1970-01-01, or NoDay.
	Day int32
}

// NoDay marks a Sig whose article has no usable publication date.
const NoDay = int32(-1 << 31)

// Story key kinds, in the low two bits of a key.
const (
	keyName     = 0 // a capitalised word that is not common
	keyFigure   = 1 // a figure other than a year
	keyCommon   = 2 // a name found in almost every article (Options.CommonNames)
	keyCalendar = 3 // a year, month or weekday
)

var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// capitalised function words that are never names even inside a sentence
// (headlines in title case, "I").
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "and": true, "to": true,
	"for": true, "on": true, "at": true, "by": true, "with": true, "from": true, "i": true,
	"is": true, "are": true, "as": true, "its": true, "it": true, "this": true, "that": true,
}

// Signature computes the Sig of a Doc. MaxWords (Options) is applied when
// the Sig is added, not here, so a stored Sig does not depend on options.
func Signature(d Doc, common map[string]bool) Sig {
	toks := tokenize(d.Text)
	s := Sig{Day: parseDay(d.Published)}
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
	anc := anchors(toks)
	s.Anchors = make([]uint16, len(anc))
	for i, a := range anc {
		s.Anchors[i] = word16(toks[a].norm)
	}

	keys := map[uint32]bool{}
	addKey := func(norm string, kind uint32) {
		keys[uint32(xxhash.Sum64String(norm))&^3|kind] = true
	}
	if len(d.Names) > 0 {
		for _, n := range d.Names {
			for _, t := range tokenize(n) {
				if !t.num && !notNames[t.norm] {
					addKey(t.norm, nameKind(t.norm, common))
				}
			}
		}
	} else {
		for _, a := range anc {
			t := toks[a]
			if !t.num && !notNames[t.norm] {
				addKey(t.norm, nameKind(t.norm, common))
			}
		}
	}
	if len(d.Figures) > 0 {
		for _, f := range d.Figures {
			for _, t := range tokenize(f) {
				if t.num {
					addKey(t.norm, figureKind(t.norm))
				}
			}
		}
	} else {
		for _, a := range anc {
			if t := toks[a]; t.num {
				addKey(t.norm, figureKind(t.norm))
			}
		}
	}
	s.Keys = make([]uint32, 0, len(keys))
	for k := range keys {
		s.Keys = append(s.Keys, k)
	}
	slices.Sort(s.Keys)
	return s
}

func nameKind(norm string, common map[string]bool) uint32 {
	switch {
	case calendarWords[norm]:
		return keyCalendar
	case common[norm]:
		return keyCommon
	}
	return keyName
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

const sigVersion = 1

// MarshalBinary encodes the Sig compactly (varints, little endian).
func (s Sig) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 16+2*len(s.Words)+2*len(s.Anchors)+4*len(s.Keys))
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
	b = binary.AppendUvarint(b, uint64(len(s.Keys)))
	for _, k := range s.Keys {
		b = binary.LittleEndian.AppendUint32(b, k)
	}
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
	c, n := binary.Uvarint(p)
	if n <= 0 || uint64(len(p)-n) < 4*c {
		return fmt.Errorf("copies: decode signature keys: %w", errShort)
	}
	p = p[n:]
	s.Keys = make([]uint32, c)
	for i := range s.Keys {
		s.Keys[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	return nil
}
