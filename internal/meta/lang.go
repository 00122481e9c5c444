package meta

import (
	"math/bits"
	"strings"
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

// wordBytes bounds the words scanText keeps the lower case of: the
// English common words are shorter, so that each fits in a little-endian
// word with a zero byte after it.
const wordBytes = 8

// enSlots holds the English common words (enWords), each as its bytes in
// a little-endian word, the first lowest (token.LeadingLetters' reading),
// in the slot enSlot gives it: the multiplier enMul is the first of a
// fixed sequence that gives every word a slot of its own, so that a
// look-up is a multiplication and a comparison.
var enSlots, enMul = func() (t [128]uint64, k uint64) {
	var ws []uint64
	for w := range enWords {
		if len(w) >= wordBytes || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			panic("meta: English common word " + w + " is not short lower-case ASCII")
		}
		var x uint64
		for i := len(w) - 1; i >= 0; i-- {
			x = x<<8 | uint64(w[i])
		}
		ws = append(ws, x)
	}
	for j := uint64(1); j < 1<<20; j++ {
		k = j*0x9e3779b97f4a7c15 | 1 // odd multiples of the golden ratio's, which vary the top bits
		t = [128]uint64{}
		ok := true
		for _, x := range ws {
			if t[enSlot(x, k)] != 0 {
				ok = false
				break
			}
			t[enSlot(x, k)] = x
		}
		if ok {
			return t, k
		}
	}
	panic("meta: no multiplier gives the English common words a slot each")
}()

// enSlot is the slot of enSlots for the word x with the multiplier k.
func enSlot(x, k uint64) uint64 { return x * k >> 57 }

// isEnWord reports enWords[w] for the lower-case ASCII word shorter than
// wordBytes whose bytes low holds, the first lowest (and zero bytes after
// them).
func isEnWord(low uint64) bool { return enSlots[enSlot(low, enMul)] == low }

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
			if ws.n < wordBytes {
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
		if ws.ascii && ws.n < wordBytes && isEnWord(ws.w) {
			ws.en++
		}
	}
	ws.w, ws.n, ws.ascii = 0, 0, true
}

// asciiStretch reads the ASCII bytes of text from i up to the next other
// byte or the end, which it returns, eight at a time: the letters of a
// block are a mask (token.LetterBits, widened to whole bytes), whose runs
// are its words, each taken off the mask with a few instructions and its
// lower case looked up at once (isEnWord). The bytes before a block's
// first non-ASCII one are a block too; fewer than eight at the text's end
// are read one by one.
func (ws *wordScan) asciiStretch(text string, i int) int {
	w, n, ascii := ws.w, ws.n, ws.ascii
	for i+8 <= len(text) {
		x := swar.Load64(text, i)
		p, lastByte := 8, uint64(0xff)<<56 // the bytes read of the block, the last of them
		letters := tk.LetterBits(x)        // (the top bit of) each ASCII letter
		if h := x & swar.Highs; h != 0 {
			if p = bits.TrailingZeros64(h) >> 3; p == 0 {
				break
			}
			lastByte = 0xff << ((8*p - 8) & 63)
			letters &= h&-h - 1 // the bytes before the first non-ASCII one
		}
		ws.sc.latin += bits.OnesCount64(letters)
		run := letters >> 7 * 0xff // 0xff in each letter's byte
		low := x | 0x20*swar.Ones  // the letters in lower case
		if n > 0 {                 // the word read so far, which the block may go on
			if run&1 == 0 {
				ws.words++
				if ascii && n < wordBytes && isEnWord(w) {
					ws.en++
				}
				w, n, ascii = 0, 0, true
			} else {
				r := run &^ (run + 1) // the letters from byte 0
				if r&lastByte != 0 {  // through the block
					w |= low & r << (8 * n & 63) // read only while n < wordBytes
					n += p
					if i += p; p < 8 {
						break
					}
					continue
				}
				if m := n + bits.TrailingZeros64(run+1)>>3; ascii && m < wordBytes && isEnWord(w|low&r<<(8*n&63)) {
					ws.en++
				}
				ws.words++
				w, n, ascii = 0, 0, true
				run ^= r
			}
		}
		for run != 0 {
			first := run & -run
			r := run &^ (run + first) // the lowest run of letters: a word
			s := bits.TrailingZeros64(first)
			if r&lastByte != 0 { // a word the next bytes may go on
				w, n = low&r>>(s&63), (bits.TrailingZeros64(run+first)-s)>>3
				break
			}
			// a word of at most seven letters, with a zero byte after it
			if isEnWord(low & r >> (s & 63)) {
				ws.en++
			}
			ws.words++
			run ^= r
		}
		if i += p; p < 8 {
			break
		}
	}
	for ; i < len(text) && text[i] < utf8.RuneSelf; i++ {
		if c := text[i] | 0x20; c-'a' <= 'z'-'a' {
			if n < wordBytes {
				w |= uint64(c) << (8 * n)
			}
			n++
			ws.sc.latin++
			continue
		}
		if n > 0 {
			ws.words++
			if ascii && n < wordBytes && isEnWord(w) {
				ws.en++
			}
			w, n, ascii = 0, 0, true
		}
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
