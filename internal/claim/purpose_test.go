package claim

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// purposeWhole is every purpose alternative in one unanchored pattern:
// findPurpose must return what it returns.
var purposeWhole = regexp.MustCompile(`((?:^|\s)(?:on|with)\s+(?:\w+\s+)?(?:visas?|business|study|holiday)\b|\bfor\s+(?:study|studies|work|business|private reasons|tourism|training)\b|\bas\s+(?:tourists?|students?|trainees?|workers|the purpose[\w ]*)\b|\bby\s+(?:car|road|air|rail|train|bus|sea)\b|\bin transit\b|\bto study\b|(?:^|\s)по\s+(?:учебным|туристическим|рабочим|деловым|частным|гостевым|навчальним|туристичним|робочим)\s+\S+|(?:^|\s)по\s+(?:делам|деловым вопросам|частным делам)|(?:^|\s)как туристы|(?:^|\s)туристами|(?:^|\s)в качестве\s+\S+(?:\s+\S+){0,3}|(?:^|\s)с целью\s+\S+|(?:^|\s)транзитом|(?:^|\s)на (?:учебу|учёбу|навчання)|(?:^|\s)з метою\s+\S+|(?:^|\s)транзитом)`)

func TestFindPurposeIsThePattern(t *testing.T) {
	texts := []string{
		" they came on student visas and for study", " (on visas) by car", " nobody arrived in transit; to study",
		" по учебным визам въехали", " туристами назвались", " въехали как туристы", " в качестве обслуживающего персонала работали",
		" on business", " foron visas", " as the purpose of the trip", " éfor study", " z for work", " _by car",
		" workers entered with work visas, others as trainees", " з метою навчання", " на учёбу",
	}
	// and every sentence of the sample articles, cut at each word
	for _, dir := range []string{"../../examples", "../../../shared/dev/docs", "../../../shared/dev-ru/docs"} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			for _, line := range strings.Split(string(b), "\n") {
				l := strings.ToLower(line)
				texts = append(texts, " "+l)
				for i := 0; i < len(l); i++ {
					if l[i] == ' ' {
						texts = append(texts, " "+l[i+1:])
					}
				}
			}
		}
	}
	for _, s := range texts {
		if got, want := findPurpose(s), purposeWhole.FindString(s); got != want {
			t.Errorf("findPurpose(%q) = %q, the whole pattern finds %q", s, got, want)
		}
	}
}

func FuzzFindPurpose(f *testing.F) {
	for _, s := range []string{"they came on student visas", "по учебным визам", "as trainees", "\tс целью работы"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = " " + s // as the texts findPurpose reads start (after a figure)
		if got, want := findPurpose(s), purposeWhole.FindString(s); got != want {
			t.Errorf("findPurpose(%q) = %q, the whole pattern finds %q", s, got, want)
		}
	})
}
