package timex

import (
	"context"
	"slices"
	"strings"
	"testing"

	tok "github.com/dossier-osint/dossier/internal/token"
)

// TestASCIIFilterKeepsEveryWord: every lower-case ASCII word of the
// vocabulary passes the filter before the look-up, and words that are not
// in it are turned away by length, first or last letter.
func TestASCIIFilterKeepsEveryWord(t *testing.T) {
	for w := range vocab {
		if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue // the tokenizer looks up runs of letters only
		}
		if !mayBeASCIIWord([]byte(w)) {
			t.Errorf("%q is in the vocabulary but fails the filter", w)
		}
	}
	turnedAway := 0
	for _, w := range []string{"harbour", "ferry", "quayside", "inspectors", "tugboats", "xylophone"} {
		if vocab[w] != nil {
			t.Fatalf("%q is in the vocabulary: pick another word for this test", w)
		}
		if !mayBeASCIIWord([]byte(w)) {
			turnedAway++
		}
	}
	if turnedAway == 0 {
		t.Errorf("the filter turned away none of six words outside the vocabulary")
	}
}

// TestTokenizeSameWithFilter: the tokens of our own sentences carry the
// entries a plain look-up gives.
func TestTokenizeSameWithFilter(t *testing.T) {
	for _, s := range []string{
		"The ferry left on Monday, 3 March 2024, at 10am and came back two weeks later.",
		"Yesterday the harbour board met; next Tuesday it meets again, before the end of the year.",
		"Вчера в п'ятницю паром отплыл; наступного тижня він повернеться.",
		"A WEEK AGO the quay was closed for 48 hours during the storm season",
	} {
		toks, _, err := tokensOf(context.Background(), tok.New(s), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range toks {
			if tk.kind != kWord {
				continue
			}
			w := strings.ToLower(s[tk.start:tk.end])
			if !isASCII(w) || strings.ContainsAny(w, "'") {
				continue
			}
			if want := vocab[w]; tk.e != want {
				t.Errorf("%q in %q: entry %v, the look-up gives %v", w, s, tk.e, want)
			}
		}
	}
}

// refShortEntry is the look-up shortEntry stands for: the word's
// lower-cased letters in vocabASCII.
func refShortEntry(w string) *entry {
	e, _ := vocabASCII.Get(strings.ToLower(w))
	return e
}

// sameShortEntry fails t where shortEntry and vocabASCII part on the
// word w (one to eight ASCII letters) at the start, inside and at the end
// of a text.
func sameShortEntry(t *testing.T, w string) {
	t.Helper()
	want := refShortEntry(w)
	for _, text := range []string{w, "tail " + w, w + " heads the text", "in " + w + " the middle"} {
		s := strings.LastIndex(text, w)
		if got := shortEntry(shortKey(text, s, s+len(w))); got != want {
			t.Fatalf("%q in %q: shortEntry %v, vocabASCII %v", w, text, got, want)
		}
	}
}

// isLetters reports one to eight ASCII letters.
func isLetters(w string) bool {
	if len(w) == 0 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// TestShortEntryAsTable: for the vocabulary's short words in three cases
// and with a letter more or less, and for every short ASCII word of the
// Wikinews texts, shortEntry finds what vocabASCII finds.
func TestShortEntryAsTable(t *testing.T) {
	words := []string{"a", "Z", "xx", "harbour", "tugboats", "abcdefgh", "ABCDEFGH", "Yesterda"}
	for w := range vocab {
		if isLetters(w) {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:len(w)-1], w+"s", "x"+w)
		}
	}
	texts, _ := wikinews(t)
	for _, s := range texts {
		st := tok.New(s)
		for k := range st.Toks {
			words = append(words, st.Str(k))
		}
	}
	found := 0
	for _, w := range words {
		if !isLetters(w) {
			continue
		}
		sameShortEntry(t, w)
		if refShortEntry(w) != nil {
			found++
		}
	}
	if found < len(vocab)/4 {
		t.Fatalf("only %d words found in the vocabulary: the test reads little", found)
	}
}

// FuzzShortEntry: shortEntry finds what vocabASCII finds for any short
// word of ASCII letters.
func FuzzShortEntry(f *testing.F) {
	for _, w := range []string{"a", "The", "MONDAY", "week", "weeks", "tonite", "xyzzy", "Jan"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if isLetters(w) {
			sameShortEntry(t, w)
		}
	})
}

