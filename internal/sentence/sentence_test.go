package sentence

import (
	"reflect"
	"testing"
)

func texts(s string) []string {
	var out []string
	for _, sp := range Split(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Ships left port. Two more followed!  Why?",
			[]string{"Ships left port.", "Two more followed!", "Why?"}},
		{"dotted acronym mid sentence", "The U.S. Treasury and the U.N. panel met. They agreed.",
			[]string{"The U.S. Treasury and the U.N. panel met.", "They agreed."}},
		{"acronym ends sentence", "Talks moved to the U.S. The envoy left on Friday.",
			[]string{"Talks moved to the U.S.", "The envoy left on Friday."}},
		{"initial country", "S. Korea said N. Korea fired a missile. Japan agreed.",
			[]string{"S. Korea said N. Korea fired a missile.", "Japan agreed."}},
		{"month abbreviation", "Seoul, Feb. 3 (AP) - Mr. Lee spoke. Dr. Park left.",
			[]string{"Seoul, Feb. 3 (AP) - Mr. Lee spoke.", "Dr. Park left."}},
		{"closing quote kept", "“We will go.” He left. “Will you?” she asked.",
			[]string{"“We will go.”", "He left.", "“Will you?” she asked."}},
		{"lower-case after quote continues", `"It is done." said the aide.`,
			[]string{`"It is done." said the aide.`}},
		{"line break ends", "Headline without stop\nBody starts here. And ends.",
			[]string{"Headline without stop", "Body starts here.", "And ends."}},
		{"decimals and amounts", "Prices rose 2.5 percent to $1.2 billion. Fine.",
			[]string{"Prices rose 2.5 percent to $1.2 billion.", "Fine."}},
		{"dateline dash", "Moscow, Jan 5 (Agency).- Some 40 people came. Later more.",
			[]string{"Moscow, Jan 5 (Agency).- Some 40 people came.", "Later more."}},
		{"bullets", "  • First point here.\n  • Second point.",
			[]string{"First point here.", "Second point."}},
		{"ellipsis", "He paused... Then spoke.", []string{"He paused...", "Then spoke."}},
		{"empty", "  \n\n ", nil},
	}
	for _, c := range cases {
		if got := texts(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q want %q", c.name, got, c.want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("The U.S. said so. “Yes.” N. Korea\nnext. ...")
	f.Add("a.\u00a0b")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Split(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v (prev end %d) in %q", sp, prev, s)
			}
			prev = sp.End
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	text := ""
	for i := 0; i < 50; i++ {
		text += "The U.S. envoy said on Feb. 3 that N. Korea sent 1,000 workers. “It is true,” he said. "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}
