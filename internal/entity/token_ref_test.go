package entity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-osint/dossier/internal/sharedtest"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// tokenizeRunes is the tokenizer entity had before the shared token
// stream (rune by rune over the text), kept to check tokenize against: it splits text into word, number, possessive and punctuation
// tokens with byte offsets, and marks sentence and line starts.
func tokenizeRunes(text string) []token {
	toks := make([]token, 0, len(text)/5+8) // about one token in five bytes of news text
	line := 0
	newLine := true
	gap := true
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			line++
			newLine = true
			gap = true
			i += w
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError:
			gap = true
			i += w
			continue
		}
		start := i
		var kind byte = kPunct
		if isApos(r) && i+w < len(text) && (text[i+w] == 's' || text[i+w] == 'S') && (i+w+1 == len(text) || !isWordByte(text, i+w+1)) && len(toks) > 0 && toks[len(toks)-1].end() == int32(i) && toks[len(toks)-1].kind == kWord {
			kind = kPoss
			i += w + 1
		} else if isWordRune(r) {
			kind = kWord
			if unicode.IsDigit(r) {
				kind = kNum
			}
			i = scanWord(text, i)
		} else {
			i += w
		}
		t := token{s: int32(start), text: text[start:i], kind: kind, line: int32(line)}
		if newLine {
			t.place |= pLineStart
		}
		if gap {
			t.place |= pGap
		}
		if kind == kWord {
			first, _ := utf8.DecodeRuneInString(t.text)
			t.setFlag(fCap, unicode.IsUpper(first))
			letters, upper, latin, cyr := 0, 0, true, true
			for _, c := range t.text {
				if unicode.IsLetter(c) {
					letters++
					if unicode.IsUpper(c) {
						upper++
					}
					if !unicode.Is(unicode.Latin, c) {
						latin = false
					}
					if !unicode.Is(unicode.Cyrillic, c) {
						cyr = false
					}
				}
			}
			t.setFlag(fAllCaps, letters >= 2 && upper == letters)
			t.setFlag(fLatin, latin)
			t.setFlag(fCyr, cyr && letters > 0)
		}
		t.nrm = normWord(t.text)
		t.cls = classOf(t.nrm)
		newLine = false
		gap = false
		toks = append(toks, t)
	}
	markSentences(toks)
	markHeadlines(toks)
	return toks
}

// scanWord reads a word starting at i: letters and digits, with inner
// hyphens, apostrophes ("O'Brien"), ampersands ("AT&T") and dotted
// abbreviations ("U.S.", "N."). A possessive 's is left for the caller.
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += w
			continue
		}
		if (r == '-' || r == '&' || r == '.' || isApos(r)) && i+w < len(text) {
			n, _ := utf8.DecodeRuneInString(text[i+w:])
			if !isWordRune(n) {
				break
			}
			if isApos(r) && (n == 's' || n == 'S') && (i+w+1 == len(text) || !isWordByte(text, i+w+1)) {
				break // possessive
			}
			if r == '.' {
				// only inside single-letter abbreviations: U.S, D.P.R.K
				seg := text[start:i]
				if j := strings.LastIndexByte(seg, '.'); j >= 0 {
					seg = seg[j+1:]
				}
				if utf8.RuneCountInString(seg) != 1 {
					break
				}
				n2 := i + w + utf8.RuneLen(n)
				if n2 < len(text) && isWordByte(text, n2) {
					break
				}
			}
			i += w
			continue
		}
		break
	}
	return wordTail(text, start, i)
}

// tokenCases are texts written to reach every branch of the word rules:
// abbreviations, possessives, joiners, scripts, marks, digits of other
// scripts, replacement characters, invalid bytes and line breaks.
var tokenCases = []string{
	"The U.S. and the D.P.R.K. met; N. Korea's envoy, Mr. O'Brien of AT&T, left.",
	"Workers’ Party officials ‘s  and Kim Jong-un’s aides, the UN's 2375th vote.",
	"Шойгу прибыл в Пхеньян.\nВМФ РФ и КНДР — «Восток-2024».\r\n\nп’ять тисяч",
	"e\u0301te \u0301A ٣٤ men 10am 4th 3.5 U.S.A. i.e. e.g. St. Petersburg",
	"a\uFFFDb \uFFFD\nc x\xffy end.\u2028next line\u0085 Jr. Sr. no. 5",
	"A.B.C.D.E. ab.cd a.b. Dr.Who X.Y's S's 's lone' rock'n'roll",
	"",
	"   \n\n  ",
	"AFP-Yonhap Korea-Russia Seoul-based ex-KGB",
	"He said:\nsanctions hit. Note: more\nRUSSIA AND THE UN\nTitle Case Line Of Words:\n\u2028colon: x\nEnd Of Text Here",
	"\n\nTwo Breaks First\n\n\nthen three\nx\uFFFD\ny \n z\r\n\xff\nLast\n",
}

