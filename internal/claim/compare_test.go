package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

func ref(id, art, group int64, ind string, v doc.Value, period, published, origin string) ClaimRef {
	return ClaimRef{ID: id, ArticleID: art, CopyGroup: group, Published: published,
		Claim: doc.Claim{Indicator: ind, Unit: "person", Value: v, Period: period, Origin: origin, SaidBy: "src" + string(rune('A'+id))}}
}

func at(r ClaimRef, place string) ClaimRef { r.Claim.Place = place; return r }

func scopeOf(r ClaimRef, scope string) ClaimRef { r.Claim.Scope = scope; return r }

func approx(n float64) doc.Value { v := doc.Exact(n); v.Approx = true; return v }
func minv(n float64) doc.Value   { return doc.Value{Bound: doc.BoundMin, Number: n} }
func vague(n float64) doc.Value  { return doc.Value{Bound: doc.BoundMin, Number: n, Vague: true} }

func TestContradictions(t *testing.T) {
	builtin(t) // registers the indicators' measures
	const stock, flow = "dprk_workers_in_russia", "dprk_arrivals_russia"
	cases := []struct {
		name string
		a, b ClaimRef
		want bool
	}{
		{"stock, same year, far apart", ref(1, 1, 0, stock, approx(1000), "2020", "", ""), ref(2, 2, 0, stock, doc.Exact(11490), "2020", "", ""), true},
		{"approx within 25%", ref(1, 1, 0, stock, approx(1000), "2020", "", ""), ref(2, 2, 0, stock, doc.Exact(1200), "2020", "", ""), false},
		{"exact within rounding", ref(1, 1, 0, stock, doc.Exact(13221), "2024", "", ""), ref(2, 2, 0, stock, doc.Exact(13000), "2024", "", ""), false},
		{"min bound satisfied", ref(1, 1, 0, stock, minv(10000), "2024", "", ""), ref(2, 2, 0, stock, doc.Exact(13221), "2024", "", ""), false},
		{"min bound violated", ref(1, 1, 0, stock, minv(10000), "2024", "", ""), ref(2, 2, 0, stock, doc.Exact(700), "2024", "", ""), true},
		{"vague thousands vs 1,500", ref(1, 1, 0, stock, vague(2000), "2024", "", ""), ref(2, 2, 0, stock, doc.Exact(1500), "2024", "", ""), false},
		{"vague thousands vs 300", ref(1, 1, 0, stock, vague(2000), "2024", "", ""), ref(2, 2, 0, stock, doc.Exact(300), "2024", "", ""), true},
		{"periods do not overlap", ref(1, 1, 0, stock, doc.Exact(1000), "2019", "", ""), ref(2, 2, 0, stock, doc.Exact(11490), "2020", "", ""), false},
		{"stock without period uses publication date", ref(1, 1, 0, stock, approx(1000), "", "2020-02-06", ""), ref(2, 2, 0, stock, doc.Exact(11490), "2020", "", ""), true},
		{"same article", ref(1, 1, 0, stock, doc.Exact(1000), "2020", "", ""), ref(2, 1, 0, stock, doc.Exact(11490), "2020", "", ""), false},
		{"copies", ref(1, 1, 7, stock, doc.Exact(1000), "2020", "", ""), ref(2, 2, 7, stock, doc.Exact(11490), "2020", "", ""), false},
		{"flows over different periods", ref(1, 1, 0, flow, doc.Exact(300), "2024-02", "", ""), ref(2, 2, 0, flow, doc.Exact(13221), "2024", "", ""), false},
		{"flows over the same period", ref(1, 1, 0, flow, doc.Exact(3000), "2024", "", ""), ref(2, 2, 0, flow, doc.Exact(13221), "2024", "", ""), true},
		{"different indicators", ref(1, 1, 0, flow, doc.Exact(3000), "2024", "", ""), ref(2, 2, 0, stock, doc.Exact(13221), "2024", "", ""), false},
		{"regional stock beside a national one", at(ref(1, 1, 0, stock, approx(600), "2019-04", "", ""), "Sakhalin"), at(ref(2, 2, 0, stock, doc.Exact(11490), "2019", "", ""), "Russia"), false},
		{"regional stock beside one with no place", at(ref(1, 1, 0, stock, approx(600), "2019-04", "", ""), "Khabarovsk"), ref(2, 2, 0, stock, doc.Exact(11490), "2019", "", ""), false},
		{"same region", at(ref(1, 1, 0, stock, approx(600), "2019", "", ""), "Sakhalin"), at(ref(2, 2, 0, stock, doc.Exact(3000), "2019", "", ""), "Sakhalin"), true},
		{"country named and none", at(ref(1, 1, 0, stock, approx(1000), "2020-01", "", ""), "Russia"), ref(2, 2, 0, stock, minv(4000), "2020-01", "", ""), true},
		{"quarter inside the year", ref(1, 1, 0, flow, doc.Exact(14), "2021-Q1", "", ""), ref(2, 2, 0, flow, doc.Exact(9000), "2021-Q1", "", ""), true},
		{"a part never contradicts its whole", scopeOf(ref(1, 1, 0, flow, doc.Exact(4100), "2024", "", ""), "on student visas"), ref(2, 2, 0, flow, doc.Exact(9000), "2024", "", ""), false},
		{"two parts of different scopes", scopeOf(ref(1, 1, 0, flow, doc.Exact(4100), "2024", "", ""), "on student visas"), scopeOf(ref(2, 2, 0, flow, doc.Exact(900), "2024", "", ""), "as tourists"), false},
		{"one scope is compared", scopeOf(ref(1, 1, 0, flow, doc.Exact(4100), "2024", "", ""), "on student visas"), scopeOf(ref(2, 2, 0, flow, doc.Exact(900), "2024", "", ""), "On  student visas"), true},
	}
	for _, c := range cases {
		got := Contradictions([]ClaimRef{c.a, c.b})
		if (len(got) == 1) != c.want {
			t.Errorf("%s: got %+v, want contradiction %v", c.name, got, c.want)
		}
		if len(got) == 1 && (got[0].Explanation == "" || !strings.Contains(got[0].Explanation, "overlapping")) {
			t.Errorf("%s: explanation %q", c.name, got[0].Explanation)
		}
	}
}

