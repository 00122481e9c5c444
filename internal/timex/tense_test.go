package timex

import "testing"

// TestWeekdayTense: a weekday takes the sentence's tense from the clause's
// own verb before it; an infinitive after it ("pledging to help") does not
// make a past event future.
func TestWeekdayTense(t *testing.T) {
	ref := Ref{Published: "2024-06-20"} // a Thursday
	cases := []struct{ text, want string }{
		{"The two leaders signed an accord in Vladivostok on Wednesday, pledging to expand trade.", "2024-06-19"},
		{"The delegation arrived on Monday, hoping to discuss labour quotas.", "2024-06-17"},
		{"The two leaders will meet on Wednesday to sign the accord.", "2024-06-26"},
		{"Officials agreed on Tuesday to extend the programme.", "2024-06-18"},
		{"The ministry said on Friday it had issued the permits.", "2024-06-14"},
	}
	for _, c := range cases {
		ts := Find(c.text, ref)
		if len(ts) != 1 || ts[0].Value != c.want {
			t.Errorf("%q: %+v, want one time %s", c.text, ts, c.want)
		}
	}
}

// TestLatinWordBeforeApostrophe: a word before a typographic apostrophe is
// still looked up ("this week’s" is this week).
func TestLatinWordBeforeApostrophe(t *testing.T) {
	got := Find("For this week’s meeting the team wrote a summary.", Ref{Published: "2018-05-20"})
	if len(got) != 1 || got[0].Text != "this week" || got[0].Value != "2018-W20" {
		t.Errorf("got %+v", got)
	}
}
