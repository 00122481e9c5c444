package claim

import (
	"math/rand"
	"strings"
	"testing"
)

// repeatMap is the set repeats stands for, as split kept it before: each
// fold, and for a first sentence each tail after a space in its first
// repeatTail bytes that is minRepeat bytes or more.
type repeatMap map[string]bool

func (m repeatMap) add(fold string, tails bool) {
	m[fold] = true
	for i := 0; tails && i < len(fold) && i <= repeatTail; i++ {
		if fold[i] == ' ' && len(fold)-i-1 >= minRepeat {
			m[fold[i+1:]] = true
		}
	}
}

// checkRepeats runs split's use of the set over folds: a fold found is
// skipped, one not found is added (with its tails when first is set),
// and addNew must tell which as the set does.
func checkRepeats(t *testing.T, folds []string, first []bool) {
	t.Helper()
	r, m := repeats{byEnd: map[string]int32{}}, repeatMap{}
	for k, f := range folds {
		if len(f) < minRepeat {
			continue
		}
		if got, want := !r.addNew(f, first[k]), m[f]; got != want {
			t.Fatalf("fold %d %q: held %v, the set %v", k, f, got, want)
		}
		if !m[f] {
			m.add(f, first[k])
		}
	}
}

// repeatFolds are folds of example sentences, their tails at each space,
// cut at each end and joined to a dateline, in random order.
func repeatFolds(t *testing.T, r *rand.Rand) ([]string, []bool) {
	var folds []string
	sents := exampleFileSentences(t)
	for _, s := range sents[:min(len(sents), 400)] {
		f := fold(s)
		folds = append(folds, f, "seoul, may 3 (agency) - "+f, "x "+f)
		for i := 0; i < len(f) && i < 90; i++ {
			if f[i] == ' ' {
				folds = append(folds, f[i+1:], f[:len(f)-i])
			}
		}
	}
	r.Shuffle(len(folds), func(i, j int) { folds[i], folds[j] = folds[j], folds[i] })
	first := make([]bool, len(folds))
	for i := range first {
		first[i] = r.Intn(3) == 0
	}
	return folds, first
}

// TestRepeatsAsSet: repeats answers as the set of folds and tails did,
// over folds that repeat, come back without a dateline or share ends.
func TestRepeatsAsSet(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for k := 0; k < 3; k++ {
		folds, first := repeatFolds(t, r)
		checkRepeats(t, folds, first)
	}
	same := strings.Repeat("the same ending of many sentences ", 2)
	var folds []string
	var first []bool
	for i := 0; i < 80; i++ {
		folds = append(folds, strings.Repeat("w ", i%40)+same, strings.Repeat("v ", i%7)+"x"+same)
		first = append(first, i%2 == 0, i%3 == 0)
	}
	checkRepeats(t, folds, first)
}

func FuzzRepeats(f *testing.F) {
	f.Add("seoul, may 3 (agency) - the ministry said about 1,200 north korean workers arrived in the far east", uint8(5))
	f.Fuzz(func(t *testing.T, s string, cuts uint8) {
		r := rand.New(rand.NewSource(int64(cuts)))
		s = fold(s)
		var folds []string
		var first []bool
		for k := 0; k < int(cuts)%16+2; k++ {
			i := r.Intn(len(s) + 1)
			folds = append(folds, s[i:], s, s[:i]+" "+s)
			first = append(first, r.Intn(2) == 0, r.Intn(2) == 0, true)
		}
		checkRepeats(t, folds, first)
	})
}
