package token

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// refWord is the word token at text[i] (a letter) read rune by rune with
// the unicode package alone: the reference for word's ASCII loop.
func refWord(text string, i int, fl Flags) Token {
	end := wordEnd(text, i)
	letters, upper := 0, 0
	ascii, lowerOnly, latin, cyr := true, true, true, true
	for k, r := range text[i:end] {
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if !unicode.IsLetter(r) {
			fl |= Mark
			continue
		}
		if k == 0 && unicode.IsUpper(r) {
			fl |= Upper
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
		if unicode.ToLower(r) != r || r == 'ё' || r == 'ʼ' {
			lowerOnly = false
		}
		latin = latin && unicode.Is(unicode.Latin, r)
		cyr = cyr && unicode.Is(unicode.Cyrillic, r)
	}
	some := letters > 0
	fl |= flagIf(ascii, ASCII) | flagIf(some && upper == letters, AllUpper) | flagIf(some && latin, Latin) |
		flagIf(some && cyr, Cyrillic) | flagIf(!lowerOnly, cased)
	return Token{Start: int32(i), End: int32(end), Kind: Word, Flags: fl, Letters: uint16(min(letters, 65535))}
}

func flagIf(b bool, f Flags) Flags {
	if b {
		return f
	}
	return 0
}

// wordEnd is where the run of letters and marks at text[i] ends.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && !(j > i && unicode.Is(unicode.Mn, r)) {
			break
		}
		j += n
	}
	return j
}

// sameWords fails t where a word token of text's stream differs from
// refWord's reading of its text.
func sameWords(t *testing.T, text string) {
	t.Helper()
	s := New(text)
	for k, tk := range s.Toks {
		if tk.Kind != Word {
			continue
		}
		want := refWord(text, int(tk.Start), tk.Flags&(Space|Newline))
		if tk != want {
			t.Fatalf("%q: token %d %q = %+v, the rune reading gives %+v", text, k, s.Str(k), tk, want)
		}
	}
}

var wordCases = []string{
	"The U.S. envoy met Kim Jong-un's aides in PYONGYANG on MONDAY.",
	"iPhone McDONALD o'clock ABCdef abcDEF Zz aZ Az zA",
	"Ёж и ЁЖ ёлка пʼять п'ять İstanbul ǅemal Σίσυφος ﬁne",
	"cafe\u0301 e\u0301te\u0301 x\u0301y \u0301a ab\u0301cd",
	"a\xffb c\xe2\x80d",
	"word.é word,é wordé word\xff word. word", // what follows a plain word: punctuation, a byte beyond ASCII, the end
	"a", "ab", "Ab.", "x\u00a0y",
	strings.Repeat("Long", 20000),
	"abcdefgh ABCDEFGH abcdefghijklmnop ABCDEFGHIJKLMNOPQ aBcDeFgHiJ @[`{ a@b[c`d{e",
	"xxxxxxxé xxxxxxxxé XXXXXXX\u0301 x1 xxxxxxx1 xxxxxxxx1 Zzzzzzzz_ zzzzzzzZ",
}

// TestWordAsRuneReading: every word token of the cases and of the
// Wikinews sample is the rune-by-rune reading's.
func TestWordAsRuneReading(t *testing.T) {
	for _, s := range wordCases {
		for k := 0; k < 8; k++ { // each byte at each place of an eight-byte block
			sameWords(t, strings.Repeat(".", k)+s)
		}
	}
	for _, a := range sharedtest.Wikinews(t) {
		sameWords(t, a.Title+"\n\n"+a.Text)
	}
}

// FuzzWordAsRuneReading compares the two readings on any text.
func FuzzWordAsRuneReading(f *testing.F) {
	for _, s := range wordCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameWords(t, s); sameTokens(t, s) })
}

// refTokens splits text rune by rune with the unicode package alone: the
// reference for Reset's tables (words by refWord).
func refTokens(text string) []Token {
	var out []Token
	fl := Space | Newline
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fl |= Space
			i++
			continue
		case unicode.IsSpace(r):
			fl |= Space
			if r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085' {
				fl |= Newline
			}
			i += n
			continue
		case unicode.IsLetter(r):
			t := refWord(text, i, fl)
			out = append(out, t)
			i = int(t.End)
		case unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				d, m := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsDigit(d) || (d < utf8.RuneSelf) != (r < utf8.RuneSelf) {
					break
				}
				j += m
			}
			out = append(out, Token{Start: int32(i), End: int32(j), Kind: Number, Flags: fl | flagIf(r < utf8.RuneSelf, ASCII), Letters: uint16(utf8.RuneCountInString(text[i:j]))})
			i = j
		default:
			out = append(out, Token{Start: int32(i), End: int32(i + n), Kind: Punct, Flags: fl | flagIf(n == 1, ASCII), Letters: 1})
			i += n
		}
		fl = 0
	}
	return out
}

// sameTokens fails t where text's stream differs from refTokens'.
func sameTokens(t *testing.T, text string) {
	t.Helper()
	s := New(text)
	want := refTokens(text)
	if len(s.Toks) != len(want) {
		t.Fatalf("%q: %d tokens, the rune reading gives %d", text, len(s.Toks), len(want))
	}
	for k, tk := range s.Toks {
		if tk != want[k] {
			t.Fatalf("%q: token %d %q = %+v, the rune reading gives %+v", text, k, s.Str(k), tk, want[k])
		}
	}
}

