package timex

import "testing"

// TestCompactDates covers numbers and month names joined without spaces
// and the guards that keep codes and phone numbers out.
func TestCompactDates(t *testing.T) {
	tests := []struct {
		name, ref, in string
		want          []want
	}{
		{"month slash year", "2021-03-10", "Sanctions were tightened in Dec/2018 again.", []want{{"Dec/2018", "2018-12", "DATE", ""}}},
		{"month dash year", "2021-03-10", "The list was updated in Jan-2019.", []want{{"Jan-2019", "2019-01", "DATE", ""}}},
		{"day month year", "2021-03-10", "The ship was seized on 05-Aug-2016 off the coast.", []want{{"05-Aug-2016", "2016-08-05", "DATE", ""}}},
		{"year month day", "2021-03-10", "Filed 2019/aug/01 by the panel.", []want{{"2019/aug/01", "2019-08-01", "DATE", ""}}},
		{"month day year", "2021-03-10", "Signed Sep-23-2020 in Vladivostok.", []want{{"Sep-23-2020", "2020-09-23", "DATE", ""}}},
		{"month slash day", "2021-03-10", "The next hearing is Oct/2 in Seoul.", []want{{"Oct/2", "2021-10-02", "DATE", ""}}},
		{"year dash month", "2021-03-10", "Shipments fell in 2015-12 sharply.", []want{{"2015-12", "2015-12", "DATE", ""}}},
		{"year dash one digit month", "2021-03-10", "Shipments fell in 2015-3 sharply.", []want{{"2015-3", "2015-03", "DATE", ""}}},
		{"month dash year numeric", "2021-03-10", "Figures for 11-2016 were revised.", []want{{"11-2016", "2016-11", "DATE", ""}}},
		{"dashed month day year", "2021-03-10", "Arrivals peaked on 10-1-2018 at the port.", []want{{"10-1-2018", "2018-10-01", "DATE", ""}}},
		{"eight digits", "2021-03-10", "Decree 20161016 took effect.", []want{{"20161016", "2016-10-16", "DATE", ""}}},
		{"range of numeric dates", "2021-03-10", "Visas ran from 5/1/2019-5/7/2020 for the group.", []want{{"from 5/1/2019-5/7/2020", "2019-05-01/2020-05-07", "DATE", ""}}},
		{"range with one year", "2021-03-10", "The quota applied 10/1-11/2/2017 only.", []want{{"10/1-11/2/2017", "2017-10-01/2017-11-02", "DATE", ""}}},
		{"years dash range stays two", "2021-03-10", "Exports grew in 2010-2015 steadily.", []want{{"2010", "2010", "DATE", ""}, {"2015", "2015", "DATE", ""}}},
		{"short year range", "2021-03-10", "Exports grew in 2010-12 steadily.", []want{{"2010", "2010", "DATE", ""}}},
		{"phone number", "2021-03-10", "Call +86 138-2010-2015 for details.", nil},
		{"code", "2021-03-10", "The parcel code is 133-03-03-2020 on the label.", nil},
		{"bad month after year", "2021-03-10", "Is 2015-32 a date?", nil},
		{"bad month before year", "2021-03-10", "Is 32-2015 a date?", nil},
		{"spaced dash short number", "2021-03-10", "Score: 2015 - 32 at the end.", nil},
		{"counted pieces", "2021-03-10", "They shipped 2000 pieces of equipment.", nil},
		{"ssn", "2021-03-10", "The number 123-12-1234 was redacted.", nil},
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
		})
	}
}

