package meta

import (
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/swar"
	tk "github.com/dossier-osint/dossier/internal/token"
)

var (
	enWords = set("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "as", "by", "are", "from", "has", "have", "it", "its", "be", "at", "this", "which", "were", "an")
	ruWords = set("и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "он", "который", "для", "его", "также", "был", "были", "или", "от", "к", "о", "при", "года", "россии")
	ukWords = set("і", "й", "в", "у", "не", "на", "що", "з", "із", "як", "це", "для", "його", "також", "був", "були", "або", "від", "до", "про", "при", "року", "україни", "та")
)

// wordLen bounds the words of the sets above in bytes: a longer word is
// not looked up.
var wordLen = func() (n int) {
	for _, m := range []map[string]bool{enWords, ruWords, ukWords} {
		for w := range m {
			n = max(n, len(w))
		}
	}
	return n
}()

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// langBytes is how much of a text Lang reads.
const langBytes = 20000

// Lang detects the language of a text and returns its ISO 639-1 code, or ""
// when the text is too short to tell. Korean, Russian and Ukrainian are told
// by script, letters proper to each Cyrillic alphabet and common words;
// English by common words; other languages by whatlanggo's trigrams.
func Lang(text string) string {
	if len(text) > langBytes {
		text = text[:langBytes]
	}
	sc, words, en := scanText(text)
	total := sc.hangul + sc.cyr + sc.latin + sc.kana + sc.han
	if total < 10 {
		return ""
	}
	switch {
	case sc.hangul*2 > total:
		return "ko"
	case sc.kana > 0 && (sc.kana+sc.han)*2 > total:
		return "ja"
	case sc.han*2 > total:
		return "zh"
	case sc.cyr*2 > total:
		var uk, ru int
		lowerWords(text, true, func(w []byte) {
			if len(w) > wordLen {
				return
			}
			if ukWords[string(w)] {
				uk++
			}
			if ruWords[string(w)] {
				ru++
			}
		})
		uk += 2 * sc.ukLetters
		ru += 2 * sc.ruLetters
		if uk > ru {
			return "uk"
		}
		if ru > uk {
			return "ru"
		}
		return whatlanggo.DetectLang(text).Iso6391()
	}
	if words == 0 {
		return ""
	}
	if en*100 >= words*12 {
		return "en"
	}
	info := whatlanggo.Detect(text)
	if info.Confidence < 0.2 {
		if en*100 >= words*5 {
			return "en"
		}
		return ""
	}
	return info.Lang.Iso6391()
}

// enByLen lists the English common words (enWords) by length and first
// letter, each as its bytes in a little-endian word (token.LeadingLetters'
// reading), for a look-up without hashing.
var enByLen = func() (t [8][26][]uint64) {
	for w := range enWords {
		if len(w) >= len(t) || w[0] < 'a' || w[0] > 'z' {
			panic("meta: English common word " + w + " outside the look-up table")
		}
		var x uint64
		for k := len(w) - 1; k >= 0; k-- {
			x = x<<8 | uint64(w[k])
		}
		t[len(w)][w[0]-'a'] = append(t[len(w)][w[0]-'a'], x)
	}
	return t
}()

// isEnWord reports enWords[w] for the lower-case ASCII word of n bytes
// (fewer than eight) whose bytes low holds, the first lowest.
func isEnWord(low uint64, n int) bool {
	first := byte(low) - 'a'
	if n == 0 || first > 'z'-'a' {
		return false
	}
	for _, c := range enByLen[n][first] {
		if low == c {
			return true
		}
	}
	return false
}

// scanText is countScripts(text) with, in the same pass, the number of
// words lowerWords(text, false, ...) visits and how many of them are
// English common words. A word is read as lowerWords reads it: ASCII
// letters and other letters once lower-cased; its lower case is kept, as
// a little-endian word, while it is ASCII and shorter than eight bytes,
// the longest common word being shorter. The ASCII stretches of the text
// are read by wordScan.asciiStretch, a loop without calls.
func scanText(text string) (sc scripts, words, en int) {
	var ws wordScan
	ws.ascii = true
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i = ws.asciiStretch(text, i)
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		i += sz
		ws.sc.add(r)
		if lr := lexicon.LowerRune(r); lr < utf8.RuneSelf && 'a' <= lr && lr <= 'z' {
			// a capital whose lower case is ASCII (Turkish İ, the Kelvin
			// sign): lowerWords writes the ASCII letter, so the word may
			// still be a common English one
			if ws.n < len(enByLen) {
				ws.w |= uint64(lr) << (8 * ws.n)
			}
			ws.n++
		} else if tk.IsLetter(lr) {
			ws.n += sz
			ws.ascii = false
		} else {
			ws.end()
		}
	}
	ws.end()
	return ws.sc, ws.words, ws.en
}

// wordScan is scanText's count so far and the word it is in.
type wordScan struct {
	sc        scripts
	words, en int
	w         uint64 // the word's lower case while n < 8
	n         int    // bytes of the word, 0 between words
	ascii     bool   // the word is ASCII so far
}

// end ends the word being read, if any.
func (ws *wordScan) end() {
	if ws.n > 0 {
		ws.words++
		if ws.ascii && ws.n < len(enByLen) && isEnWord(ws.w, ws.n) {
			ws.en++
		}
	}
	ws.w, ws.n, ws.ascii = 0, 0, true
}

// asciiStretch reads the ASCII bytes of text from i up to the next other
// byte or the end, which it returns: its letters eight at a time
// (token.LeadingLetters), its other bytes each ending a word.
func (ws *wordScan) asciiStretch(text string, i int) int {
	w, n, ascii := ws.w, ws.n, ws.ascii
	for i < len(text) {
		c := text[i]
		if c >= utf8.RuneSelf {
			break
		}
		if (c|0x20)-'a' > 'z'-'a' {
			i++
			if n > 0 {
				ws.words++
				if ascii && n < len(enByLen) && isEnWord(w, n) {
					ws.en++
				}
				w, n, ascii = 0, 0, true
			}
			continue
		}
		// a run of letters from i to j, its lower case low when shorter
		// than eight
		j := i
		var low uint64
		for j+8 <= len(text) {
			k, lw := tk.LeadingLetters(swar.Load64(text, j))
			if j == i {
				low = lw
			}
			if j += k; k < 8 {
				goto run
			}
		}
		for ; j < len(text) && (text[j]|0x20)-'a' <= 'z'-'a'; j++ {
			if j-i < 8 {
				low |= uint64(text[j]|0x20) << (8 * (j - i))
			}
		}
	run:
		if n+j-i < len(enByLen) {
			w |= low << (8 * n & 63) // n < 8; the mask spares the test for shifts >= 64
		}
		n += j - i
		ws.sc.latin += j - i
		i = j
	}
	ws.w, ws.n, ws.ascii = w, n, ascii
	return i
}

// scripts counts the letters of a text by script.
type scripts struct {
	hangul, cyr, latin, kana, han int
	ukLetters, ruLetters          int // letters proper to Ukrainian, to Russian
}

// countScripts counts the letters of text by script: ASCII letters and the
// main Cyrillic block without a table look-up.
func countScripts(text string) scripts {
	var sc scripts
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				sc.latin++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		sc.add(r)
	}
	return sc
}