// TestTokensAsRuneReading: every token of the cases and of the Wikinews
// sample is the rune-by-rune reading's.
func TestTokensAsRuneReading(t *testing.T) {
	for _, s := range append(wordCases, "12٣٤ ٣٤5 x\u2028y\u0085z\u00a0w 5\n\t\v\f\r6 \U0001D400\U0001D7CE\U0001F600",
		// more atoms than Reset's first room (plainAtoms stops when it is
		// full), ASCII words before bytes beyond ASCII, at the text's end
		"a b c d e f g h i j k l m n o p q r s t u v w x y z", "1,2,3,4,5,6,7,8,9,0;a.b.c.d.e.f", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p",
		"abc—def «Abc» ABC\u00a0def Abc\u2028def abcé ABCÉ abc\u0301 abc\xff Ab", "A") {
		for k := 0; k < 8; k++ {
			sameTokens(t, strings.Repeat(".", k)+s)
		}
	}
	for _, a := range sharedtest.Wikinews(t) {
		sameTokens(t, a.Title+"\n\n"+a.Text)
	}
}

// BenchmarkResetWikinews splits the Wikinews sample into one stream.
func BenchmarkResetWikinews(b *testing.B) {
	arts := sharedtest.Wikinews(b)
	texts := make([]string, len(arts))
	n := 0
	for i, a := range arts {
		texts[i] = a.Title + "\n\n" + a.Text
		n += len(texts[i])
	}
	b.SetBytes(int64(n))
	s := &Stream{}
	for b.Loop() {
		for _, t := range texts {
			s.Reset(t)
		}
	}
}

// refFold is a token's fold rune by rune: lower case, "ё" as "е", "ʼ" as
// "'" for a word, the text for the others.
func refFold(s *Stream, i int) string {
	w := s.Str(i)
	if s.Toks[i].Kind != Word {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		r = unicode.ToLower(r)
		switch r {
		case 'ё':
			r = 'е'
		case 'ʼ':
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sameFolds fails t where a fold of text's stream differs from refFold's.
func sameFolds(t *testing.T, text string) {
	t.Helper()
	s := New(text)
	for i := range s.Toks {
		if got, want := s.Fold(i), refFold(s, i); got != want {
			t.Fatalf("%q: token %d %q folds to %q, want %q", text, i, s.Str(i), got, want)
		}
	}
}

// TestFoldsAsRuneReading: every fold of the cases (words whose fold is
// shorter or longer than they are among them) and of the Wikinews sample.
func TestFoldsAsRuneReading(t *testing.T) {
	cases := append(wordCases, "ПʼЯТЬ пʼять Ⱥb ȺȾ İx KELVIN\u212a "+strings.Repeat("AB", 40)+" Ёлка ЁЛКА", "ʼʼʼ Aʼ ʼA")
	for _, s := range cases {
		sameFolds(t, s)
	}
	for _, a := range sharedtest.Wikinews(t) {
		sameFolds(t, a.Title+"\n\n"+a.Text)
	}
}

// TestFolded: Folded, asked first, is as long as the text and holds in
// its place the fold of every token whose fold is as long as it is (every
// ASCII token's), the text of every other token.
func TestFolded(t *testing.T) {
	texts := append(wordCases, "ПʼЯТЬ пʼять Ⱥb ȺȾ İx KELVIN\u212a Ёлка ЁЛКА MINISTRY Straße", "ʼʼʼ Aʼ ʼA", "")
	for _, a := range sharedtest.Wikinews(t) {
		texts = append(texts, a.Title+"\n\n"+a.Text)
	}
	for _, text := range texts {
		checkFolded(t, text)
	}
}

// checkFolded fails t where Folded, asked first, is not as long as the
// text or does not hold in its place the fold of every token whose fold
// is as long as it is (every ASCII token's), the text of every other one.
func checkFolded(t *testing.T, text string) {
	t.Helper()
	s := New(text)
	f := s.Folded()
	if len(f) != len(text) {
		t.Fatalf("%.40q: Folded is %d bytes, the text %d", text, len(f), len(text))
	}
	for i, tok := range s.Toks {
		got, fold := f[tok.Start:tok.End], s.Fold(i)
		switch {
		case len(fold) == tok.Len() && got != fold:
			t.Fatalf("%.40q: token %d %q: Folded has %q, its fold is %q", text, i, s.Str(i), got, fold)
		case len(fold) != tok.Len() && got != s.Str(i):
			t.Fatalf("%.40q: token %d %q of fold %q: Folded has %q, not its text", text, i, s.Str(i), fold, got)
		case tok.Has(ASCII) && len(fold) != tok.Len():
			t.Fatalf("%.40q: ASCII token %d %q folds to %q", text, i, s.Str(i), fold)
		}
	}
	// between the tokens, the text as it is
	prev := 0
	for _, tok := range s.Toks {
		if f[prev:tok.Start] != text[prev:tok.Start] {
			t.Fatalf("%.40q: Folded has %q between tokens, the text %q", text, f[prev:tok.Start], text[prev:tok.Start])
		}
		prev = int(tok.End)
	}
	if f[prev:] != text[prev:] {
		t.Fatalf("%.40q: Folded ends in %q, the text in %q", text, f[prev:], text[prev:])
	}
}

// FuzzFolds: on any text each fold is the rune reading's and Folded
// holds them (makeFolds folds the ASCII letters of the whole text at once
// and reads only the other cased words).
func FuzzFolds(f *testing.F) {
	for _, s := range append(wordCases, "ПʼЯТЬ пʼять Ⱥb ȺȾ İx KELVIN\u212a Ёлка ЁЛКА MINISTRY Straße", "ʼʼʼ Aʼ ʼA", "ABCDEFGHIJ ÀBCDEFGHIJ @[`{ \xffAB") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameFolds(t, s); checkFolded(t, s) })
}
