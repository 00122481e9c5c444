package timex

import (
	"compress/gzip"
	"context"
	"encoding/csv"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/timeval"
	tok "github.com/dossier-osint/dossier/internal/token"
)

type want struct {
	text, value, typ, mod string
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, ref, in string
		want          []want
	}{
		{"full date", "2024-03-01", "The ship docked on July 18, 2014 at the port.", []want{{"July 18, 2014", "2014-07-18", "DATE", ""}}},
		{"day month year", "", "Officials met in Moscow, 13 February 2024.", []want{{"13 February 2024", "2024-02-13", "DATE", ""}}},
		{"month year", "", "The ban was adopted in December 2017.", []want{{"December 2017", "2017-12", "DATE", ""}}},
		{"year", "", "During 2024, exports doubled.", []want{{"2024", "2024", "DATE", ""}}},
		{"context year before", "", "During 2021, arrivals rose to twice the level of the year before.", []want{{"2021", "2021", "DATE", ""}, {"the year before", "2020", "DATE", ""}}},
		{"end of year", "", "All of them had to leave by the end of 2019.", []want{{"by the end of 2019", "2019-12", "DATE", "END"}}},
		{"early month", "2024-02-20", "In early February, a tour group crossed the border.", []want{{"early February", "2024-02", "DATE", "START"}}},
		{"beginning of month", "2024-02-20", "They arrived at the beginning of February by train.", []want{{"the beginning of February", "2024-02", "DATE", "START"}}},
		{"past month name", "2024-06-02", "In November, the two sides signed a protocol.", []want{{"November", "2023-11", "DATE", ""}}},
		{"future month name", "2024-06-02", "The delegation will return in September.", []want{{"September", "2024-09", "DATE", ""}}},
		{"said weekday same day", "2024-02-14", "An expert said Wednesday that the train had arrived.", []want{{"Wednesday", "2024-02-14", "DATE", ""}}},
		{"on weekday", "2024-02-14", "The two men met on Tuesday in the capital.", []want{{"Tuesday", "2024-02-13", "DATE", ""}}},
		{"future weekday", "2024-02-14", "The minister will travel on Friday.", []want{{"Friday", "2024-02-16", "DATE", ""}}},
		{"last month", "2024-06-02", "He spoke to reporters last month.", []want{{"last month", "2024-05", "DATE", ""}}},
		{"this year", "2024-06-02", "He plans a visit this year.", []want{{"this year", "2024", "DATE", ""}}},
		{"next year", "2013-03-22", "Prices could rise next year.", []want{{"next year", "2014", "DATE", ""}}},
		{"last week", "2013-03-22", "Talks stalled last week.", []want{{"last week", "2013-W11", "DATE", ""}}},
		{"past year interval", "2025-02-09", "Over the past year, thousands were sent abroad.", []want{{"the past year", "2024-02-09/2025-02-09", "DURATION", ""}}},
		{"past n years", "2013-03-22", "He has spoken to both over the past two years.", []want{{"the past two years", "2011-03-22/2013-03-22", "DURATION", ""}}},
		{"past year and a half", "2021-06-10", "The mill has lost its buyers in the past year and a half.", []want{{"the past year and a half", "2019-12-10/2021-06-10", "DURATION", ""}}},
		{"a year and a half is still a duration", "2021-06-10", "The works took a year and a half.", []want{{"a year and a half", "P1.5Y", "DURATION", ""}}},
		{"season of a year", "2021-06-10", "In the autumn of 2019, the mill lost its buyers.", []want{{"the autumn of 2019", "2019-09/2019-11", "DATE", ""}}},
		{"summer of a year", "2021-06-10", "The pier was rebuilt in summer 2019.", []want{{"summer 2019", "2019-06/2019-08", "DATE", ""}}},
		{"ago", "2013-03-21", "The order was ignored four years ago.", []want{{"four years ago", "2009", "DATE", ""}}},
		{"duration", "", "He spent 90 days in jail and served a decade abroad.", []want{{"90 days", "P90D", "DURATION", ""}, {"a decade", "P10Y", "DURATION", ""}}},
		{"adjectival duration", "", "It was a three-month course.", []want{{"three-month", "P3M", "DURATION", ""}}},
		{"almost", "", "He held the post for almost seven years.", []want{{"almost seven years", "P7Y", "DURATION", "LESS_THAN"}}},
		{"present ref", "", "The plant is now closed and currently idle.", []want{{"now", "PRESENT_REF", "DATE", ""}, {"currently", "PRESENT_REF", "DATE", ""}}},
		{"recently", "", "Officials recently visited the site.", []want{{"recently", "PAST_REF", "DATE", ""}}},
		{"set daily", "", "Trains run daily and inspections happen every winter.", []want{{"daily", "P1D", "SET", ""}, {"every winter", "XXXX-WI", "SET", ""}}},
		{"season", "2013-03-22", "He vanished last summer.", []want{{"last summer", "2012-SU", "DATE", ""}}},
		{"quarter", "", "Profits fell in Q1 2024.", []want{{"Q1 2024", "2024-Q1", "DATE", ""}}},
		{"header stamp", "", "DATE: 2024-06-02 01:18:18", []want{{"2024-06-02 01:18:18", "2024-06-02T01:18:18", "TIME", ""}}},
		{"clock", "2013-03-22", "The storm will hit at 15:00 GMT Saturday.", []want{{"15:00 GMT Saturday", "2013-03-23T15:00Z", "TIME", ""}}},
		{"daypart", "2013-03-22", "They spoke Friday afternoon.", []want{{"Friday afternoon", "2013-03-22TAF", "TIME", ""}}},
		{"since", "2024-06-02", "Over 10,000 have registered since September.", []want{{"since September", "2023-09/2024-06-02", "DATE", ""}}},
		{"century", "", "It shaped the 20th century.", []want{{"20th century", "19", "DATE", ""}}},
		{"decade", "", "Trade peaked in the 1990s.", []want{{"the 1990s", "199", "DATE", ""}}},
		{"russian year", "", "Это случилось в 2024 году.", []want{{"в 2024 году", "2024", "DATE", ""}}},
		{"russian date", "", "Встреча прошла 13 февраля 2024 года в Москве.", []want{{"13 февраля 2024 года", "2024-02-13", "DATE", ""}}},
		{"ukrainian date", "", "Це сталося 5 березня 2023 року.", []want{{"5 березня 2023 року", "2023-03-05", "DATE", ""}}},
		// No publication date: relative expressions stay unresolved.
		{"no ref weekday", "", "The paper reported on Thursday that permits were issued.", []want{{"Thursday", "", "DATE", ""}}},
		{"no ref month", "", "Workers have registered since September.", []want{{"since September", "", "DATE", ""}}},
		{"no ref last year", "", "Some were working there last year.", []want{{"last year", "", "DATE", ""}}},
		{"no ref month day", "", "The ban came into effect on December 22.", []want{{"December 22", "", "DATE", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.in, Ref{Published: tc.ref})
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %+v, want %d times", tc.in, got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Text != w.text || g.Value != w.value || g.Type != w.typ || g.Mod != w.mod {
					t.Errorf("time %d = %q %q %s mod %q, want %q %q %s mod %q", i, g.Text, g.Value, g.Type, g.Mod, w.text, w.value, w.typ, w.mod)
				}
				if tc.in[g.Start:g.End] != g.Text {
					t.Errorf("span [%d,%d] is %q, text %q", g.Start, g.End, tc.in[g.Start:g.End], g.Text)
				}
				if g.Value == "" && tc.ref == "" && g.Anchor != anchorNone && !strings.HasPrefix(g.Anchor, "none") {
					t.Errorf("unresolved time has anchor %q", g.Anchor)
				}
			}
		})
	}
}

