package quantity

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// tokenizeRunes is the tokenizer quantity had before the shared token
// stream (rune by rune over the text), kept to check tokenize against.
func tokenizeRunes(text string, cfg langCfg) []tok {
	toks := make([]tok, 0, len(text)/5+4)
	sp, nl := true, true
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				sp = true
				i++
				continue
			case c == '\n':
				sp, nl = true, true
				i++
				continue
			case isDigit(c) || (c == '.' && i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isAlnumByte(text[i-1]))):
				toks = scanNumber(text, i, cfg, toks, sp, nl)
				i = int(toks[len(toks)-1].e)
				sp, nl = false, false
				continue
			case isLetterByte(c):
				j := i + 1
				for j < len(text) {
					d := text[j]
					if isLetterByte(d) {
						j++
						continue
					}
					if d >= utf8.RuneSelf {
						r, n := utf8.DecodeRuneInString(text[j:])
						if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
							j += n
							continue
						}
						if r == '’' && j+n < len(text) && isLetterByte(text[j+n]) {
							j += n
							continue
						}
						break
					}
					if d == '\'' && j+1 < len(text) && isLetterByte(text[j+1]) {
						j++
						continue
					}
					break
				}
				toks = append(toks, wordTok(text, i, j, sp, nl))
				i = j
				sp, nl = false, false
				continue
			default:
				toks = append(toks, tok{s: int32(i), e: int32(i + 1), k: kSym, low: text[i : i+1], sp: sp, nl: nl})
				i++
				sp, nl = false, false
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			i++
			sp = true
		case unicode.IsSpace(r):
			i += n
			sp = true
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
		case vulgar[r] != 0:
			toks = append(toks, tok{s: int32(i), e: int32(i + n), k: kNum, low: text[i : i+n], sp: sp, nl: nl, val: vulgar[r], dec: true, uni: true})
			i += n
			sp, nl = false, false
		case unicode.IsDigit(r):
			// other scripts' digits: keep as a symbol, not a number
			toks = append(toks, tok{s: int32(i), e: int32(i + n), k: kSym, low: text[i : i+n], sp: sp, nl: nl})
			i += n
			sp, nl = false, false
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				if isLetterByte(text[j]) {
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 >= utf8.RuneSelf && (unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2)) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			toks = append(toks, wordTok(text, i, j, sp, nl))
			i = j
			sp, nl = false, false
		default:
			toks = append(toks, tok{s: int32(i), e: int32(i + n), k: kSym, low: text[i : i+n], sp: sp, nl: nl})
			i += n
			sp, nl = false, false
		}
	}
	return toks
}

// tokenCases are texts written to reach every branch of the number and
// word rules in several languages' separator conventions.
var tokenCases = []string{
	"About 13,221 workers (12.5%) and 1.111,11 rubles; 12,34,567 rupees, .25 and 1e10 or 12.32e+14.",
	"Около 13 221 рабочих, 2,5 млн и 18.4K; п’ять тисяч, пʼять, інтерв'ю o'clock don’t.",
	"IP 192.168.1.2 on 13.02.2024 ½ cup ٣٤ men 12٣ 10am 4th 3.5 x.5 a.25",
	"a\uFFFDb \uFFFD\nc x\xffy 5\u00a0000 7\u202f500 end.\u2028next\u0085line",
	"\u0301ab e\u0301te 1,3 5,00 1, 2, 3 and 4 - 20–30 $5,000 €12bn",
	"",
	"  \n ",
	"Ёлка и ёж, пʼять ПРИВЕТ Zürich ÉCOLE İstanbul Straße ǅemal ΣΟΦΙΑ x\xe2\x80y",
}

func tokensEqual(t *testing.T, text string) {
	t.Helper()
	for _, lang := range []string{"en", "ru", "de"} {
		for _, spec := range []bool{false, true} {
			cfg := cfgFor(lang, spec)
			got, want := tokenize(text, cfg), tokenizeRunes(text, cfg)
			if len(got) != len(want) {
				t.Fatalf("%q (%s): %d tokens, the rune tokenizer gives %d\n got  %+v\n want %+v", text, lang, len(got), len(want), got, want)
			}
			for i := range got {
				if got[i] != want[i] && !(got[i].val != got[i].val && want[i].val != want[i].val) {
					t.Fatalf("%q (%s): token %d\n got  %+v\n want %+v", text, lang, i, got[i], want[i])
				}
			}
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
