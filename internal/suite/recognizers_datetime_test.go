package suite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

func TestDTResolutionAgrees(t *testing.T) {
	tests := []struct {
		typ    string
		values []map[string]string
		got    string
		want   bool
	}{
		{"datetimeV2.date", []map[string]string{{"timex": "2019-01-02", "value": "2019-01-02"}}, "2019-01-02", true},
		{"datetimeV2.date", []map[string]string{{"timex": "XXXX-05-09", "value": "2017-05-09"}, {"timex": "XXXX-05-09", "value": "2018-05-09"}}, "2018-05-09", true},
		{"datetimeV2.date", []map[string]string{{"timex": "XXXX-05-09", "value": "2017-05-09"}}, "2016-05-09", false},
		{"datetimeV2.daterange", []map[string]string{{"timex": "(2019-10-14,2019-10-17,P3D)", "start": "2019-10-14", "end": "2019-10-17"}}, "2019-10-14/2019-10-17", true},
		{"datetimeV2.daterange", []map[string]string{{"timex": "XXXX-08", "start": "2016-08-01"}}, "2016-08", true},
		{"datetimeV2.time", []map[string]string{{"timex": "T07", "value": "07:00:00"}}, "2016-11-07T07:00", true},
		{"datetimeV2.time", []map[string]string{{"timex": "T07", "value": "07:00:00"}}, "2016-11-07T19:00", false},
		{"datetimeV2.datetime", []map[string]string{{"timex": "2016-11-08T08:00", "value": "2016-11-08 08:00:00"}}, "2016-11-08T08:00", true},
		{"datetimeV2.duration", []map[string]string{{"timex": "P3D"}}, "P3D", true},
		{"datetimeV2.daterange", []map[string]string{{"timex": "(2019-07-01,2019-10-01,P3M)", "start": "2019-07-01", "end": "2019-10-01"}}, "2019-Q3", true},
		{"datetimeV2.daterange", []map[string]string{{"timex": "(2019-07-01,2019-10-01,P3M)", "start": "2019-07-01", "end": "2019-10-01"}}, "2019-Q2", false},
		{"datetimeV2.daterange", []map[string]string{{"timex": "(2019-07-22,2019-07-29,P1W)", "start": "2019-07-22", "end": "2019-07-29"}}, "2019-W30", true},
		{"datetimeV2.duration", []map[string]string{{"timex": "P3D"}}, "", false},
		{"datetimeV2.daterange", []map[string]string{{"timex": "FY2008"}}, "2008", true},
		{"datetimeV2.daterange", []map[string]string{{"timex": "SY2018"}}, "2017", false},
	}
	for _, tc := range tests {
		if got := dtResolutionAgrees(tc.typ, tc.values, tc.got); got != tc.want {
			t.Errorf("%s %v vs %q = %v, want %v", tc.typ, tc.values, tc.got, got, tc.want)
		}
	}
}

func TestDTSmallSpec(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "DateTime", "English")
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	spec := "\xef\xbb\xbf" + `[
 {"Input": "We met on July 18, 2014 in Seoul.", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
  "Results": [{"Text": "july 18, 2014", "Start": 10, "End": 22, "TypeName": "datetimeV2.date",
   "Resolution": {"values": [{"timex": "2014-07-18", "type": "date", "value": "2014-07-18"}]}}]},
 {"Input": "They may come.", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"}, "Results": []},
 {"Input": "It lasted 3 days.", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
  "Results": [{"Text": "3 days", "Start": 10, "End": 15, "Typename": "datetimeV2.duration",
   "Resolution": {"values": [{"timex": "P4D", "type": "duration", "value": "345600"}]}}]}
]`
	if err := os.WriteFile(filepath.Join(p, "DateTimeModel.json"), []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := RecognizersDateTime(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	if r.Cases != 3 || r.Passed != 2 {
		t.Errorf("cases %d passed %d, want 3 and 2; failures %v", r.Cases, r.Passed, r.Failures)
	}
}

func TestRecognizersDateTime(t *testing.T) {
	dir := sharedData("recognizers-text")
	if dir == "" {
		t.Skip("shared/data/recognizers-text not found above the package directory")
	}
	r, err := RecognizersDateTime(dir, testing.Verbose())
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		t.Log("\n" + strings.Join(r.Failures, "\n"))
	}
	t.Logf("DateTimeModel: %d/%d cases pass (%.3f)", r.Passed, r.Cases, r.Rate)
	if r.Cases != 985 {
		t.Errorf("cases = %d, want 985", r.Cases)
	}
	// The floor sits a little under the rate reached; raise it as
	// constructions are added.
	const floor = 0.60
	if r.Rate < floor {
		t.Errorf("DateTimeModel pass rate %.3f below the floor %.2f", r.Rate, floor)
	}
}

func TestDTSpanConventions(t *testing.T) {
	tests := []struct {
		in   string
		g    doc.Time
		want string
	}{
		{"It took more than 4 days.", doc.Time{Start: 18, End: 24, Mod: "MORE_THAN"}, "more than 4 days"},
		{"Back within 9 months.", doc.Time{Start: 12, End: 20, Mod: "LESS_THAN"}, "within 9 months"},
		{"Meet around 1pm.", doc.Time{Start: 12, End: 15, Mod: "APPROX"}, "around 1pm"},
		{"Seen in the 5 past years.", doc.Time{Start: 8, End: 24}, "5 past years"},
		{"Seen in the 5 years.", doc.Time{Start: 8, End: 19}, "the 5 years"},
		{"It took 4 days.", doc.Time{Start: 8, End: 14, Mod: "MORE_THAN"}, "4 days"},
		{"Sales in the year 2008.", doc.Time{Start: 18, End: 22, Type: "DATE", Value: "2008", Rule: "year"}, "year 2008"},
		{"Gone before the year 2019.", doc.Time{Start: 21, End: 25, Type: "DATE", Value: "2019", Rule: "year", Mod: "BEFORE"}, "before the year 2019"},
	}
	for _, tc := range tests {
		s, e := dtSpan(tc.in, tc.g)
		if got := tc.in[s:e]; got != tc.want {
			t.Errorf("dtSpan(%q, %d..%d) = %q, want %q", tc.in, tc.g.Start, tc.g.End, got, tc.want)
		}
	}
}