func TestNotTimes(t *testing.T) {
	tests := []string{
		"Their talks may discuss the deployment of workers.",
		"Protesters march through the city.",
		"The island shut its harbour because of the Covid-19 outbreak.",
		"This violates UN Security Council resolution 2397 and Resolution 2087.",
		"Microsoft ceased supporting IE 10 and older.",
		"During the year, 13,221 citizens entered Russia.",
		"See https://example.com/archive/2024-06-02/story.html for details.",
		"The arrival in Pyongyang, Monay, drew crowds.",
		"Some 2000 workers and 1500 people were counted.",
		"The 22-year-old son and children aged 6 months and older were there.",
		"April Ryan and June Carter wrote the report.",
	}
	for _, in := range tests {
		if got := Find(in, Ref{Published: "2024-06-02"}); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want none", in, got)
		}
	}
}

var valueRE = regexp.MustCompile(`^(|PAST_REF|PRESENT_REF|FUTURE_REF|` +
	`(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?(T(\d{2}(:\d{2}(:\d{2})?)?Z?|MO|AF|EV|NI|MI|DT))?|` +
	`\d{4}-(W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)|\d{2,3}|XXXX-(SP|SU|FA|WI)|XXXX-WXX-[1-7]|XXXX-XX-XXT(MO|AF|EV|NI)|` +
	`P(\d+(\.\d+)?|X)(Y|M|W|D|DE|CE|WE)|PT(\d+(\.\d+)?|X)(H|M|S)|P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|` +
	`\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?|XXXX-XX-XXT\d{2}:\d{2}(:\d{2})?Z?/XXXX-XX-XXT\d{2}:\d{2}(:\d{2})?Z?)$`)

