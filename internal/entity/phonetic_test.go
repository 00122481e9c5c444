package entity

import (
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// phoneticRef and foldPartRef are the phonetic fold and foldPartOf as they
// were written, with a strings.Replacer of the spellings and rune slices:
// appendPhonetic (its own matcher of the spellings) and foldPartOf must
// fold every word as they do.
var phoneticRefPairs = strings.NewReplacer("shch", "ʃ", "sch", "ʃ", "sh", "ʃ", "tch", "ʧ", "ch", "ʧ", "zh", "ʒ", "kh", "k",
	"ph", "f", "w", "v", "x", "ks", "q", "k", "eo", "o", "eu", "u", "oo", "u", "ou", "u", "ck", "k", "h", "k")

func phoneticRef(p string) string {
	var b []rune
	for _, r := range strings.ToLower(p) {
		if unicode.IsLetter(r) {
			b = append(b, r)
		}
	}
	return string(appendSounds(nil, []rune(phoneticRefPairs.Replace(string(b)))))
}

func foldPartRef(p string) string {
	p = strings.ToLower(p)
	if hasCyrillic(p) {
		p = translit(cyrStem(p))
	}
	r := []rune(phoneticRef(p))
	for len(r) > 3 && isVowel(r[len(r)-1]) {
		r = r[:len(r)-1]
	}
	return string(r)
}

var phoneticCases = []string{"", "a", "Zyuganov", "Zuganov", "Zelenskyy", "Zelenskyi", "Su-gil", "Sukil", "Hnatov",
	"Gnatov", "Sergey", "Sergei", "Shchukin", "Schmidt", "Tchaikovsky", "Khrushchev", "Zhukov", "Philip", "Wolf",
	"Xi", "Qaddafi", "Seo-yeon", "Eun", "Moon", "Kouchner", "Buckley", "Hahn", "shchsch", "hhhh", "yoyo", "aeiouy",
	"Müller", "Škoda", "Łukasz", "Ödön", "Шойгу", "Росстата", "Мацегоры", "Володимир", "ʼs", "O'Brien", "Jong-un",
	"a\xffsh", "s\u0301h", "İstanbul", "ǅemal", "ΣΟΦΙΑ", "straße", "ﬁsh", strings.Repeat("shchk", 40),
	strings.Repeat("я", 70), "x1y2z3", "DPRK", "yy", "bbddgg", "Tschüss"}

func samePhonetic(t *testing.T, p string) {
	t.Helper()
	if got, want := string(appendPhonetic(nil, p)), phoneticRef(p); got != want {
		t.Fatalf("appendPhonetic(%q) = %q, the replacer gives %q", p, got, want)
	}
	if got, want := string(appendPhonetic([]rune("ab"), p)), "ab"+phoneticRef(p); got != want {
		t.Fatalf("appendPhonetic(ab, %q) = %q, want %q", p, got, want)
	}
	if got, want := foldPartOf(p), foldPartRef(p); got != want {
		t.Fatalf("foldPartOf(%q) = %q, the replacer gives %q", p, got, want)
	}
}

// TestPhoneticMatchesReplacer checks the folds on our cases and on every
// word of the Wikinews sample.
func TestPhoneticMatchesReplacer(t *testing.T) {
	for _, c := range phoneticCases {
		samePhonetic(t, c)
	}
	if sharedtest.Dir("data/wikinews-sample") == "" {
		return
	}
	for _, a := range sharedtest.Wikinews(t) {
		for _, w := range strings.Fields(a.Title + " " + a.Text) {
			samePhonetic(t, w)
		}
	}
}

func FuzzPhonetic(f *testing.F) {
	for _, c := range phoneticCases {
		f.Add(c)
	}
	f.Fuzz(samePhonetic)
}

// TestAppendRunesIsStringOfRunes checks appendRunes against string(r),
// invalid runes (a surrogate, a negative one, one past U+10FFFF) too.
func TestAppendRunesIsStringOfRunes(t *testing.T) {
	for _, r := range [][]rune{nil, []rune("a"), []rune("zukanov"), []rune("ʃʧʒ Шойгу"), {0xD800, -1, 0x110000, 'x'},
		[]rune(strings.Repeat("я", 70))} {
		if got, want := string(appendRunes([]byte("ab"), r)), "ab"+string(r); got != want {
			t.Errorf("appendRunes(ab, %q) = %q, want %q", r, got, want)
		}
	}
}

// TestLowerKeepsCyrillic: lowering keeps every rune in or out of the
// Cyrillic blocks hasCyrillic reads (U+0400-U+052F), so foldPartOf may ask
// hasCyrillic of a word before lowering it; and appendPhonetic, lowering
// rune by rune, reads the runes lexicon.LowerString gives.
func TestLowerKeepsCyrillic(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates: not runes of a string
		}
		l := lexicon.LowerRune(r)
		if hasCyrillic(string(r)) != hasCyrillic(string(l)) {
			t.Errorf("%U lowers to %U: hasCyrillic %v -> %v", r, l, hasCyrillic(string(r)), hasCyrillic(string(l)))
		}
		if got, want := lexicon.LowerString(string(r)), string(l); got != want {
			t.Errorf("LowerString(%U) = %q, LowerRune gives %q", r, got, want)
		}
	}
	if got := lexicon.LowerString("a\xffB"); got != "a\uFFFDb" {
		t.Errorf("LowerString of an invalid byte = %q, want U+FFFD as range reads it", got)
	}
}
