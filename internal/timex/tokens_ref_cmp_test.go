package timex

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tok "github.com/dossier-osint/dossier/internal/token"
)

// tokenCases are texts where the shared stream splits otherwise than
// timex's own reading: apostrophes in and around Cyrillic words,
// combining marks, digits of other scripts, white space other than ASCII,
// invalid bytes, words too long to look up.
var tokenCases = []string{
	"",
	"   \n\t ",
	"\nMonday",
	"The ferry left on Monday, 3 March 2024, at 10am and came back two weeks later.",
	"Вчера в п'ятницю паром отплыл; наступного тижня він повернеться.",
	"п’ятниця, пʼятниця, п'ятниця, П'ЯТНИЦЯ, Пʼятниця",
	"д'abc abc'д д''я д'я'б 'д д' ’д д’ д'1 1'д",
	"Ёлка ёлка ЁЛКА в 2024 году",
	"cafe\u0301 e\u0301te\u0301 \u0301abc a\u0301\u0302b A\u0301B",
	"٣٤ ٣3 3٣ १२ 二〇二四年 ๑๒",
	"on\u00a0Monday\u2028next\u2029week\u0085then\u3000now\u202f2024\u2009x",
	"bad \xff byte \xe2\x80 cut \xc3 end\xff",
	"\xffstart",
	"U+FFFD \ufffd here \ufffd\ufffd",
	strings.Repeat("a", 47) + " " + strings.Repeat("a", 48) + " " + strings.Repeat("a", 49) + " " + strings.Repeat("д", 24) + " " + strings.Repeat("д", 25),
	strings.Repeat("B", 48) + "Monday " + strings.Repeat("Б", 23) + "'я",
	"123456789012 99999999 100000000 007 0",
	"iPhone IPHONE McDonald O'Brien o'clock JAN Jan jan. A.M. a.m.",
	"\x00\x1c\x1f\x7f ~`^|",
	"2024-05-01T10:00 5/6/2024 10:30-11:45, от 5 до 7 марта 2024 г.",
	"ǅemal ǈ ǋ Ǆ ß ẞ İstanbul ı",
	"\u200bzero\u200cwidth\u200djoin\ufeffbom",
}

// sameTokens fails t where tokensOf of the shared stream differs from the
// former tokenizer on text, or its flag bytes from its tokens' flags.
func sameTokens(t *testing.T, name, text string) {
	t.Helper()
	want, werr := refTokenize(context.Background(), text, nil)
	got, fl, gerr := tokensOf(context.Background(), tok.New(text), nil, []byte{0xff})
	if werr != nil || gerr != nil {
		t.Fatalf("%s: errors %v, %v", name, werr, gerr)
	}
	if len(fl) != len(got) {
		t.Fatalf("%s: %d flag bytes for %d tokens", name, len(fl), len(got))
	}
	for i := range got {
		if fl[i] != byte(got[i].flags) {
			t.Fatalf("%s: token %d %q: flag byte %#x, flags %#x", name, i, span(text, got[i]), fl[i], got[i].flags)
		}
	}
	if reflect.DeepEqual(want, got) {
		return
	}
	for i := 0; i < max(len(want), len(got)); i++ {
		var w, g token
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Errorf("%s: token %d: former %+v %q, from the stream %+v %q (%d and %d tokens)", name, i, w, span(text, w), g, span(text, g), len(want), len(got))
			return
		}
	}
}

func span(text string, t token) string {
	if t.start < 0 || int(t.end) > len(text) || t.start > t.end {
		return ""
	}
	return text[t.start:t.end]
}

// TestTokensOfMatchesTokenize: timex's tokens built from the shared token
// stream are the former tokenizer's, on the cases where the two readings
// part and on every Wikinews, seed and dev article.
func TestTokensOfMatchesTokenize(t *testing.T) {
	for i, s := range tokenCases {
		sameTokens(t, fmt.Sprintf("case %d", i), s)
	}
	texts, _ := wikinews(t)
	for i, s := range texts {
		sameTokens(t, fmt.Sprintf("wikinews %d", i), s)
	}
	n := len(texts)
	for _, rel := range []string{"seeds", "dev/docs", "dev-ru/docs"} {
		dir := sharedDir(rel)
		if dir == "" {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			sameTokens(t, f, string(b))
			n++
		}
	}
	t.Logf("%d cases and %d shared texts compared", len(tokenCases), n)
}

// FuzzTokensOf compares the two readings on any text.
func FuzzTokensOf(f *testing.F) {
	for _, s := range tokenCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameTokens(t, "fuzz", s) })
}

// TestTokensOfStopsInALongLine: a cancelled context stops the tokens of a
// text on one line within its first 64 KiB, not at the line's end.
func TestTokensOfStopsInALongLine(t *testing.T) {
	line := strings.Repeat("the ferry left on monday ", 40000) // 1 MB, no line break
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	toks, _, err := tokensOf(ctx, tok.New(line), nil, nil)
	if err == nil {
		t.Fatal("tokensOf with a cancelled context returned no error")
	}
	if len(toks) == 0 {
		t.Fatal("tokensOf returned no tokens of the first 64 KiB")
	}
	if end := toks[len(toks)-1].end; end > 2*ctxBytes {
		t.Errorf("tokensOf read to byte %d of %d after the context was cancelled", end, len(line))
	}
	if ts, err := FindContext(ctx, line, Ref{}); err == nil || ts != nil {
		t.Errorf("FindContext with a cancelled context = %v, %v; want nothing and the context's error", ts, err)
	}
}
