package web

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

func TestHumanValue(t *testing.T) {
	for _, tc := range []struct {
		v         doc.Value
		unit, per string
		want      string
	}{
		{doc.Value{Bound: doc.BoundMin, Number: 12000, Vague: true}, "person", "", "≥ 12,000 people"},
		{doc.Value{Bound: doc.BoundExact, Number: 13000, Approx: true}, "person", "", "about 13,000 people"},
		{doc.Range(20000, 30000), "person", "", "20,000–30,000 people"},
		{doc.Value{Bound: doc.BoundMax, Number: 500}, "worker", "", "≤ 500 workers"},
		{doc.Exact(1), "permit", "", "1 permit"},
		{doc.Exact(300), "USD", "month", "US$ 300 a month"},
		{doc.Exact(2500000), "artillery shell", "", "2.5 million artillery shells"},
		{doc.Value{Bound: doc.BoundMin, Number: 2}, "ratio", "", "≥ 2×"},
		{doc.Exact(6.5), "percent", "", "6.5%"},
		{doc.Exact(40), "", "", "40"},
		{doc.Exact(3), "entry", "", "3 entries"},
		{doc.Exact(2), "box", "", "2 boxes"},
	} {
		if got := humanValue(tc.v, tc.unit, tc.per); got != tc.want {
			t.Errorf("humanValue(%+v, %q, %q) = %q, want %q", tc.v, tc.unit, tc.per, got, tc.want)
		}
	}
}

func TestWordsForPeople(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{thousands(1234567), "1,234,567"}, {thousands(999), "999"}, {thousands(-1500.5), "-1,500.5"},
		{plural(1, "claim"), "1 claim"}, {plural(0, "claim"), "0 claims"}, {plural(12000, "claim"), "12,000 claims"},
		{plural(2, "independent source"), "2 independent sources"}, {plural(3, "story"), "3 stories"},
		{humanPeriod("2023"), "2023"}, {humanPeriod("2024-06"), "June 2024"}, {humanPeriod("2024-06-20"), "20 June 2024"},
		{humanPeriod("2024-Q1"), "Q1 2024"}, {humanPeriod("2023-01/2024-06"), "January 2023 – June 2024"},
		{humanPeriod(""), "no period"}, {humanPeriod("FUTURE_REF"), "FUTURE_REF"},
		{humanDate("2024-03-10"), "10 March 2024"}, {humanDate("sometime"), "sometime"},
		{safeURL("https://example.org/a?b=1"), "https://example.org/a?b=1"}, {safeURL("javascript:alert(1)"), ""},
		{safeURL("data:text/html,x"), ""}, {safeURL("//evil.example"), ""},
		{reviewWord("machine"), "not reviewed"}, {entityType("ORG"), "organisation"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestChartOneUnitBandsAndLog: a ratio and a head-count are drawn in
// separate charts; two independent sources for one period make a band;
// the log scale puts ticks on powers of ten; labels carry separators and
// the legend the sources' full names.
func TestChartOneUnitBandsAndLog(t *testing.T) {
	long := "Seoul Centre for North Korean Labour Studies"
	pt := func(id int64, n float64, unit, src, period string, copies ...int64) Point {
		p := Point{Source: src, From: period + "-01-01", To: period + "-12-31", Independent: 2, Copies: copies}
		p.ID, p.Value, p.Unit, p.Period = id, doc.Exact(n), unit, period
		return p
	}
	se := &Series{Label: "arrivals", Points: []Point{
		pt(1, 12000, "person", long, "2023", 9), pt(2, 4000, "person", "Border service", "2023"),
		pt(3, 25000, "person", long, "2024"), pt(4, 2, "ratio", "Ministry", "2024"),
	}}
	if u := chartUnits(se); len(u) != 2 || u[0] != "person" || u[1] != "ratio" {
		t.Fatalf("units %v, want person then ratio", u)
	}
	c := newChartWith(se, 980, 360, false, chartOpt{Unit: "person"})
	if len(c.Marks) != 3 || c.OtherUnits != 1 || c.UnitLabel != "people" {
		t.Errorf("person chart: %d marks, %d of other units, unit %q", len(c.Marks), c.OtherUnits, c.UnitLabel)
	}
	if len(c.Bands) != 1 || !strings.Contains(c.Bands[0].Title, "from 4,000 to 12,000") {
		t.Errorf("bands %+v, want one for 2023 from 4,000 to 12,000", c.Bands)
	}
	var labels []string
	for _, tk := range c.YTicks {
		labels = append(labels, tk.Label)
	}
	if !strings.Contains(strings.Join(labels, " "), "12,500") {
		t.Errorf("y labels %v: want thousands separators", labels)
	}
	if len(c.Legend) != 2 || c.Legend[0].Label != long {
		t.Errorf("legend %+v: want the full names, most points first", c.Legend)
	}
	carried := 0
	for _, m := range c.Marks {
		carried += m.Carried
	}
	if carried != 2 {
		t.Errorf("copies: carried %d, want the claim with one copy marked ×2", carried)
	}
	lg := newChartWith(se, 980, 360, false, chartOpt{Unit: "person", Log: true})
	labels = labels[:0]
	for _, tk := range lg.YTicks {
		labels = append(labels, tk.Label)
	}
	if got := strings.Join(labels, " "); got != "1,000 10,000 100,000" {
		t.Errorf("log ticks %q", got)
	}
	r := newChartWith(se, 980, 360, false, chartOpt{Unit: "ratio"})
	if len(r.Marks) != 1 || r.UnitLabel != "ratio (times)" {
		t.Errorf("ratio chart: %d marks, unit %q", len(r.Marks), r.UnitLabel)
	}
	many := &Series{}
	for i := 0; i < paletteSize+3; i++ {
		many.Points = append(many.Points, pt(int64(i+1), float64(100+i), "person", "source "+itoa(i), "2022"))
	}
	if m := newChartWith(many, 980, 360, false, chartOpt{Unit: "person"}); len(m.Legend) != paletteSize || m.Others != 3 {
		t.Errorf("%d sources: legend %d, others %d", len(many.Points), len(m.Legend), m.Others)
	}
}
