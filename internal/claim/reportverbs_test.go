package claim

import (
	"strings"
	"testing"
)

// TestReportingVerbClass: verbs of suspicion, allegation and disclosure
// introduce a figure like "said" does, in their tenses; the same words as
// nouns or adjectives ("the suspected hackers", "two suspects") introduce
// none; a person named once with a role in apposition is the "he" of the
// next sentence.
func TestReportingVerbClass(t *testing.T) {
	cases := []struct {
		name, text, figure, want string
	}{
		{"suspect", "Auditors at the Central Bank suspect the gang moved $40 million through shell firms in 2022.", "$40 million", "Central Bank"},
		{"suspected", "Investigators suspected the ring had smuggled 300 workers into the country.", "300 workers", "Investigators"},
		{"allege", "In their filing, the prosecutors allege that the firm hid $12 million from tax officials.", "$12 million", "prosecutors"},
		{"has exposed", "Ahn Tae-ho, a former accountant, has exposed a scheme in which 2,000 laborers were hired under false names.", "2,000 laborers", "Ahn Tae-ho"},
		{"he after a single name with a role", "Ri-sun, a defector from the North, spoke to reporters on Monday. He explained that 60% of his wages went to the state.", "60%", "Ri-sun"},
		// near misses: the words as an adjective or a noun
		{"suspected as adjective", "The suspected hackers took $9 million from the exchange in 2023.", "$9 million", ""},
		{"suspects as noun", "Police said nothing about the case. The two suspects moved $3 million abroad in 2021.", "$3 million", ""},
	}
	tops := builtin(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := article("2024-05-01", c.text)
			for _, cl := range Extract(a, annotate(a), tops) {
				if !strings.Contains(cl.Text, c.figure) && !strings.Contains(c.figure, cl.Text) {
					continue
				}
				if cl.SaidBy != c.want {
					t.Errorf("said_by %q, want %q (why: %s)", cl.SaidBy, c.want, strings.Join(cl.Why, " | "))
				}
				return
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
