package entity

import (
	"reflect"
	"sync"
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

func TestStripAccents(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Pyongyang", "Pyongyang"},
		{"Sergéi Lavróv", "Sergei Lavrov"},
		{"Ñandú Müller", "Nandu Muller"},
		{"Шойгу", "Шоигу"}, // й is и with a breve: folded like any mark
		{"São Tomé", "Sao Tome"},
	} {
		if got := stripAccents(c.in); got != c.want {
			t.Errorf("stripAccents(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestKeyConcurrent calls Key from several goroutines at once, as the
// parallel extraction of app.Ordered does: with -race it fails on any
// state the folding shares between calls (a shared transform.Chain did).
func TestKeyConcurrent(t *testing.T) {
	names := []string{"Sergéi Lavróv", "José Martí", "Łukasz Nowak", "Ángela Müller", "Kim Jong-un"}
	want := make([]string, len(names))
	for i, n := range names {
		want[i] = Key(n, "PER")
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i := k % len(names)
				if got := Key(names[i], "PER"); got != want[i] {
					t.Errorf("Key(%q) = %q on a second goroutine, want %q", names[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestFindConcurrentCyrillic finds a Russian bare description on several
// goroutines at once, as parallel extraction does: the first articles
// must not read the description heads while another goroutine builds
// them (go test -race reports a lazily built shared table).
func TestFindConcurrentCyrillic(t *testing.T) {
	text := "Росстат выпустил новую сводку о въездах. По расчетам ведомства, студентов стало вдвое больше."
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := Find(text)
			for _, m := range r.Mentions {
				if m.Text == "ведомства" && m.Entity != "" {
					return
				}
			}
			t.Errorf("no description 'ведомства' linked on this goroutine: %+v", r.Mentions)
		}()
	}
	wg.Wait()
}

// TestFindParallelSameAsSequential: articles found on several goroutines
// at once, in another order, give what they give one after another (the
// memos and the pooled per-article slices are shared).
func TestFindParallelSameAsSequential(t *testing.T) {
	texts := []string{
		"Kim Jong Un met Vladimir Putin in Vladivostok. Kim said the talks went well.",
		"Розвідка Південної Кореї повідомила, що Сергій Коваленко прибув до Москви. Коваленко мовчить.",
		"Russian border guards held the Aurora crew. The National Intelligence Service (NIS) said so.",
		"UN Security Council resolution 2397 (2017) bans the work. Reuters reported it on Monday.",
	}
	if sharedtest.Dir("data/wikinews-sample") != "" {
		for i, a := range sharedtest.Wikinews(t) {
			if i%5 == 0 {
				texts = append(texts, a.Title+"\n\n"+a.Text)
			}
		}
	}
	want := make([]Result, len(texts))
	for i, s := range texts {
		want[i] = Find(s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range texts {
				i := (k*7 + g*13) % len(texts)
				if got := Find(texts[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("text %d differs when found in parallel", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