func checkWellFormed(t *testing.T, in string, got []doc.Time) {
	t.Helper()
	starts := make(map[int]bool, len(in)+1)
	for i := range in {
		starts[i] = true
	}
	starts[len(in)] = true
	prev := 0
	for _, g := range got {
		if g.Start < prev || g.End <= g.Start || g.End > len(in) {
			t.Fatalf("bad span %d..%d (prev end %d) in %q", g.Start, g.End, prev, in)
		}
		if !starts[g.Start] || !starts[g.End] {
			t.Fatalf("span %d..%d not on rune boundaries in %q", g.Start, g.End, in)
		}
		if a, b, ok := strings.Cut(g.Value, "/"); ok && !strings.HasPrefix(g.Value, "P") {
			// an interval: two dates in order
			if _, err := timeval.Parse(g.Value); err != nil || !valueRE.MatchString(a) || !valueRE.MatchString(b) {
				t.Fatalf("malformed interval %q for %q: %v", g.Value, g.Text, err)
			}
		} else if !valueRE.MatchString(g.Value) {
			t.Fatalf("malformed value %q for %q", g.Value, g.Text)
		}
		if g.Duration != "" && !valueRE.MatchString(g.Duration) {
			t.Fatalf("malformed duration %q for %q", g.Duration, g.Text)
		}
		prev = g.End
	}
}

func TestWellFormedValues(t *testing.T) {
	for _, in := range []string{
		"On Monday, May 5, 2014 at 10:30 p.m. UTC, after two years, every Monday and the next few months.",
		"by the end of this year, the start of the year, the fourth quarter, Christmas 2019, 3 weeks ago",
		"from 2014 to 2016, last night, tonight, today, tomorrow morning, 12/25/2019, 25.12.2019",
	} {
		checkWellFormed(t, in, Find(in, Ref{Published: "2016-11-07"}))
		checkWellFormed(t, in, Find(in, Ref{}))
		checkWellFormed(t, in, Find(in, Ref{Published: "2016-11-07", TimeML: true}))
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"During 2023, 4,310 passengers sailed, about five times the number of the year before.",
		"said Tuesday", "the end of 2019", "2024-06-02 01:18:18", "13 февраля 2024", "10:30 p.m.", "Q1 2024",
		"every other week", "the past 3 years", "May", "12/31/1999", "\xff\xfe 2020", "late last July",
	} {
		f.Add(s, "2024-06-02")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, in, ref string) {
		checkWellFormed(t, in, Find(in, Ref{Published: ref}))
		checkWellFormed(t, in, Find(in, Ref{Published: ref, TimeML: true}))
	})
}