// add counts a non-ASCII rune.
func (sc *scripts) add(r rune) {
	// the scripts are disjoint, so the order of the tests is free
	switch {
	case 0x400 <= r && r <= 0x484 || 0x487 <= r && r <= 0x52f || unicode.Is(unicode.Cyrillic, r):
		sc.cyr++
		switch lexicon.LowerRune(r) {
		case 'і', 'ї', 'є', 'ґ':
			sc.ukLetters++
		case 'ы', 'э', 'ъ', 'ё':
			sc.ruLetters++
		}
	case unicode.Is(unicode.Hangul, r):
		sc.hangul++
	case unicode.Is(unicode.Latin, r):
		sc.latin++
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		sc.kana++
	case unicode.Is(unicode.Han, r):
		sc.han++
	}
}

// lowerWords calls visit with each word of text in lower case: the runs
// of letters (and apostrophes when apos is set) of the lower-cased text,
// as strings.FieldsFunc over strings.ToLower(text) splits them. The word
// is only valid during the call.
func lowerWords(text string, apos bool, visit func(w []byte)) {
	var buf [64]byte
	w := buf[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || apos && c == '\'' {
				w = append(w, c)
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			i += n
			r = unicode.ToLower(r)
			if unicode.IsLetter(r) || apos && r == '’' {
				w = utf8.AppendRune(w, r)
				continue
			}
		}
		if len(w) > 0 {
			visit(w)
			w = w[:0]
		}
	}
	if len(w) > 0 {
		visit(w)
	}
}
