package meta

import (
	"strings"
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

var (
	enWords = set("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "as", "by", "are", "from", "has", "have", "it", "its", "be", "at", "this", "which", "were", "an")
	ruWords = set("и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "он", "который", "для", "его", "также", "был", "были", "или", "от", "к", "о", "при", "года", "россии")
	ukWords = set("і", "й", "в", "у", "не", "на", "що", "з", "із", "як", "це", "для", "його", "також", "був", "були", "або", "від", "до", "про", "при", "року", "україни", "та")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Lang detects the language of a text and returns its ISO 639-1 code, or ""
// when the text is too short to tell. Korean, Russian and Ukrainian are told
// by script, letters proper to each Cyrillic alphabet and common words;
// English by common words; other languages by whatlanggo's trigrams.
func Lang(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	var hangul, cyr, latin, kana, han int
	var ukLetters, ruLetters int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			switch unicode.ToLower(r) {
			case 'і', 'ї', 'є', 'ґ':
				ukLetters++
			case 'ы', 'э', 'ъ', 'ё':
				ruLetters++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		}
	}
	total := hangul + cyr + latin + kana + han
	if total < 10 {
		return ""
	}
	switch {
	case hangul*2 > total:
		return "ko"
	case kana > 0 && (kana+han)*2 > total:
		return "ja"
	case han*2 > total:
		return "zh"
	case cyr*2 > total:
		words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		var uk, ru int
		for _, w := range words {
			if ukWords[w] {
				uk++
			}
			if ruWords[w] {
				ru++
			}
		}
		uk += 2 * ukLetters
		ru += 2 * ruLetters
		if uk > ru {
			return "uk"
		}
		if ru > uk {
			return "ru"
		}
		return whatlanggo.DetectLang(text).Iso6391()
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return ""
	}
	en := 0
	for _, w := range words {
		if enWords[w] {
			en++
		}
	}
	if en*100 >= len(words)*12 {
		return "en"
	}
	info := whatlanggo.Detect(text)
	if info.Confidence < 0.2 {
		if en*100 >= len(words)*5 {
			return "en"
		}
		return ""
	}
	return info.Lang.Iso6391()
}