// wikinews loads the article texts of the Wikinews sample, or nil.
func wikinews(tb testing.TB) ([]string, []string) {
	dir := sharedDir("data/wikinews-sample")
	if dir == "" {
		return nil, nil
	}
	var texts, dates []string
	for _, name := range []string{"wikinews_2019.csv.gz", "wikinews_2020.csv.gz"} {
		fh, err := os.Open(dir + "/" + name)
		if err != nil {
			continue
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			fh.Close()
			tb.Fatal(err)
		}
		recs, err := csv.NewReader(zr).ReadAll()
		fh.Close()
		if err != nil {
			tb.Fatalf("read %s: %v", name, err)
		}
		for _, r := range recs[1:] {
			if len(r) >= 4 {
				dates = append(dates, r[1])
				texts = append(texts, r[3])
			}
		}
	}
	return texts, dates
}

func TestWikinewsWellFormed(t *testing.T) {
	texts, dates := wikinews(t)
	if texts == nil {
		t.Skip("shared/data/wikinews-sample not found above the package directory")
	}
	for i, s := range texts {
		checkWellFormed(t, s, Find(s, Ref{Published: dates[i]}))
	}
}

func BenchmarkFind(b *testing.B) { benchFind(b, false) }

// BenchmarkFindTimeML runs the built-in grammar alone (the suites'
// convention), to tell its cost from the rule files'.
func BenchmarkFindTimeML(b *testing.B) { benchFind(b, true) }

// textBytes is the length of texts together.
func textBytes(texts []string) int64 {
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	return int64(n)
}

// BenchmarkFindStream is FindStream on streams split beforehand, as the
// pipeline calls it: timex's own cost, without token.Get's.
func BenchmarkFindStream(b *testing.B) {
	texts, dates := wikinews(b)
	if texts == nil {
		b.Skip("shared/data/wikinews-sample not found above the package directory")
	}
	sts := make([]*tok.Stream, len(texts))
	for k, s := range texts {
		sts[k] = tok.New(s)
	}
	b.SetBytes(textBytes(texts))
	b.ReportAllocs()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, st := range sts {
			FindStream(ctx, st, Ref{Published: dates[k]})
		}
	}
}

func benchFind(b *testing.B, timeML bool) {
	texts, dates := wikinews(b)
	if texts == nil {
		b.Skip("shared/data/wikinews-sample not found above the package directory")
	}
	b.SetBytes(textBytes(texts))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, s := range texts {
			Find(s, Ref{Published: dates[k], TimeML: timeML})
		}
	}
}

// TestTimeMLStyle: in the TimeML convention of the public suites "since"
// is a mod outside the span and two years joined by "to" stay two dates;
// in dossier's own they compose one interval.
func TestTimeMLStyle(t *testing.T) {
	ref := "2024-06-02"
	cases := []struct {
		in     string
		timeML bool
		want   []want
	}{
		{"Over 10,000 have registered since September.", true, []want{{"September", "2023-09", "DATE", "ON_OR_AFTER"}}},
		{"Over 10,000 have registered since September.", false, []want{{"since September", "2023-09/2024-06-02", "DATE", ""}}},
		{"The contract ran from 2009 to 2011.", true, []want{{"2009", "2009", "DATE", ""}, {"2011", "2011", "DATE", ""}}},
		{"The contract ran from 2009 to 2011.", false, []want{{"from 2009 to 2011", "2009/2011", "DATE", ""}}},
		{"В 2024 году въехали 13 тысяч.", true, []want{{"2024 году", "2024", "DATE", ""}}},
		{"В 2024 году въехали 13 тысяч.", false, []want{{"В 2024 году", "2024", "DATE", ""}}},
	}
	for _, c := range cases {
		got := Find(c.in, Ref{Published: ref, TimeML: c.timeML})
		if len(got) != len(c.want) {
			t.Errorf("TimeML %v %q: %+v, want %d times", c.timeML, c.in, got, len(c.want))
			continue
		}
		for i, w := range c.want {
			if g := got[i]; g.Text != w.text || g.Value != w.value || g.Mod != w.mod {
				t.Errorf("TimeML %v %q: time %d = %q %q mod %q, want %+v", c.timeML, c.in, i, g.Text, g.Value, g.Mod, w)
			}
		}
	}
}
