package timex

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestOtherPages: every letter whose lower case (scanWord's, "ё" read as
// "е") is a rune of a vocabOther key lies in a block of otherPages, so
// that scanWord's gate turns away no word a key may match; and the gate
// turns some letters away (Devanagari's block holds no key's rune).
func TestOtherPages(t *testing.T) {
	tablesOnce.Do(buildTables)
	keys := map[rune]bool{}
	for _, w := range otherKeys() {
		for _, r := range w {
			keys[r] = true
		}
	}
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		lr := unicode.ToLower(r)
		if lr == 'ё' {
			lr = 'е'
		}
		if keys[lr] && !otherPages.has(r) {
			t.Fatalf("%U lowers to %q, a key's rune, but its block is not in otherPages", r, lr)
		}
	}
	if otherPages.has('क') {
		t.Errorf("otherPages holds Devanagari's block; no key holds a Devanagari letter")
	}
	if !otherPages.has('я') || !otherPages.has('Я') {
		t.Errorf("otherPages lacks Cyrillic's block")
	}
}

// TestLowerPages: a rune's block and the blocks of the runes lowering to
// it (İ to i, Ω to ω, Ё for е) are set, and no other letter's.
func TestLowerPages(t *testing.T) {
	p := lowerPages(map[string]bool{"ωе": true})
	for _, r := range []rune{'ω', 'Ω', 'е', 'Е', 'ё', 'Ё', '\u2126'} {
		if !p.has(r) {
			t.Errorf("lowerPages(ωе) lacks %q's block", r)
		}
	}
	for _, r := range []rune{'a', 'क', 'ㄱ', 'İ'} {
		if p.has(r) {
			t.Errorf("lowerPages(ωе) holds %q's block", r)
		}
	}
	if p := lowerPages(map[string]bool{"i": true}); !p.has('İ') {
		t.Error("lowerPages(i) lacks İ's block (İ lowers to i)")
	}
}

// otherKeys is the keys of vocabOther.
func otherKeys() []string {
	var ws []string
	for w, e := range vocab {
		if e != nil && !isASCII(w) {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return ws
}

// scanWordUngated is scanWord with every block in otherPages: what it
// read before the gate.
func scanWordUngated(text string, i int, buf *[maxLookup]byte) (j, bl int, capital, allUp, ascii bool) {
	saved := otherPages
	defer func() { otherPages = saved }()
	for k := range otherPages {
		otherPages[k] = ^uint64(0)
	}
	return scanWord(text, i, buf)
}

// FuzzScanWord: scanWord reads each word of a text as it did without the
// gate: the same end, case and script, and the same vocabOther entry.
func FuzzScanWord(f *testing.F) {
	for _, s := range append(slices.Clone(tokenCases), "रविवार को सोमवार", "İyi Günler", "ПОНЕДЕЛЬНИК п’ятниця", "Ωmega ωρα", "schön Dienstag") {
		f.Add(s)
	}
	tablesOnce.Do(buildTables)
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); {
			r, sz := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				i += sz
				continue
			}
			var b1, b2 [maxLookup]byte
			j, bl, c, u, a := scanWord(s, i, &b1)
			j2, bl2, c2, u2, a2 := scanWordUngated(s, i, &b2)
			if j != j2 || c != c2 || u != u2 || a != a2 {
				t.Fatalf("scanWord(%q, %d) = %d %v %v %v, ungated %d %v %v %v", s, i, j, c, u, a, j2, c2, u2, a2)
			}
			if e, e2 := otherEntryOf(b1[:], bl, a), otherEntryOf(b2[:], bl2, a2); e != e2 {
				t.Fatalf("scanWord(%q, %d): entry %v, ungated %v", s, i, e, e2)
			}
			i = max(j, i+sz)
		}
	})
}

// otherEntryOf is scanOne's vocabOther look-up of a word scanWord read.
func otherEntryOf(buf []byte, bl int, ascii bool) *entry {
	if ascii || bl > len(buf) {
		return nil
	}
	e, _ := vocabOther.GetBytes(buf[:bl])
	return e
}