func tokensEqual(t *testing.T, text string) {
	t.Helper()
	got, want := tokenize(text), tokenizeRunes(text)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, the rune tokenizer gives %d\n got  %+v\n want %+v", text, len(got), len(want), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q: token %d\n got  %+v\n want %+v", text, i, got[i], want[i])
		}
	}
}

// TestTokensOfMatchesRunes checks that the tokens built from the shared
// token stream are the ones the rune tokenizer made, on our own cases and
// on every Wikinews article.
func TestTokensOfMatchesRunes(t *testing.T) {
	for _, c := range tokenCases {
		tokensEqual(t, c)
	}
	if sharedtest.Dir("data/wikinews-sample") == "" {
		t.Log("../shared/data/wikinews-sample absent: only the written cases checked")
		return
	}
	for _, a := range sharedtest.Wikinews(t) {
		tokensEqual(t, a.Title+"\n\n"+a.Text)
	}
}

func FuzzTokensOf(f *testing.F) {
	for _, c := range tokenCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) { tokensEqual(t, s) })
}

// TestPlainAfterTable: the table plainWordEnd reads says of every byte
// what the tests it replaced said: ASCII, and no digit or joiner.
func TestPlainAfterTable(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		want := b < utf8.RuneSelf && b != '.' && b != '-' && b != '&' && b != '\'' && (b < '0' || b > '9')
		if plainAfter[b] != want {
			t.Errorf("plainAfter[%q] = %v, want %v", b, plainAfter[b], want)
		}
		if got := plainWordEnd("ab"+string([]byte{b}), 2); got != want {
			t.Errorf("plainWordEnd before %q = %v, want %v", b, got, want)
		}
	}
	if !plainWordEnd("ab", 2) {
		t.Error("a word ending the text is not a plain word end")
	}
}

// tokenTexts is tokenCases, then extra, then every Wikinews article
// (title, blank line, text) when the sample is there.
func tokenTexts(t *testing.T, extra ...string) []string {
	texts := append(append([]string{}, tokenCases...), extra...)
	if sharedtest.Dir("data/wikinews-sample") != "" {
		for _, a := range sharedtest.Wikinews(t) {
			texts = append(texts, a.Title+"\n\n"+a.Text)
		}
	}
	return texts
}

// TestTokensUntilOverwrites: tokens written into a used array (as
// FindStream reuses its scratch's) are the ones made into a new one:
// every field of every token is written, none is left from before.
func TestTokensUntilOverwrites(t *testing.T) {
	texts := tokenTexts(t)
	junk := token{s: -1, text: "junk", nrm: "junk", line: 99, cls: ^wordClass(0), kind: kPoss, flags: ^wordFlags(0), place: ^placeFlags(0)}
	for _, text := range texts {
		st := tk.New(text)
		want := tokensUntil(nil, st, nil)
		used := make([]token, len(st.Toks)+3)
		for i := range used {
			used[i] = junk
		}
		got := tokensUntil(used[:0], st, nil)
		if len(got) != len(want) {
			t.Fatalf("%.40q: %d tokens into a used array, %d into a new one", text, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%.40q: token %d into a used array\n got  %+v\n want %+v", text, i, got[i], want[i])
			}
		}
	}
}

