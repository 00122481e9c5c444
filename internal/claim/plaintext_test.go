package claim

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// plainTextByByte tells a plain text (see appendPlainFold) byte by byte.
func plainTextByByte(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] >= 0x80 {
			return false
		}
	}
	return true
}

var plainTextSamples = []string{"", " ", "a", "a ", " a", "a b", "a  b", "Plain ASCII text, with 13,000 [1] (x)!~\x7f",
	"seven b", "seven  b", "sevenab c", "sevena  bc", "fifteen bytes x yz", "fifteen bytes  yz", "tab\tin", "new\nline",
	"curly ’quote", "NBSP\u00a0x", "end.", "DEL\x7f", "nul\x00"}

// TestPlainText: appendPlainFold takes the texts plainTextByByte does, for the samples, the
// example sentences and their paragraphs, and every byte at every place
// of plain texts of 1 to 20 bytes (a space among spaces, before and after
// the eight bytes' edges).
func TestPlainText(t *testing.T) {
	ss := append(plainTextSamples, exampleSentences(t)...)
	ss = append(ss, strings.Join(exampleFileSentences(t), " "))
	for _, s := range ss {
		checkPlainText(t, s, true)
	}
	eachByteAt(20, []string{"a", "Z", " b", "c "}, func(s string, c byte) {
		// the spans and tokens for a few bytes of each class
		checkPlainText(t, s, strings.IndexByte(" A.z", c) >= 0)
	})
}

// eachByteAt calls f with every byte c at every place of the texts of 1
// to maxLen bytes that repeat one of the fills, and the text made.
func eachByteAt(maxLen int, fills []string, f func(s string, c byte)) {
	for n := 1; n <= maxLen; n++ {
		for _, fill := range fills {
			base := strings.Repeat(fill, n)[:n]
			for j := 0; j < n; j++ {
				for c := 0; c < 256; c++ {
					b := []byte(base)
					b[j] = byte(c)
					f(string(b), byte(c))
				}
			}
		}
	}
}

// checkPlainText checks appendPlainFold against the byte loop and, for a
// plain text, that what it writes is its fold and its lower case, and (spans) that spans and tokens read
// with no positions (nil) are those read with the fold's: for every span
// spanFold reads and for the tokens of the text and of its sub-spans.
func checkPlainText(t *testing.T, s string, spans bool) {
	t.Helper()
	b, got := appendPlainFold(make([]byte, 0, 3), s)
	if want := plainTextByByte(s); got != want {
		t.Fatalf("appendPlainFold(%q) = %v, byte by byte %v", s, got, want)
	}
	if !got {
		if len(b) != 0 || cap(b) != 3 {
			t.Fatalf("appendPlainFold(%q) changed b (%q, cap %d) and is false", s, b, cap(b))
		}
		return
	}
	pos := make([]int32, len(s)+1)
	f := foldPos(s, pos)
	low := string(b)
	if low != f || low != string(lexicon.AppendLower(nil, s)) {
		t.Fatalf("plain %q: appendPlainFold %q, fold %q", s, low, f)
	}
	if !spans {
		return
	}
	starts := func(i int) bool { return i < len(s) && s[i] != ' ' }
	ends := func(i int) bool { return i > 0 && s[i-1] != ' ' }
	for a := 0; a < len(s) && a < 40; a++ {
		for b := a + 1; b <= len(s); b++ {
			if b > a+100 && b < len(s) {
				b = len(s) // a long text: its spans up to 100 bytes and the rest
			}
			if !starts(a) || !ends(b) {
				continue
			}
			if x, y := spanFold(low, nil, a, b), spanFold(f, pos, a, b); x != y {
				t.Fatalf("plain %q [%d:%d]: spanFold %q with no positions, %q with", s, a, b, x, y)
			}
			if b-a > 64 && b != len(s) {
				continue // long spans: their tokens are the text's
			}
			x, y := appendTokens(nil, s[a:b], low[a:], nil), appendTokens(nil, s[a:b], f, pos[a:b+1])
			if !reflect.DeepEqual(x, y) {
				t.Fatalf("plain %q [%d:%d]: tokens %v with no positions, %v with", s, a, b, x, y)
			}
			if z := appendPlainTokens(nil, s[a:b], low[a:]); !reflect.DeepEqual(z, y) {
				t.Fatalf("plain %q [%d:%d]: appendPlainTokens %v, appendTokens %v", s, a, b, z, y)
			}
		}
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range plainTextSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPlainText(t, s, true) })
}

// splitExamples are extractors split on the example articles, a made
// one and the more texts given.
func splitExamples(t *testing.T, more ...string) []*extractor {
	texts := append([]string{articleText(4<<10, 1)}, more...)
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	var out []*extractor
	for _, tx := range texts {
		in := annotateText(tx)
		sc := newScratch().(*scratch)
		x := &extractor{a: in.a, ann: in.ann, n: newNamesKept(in.ann, &sc.names), sc: sc, sentWords: &sc.words}
		x.split()
		out = append(out, x)
	}
	return out
}

// TestPlainSentenceLower: split gives each sentence of a plain paragraph
// its part of the fold as its lower case; it is what lowerText and
// lowerSpan would work out, for the example articles and a made one.
func TestPlainSentenceLower(t *testing.T) {
	preset := 0
	for _, x := range splitExamples(t) {
		for _, s := range x.sents {
			if !s.lowered {
				continue
			}
			preset++
			if want := lexicon.LowerString(s.text); s.lower != want {
				t.Fatalf("sentence %q: lower case %q, want %q", s.text, s.lower, want)
			}
			if !s.inPlaceDone || s.inPlace != lowerInPlace(s.text) {
				t.Fatalf("sentence %q: inPlace %v (done %v), want %v", s.text, s.inPlace, s.inPlaceDone, lowerInPlace(s.text))
			}
		}
	}
	if preset == 0 {
		t.Fatal("no sentence of a plain paragraph")
	}
}

// TestStemLangOfParagraphs: split's reading of Cyrillic (its paragraphs
// that are not plain) gives each sentence the language the whole text's
// reading did, for the examples, a Russian text and a mixed one.
func TestStemLangOfParagraphs(t *testing.T) {
	cyr := 0
	for _, x := range splitExamples(t, "Росстат сообщил, что 13 221 гражданин КНДР въехал в Россию.\n\nIn English, 300 people said so.",
		"Plain English only, 40 people.\n\n“Quoted” text, 12 more, and Доклад said.") {
		whole := &extractor{a: x.a, cyr: hasCyrillic(x.a.Text), cyrDone: true}
		for _, s := range x.sents {
			got := x.stemLang(s)
			s.cyrDone = false
			if want := whole.stemLang(s); got != want {
				t.Fatalf("sentence %q: stemLang %q, by the whole text %q", s.text, got, want)
			}
			if got != "" {
				cyr++
			}
		}
	}
	if cyr == 0 {
		t.Fatal("no Cyrillic sentence")
	}
}