func TestIndependentSources(t *testing.T) {
	const ind = "dprk_arrivals_russia"
	cases := []struct {
		name   string
		claims []ClaimRef
		want   int
	}{
		{"three articles", []ClaimRef{ref(1, 1, 0, ind, doc.Exact(1), "", "", ""), ref(2, 2, 0, ind, doc.Exact(1), "", "", ""), ref(3, 3, 0, ind, doc.Exact(1), "", "", "")}, 3},
		{"copies are one", []ClaimRef{ref(1, 1, 9, ind, doc.Exact(1), "", "", ""), ref(2, 2, 9, ind, doc.Exact(1), "", "", ""), ref(3, 3, 0, ind, doc.Exact(1), "", "", "")}, 2},
		{"same origin folded", []ClaimRef{ref(1, 1, 0, ind, doc.Exact(1), "", "", "the Russian Interior Ministry"), ref(2, 2, 0, ind, doc.Exact(1), "", "", "Interior Ministry"), ref(3, 3, 0, ind, doc.Exact(1), "", "", "Federal Statistics Service")}, 2},
		// the article's own form of a listed name and the listed name are one source
		{"an acronym and its listed name", []ClaimRef{ref(1, 1, 0, ind, doc.Exact(1), "", "", "FSB"), ref(2, 2, 0, ind, doc.Exact(1), "", "", "Federal Security Service"), ref(3, 3, 0, ind, doc.Exact(1), "", "", "ФСБ")}, 1},
		{"two listed names", []ClaimRef{ref(1, 1, 0, ind, doc.Exact(1), "", "", "FSB"), ref(2, 2, 0, ind, doc.Exact(1), "", "", "Federal Statistics Service")}, 2},
		{"two claims of one article", []ClaimRef{ref(1, 1, 0, ind, doc.Exact(1), "", "", ""), ref(2, 1, 0, ind, doc.Exact(2), "", "", "")}, 1},
		{"none", nil, 0},
	}
	for _, c := range cases {
		if got := IndependentSources(c.claims); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

func TestSeries(t *testing.T) {
	builtin(t)
	const ind = "dprk_workers_in_russia"
	cs := []ClaimRef{
		ref(1, 1, 0, ind, doc.Exact(3), "2024", "", ""),
		ref(2, 2, 0, ind, doc.Exact(1), "2019-12", "", ""),
		ref(3, 3, 0, ind, doc.Exact(2), "", "2020-02-06", ""),
		ref(4, 4, 0, "other", doc.Exact(9), "2018", "", ""),
		ref(5, 5, 0, ind, doc.Exact(9), "", "", ""),
	}
	got := Series(cs, ind)
	var ids []int64
	for _, p := range got {
		ids = append(ids, p.ClaimID)
	}
	if len(ids) != 3 || ids[0] != 2 || ids[1] != 3 || ids[2] != 1 {
		t.Fatalf("series order %v", ids)
	}
	if !got[1].FromPublished || got[1].Period != "2020-02-06" || got[0].FromPublished {
		t.Errorf("points %+v", got)
	}
}

func TestPlacesCompatible(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"", "", true},
		{"Russia", "", true},
		{"Russia", "the Russian Federation", true},
		{"Russia", "Sakhalin", false},
		{"", "Vladivostok", false},
		{"Khabarovsk", "khabarovsk", true},
		{"abroad", "Russia", false},
	}
	for _, c := range cases {
		if got := PlacesCompatible(c.a, c.b); got != c.want {
			t.Errorf("PlacesCompatible(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestContradictionExplanationInWords(t *testing.T) {
	builtin(t)
	a := ref(1, 1, 0, "dprk_workers_in_russia", approx(1000), "2020-01", "", "")
	a.Claim.SaidBy = "Harbour ministry"
	b := ref(2, 2, 0, "dprk_workers_in_russia", minv(4000), "2020", "", "")
	b.Claim.SaidBy = "Amur Courier"
	got := Contradictions([]ClaimRef{a, b})
	want := "Harbour ministry says about 1,000 people (January 2020), but Amur Courier says at least 4,000 people (2020), for an overlapping period: the first allows at most 1,250, the second at least 3,800"
	if len(got) != 1 || got[0].Explanation != want {
		t.Errorf("explanation:\n got %+v\nwant %q", got, want)
	}
}

func TestHumanValue(t *testing.T) {
	cases := []struct {
		v         doc.Value
		unit, per string
		want      string
	}{
		{approx(1000), "person", "", "about 1,000 people"},
		{doc.Exact(1), "person", "", "1 person"},
		{minv(4000), "worker", "", "at least 4,000 workers"},
		{doc.Value{Bound: doc.BoundRange, Low: 20000, High: 50000}, "person", "", "between 20,000 and 50,000 people"},
		{doc.Exact(500e6), "USD", "year", "US$ 500 million a year"},
		{approx(2e9), "RUB", "", "about 2 billion roubles"},
		{doc.Exact(12), "ratio", "", "12 times"},
		{doc.Exact(40), "percent", "", "40%"},
		{vague(2000), "person", "", "at least 2,000 people (a vague figure)"},
		{doc.Exact(300), "entry", "", "300 entries"},
		{doc.Exact(9000), "bbl", "", "9,000 barrels"},
	}
	for _, c := range cases {
		if got := HumanValue(c.v, c.unit, c.per); got != c.want {
			t.Errorf("HumanValue(%v, %q) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
	for in, want := range map[string]string{"2020-01": "January 2020", "2024-03-05": "5 March 2024", "2024-Q3": "Q3 2024", "2023/2024-06": "2023 to June 2024", "PRESENT_REF": "PRESENT_REF"} {
		if got := HumanPeriod(in); got != want {
			t.Errorf("HumanPeriod(%q) = %q, want %q", in, got, want)
		}
	}
}
