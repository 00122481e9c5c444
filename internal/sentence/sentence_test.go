package sentence

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/sharedtest"
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
		{"a footnote marker after the stop stays with its sentence", "Ferries carried 900 people.[3] That was a record. See note [12] below.",
			[]string{"Ferries carried 900 people.[3]", "That was a record.", "See note [12] below."}},
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
		// plainEnd stops at these control bytes too; the loop steps over them
		{"tabs inside and between", "He said\tthis. Then\tmore.", []string{"He said\tthis.", "Then\tmore."}},
		{"tabs after an abbreviation", "Mr.\tKim came.\t\tHe left", []string{"Mr.\tKim came.", "He left"}},
		{"other control bytes", "One\x01two. Three\vfour.\fFive", []string{"One\x01two.", "Three\vfour.", "Five"}},
		{"a control byte after a stop", "x\by! z\a. W", []string{"x\by! z\a.", "W"}},
		{"a sentence glued to the one before", "Trucks carried crates.The convoy left at dawn. It came back in 2021.North of the river it stopped.",
			[]string{"Trucks carried crates.", "The convoy left at dawn.", "It came back in 2021.", "North of the river it stopped."}},
		{"no glued sentence in a domain, decimal, acronym, file or address", "See example.com and Example.Org, 2.5 percent, the U.S.The end, report.Final.pdf, mail john.Smith@mail.net now.",
			[]string{"See example.com and Example.Org, 2.5 percent, the U.S.The end, report.Final.pdf, mail john.Smith@mail.net now."}},
	}
	for _, c := range cases {
		if got := texts(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q want %q", c.name, got, c.want)
		}
	}
}

func TestSplitLongRun(t *testing.T) {
	// a list of items with commas and no full stop, far longer than MaxLen
	item := "crews from the northern yards, "
	text := "Inventory: " + strings.Repeat(item, 200) + "and the last crew."
	spans := Split(text)
	if len(spans) < 2 {
		t.Fatalf("a %d-byte run gave %d sentences", len(text), len(spans))
	}
	prev := 0
	for i, sp := range spans {
		if sp.End-sp.Start > MaxLen {
			t.Errorf("piece %d is %d bytes, over MaxLen %d", i, sp.End-sp.Start, MaxLen)
		}
		if strings.TrimSpace(text[prev:sp.Start]) != "" {
			t.Errorf("text lost before piece %d: %q", i, text[prev:sp.Start])
		}
		if i < len(spans)-1 && !strings.HasSuffix(text[sp.Start:sp.End], ",") {
			t.Errorf("piece %d is not cut after a comma: ...%q", i, text[sp.End-10:sp.End])
		}
		prev = sp.End
	}
	// no spaces at all: cut at a rune boundary
	runes := strings.Repeat("ж", 3000)
	for _, sp := range Split(runes) {
		if !utf8.ValidString(runes[sp.Start:sp.End]) || sp.End-sp.Start > MaxLen {
			t.Fatalf("bad piece %+v", sp)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("The U.S. said so. “Yes.” N. Korea\nnext. ...")
	f.Add("a.\u00a0b")
	f.Add(strings.Repeat("word, ", 400))
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Split(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v (prev end %d) in %q", sp, prev, s)
			}
			if sp.End-sp.Start > MaxLen {
				t.Fatalf("span %+v longer than MaxLen", sp)
			}
			prev = sp.End
		}
	})
}

// BenchmarkSplitPeriods: a run of periods without spaces stays linear.
func BenchmarkSplitPeriods(b *testing.B) {
	text := strings.Repeat("a.", 1<<16)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
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

// BenchmarkSplitWikinews splits the lines of the Wikinews sample that
// BenchmarkPipeline (internal/pipeline) runs, as claim splits paragraphs.
func BenchmarkSplitWikinews(b *testing.B) {
	var lines []string
	size := 0
	for _, a := range sharedtest.Wikinews(b) {
		for l := range strings.Lines(a.Title + "\n\n" + a.Text) {
			lines = append(lines, l)
			size += len(l)
		}
	}
	b.SetBytes(int64(size))
	var out []Span
	for b.Loop() {
		for _, l := range lines {
			out = AppendSplit(out[:0], l)
		}
	}
}

// refPlainEnd is plainEnd byte by byte.
func refPlainEnd(text string, i int) int {
	for i < len(text) && plain[text[i]] {
		i++
	}
	return i
}

var plainEndCases = []string{"", "abc", "The U.S. envoy", "twelve bytes!", "no stop in these sixteen", "line\nbreak and more text",
	"carriage\rreturn", "what?", "a “quote” here and there", "\xff\xfe.", "abcdefg.", "abcdefgh.", "abcdefgh\u2026x",
	"-/,0123456789:;<=>@ABC", "\x00\x01\x7f\x80."}

// samePlainEnd fails t where plainEnd differs from the byte loop at some
// place of s.
func samePlainEnd(t *testing.T, s string) {
	for i := range len(s) + 1 {
		if got, want := plainEnd(s, i), refPlainEnd(s, i); got != want {
			t.Fatalf("plainEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
}

func TestPlainEnd(t *testing.T) {
	for _, s := range plainEndCases {
		samePlainEnd(t, s)
	}
	for c := range 256 { // every byte at every place of a block
		for k := range 8 {
			b := []byte("xxxxxxxxxxxxxxxx")
			b[k] = byte(c)
			samePlainEnd(t, string(b))
		}
	}
}

func FuzzPlainEnd(f *testing.F) {
	for _, s := range plainEndCases {
		f.Add(s)
	}
	f.Fuzz(samePlainEnd)
}
