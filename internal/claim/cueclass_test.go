package claim

import "testing"

// TestCueClass: each word of cueWords has the classes of the sets that
// hold it and no other, and a word of none of them has none.
func TestCueClass(t *testing.T) {
	sets := map[uint8]map[string]bool{cueData: dataVerbs, cueSpeech: speechVerbs, cueNounish: nounish, cueAuthored: authoredClaimNouns,
		cueMeasure: measureVerbs, cueDataNoun: dataNouns}
	if cueClass.Len() != len(cueWords) {
		t.Fatalf("%d classed words, %d cue words", cueClass.Len(), len(cueWords))
	}
	for w := range cueWords {
		c, _ := cueClass.Get(w)
		if c&cueAny == 0 {
			t.Errorf("%q: no cueAny", w)
		}
		for bit, set := range sets {
			if (c&bit != 0) != set[w] {
				t.Errorf("%q: class bit %b is %v, the set says %v", w, bit, c&bit != 0, set[w])
			}
		}
	}
	for _, w := range []string{"the", "workers", "", "saying"} {
		if c, _ := cueClass.Get(w); c != 0 && !cueWords[w] {
			t.Errorf("%q is classed but no cue word", w)
		}
	}
}

func TestSpeechVerbNotNoun(t *testing.T) {
	for _, w := range []string{"said", "told", "estimates", "reports", "claims", "the", "", "workers", "saying"} {
		if got, want := speechVerbNotNoun(w), speechVerbs[w] && !nounish[w]; got != want {
			t.Errorf("speechVerbNotNoun(%q) = %v, want %v", w, got, want)
		}
	}
	for w := range speechVerbs {
		if got, want := speechVerbNotNoun(w), !nounish[w]; got != want {
			t.Errorf("speechVerbNotNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
