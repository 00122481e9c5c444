package token

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// show writes a stream as "text/kind/flags" items, flags as letters:
// s space, n newline, U upper, A all upper, L Latin, C Cyrillic, a ASCII,
// m mark.
func show(s *Stream) string {
	var out []string
	for i, t := range s.Toks {
		k := map[Kind]string{Word: "w", Number: "n", Punct: "p"}[t.Kind]
		f := ""
		for _, x := range []struct {
			f Flags
			c string
		}{{Space, "s"}, {Newline, "n"}, {Upper, "U"}, {AllUpper, "A"}, {Latin, "L"}, {Cyrillic, "C"}, {ASCII, "a"}, {Mark, "m"}} {
			if t.Has(x.f) {
				f += x.c
			}
		}
		out = append(out, s.Str(i)+"/"+k+"/"+f)
	}
	return strings.Join(out, " ")
}

func TestSplit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Two ships docked", "Two/w/snULa ships/w/sLa docked/w/sLa"},
		{"U.S. envoy", "U/w/snUALa ./p/a S/w/UALa ./p/a envoy/w/sLa"},
		{"Kim Jong-un's", "Kim/w/snULa Jong/w/sULa -/p/a un/w/La '/p/a s/w/La"},
		{"about 13 221\u00a0workers", "about/w/snLa 13/n/sa 221/n/sa workers/w/sLa"},
		{"line one\nНовые данные", "line/w/snLa one/w/sLa Новые/w/snUC данные/w/sC"},
		{"ВМФ РФ", "ВМФ/w/snUAC РФ/w/sUAC"},
		{"п’ять", "п/w/snC ’/p/ ять/w/C"},
		{"10am 4th", "10/n/sna am/w/La 4/n/sa th/w/La"},
		{"café", "café/w/snL"},
		{"e\u0301te", "e\u0301te/w/snLm"},
		{"\u0301ab", "\u0301/p/sn ab/w/La"},
		{"12٣٤", "12/n/sna ٣٤/n/"},
		{"٣٤ men", "٣٤/n/sn men/w/sLa"},
		{"$5,000!", "$/p/sna 5/n/a ,/p/a 000/n/a !/p/a"},
		{"", ""},
		{"  \n ", ""},
	} {
		if got := show(New(c.in)); got != c.want {
			t.Errorf("New(%q)\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	s := New("Ёлки MINISTRY Straße ministry, ДНР")
	var got []string
	for i := range s.Toks {
		got = append(got, s.Fold(i))
	}
	want := "елки ministry straße ministry , днр"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("folds %q, want %q", g, want)
	}
}

func TestAt(t *testing.T) {
	s := New("ab cd  ef")
	for _, c := range []struct{ off, want int }{{0, 0}, {1, 0}, {2, 1}, {3, 1}, {5, 2}, {6, 2}, {8, 2}, {9, 3}} {
		if got := s.At(c.off); got != c.want {
			t.Errorf("At(%d) = %d, want %d", c.off, got, c.want)
		}
	}
}

func TestResetReuses(t *testing.T) {
	s := New(strings.Repeat("Forty ships sailed. ", 50))
	old := s.Fold(0)
	p := &s.Toks[:1][0]
	s.Reset("Nine more")
	if &s.Toks[:1][0] != p {
		t.Error("Reset allocated a new token slice for a shorter text")
	}
	if old != "forty" || s.Fold(0) != "nine" {
		t.Errorf("folds after Reset: old %q (want forty), new %q (want nine)", old, s.Fold(0))
	}
}

// check states what every stream must satisfy: tokens in order, inside
// the text, with only white space or invalid bytes between them, words
// folded as lexicon.Fold folds them, flags true to the text.
func check(t *testing.T, text string) {
	t.Helper()
	s := New(text)
	prev := 0
	for i, tk := range s.Toks {
		a, b := int(tk.Start), int(tk.End)
		if a < prev || b <= a || b > len(text) {
			t.Fatalf("%q: token %d span %d-%d after %d", text, i, a, b, prev)
		}
		gap := text[prev:a]
		for _, r := range gap {
			if !unicode.IsSpace(r) && r != utf8.RuneError {
				t.Fatalf("%q: %q skipped before token %d", text, r, i)
			}
		}
		if (i == 0 || gap != "") != tk.Has(Space) {
			t.Fatalf("%q: token %d Space flag %v with gap %q", text, i, tk.Has(Space), gap)
		}
		w := s.Str(i)
		switch tk.Kind {
		case Word:
			if f := s.Fold(i); utf8.ValidString(w) && f != lexicon.Fold(w) {
				t.Fatalf("%q: token %d fold %q, lexicon.Fold %q", text, i, f, lexicon.Fold(w))
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) {
				t.Fatalf("%q: word token %q starts with %q", text, w, r)
			}
			if tk.Has(Upper) != unicode.IsUpper(r) {
				t.Fatalf("%q: token %d %q Upper %v", text, i, w, tk.Has(Upper))
			}
		case Number:
			for _, r := range w {
				if !unicode.IsDigit(r) || (r < utf8.RuneSelf) != (w[0] < utf8.RuneSelf) {
					t.Fatalf("%q: number token %q holds %q", text, w, r)
				}
			}
		case Punct:
			if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) != 1 || unicode.IsLetter(r) || unicode.IsDigit(r) {
				t.Fatalf("%q: punctuation token %q is not one rune", text, w)
			}
		default:
			t.Fatalf("%q: token %d has no kind", text, i)
		}
		prev = b
	}
	for _, r := range text[prev:] {
		if !unicode.IsSpace(r) && r != utf8.RuneError {
			t.Fatalf("%q: %q skipped at the end", text, r)
		}
	}
}

func TestInvariants(t *testing.T) {
	for _, s := range []string{"Ёж и ЁЖ", "x\u0301", "\u0301a", "İstanbul", "ǅemal", "a\xffb", "ﬁne", "Σίσυφος"} {
		check(t, s)
	}
}

func FuzzNew(f *testing.F) {
	for _, s := range []string{"U.S. envoy", "13 221 workers", "п’ять тисяч", "Kim Jong-un's aides", "\xff\xfe", "e\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { check(t, s) })
}

// news is ordinary English and Russian news text written for these
// benchmarks.
const news = "About 3,400 workers from North Korea arrived in Vladivostok in March 2024, the regional labour office said on Tuesday. " +
	"Officials in Khabarovsk declined to comment.\n\n" +
	"По данным ведомства, в прошлом году в регион въехали 12 500 граждан КНДР, из них около 7 тысяч — по учебным визам.\n\n"

// BenchmarkNew splits texts of 1 KB to 1 MB: MB/s and allocs/op that stay
// the same down the sizes show linear cost and flat allocation counts.
func BenchmarkNew(b *testing.B) {
	for _, n := range []int{1 << 10, 16 << 10, 256 << 10, 1 << 20} {
		text := strings.Repeat(news, n/len(news)+1)[:n]
		b.Run(fmt.Sprintf("size=%dKB", n>>10), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				New(text)
			}
		})
	}
}

// BenchmarkReset is BenchmarkNew with one stream reused.
func BenchmarkReset(b *testing.B) {
	text := strings.Repeat(news, 40)
	s := New(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Reset(text)
	}
}
