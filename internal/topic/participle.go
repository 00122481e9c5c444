package topic

import "strings"

// Verb forms of Russian and Ukrainian infinitives. A topic lists an
// event as a verb ("направить", "відправити"); a text often writes its
// passive ("были направлены", "направлено", "відправлені"), whose stem
// differs from the verb's ("направл" against "направ"), and Ukrainian
// pasts ("постачила") do not meet their infinitive's stem ("постачит").
// CompileLang adds the stems of the forms made here from an infinitive
// (VerbForms), so a user's topic needs no list of them.

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

// VerbForms returns the forms of an infinitive of lang that its stem
// does not cover: the passive participles (ParticipleForms) and, in
// Ukrainian, the past ("постачити" -> "постачив", "постачила",
// "постачили", "постачило").
func VerbForms(lang, w string) []string {
	out := ParticipleForms(lang, w)
	if lang == "uk" && len(out) > 0 && strings.HasSuffix(w, "ти") {
		base := strings.TrimSuffix(strings.ToLower(w), "ти")
		out = append(out, base+"в", base+"ла", base+"ли", base+"ло")
	}
	return out
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