// TestDotEndsWord: where dotEndsWord says a dot ends a word, otherToken
// (what wordsUntil called for it before) makes the same token of the one
// atom; and it says so of a sentence's last word, not of an abbreviation.
func TestDotEndsWord(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"said.", true}, {"said. Next", true}, {"said.\u201d", true}, {"Korea.\n", true}, {"KCNA.)", true},
		{"U.S. x", false}, {"U.S", false}, {"N. Korea", false}, {"Mr. Kim", false}, {"a.m. x", false}, {"Gen. Kim", false},
		{"X.Y's", false}, {"ab.cd", false}, {"ab.5", false},
	} {
		if got := dotEndsWord(tk.New(c.text), 0); got != c.want {
			t.Errorf("dotEndsWord(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, text := range tokenTexts(t) {
		st := tk.New(text)
		for k, a := range st.Toks {
			if a.Kind != tk.Word || !a.Has(tk.ASCII) || int(a.End) == len(text) || text[a.End] != '.' || !dotEndsWord(st, k) {
				continue
			}
			var tok token
			tok.s = a.Start
			if next := otherToken(st, k, &tok, nil); next != k+1 || tok.end() != a.End || tok.kind != kWord {
				t.Fatalf("%q: dotEndsWord of atom %d %q, but otherToken ends it at %d (atom %d)", text[max(0, int(a.Start)-20):min(len(text), int(a.End)+20)], k, st.Str(k), tok.end(), next)
			}
		}
	}
}

// TestSymbolToken: where symbolToken says a punctuation atom is a token
// that is its own normal form, otherToken (what wordsUntil called for it
// before) makes the same token; and it says so of quotes and dashes, not
// of apostrophes, marks, U+FFFD or a symbol with a lower case.
func TestSymbolToken(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"\u201c", true}, {"\u201d", true}, {"\u2014", true}, {"\u2013", true}, {"«", true}, {"»", true}, {"…", true}, {"€", true},
		{"\u2019", false}, {"\u2018", false}, {"\u0301", false}, {"\uFFFD", false}, {"\u24b6", false}, {"'", false}, {",", false},
	} {
		if got := symbolToken(c.text); got != c.want {
			t.Errorf("symbolToken(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, text := range tokenTexts(t, "\u201cQuote\u201d \u2014 «Восток» … € \u24b6 x\u2019s \u0301A") {
		st := tk.New(text)
		for k, a := range st.Toks {
			if a.Kind != tk.Punct || !symbolToken(st.Str(k)) {
				continue
			}
			var tok token
			tok.s = a.Start
			next := otherToken(st, k, &tok, nil)
			if next != k+1 || tok.end() != a.End || tok.kind != kPunct || tok.nrm != st.Str(k) || tok.cls != classOf(st.Str(k)) {
				t.Fatalf("%q: symbolToken of atom %d %q, but otherToken makes %+v (next atom %d)", text[max(0, int(a.Start)-20):min(len(text), int(a.End)+20)], k, st.Str(k), tok, next)
			}
		}
	}
}

// TestTokFlags: the eight flags are distinct bits of their fields, each
// read by its own method only, and a token is 48 bytes.
func TestTokFlags(t *testing.T) {
	reads := []struct {
		f    wordFlags
		p    placeFlags
		read func(*token) bool
	}{
		{fCap, 0, (*token).cap}, {fAllCaps, 0, (*token).allCaps}, {fLatin, 0, (*token).latin}, {fCyr, 0, (*token).cyr},
		{0, pGap, (*token).gap}, {0, pLineStart, (*token).lineStart}, {0, pSentStart, (*token).sentStart}, {0, pHeadline, (*token).headline},
	}
	var fs wordFlags
	var ps placeFlags
	for i, r := range reads {
		if (r.f == 0) == (r.p == 0) || r.f&(r.f-1) != 0 || r.p&(r.p-1) != 0 || fs&r.f != 0 || ps&r.p != 0 {
			t.Fatalf("flag %d (%#x, %#x) is not a bit of its own", i, r.f, r.p)
		}
		fs, ps = fs|r.f, ps|r.p
		for j, o := range reads {
			tok := token{flags: r.f, place: r.p}
			if got := o.read(&tok); got != (i == j) {
				t.Errorf("flag %d set: read %d says %v", i, j, got)
			}
			tok = token{flags: ^r.f, place: ^r.p}
			if got := o.read(&tok); got != (i != j) {
				t.Errorf("all flags but %d set: read %d says %v", i, j, got)
			}
		}
	}
	for _, f := range []wordFlags{fCap, fAllCaps, fLatin, fCyr} {
		var tok token
		if tok.setFlag(f, true); tok.flags != f {
			t.Errorf("setFlag(%#x, true) of no flags: %#x", f, tok.flags)
		}
		tok.flags = ^wordFlags(0)
		if tok.setFlag(f, false); tok.flags != ^f {
			t.Errorf("setFlag(%#x, false) of all flags: %#x", f, tok.flags)
		}
	}
	if size := unsafe.Sizeof(token{}); size != 48 {
		t.Errorf("a token is %d bytes, want 48", size)
	}
}

// TestTokenEnd: every token's text is the text's span from s to end()
// (what end reads), split compounds' parts too.
func TestTokenEnd(t *testing.T) {
	for _, text := range tokenTexts(t, "Sino-Korean talks", "Jong-un's U.S. Workers’ Party") {
		toks := tokensUntil(nil, tk.New(text), nil)
		for _, ts := range [][]token{toks, splitCompounds(text, toks)} {
			for i := range ts {
				if tok := &ts[i]; text[tok.s:tok.end()] != tok.text {
					t.Fatalf("%.40q: token %d %q is not text[%d:%d] %q", text, i, tok.text, tok.s, tok.end(), text[tok.s:tok.end()])
				}
			}
		}
	}
}

// TestAtomWord: where wordsUntil reads a word atom beyond ASCII at once
// (atomWord), the rune tokenizer makes the same token of the one atom
// (its place and line apart, which markLines writes); the cases hold
// Latin and Cyrillic words, capitals, acronyms, one-letter words and
// words of mixed scripts. (otherToken is no reference: it calls atomWord
// for these atoms itself.)
func TestAtomWord(t *testing.T) {
	n := 0
	for _, text := range tokenTexts(t, "Müller Ämter ÉCOLE é É Москва СССР Кремль ПУТИН я Я Straße αβγ ΑΒΓ Tōkyō Kim Чен Ын, Müller. Zürich-based café’s naïve Mосква Ǆemal ǅemal ﬁnance Ⅻ ª ß ẞ") {
		st := tk.New(text)
		ref := map[int32]token{}
		for _, rt := range tokenizeRunes(text) {
			rt.line, rt.place = 0, 0
			ref[rt.s] = rt
		}
		for k, a := range st.Toks {
			if a.Kind != tk.Word || a.Flags&(tk.ASCII|tk.Mark) != 0 || !plainWordEnd(text, int(a.End)) {
				continue
			}
			want, ok := ref[a.Start]
			if !ok {
				continue // inside a token ("ять" of "п’ять"): atomWord is not asked
			}
			n++
			var got token
			atomWord(st, k, &got)
			if got != want {
				t.Fatalf("%q: atom %d %q: atomWord makes %+v, the rune tokenizer %+v", text[max(0, int(a.Start)-20):min(len(text), int(a.End)+20)], k, st.Str(k), got, want)
			}
		}
	}
	if n < 15 {
		t.Errorf("only %d atoms read by atomWord: the cases test too little", n)
	}
}

// refLineEnd is lineEnd as survey read it before: the tokens of
// toks[i]'s line value, one by one.
func refLineEnd(toks []token, i int) int {
	j := i
	for l := toks[i].line; j < len(toks) && toks[j].line == l; {
		j++
	}
	return j
}

// checkLineEnd fails t unless lineEnd is refLineEnd at every token of
// text.
func checkLineEnd(t *testing.T, text string) {
	t.Helper()
	toks := tokensUntil(nil, tk.New(text), nil)
	for i := range toks {
		if got, want := lineEnd(text, toks, i), refLineEnd(toks, i); got != want {
			t.Fatalf("%.60q: line of token %d ends before %d, want %d", text, i, got, want)
		}
	}
}

// TestLineEnd: lineEnd is refLineEnd on the token cases and every
// Wikinews article.
func TestLineEnd(t *testing.T) {
	for _, text := range tokenTexts(t, "a\nb", "\n\nx y\n\n\nz", "x\n", "x\uFFFD\ny\xff\n\nz w") {
		checkLineEnd(t, text)
	}
}

// FuzzLineEnd checks lineEnd against refLineEnd on any text.
func FuzzLineEnd(f *testing.F) {
	for _, c := range tokenCases {
		f.Add(c)
	}
	f.Fuzz(checkLineEnd)
}