// TestStartFlags: a token's tOpens, tRuled, tNeeds and tEnd are what run
// and needsFrom read from its entry, the rule files and the text before
// they were flags: tOpens at a number and a word of entry.opens, tRuled
// at a word of entry.ruled and at a dash a rule starts at, tNeeds at a
// word that meets a need, tEnd at a one-byte ".", "!", "?" or ";".
func TestStartFlags(t *testing.T) {
	tablesOnce.Do(buildTables)
	texts, _ := wikinews(t)
	texts = append(append([]string{"on Monday - the 3rd – next week — 2024‐25 ‑ x", "п'ятниця – 5 березня"}, tokenCases...), texts...)
	opens, ruled, needs, ends := 0, 0, 0, 0
	for _, text := range texts {
		toks, _, _ := tokensOf(context.Background(), tok.New(text), nil, nil)
		for i := range toks {
			tk := &toks[i]
			raw := text[tk.start:tk.end]
			wantOpens := tk.kind == kNum || tk.kind == kWord && tk.e != nil && tk.e.opens
			wantRuled := tk.kind == kWord && tk.e != nil && tk.e.ruled || tk.kind == kPunct && dashStart(raw) && len(rules.byWord[raw]) > 0
			if got := tk.flags&tOpens != 0; got != wantOpens {
				t.Fatalf("%q in %q: tOpens %v, want %v", raw, text[:min(len(text), 60)], got, wantOpens)
			}
			if got := tk.flags&tRuled != 0; got != wantRuled {
				t.Fatalf("%q in %q: tRuled %v, want %v", raw, text[:min(len(text), 60)], got, wantRuled)
			}
			wantNeeds := tk.kind == kWord && tk.e != nil && tk.e.needs != (needBits{})
			wantEnd := tk.kind == kPunct && (raw == "." || raw == "!" || raw == "?" || raw == ";")
			if got := tk.flags&tNeeds != 0; got != wantNeeds {
				t.Fatalf("%q in %q: tNeeds %v, want %v", raw, text[:min(len(text), 60)], got, wantNeeds)
			}
			if got := tk.flags&tEnd != 0; got != wantEnd {
				t.Fatalf("%q in %q: tEnd %v, want %v", raw, text[:min(len(text), 60)], got, wantEnd)
			}
			if wantNeeds {
				needs++
			}
			if wantEnd {
				ends++
			}
			if wantOpens {
				opens++
			}
			if wantRuled {
				ruled++
			}
		}
	}
	if opens == 0 || ruled == 0 || needs == 0 || ends == 0 {
		t.Errorf("%d tokens with tOpens, %d with tRuled, %d with tNeeds, %d with tEnd: the texts test not all four", opens, ruled, needs, ends)
	}
}

// TestSignFlags: a sign table gives, for every one-rune sign of the
// Basic Multilingual Plane, tRuled at one of the dashes it is made with,
// tEnd at ".", "!", "?" and ";": with every dash a rule may start at
// (dashStart), with none, and with those of the rule files (signFlags).
func TestSignFlags(t *testing.T) {
	tablesOnce.Do(buildTables)
	all := []string{"-", "–", "—", "‐", "‑"}
	for _, d := range all {
		if !dashStart(d) {
			t.Fatalf("%q is no dash to dashStart", d)
		}
	}
	for _, dashes := range [][]string{all, nil, all[1:3], ruledDashes} {
		tab := newSignTable(dashes)
		ruled := 0
		for r := rune(1); r < 0x10000; r++ {
			if r >= 0xd800 && r < 0xe000 {
				continue
			}
			s := string(r)
			var want tflags
			if slices.Contains(dashes, s) {
				want |= tRuled
				ruled++
			}
			if s == "." || s == "!" || s == "?" || s == ";" {
				want |= tEnd
			}
			if got := tab.flags(s); got != want {
				t.Errorf("dashes %q: flags(%q) = %#x, want %#x", dashes, s, got, want)
			}
		}
		if ruled != len(dashes) {
			t.Errorf("dashes %q: %d ruled signs read", dashes, ruled)
		}
	}
	if signs != newSignTable(ruledDashes) {
		t.Error("signFlags' table is not the one of ruledDashes")
	}
}

// refNextFlagged is nextFlagged one byte at a time.
func refNextFlagged(fl []byte, i, end int, mask byte) int {
	for ; i < end; i++ {
		if fl[i]&mask != 0 {
			return i
		}
	}
	return end
}

// sameNextFlagged fails t where nextFlagged differs from refNextFlagged
// on fl from every start to every end.
func sameNextFlagged(t *testing.T, fl []byte, mask byte) {
	t.Helper()
	for i := 0; i <= len(fl); i++ {
		for end := i; end <= len(fl); end++ {
			if got, want := nextFlagged(fl, i, end, mask), refNextFlagged(fl, i, end, mask); got != want {
				t.Fatalf("nextFlagged(%x, %d, %d, %#x) = %d, want %d", fl, i, end, mask, got, want)
			}
		}
	}
}

// TestNextFlagged: nextFlagged finds the first byte with a bit of the mask
// as a byte-by-byte loop does, in the first word of eight, a later one,
// the tail, or nowhere, with bits outside the mask around it.
func TestNextFlagged(t *testing.T) {
	cases := [][]byte{
		nil,
		{0},
		{byte(tNL)},
		make([]byte, 23),
		{0, 0, 0, 0, 0, 0, 0, byte(tOpens)},
		{byte(tCap), byte(tCap), 0, 0, 0, 0, 0, 0, 0, byte(tNL | tCap), 0},
		{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, byte(tRuled)},
		{0xff, 0, 0x80, 0, 0, 0, 0, 0, 0, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0x40},
	}
	for _, fl := range cases {
		for _, mask := range []byte{byte(tNL), byte(tOpens | tRuled), byte(tNeeds | tEnd), 0xff, 0x80, 0x01} {
			sameNextFlagged(t, fl, mask)
		}
	}
}

// FuzzNextFlagged compares nextFlagged with the byte-by-byte loop on any
// bytes and mask.
func FuzzNextFlagged(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 2, 0}, byte(2))
	f.Add([]byte{1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3}, byte(0x41))
	f.Fuzz(func(t *testing.T, fl []byte, mask byte) {
		if len(fl) > 64 {
			fl = fl[:64]
		}
		sameNextFlagged(t, fl, mask)
	})
}