// TestSpansAndComparatives covers numbered spans written number first,
// the hour or minute next to the reference time, "within", comparatives
// and compound durations.
func TestSpansAndComparatives(t *testing.T) {
	tests := []struct {
		name, ref, in string
		want          []want
	}{
		{"number then next", "2022-04-10", "Talks resume in the 3 coming weeks.", []want{{"the 3 coming weeks", "2022-04-11/2022-05-02", "DURATION", ""}}},
		{"number then past", "2022-04-10", "Nothing moved in the 2 past years.", []want{{"the 2 past years", "2020-04-10/2022-04-10", "DURATION", ""}}},
		{"next hour", "2022-04-10T09:30:00", "The convoy crosses within the next hour.", []want{{"the next hour", "2022-04-10T09:30/2022-04-10T10:30", "DURATION", ""}}},
		{"last minute bare", "2022-04-10T09:30:00", "Prices moved twice last minute.", []want{{"last minute", "2022-04-10T09:29/2022-04-10T09:30", "DURATION", ""}}},
		{"within months", "2022-04-10", "The camp must close within 9 months.", []want{{"9 months", "2022-04-10/2023-01-10", "DURATION", "LESS_THAN"}}},
		{"within letter hours", "2022-04-10T09:30:00", "Reply within 2h.", []want{{"2h", "2022-04-10T09:30/2022-04-10T11:30", "DURATION", "LESS_THAN"}}},
		{"more than", "", "The hearing took more than 4 days.", []want{{"4 days", "P4D", "DURATION", "MORE_THAN"}}},
		{"less than", "", "The stop lasted less than 1 week.", []want{{"1 week", "P1W", "DURATION", "LESS_THAN"}}},
		{"compound hours minutes", "", "The search lasted 3 hours 30 minutes.", []want{{"3 hours 30 minutes", "PT3H30M", "DURATION", ""}}},
		{"compound with and", "", "The flight took 1 hour and 15 minutes.", []want{{"1 hour and 15 minutes", "PT1H15M", "DURATION", ""}}},
		{"compound ago", "2016-11-07", "The ship left 2 weeks and 2 days ago.", []want{{"2 weeks and 2 days ago", "2016-10-22", "DATE", ""}}},
		{"more than before day", "2018-06-12", "It was filed more than 2 weeks before today.", []want{{"2 weeks before today", "2018-05-29", "DATE", "BEFORE"}}},
		{"couple of weeks", "2018-07-31", "They will return over the next couple weeks.", []want{{"the next couple weeks", "2018-08-01/2018-08-15", "DURATION", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.in, Ref{Published: tc.ref, TimeML: true}) // the TimeML convention of the suites
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %+v, want %d times", tc.in, got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Text != w.text || (w.value != "" && g.Value != w.value) || g.Type != w.typ || g.Mod != w.mod {
					t.Errorf("time %d = %q %q %s mod %q, want %q %q %s mod %q", i, g.Text, g.Value, g.Type, g.Mod, w.text, w.value, w.typ, w.mod)
				}
			}
		})
	}
}

// TestHolidaysAndNamedYears covers more holidays, holidays relative to
// the reference date, and fiscal, calendar and school years.
func TestHolidaysAndNamedYears(t *testing.T) {
	tests := []struct {
		name, ref, in string
		want          []want
	}{
		{"black friday year", "2021-03-10", "Sales on Black Friday 2019 were weak.", []want{{"Black Friday 2019", "2019-11-29", "DATE", ""}}},
		{"earth day year", "2021-03-10", "Marches were held on Earth Day 2020.", []want{{"Earth Day 2020", "2020-04-22", "DATE", ""}}},
		{"saint patrick", "2021-03-10", "The parade on Saint Patrick's Day 2019 was cancelled.", []want{{"Saint Patrick's Day 2019", "2019-03-17", "DATE", ""}}},
		{"workers day", "2021-06-10", "Rallies marked International Workers' Day.", []want{{"International Workers' Day", "2021-05-01", "DATE", ""}}},
		{"last easter", "2019-06-12", "The border was closed last Easter.", []want{{"last Easter", "2019-04-21", "DATE", ""}}},
		{"next easter before it", "2019-02-12", "The border opens next Easter.", []want{{"next Easter", "2019-04-21", "DATE", ""}}},
		{"following easter", "2019-06-12", "Visits resume the following Easter.", []want{{"the following Easter", "2020-04-12", "DATE", ""}}},
		{"easter monday", "2019-08-05", "The office shut on Easter Monday 2018.", []want{{"Easter Monday 2018", "2018-04-02", "DATE", ""}}},
		{"new year day", "2019-07-12", "Markets close on new year day 2020.", []want{{"new year day 2020", "2020-01-01", "DATE", ""}}},
		{"new year alone is no holiday", "2019-07-12", "A new year of talks began.", nil},
		{"fiscal year number", "2019-06-18", "Exports fell in fiscal year 2008.", []want{{"fiscal year 2008", "2008", "DATE", ""}}},
		{"fy short", "2019-06-18", "Budgets for FY18 were cut.", []want{{"FY18", "2018", "DATE", ""}}},
		{"this fiscal year", "2013-03-22", "The agency must cut spending this fiscal year.", []want{{"this fiscal year", "2013", "DATE", ""}}},
		{"last school year", "2019-06-18", "Enrolment fell last school year.", []want{{"last school year", "2018", "DATE", ""}}},
		{"before the year", "2019-03-10", "No visas were issued before the year 2015.", []want{{"2015", "2015", "DATE", "BEFORE"}}},
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
		})
	}
}
