package clean

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// refCollapse is collapseSpace written the plain way: the reference the
// fast one must agree with.
func refCollapse(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

var refQuotes = strings.NewReplacer(
	"’", "'", "‘", "'", "‚", "'", "′", "'", "`", "'", "´", "'",
	"“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "″", `"`,
	"–", "-", "—", "-", "‑", "-",
)

// refFold is Fold as a chain of standard library steps.
func refFold(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		s = reStrayTag.ReplaceAllString(s, "")
	}
	return strings.ToLower(refCollapse(refQuotes.Replace(s)))
}

var foldCases = []string{
	"",
	// a bad byte after plain ones in a block, a space before it, a
	// space ending a block before a plain byte, a space or another
	// after it, or the end
	"abcde \tfgh ijklmn", "abcdef\u00a0Xyz and", "Abc \u00a0 D", "abcdefg xYZ", "abcdefg  xyz", "abcdefg \u2009x", "abcdefg ",
	"Said “Quoted” text’s end", "ABC`DEFGH`", "abcdefg \xffx",
	// a space ending a block before a byte of each kind; a space before
	// the odd byte of a block, a space pair and an odd byte after it
	"abcdefg `x", "abcdefg Éx", "abcdefg \x7fx", "abcdefg \x01x", "abcdefg \tx", "abcdefg \u00a0x", "abcdefg <b>x",
	"ab é cdefghijk", "abc \u00a0defghij", "a \xffbcdefghij", "abcd  \tefghij", "ab  c`defghij", "Ab`  \u2009Cdefghij",
	"plain text",
	"  Two  spaces\tand a\ttab \n",
	"“Quoted” — ‘single’ – `back` ´acute´ „low“ «guillemets» ″ ′ ‑",
	"NO\u00a0BREAK\u2009thin\u200bzero\ufeffbom\u3000ideographic\u0085next",
	"ДВЕ ТЫСЯЧИ І ЇЖАК Ёлка",
	"bad \xff\xfe bytes \xe2\x80 cut",
	"<b>Bold</b> and <span class=x>span</span>",
	"İstanbul ǅ Σίσυφος",
	" leading",
	// spaces starting the text before a block: one, a run, a run
	// ending in other white space
	" abcdefgh ijk", "         ABCDEFGH  ij", "  \tabcdefgh x", "   \u3000abcdefgh", "  \xffabcdefgh", "        ",
	"trailing ",
	"Eight by Eight: ABCDEFGH abcdefgh `quoted` x  y\x7f\x01\x1f end",
	"ALL CAPS HEADLINE WITH WORDS OF EIGHT LETTERS AND MORE",
	"a b c d e f g h i j k l m n o p  q\tr",
}

func TestFoldAndCollapseAgreeWithReference(t *testing.T) {
	for _, s := range foldCases {
		if got, want := collapseSpace(s), refCollapse(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := Fold(s), refFold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), refCollapse(s); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := Fold(s), refFold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := lexicon.LowerString(s), strings.ToLower(s); got != want {
			t.Fatalf("lexicon.LowerString(%q) = %q, want %q", s, got, want)
		}
		if got, want := spaceClean(s), refCollapse(s) == s; got != want {
			t.Fatalf("spaceClean(%q) = %v, want %v", s, got, want)
		}
		// split counts the words of a collapsed line by its spaces, and
		// foldKept lowers one that holds nothing else to fold
		items := split(s, new(scratch))
		for _, it := range items {
			if got, want := it.words(), len(strings.Fields(it.text)); got != want {
				t.Fatalf("split's word count of %q = %d, want %d", it.text, got, want)
			}
		}
		foldKept(items, new(scratch))
		for _, it := range items {
			if got, want := it.fold, refFold(it.text); got != want {
				t.Fatalf("foldKept(%q) = %q, want %q", it.text, got, want)
			}
			if got, want := it.lower(), strings.ToLower(it.text); got != want {
				t.Fatalf("lower of %q after foldKept = %q, want %q", it.text, got, want)
			}
		}
	})
}

// TestFoldWikinews: Fold, collapseSpace and spaceClean agree with the
// references on every line and every whole text of the Wikinews sample,
// and on the cases shifted by one to seven bytes (so that each byte
// starts an eight-byte block once).
func TestFoldWikinews(t *testing.T) {
	var texts []string
	for _, s := range foldCases {
		for k := 0; k < 8; k++ {
			texts = append(texts, strings.Repeat("x", k)+s, strings.Repeat(" ", k)+s+strings.Repeat("Y ", k))
		}
	}
	for _, a := range sharedtest.Wikinews(t) {
		texts = append(texts, a.Text)
		texts = append(texts, strings.Split(a.Text, "\n")...)
	}
	for _, s := range texts {
		if got, want := collapseSpace(s), refCollapse(s); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := Fold(s), refFold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := spaceClean(s), refCollapse(s) == s; got != want {
			t.Fatalf("spaceClean(%q) = %v, want %v", s, got, want)
		}
		for _, c := range []string{s, strings.ToUpper(s), "@[`{" + s + "AZaz"} {
			if got, want := lexicon.LowerString(c), strings.ToLower(c); got != want {
				t.Fatalf("lexicon.LowerString(%q) = %q, want %q", c, got, want)
			}
		}
	}
}

