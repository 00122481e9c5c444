package topic

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// allLanguageSets is how compile made the term sets before they were
// compiled by language: every block's terms in one set, for claims of
// every language.
func allLanguageSets(ind *Indicator) *termSets {
	sets := make([]PhraseSet, len(termKeys))
	base := [][]string{ind.Counted, ind.Foreign, ind.Actor, ind.Place, ind.Events, ind.NotEvents, ind.Exclude}
	for k := range sets {
		sets[k] = NewPhraseSet(base[k])
	}
	codes := make([]string, 0, len(ind.Languages))
	for code := range ind.Languages {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		if ind.Languages[code] == nil {
			continue
		}
		for k, l := range ind.Languages[code].lists() {
			sets[k].Add(l, code)
		}
	}
	addKinds(&sets[0], ind.countedKinds(), "", true)
	addKinds(&sets[1], ind.foreignKinds(), "", true)
	return &termSets{sets[0], sets[1], sets[2], sets[3], sets[4], sets[5], sets[6], NewPhraseSet(ind.NotScopes), ind.langUnits(codes)}
}

// mayMatchIn reports whether a word of an article of lang can meet every
// word of p: by its text (an entry that is no stem key) or by its key (a
// stem key of lang).
func mayMatchIn(p Phrase, lang string) bool {
	for _, set := range p.words {
		ok := false
		for e := range set {
			if !strings.HasPrefix(e, "\x00") || Stemmed(lang) && strings.HasPrefix(e, "\x00"+lang+"\x00") {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

const trickyTopic = `id: tricky
name: Terms whose words have no stem
indicators:
  - id: crews
    measure: stock
    units: [person, barrel]
    counted: [worker, crew member]
    actor: [North Korea]
    events: [send]
    not_scopes: [killed]
    languages:
      ru:
        counted: [рабочий, IT специалист, баррель]
        actor: [КНДР]
        events: [направить]
      uk:
        counted: [робітник, ь, "IT ь", баррель]
        place: [ь Росія]
        events: [направити]
`

// TestTermsForLanguage checks that the sets of each language hold the
// phrases of the all-language sets that can match in it, in their order,
// compiled alike, and no others; and that the unit of a counted word is
// the same.
func TestTermsForLanguage(t *testing.T) {
	tops, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tricky, err := Parse("tricky.yaml", []byte(trickyTopic))
	if err != nil {
		t.Fatal(err)
	}
	tops = append(tops, tricky)
	for _, top := range tops {
		for i := range top.Indicators {
			ind := &top.Indicators[i]
			all := allLanguageSets(ind)
			for _, lang := range []string{"", "en", "ru", "uk", "de"} {
				got := ind.termsFor(lang)
				for _, kind := range []struct {
					name      string
					all, lazy PhraseSet
				}{{"counted", all.counted, got.counted}, {"foreign", all.foreign, got.foreign}, {"actor", all.actor, got.actor},
					{"place", all.place, got.place}, {"events", all.events, got.events}, {"not_events", all.notEvents, got.notEvents},
					{"exclude", all.exclude, got.exclude}, {"not_scopes", all.notScopes, got.notScopes}} {
					var want []Phrase
					for _, p := range kind.all.List {
						if mayMatchIn(p, lang) {
							want = append(want, p)
						}
					}
					if !reflect.DeepEqual(kind.lazy.List, want) {
						t.Errorf("%s/%s %s for %q: %d phrases, want %d of %d", top.ID, ind.ID, kind.name, lang, len(kind.lazy.List), len(want), len(kind.all.List))
					}
				}
				for k, u := range all.langUnits {
					if strings.HasPrefix(k, "\x00"+lang+"\x00") && got.langUnits[k] != u {
						t.Errorf("%s/%s unit of %q in %q: %q, want %q", top.ID, ind.ID, k, lang, got.langUnits[k], u)
					}
				}
				for k := range got.langUnits {
					if _, ok := all.langUnits[k]; !ok || !strings.HasPrefix(k, "\x00"+lang+"\x00") {
						t.Errorf("%s/%s unit of %q in %q: none before", top.ID, ind.ID, k, lang)
					}
				}
			}
		}
	}
	// the tricky topic's stemless terms stay in every language's sets
	ind := tricky.Indicator("crews")
	for _, lang := range []string{"", "ru"} {
		var raw []string
		for _, p := range ind.termsFor(lang).counted.List {
			raw = append(raw, p.Raw)
		}
		want := "worker|crew member|ь|IT ь|" + strings.Join(TradeNouns("en"), "|")
		if lang == "ru" {
			want = "worker|crew member|рабочий|IT специалист|баррель|ь|IT ь|" + strings.Join(TradeNouns("en"), "|") + "|" + strings.Join(TradeNouns("ru"), "|")
		}
		if strings.Join(raw, "|") != want {
			t.Errorf("counted for %q: %q, want %q", lang, raw, want)
		}
	}
	// an explanation lists the phrases of the all-language sets
	for _, top := range tops {
		for i := range top.Indicators {
			ind := &top.Indicators[i]
			all := allLanguageSets(ind)
			for _, c := range []struct {
				raw []string
				set PhraseSet
			}{{ind.c.rawCounted, all.counted}, {ind.c.rawActor, all.actor}, {ind.c.rawPlace, all.place}, {ind.c.rawEvents, all.events}} {
				var want []string
				for _, p := range c.set.List {
					want = append(want, p.Raw)
				}
				if !slices.Equal(c.raw, want) {
					t.Errorf("%s/%s terms explained: %q, want %q", top.ID, ind.ID, c.raw, want)
				}
			}
		}
	}
}
