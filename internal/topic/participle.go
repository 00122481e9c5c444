package topic

import "strings"

// Passive participles of Russian and Ukrainian verbs. A topic lists an
// event as a verb ("направить", "відправити"); a text often writes its
// passive ("были направлены", "направлено", "відправлені"), whose stem
// differs from the verb's ("направл" against "направ"). CompileLang adds
// the stems of the participle forms made here from an infinitive, so a
// user's topic needs no list of them.

// participleRule turns an infinitive ending into participle endings.
type participleRule struct {
	inf    string   // the infinitive's ending, removed
	mutate bool     // the consonant before it alternates (labial + л, с -> ш, ...)
	forms  []string // endings added to the rest
}

// participleRules per language, longest ending first.
var participleRules = map[string][]participleRule{
	"ru": {
		{"нуть", false, []string{"нут", "нуты", "нуто", "нутые", "нутых"}},
		{"ить", true, []string{"ен", "ены", "ено", "енные", "енных"}},
		{"еть", false, []string{"ен", "ены", "ено", "енные", "енных"}},
		{"ать", false, []string{"ан", "аны", "ано", "анные", "анных"}},
		{"ять", false, []string{"ян", "яны", "яно", "янные", "янных"}},
		{"ти", false, []string{"ен", "ены", "ено", "енные", "енных"}},
	},
	"uk": {
		{"нути", false, []string{"нут", "нуті", "нуто", "нутих"}},
		{"ити", true, []string{"ен", "ені", "ено", "ених"}},
		{"іти", false, []string{"ен", "ені", "ено", "ених"}},
		{"ати", false, []string{"ан", "ані", "ано", "аних"}},
		{"яти", false, []string{"ян", "яні", "яно", "яних"}},
		{"ти", false, []string{"ен", "ені", "ено", "ених"}},
	},
}

// consonantAlternations: the consonant before "-ить"/"-ити" in the
// participle ("перебросить" -> "переброшены", "направить" -> "направлены").
var consonantAlternations = map[string]map[string]string{
	"ru": {"б": "бл", "в": "вл", "п": "пл", "ф": "фл", "м": "мл", "ст": "щ", "с": "ш", "з": "ж", "т": "ч", "д": "жд"},
	"uk": {"б": "бл", "в": "вл", "п": "пл", "ф": "фл", "м": "мл", "ст": "щ", "с": "ш", "з": "ж", "т": "ч", "д": "дж"},
}

// ParticipleForms returns the passive participle forms of an infinitive
// of lang ("направить" -> "направлен", "направлены", "направлено", ...),
// or nil when w is no infinitive of a language with rules.
func ParticipleForms(lang, w string) []string {
	w = strings.ToLower(w)
	for _, r := range participleRules[lang] {
		if !strings.HasSuffix(w, r.inf) || len([]rune(w))-len([]rune(r.inf)) < 3 {
			continue
		}
		base := strings.TrimSuffix(w, r.inf)
		if r.mutate {
			base = alternate(lang, base)
		}
		out := make([]string, 0, len(r.forms))
		for _, f := range r.forms {
			out = append(out, base+f)
		}
		return out
	}
	return nil
}

// alternate applies the consonant alternation to the end of base, the
// longest match first ("ст" before "т").
func alternate(lang, base string) string {
	alt := consonantAlternations[lang]
	for _, from := range []string{"ст", "б", "в", "п", "ф", "м", "с", "з", "т", "д"} {
		if to, ok := alt[from]; ok && strings.HasSuffix(base, from) {
			return strings.TrimSuffix(base, from) + to
		}
	}
	return base
}