// TestHashFromParagraphs: the hash made from the folded paragraphs is the
// hash of the article text.
func TestHashFromParagraphs(t *testing.T) {
	docs := []string{
		"Ferry line reopens\n\nThe “Harbour” line   reopened on Monday.\n\n\u00a0\n\nTraffic — all of it — is back.",
		"ПАРОМ\n\nЛиния снова открылась в понедельник.",
		"Title <b>bold</b>\n\nText with a <i>tag</i> in it, long enough to be a paragraph of text.",
		"\u200b\n\nOnly one paragraph after a zero-width space.",
	}
	for _, d := range docs {
		a := Clean(ingest.Document{Source: "h.txt", Format: ingest.FormatText, Text: d})
		if want := Hash(a.Text); a.Hash != want {
			t.Errorf("%q: hash %s, want %s (text %q)", d, a.Hash, want, a.Text)
		}
	}
}

// TestKeyHitsIsContains: the one-pass key search finds exactly the rules
// one of whose keys strings.Contains finds.
func TestKeyHitsIsContains(t *testing.T) {
	texts := []string{
		"we use cookies to improve your experience",
		"читайте также: новости порта",
		"follow us on telegram and twitter",
		"subscribe to our newsletter",
		"the ferry reopened on monday",
		"",
		"tel",
		"телеграм",
		"write to news@example.org",
		"@",
		"t",
	}
	for _, p := range fixtureParagraphs(t) {
		texts = append(texts, strings.ToLower(p))
	}
	all := uint32(1)<<len(rules) - 1
	for _, low := range texts {
		for _, eligible := range []uint32{all, 1, 1 << 4, all &^ 1} {
			var want uint32
			for i, rl := range rules {
				for _, k := range rl.keys {
					if eligible&(1<<i) != 0 && strings.Contains(low, k) {
						want |= 1 << i
					}
				}
			}
			if got := keyHits(low, eligible); got != want {
				t.Errorf("keyHits(%q, %b) = %b, want %b", low, eligible, got, want)
			}
		}
	}
}

// TestWideSpaceIsUnicodeSpace: wideSpace's list is Unicode's white space
// and space separators above ASCII, with the zero-width space and BOM.
func TestWideSpaceIsUnicodeSpace(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		want := unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200b' || r == '\ufeff'
		if wideSpace(r) != want {
			t.Errorf("wideSpace(%U) = %v, want %v", r, !want, want)
		}
	}
}

// TestWideLeadsStartEveryWideSpace: every non-ASCII rune wordCount or
// respace counts as white space starts with a byte of class bWideLead.
func TestWideLeadsStartEveryWideSpace(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !unicode.IsSpace(r) && !wideSpace(r) {
			continue
		}
		if b := utf8.AppendRune(nil, r); byteClass[b[0]] != bWideLead {
			t.Errorf("%U starts with %#x, of class %d, not bWideLead", r, b[0], byteClass[b[0]])
		}
	}
}

// TestNavSepSplitsAsThePattern: the menu-line separator gives the items
// the splitting pattern gave (empty pieces aside).
func TestNavSepSplitsAsThePattern(t *testing.T) {
	re := regexp.MustCompile(`[\s\p{Z}|•·/>›»→]+`)
	for _, s := range []string{"Home / World › Asia", "MENU | Search • News", "a\u00a0b\u2009c\vd", " lead and trail ", "x→y»z", ""} {
		var want []string
		for _, p := range re.Split(s, -1) {
			if p != "" {
				want = append(want, p)
			}
		}
		got := strings.FieldsFunc(s, navSep)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// TestOneBufferForAllParagraphs: the lines split writes into one buffer
// and the folds foldKept writes into one are each what collapseSpace and
// Fold make alone, also when the buffer outgrows its room (a bad byte
// becomes three) and when a paragraph starts with a space after a
// paragraph written before it.
func TestOneBufferForAllParagraphs(t *testing.T) {
	lines := []string{"\xff\xff\xff", " lead  space", "x", "\t", "<b>Bold</b>  tag", "\xff", "A < B and <<b>b> C", "ȺB Ⱥ x", "Plain ASCII Line"}
	for _, c := range foldCases {
		lines = append(lines, strings.ReplaceAll(c, "\n", " "))
	}
	var want []string
	for _, l := range lines {
		if c := collapseSpace(reStrayTag.ReplaceAllString(l, "")); c != "" {
			want = append(want, c)
		}
	}
	items := split(strings.Join(lines, "\n\n"), new(scratch)) // blank lines between: nothing to unwrap
	var got []string
	for _, it := range items {
		got = append(got, it.text)
	}
	if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
		t.Errorf("split made %q, want %q", got, want)
	}
	for _, it := range items {
		if got, want := it.words(), len(strings.Fields(it.text)); got != want {
			t.Errorf("split's word count of %q = %d, want %d", it.text, got, want)
		}
	}
	items[1].lower() // a lower case made before foldKept, which it may take
	foldKept(items, new(scratch))
	for _, it := range items {
		if it.fold != Fold(it.text) {
			t.Errorf("foldKept(%q) = %q, Fold %q", it.text, it.fold, Fold(it.text))
		}
		if got, want := it.lower(), strings.ToLower(it.text); got != want {
			t.Errorf("lower of %q after foldKept = %q, want %q", it.text, got, want)
		}
	}
}
