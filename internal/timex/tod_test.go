package timex

import (
	"context"
	"testing"

	tok "github.com/dossier-osint/dossier/internal/token"
)

// TestNewConstructions covers times of day, ranges, weeks, cues and
// durations with sentences written for the purpose.
func TestNewConstructions(t *testing.T) {
	tests := []struct {
		name, ref, in string
		want          []want
	}{
		// times of day
		{"bare hour after at", "2021-03-10", "The convoy left the depot at 7 on the dot.", []want{{"7", "2021-03-10T07:00", "TIME", ""}}},
		{"hour in the evening", "2021-03-10", "Guards changed shifts at 9 in the evening.", []want{{"9 in the evening", "2021-03-10T21:00", "TIME", ""}}},
		{"half past", "2021-03-10", "The ferry sails at half past seven.", []want{{"half past seven", "2021-03-10T07:30", "TIME", ""}}},
		{"minutes past", "2021-03-10", "Customs opened at 10 past 9 in the morning.", []want{{"10 past 9 in the morning", "2021-03-10T09:10", "TIME", ""}}},
		{"dotted pm", "2021-03-10", "The last bus leaves at 8.30pm.", []want{{"8.30pm", "2021-03-10T20:30", "TIME", ""}}},
		{"o'clock", "2021-03-10", "They met at five o'clock sharp.", []want{{"five o'clock", "2021-03-10T05:00", "TIME", ""}}},
		{"tomorrow 8pm", "2021-03-10", "The shipment will arrive tomorrow 8pm.", []want{{"tomorrow 8pm", "2021-03-11T20:00", "TIME", ""}}},
		{"tonight at", "2021-03-10", "The border closes tonight at 11.", []want{{"tonight at 11", "2021-03-10T23:00", "TIME", ""}}},
		{"morning at", "2021-03-10", "Inspectors come in the morning at 6.", []want{{"the morning at 6", "2021-03-10T06:00", "TIME", ""}}},
		{"day with daypart then at", "2021-03-10", "The vote is Sunday night at 8 PM.", []want{{"Sunday night", "2021-03-07TNI", "TIME", ""}, {"8 PM", "2021-03-10T20:00", "TIME", ""}}},
		{"at a number of people is not a time", "2021-03-10", "They were paid at 7 percent interest.", nil},
		// ranges of times
		{"hour range with pm", "2021-03-10", "The office is open 1-3 pm for visa pickups.", []want{{"1-3 pm", "2021-03-10T13:00/2021-03-10T15:00", "TIME", ""}}},
		{"from to pm", "2021-03-10", "Hearings run from 5 to 7pm.", []want{{"from 5 to 7pm", "2021-03-10T17:00/2021-03-10T19:00", "TIME", ""}}},
		{"between and today", "2021-03-10", "The consulate answers calls between 2 and 4 today.", []want{{"between 2 and 4 today", "2021-03-10T02:00/2021-03-10T04:00", "TIME", ""}}},
		{"weekday range", "2021-03-10", "Visits are allowed Monday 3-5pm.", []want{{"Monday 3-5pm", "2021-03-08T15:00/2021-03-08T17:00", "TIME", ""}}},
		{"bare number range alone is no time", "2021-03-10", "The home side won 3-1 at the weekend.", nil},
		// parts of day
		{"in the afternoon", "2021-03-10", "The ministry will comment in the afternoon.", []want{{"the afternoon", "2021-03-10TAF", "TIME", ""}}},
		{"mornings", "2021-03-10", "Crews load the trucks mornings.", []want{{"mornings", "XXXX-XX-XXTMO", "SET", ""}}},
		// cues
		{"before year", "2021-03-10", "No permits were issued before 2017.", []want{{"2017", "2017", "DATE", "BEFORE"}}},
		{"after month", "2021-03-10", "Arrivals rose sharply after February 2020.", []want{{"February 2020", "2020-02", "DATE", "AFTER"}}},
		{"since", "2024-06-02", "Over 10,000 have registered since September.", []want{{"September", "2023-09", "DATE", "ON_OR_AFTER"}}},
		// durations
		{"decimal hours", "", "The hearing lasted 1.5 hours.", []want{{"1.5 hours", "PT1.5H", "DURATION", ""}}},
		{"half an hour", "", "The inspection took half an hour.", []want{{"half an hour", "PT0.5H", "DURATION", ""}}},
		{"and a half days", "", "The crossing took two and a half days.", []want{{"two and a half days", "P2.5D", "DURATION", ""}}},
		{"hour and a half", "", "Talks went on for an hour and a half.", []want{{"an hour and a half", "PT1.5H", "DURATION", ""}}},
		{"in n units", "2021-03-10", "The delegation will return in 3 weeks.", []want{{"3 weeks", "2021-03-10/2021-03-31", "DURATION", ""}}},
		{"units from tomorrow", "2021-03-10", "The ban starts three days from tomorrow.", []want{{"three days from tomorrow", "2021-03-14", "DATE", ""}}},
		{"units before holiday", "2021-03-10", "Crews left 2 weeks before Christmas.", []want{{"2 weeks before Christmas", "2020-12-11", "DATE", ""}}},
		// weeks
		{"week number of last year", "2021-03-10", "Exports peaked in week 27 of last year.", []want{{"week 27 of last year", "2020-W27", "DATE", ""}}},
		{"first week of next month", "2021-03-10", "The quota resets the first week of next month.", []want{{"the first week of next month", "2021-W13", "DATE", ""}}},
		{"last week of month", "2021-03-10", "It was signed in the last week of March 2009.", []want{{"the last week of March 2009", "2009-W13", "DATE", ""}}},
		{"week commencing", "2021-03-10", "Talks resume the week commencing March 22.", []want{{"the week commencing March 22", "2021-W12", "DATE", ""}}},
		// dates
		{"weekday day of month", "2021-03-10", "The court sits on Monday 15 to hear the case.", []want{{"Monday 15", "2021-03-15", "DATE", ""}}},
		{"date range borrowing month", "2021-03-10", "The fair runs April 9th through 17th, organizers said.", []want{{"April 9th through 17th", "2021-04-09/2021-04-17", "DATE", ""}}},
		{"range borrowing from the end", "2021-03-10", "Flights stop from the ninth till the seventeenth of April.", []want{{"from the ninth till the seventeenth of April", "2021-04-09/2021-04-17", "DATE", ""}}},
		{"two years stay apart", "2021-03-10", "The contract ran from 2009 to 2011.", []want{{"2009", "2009", "DATE", ""}, {"2011", "2011", "DATE", ""}}},
		{"weekday of next week", "2021-03-10", "The envoy lands on Tuesday of next week.", []want{{"Tuesday of next week", "2021-03-16", "DATE", ""}}},
		{"next week weekday", "2021-03-10", "The envoy lands next week Friday.", []want{{"next week Friday", "2021-03-19", "DATE", ""}}},
		{"year then quarter", "2021-03-10", "Revenue fell in 2019 Q3 and again later.", []want{{"2019 Q3", "2019-Q3", "DATE", ""}}},
		{"nights", "", "The crew stayed two nights in the port.", []want{{"two nights", "P2D", "DURATION", ""}}},
		{"later in the year", "2021-03-10", "A second round is due later in the year.", []want{{"later in the year", "2021", "DATE", ""}}},
		{"the day before alone", "2021-03-10", "Nobody had seen them the day before.", []want{{"the day before", "2021-03-09", "DATE", ""}}},
		{"the 18th", "2021-03-10", "The court will rule on the 18th.", []want{{"the 18th", "2021-03-18", "DATE", ""}}},
		{"the first time is no date", "2021-03-10", "They met for the first time.", nil},
		{"next n days start tomorrow", "2021-03-10", "Rain is expected over the next three days.", []want{{"the next three days", "2021-03-11/2021-03-14", "DURATION", ""}}},
		{"past n quarters whole", "2021-05-10", "Sales fell in the past two quarters.", []want{{"the past two quarters", "2020-10-01/2021-04-01", "DURATION", ""}}},
		{"this past weekday", "2021-03-10", "They met this past Monday in Minsk.", []want{{"this past Monday", "2021-03-08", "DATE", ""}}},
		{"or later", "2021-03-10", "Applicants born in 1990 or later qualify.", []want{{"1990", "1990", "DATE", "ON_OR_AFTER"}}},
		{"end of month", "2021-03-10", "The permits expire end of month.", []want{{"end of month", "2021-03", "DATE", "END"}}},
		{"money before a month", "2021-03-10", "It cost $12 December 27 at the market.", []want{{"December 27", "2020-12-27", "DATE", ""}}},
		{"month range with year", "2021-03-10", "The summit met in Jan-Feb 2017.", []want{{"Jan-Feb 2017", "2017-01-01/2017-02-01", "DATE", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.in, Ref{Published: tc.ref, TimeML: true}) // the TimeML convention of the suites
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %+v, want %d times", tc.in, got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Text != w.text || g.Value != w.value || g.Type != w.typ || g.Mod != w.mod {
					t.Errorf("time %d = %q %q %s mod %q, want %q %q %s mod %q", i, g.Text, g.Value, g.Type, g.Mod, w.text, w.value, w.typ, w.mod)
				}
			}
			checkWellFormed(t, tc.in, got)
		})
	}
}

// TestTodMemo: todAt, remembering its last reading, answers as readTod
// at every token of the Wikinews texts, asked in turn at a token, the
// next one and the token again, on the line and with the line cut short.
func TestTodMemo(t *testing.T) {
	texts, _ := wikinews(t)
	texts = append(texts, "at 10:30 p.m. and 1-3 pm, from 9 to 5 o'clock, noon\nhalf past seven")
	read := 0
	for _, s := range texts {
		p := parser{text: s}
		_ = p.tokenize(context.Background(), tok.New(s))
		for i := range p.toks {
			for _, hi := range []int{len(p.toks), min(i+2, len(p.toks))} {
				p.hi = hi
				for _, k := range []int{i, i + 1, i} {
					for _, second := range []bool{false, true} {
						got, gok := p.todAt(k, second)
						want, wok := p.readTod(k, second)
						if got != want || gok != wok {
							t.Fatalf("token %d of %q (hi %d, second %v): todAt %+v %v, readTod %+v %v", k, s[:min(len(s), 60)], hi, second, got, gok, want, wok)
						}
						if wok {
							read++
						}
					}
				}
			}
		}
	}
	if read == 0 {
		t.Fatal("no time of day read: the test reads nothing")
	}
}
