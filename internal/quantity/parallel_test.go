package quantity

import (
	"reflect"
	"sync"
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// TestFindParallelSameAsSequential: texts read on several goroutines at
// once, in another order, give what they give one after another (token
// slices are pooled and shared between texts).
func TestFindParallelSameAsSequential(t *testing.T) {
	texts := []string{
		"About 1,200 welders arrived in March, up from 300 a year before; the fee was $4.5 million.",
		"Более 3 тыс. строителей прибыли в порт, сообщили 12 мая.",
		"Близько двохсот робітників виїхали за два тижні.",
		"Between 10 and 20 per cent of the 6,000 crew stayed for ½ of the season.",
	}
	if sharedtest.Dir("data/wikinews-sample") != "" {
		for i, a := range wikinewsTB(t) {
			if i%5 == 0 {
				texts = append(texts, a)
			}
		}
	}
	langs := []string{"en", "ru", "uk", "en"}
	lang := func(i int) string { return langs[i%len(langs)] }
	want := make([][]any, len(texts))
	for i, s := range texts {
		for _, q := range Find(s, lang(i)) {
			want[i] = append(want[i], q)
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range texts {
				i := (k*7 + g*13) % len(texts)
				var got []any
				for _, q := range Find(texts[i], lang(i)) {
					got = append(got, q)
				}
				if !reflect.DeepEqual(got, want[i]) {
					t.Errorf("text %d differs when read in parallel", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
