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
		out = append(out, ukPresent(strings.ToLower(w))...)
	}
	return append(out, Imperfectives(lang, w)...)
}

// imperfectiveRule turns the root of a prefixed perfective verb of
// motion into its imperfective's: "приехать" -> "приезжать", "ввезти" ->
// "ввозить", "приїхати" -> "приїжджати".
type imperfectiveRule struct {
	perf   string   // the perfective's ending, after a prefix
	imperf []string // the imperfectives' endings
}

// imperfectiveRules per language.
var imperfectiveRules = map[string][]imperfectiveRule{
	"ru": {{"ехать", []string{"езжать"}}, {"везти", []string{"возить"}}, {"йти", []string{"ходить"}},
		{"лететь", []string{"летать"}}, {"плыть", []string{"плывать"}}},
	"uk": {{"їхати", []string{"їжджати", "їздити"}}, {"везти", []string{"возити"}}, {"летіти", []string{"літати"}}},
}

// Imperfectives returns the imperfective infinitives of a prefixed
// perfective verb of motion of lang, nil for another word: a topic that
// lists "приехать" or "завезти" matches "приезжают" and "завозят" too,
// and its user need not know the pairs. A bare root ("ехать", "йти") is
// no prefixed verb.
func Imperfectives(lang, w string) []string {
	w = strings.ToLower(w)
	for _, r := range imperfectiveRules[lang] {
		prefix, ok := strings.CutSuffix(w, r.perf)
		if !ok || prefix == "" {
			continue
		}
		var out []string
		for _, e := range r.imperf {
			out = append(out, prefix+e)
			if lang == "uk" {
				// Ukrainian stems keep a verb's endings: its present and
				// past ("приїжджають", "приїжджав", "ввозять")
				out = append(out, ukConjugated(prefix+e)...)
			}
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

// ukPresent returns the third-person present (or simple future) of a
// Ukrainian infinitive, which the Ukrainian stems do not reach:
// "імпортувати" -> "імпортують", "імпортує"; "залучати" -> "залучають";
// "направити" -> "направлять", "направить".
func ukPresent(inf string) []string {
	for _, e := range []struct{ inf, pl, sg string }{{"увати", "ують", "ує"}, {"ювати", "юють", "ює"}, {"ати", "ають", "ає"}, {"яти", "яють", "яє"}} {
		if base, ok := strings.CutSuffix(inf, e.inf); ok && base != "" {
			return []string{base + e.pl, base + e.sg}
		}
	}
	if base, ok := strings.CutSuffix(inf, "ити"); ok && base != "" {
		out := []string{base + "ять", base + "ить"}
		if alt := alternate("uk", base); alt != base && strings.HasSuffix(alt, "л") {
			out = append(out, alt+"ять") // a labial takes л: "направлять"
		}
		return out
	}
	return nil
}

// ukConjugated returns the third-person present and the past forms of a
// Ukrainian imperfective in "-ати" or "-ити".
func ukConjugated(inf string) []string {
	if base, ok := strings.CutSuffix(inf, "ати"); ok {
		return []string{base + "ають", base + "ає", base + "ав", base + "ала", base + "али", base + "ало"}
	}
	if base, ok := strings.CutSuffix(inf, "ити"); ok {
		return []string{base + "ять", base + "ить", base + "ив", base + "ила", base + "или", base + "ило"}
	}
	return nil
}
