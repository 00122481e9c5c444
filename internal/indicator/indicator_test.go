package indicator

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/dossier-osint/dossier/internal/claim"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/topic"
)

func init() {
	if _, err := topic.Builtin(); err != nil {
		panic(err)
	}
}

// genRefs makes a random series: few articles, copy groups and origins so
// that every rule (same article, copies, related origins, overlapping and
// disjoint periods, units differing only by case) is exercised.
func genRefs(r *rand.Rand, n int) []claim.ClaimRef {
	inds := []string{"dprk_workers_in_russia", "dprk_arrivals_russia", "remittances_dprk_usd", ""}
	units := []string{"person", "Person", "USD", "permit"}
	periods := []string{"", "2021", "2022", "2022-03", "2022-03-15", "2021-06/2022-06", "2022-01-01/2022-12-31", "bogus"}
	orgs := []string{"", "Interior Ministry", "the Russian Interior Ministry", "Rosstat", "the", "Russia's Rosstat agency", "Daily NK"}
	var out []claim.ClaimRef
	for i := 0; i < n; i++ {
		v := doc.Value{Bound: doc.BoundExact, Number: float64(100 * (1 + r.IntN(40)))}
		switch r.IntN(6) {
		case 0:
			v.Approx = true
		case 1:
			v.Bound = doc.BoundMin
		case 2:
			v.Bound, v.Low, v.High = doc.BoundRange, v.Number, v.Number*2
		}
		pub := ""
		if r.IntN(4) > 0 {
			pub = fmt.Sprintf("2022-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))
		}
		var group int64
		if r.IntN(3) == 0 {
			group = int64(1 + r.IntN(4))
		}
		out = append(out, claim.ClaimRef{ID: int64(i + 1), ArticleID: int64(1 + r.IntN(n)), CopyGroup: group, Published: pub,
			Claim: doc.Claim{Indicator: inds[r.IntN(len(inds))], Unit: units[r.IntN(len(units))], Value: v,
				Period: periods[r.IntN(len(periods))], Origin: orgs[r.IntN(len(orgs))], SaidBy: orgs[r.IntN(len(orgs))]}})
	}
	return out
}

func TestFastComparisonsEqualClaims(t *testing.T) {
	for seed := uint64(0); seed < 60; seed++ {
		r := rand.New(rand.NewPCG(seed, 3))
		refs := genRefs(r, 2+r.IntN(60))
		if got, want := newOrigins().independentSources(refs), claim.IndependentSources(refs); got != want {
			t.Errorf("seed %d: independent sources %d, claim says %d", seed, got, want)
		}
		want := claim.Contradictions(refs)
		got, capped := contradictions(refs, 0, func(claim.Contradiction) bool { return true })
		if capped || len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: %d contradictions (capped %v), claim finds %d", seed, len(got), capped, len(want))
		}
		if len(want) > 2 {
			part, capped := contradictions(refs, 2, func(claim.Contradiction) bool { return true })
			if !capped || !reflect.DeepEqual(part, want[:2]) {
				t.Errorf("seed %d: capped at 2: %v (capped %v), want the first two of claim's", seed, part, capped)
			}
		}
	}
}

func TestFoldKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"person", "PERSON", true}, {"USD", "usd", true}, {"K", "\u212a", true}, {"person", "persons", false}, {"é", "É", true},
	}
	for _, tc := range tests {
		if got := foldKey(tc.a) == foldKey(tc.b); got != tc.same {
			t.Errorf("foldKey(%q) == foldKey(%q): %v, want %v (EqualFold %v)", tc.a, tc.b, got, tc.same, tc.same)
		}
	}
}

func stored(id, article, group int64, published, period, saidBy string, n float64, approx bool, review string) store.StoredClaim {
	return store.StoredClaim{ID: id, ArticleID: article, CopyGroup: group, ArticlePublished: published, Review: review,
		Claim: doc.Claim{Indicator: "dprk_arrivals_russia", Unit: "person", Period: period, SaidBy: saidBy, Origin: saidBy,
			Value: doc.Value{Bound: doc.BoundExact, Number: n, Approx: approx}}}
}

func TestAssemble(t *testing.T) {
	m := store.ReviewMachine
	tests := []struct {
		name                       string
		claims                     []store.StoredClaim
		points, independent, contr int
		copies                     map[int64]int // point id -> copies folded in
	}{
		{"copies fold into the oldest", []store.StoredClaim{
			stored(2, 20, 7, "2023-05-02", "2023", "Yonhap", 5000, false, m),
			stored(1, 10, 7, "2023-05-01", "2023", "Yonhap", 5000, false, m)}, 1, 1, 0, map[int64]int{1: 1}},
		{"two sources disagree", []store.StoredClaim{
			stored(1, 10, 0, "2023-05-01", "2023", "Yonhap", 5000, false, m),
			stored(2, 20, 0, "2023-06-01", "2023", "Rosstat", 13000, false, m)}, 2, 2, 1, nil},
		{"rejected claims are left out", []store.StoredClaim{
			stored(1, 10, 0, "2023-05-01", "2023", "Yonhap", 5000, false, m),
			stored(2, 20, 0, "2023-06-01", "2023", "Rosstat", 13000, false, store.ReviewRejected)}, 1, 1, 0, nil},
		{"other periods do not contradict", []store.StoredClaim{
			stored(1, 10, 0, "2023-05-01", "2022", "Yonhap", 5000, false, m),
			stored(2, 20, 0, "2023-06-01", "2023", "Rosstat", 13000, false, m)}, 2, 2, 0, nil},
		// a copy folded into its point repeats the point's contradiction:
		// listed once per pair of points
		{"a contradiction listed once per pair of copy groups", []store.StoredClaim{
			stored(1, 10, 7, "2023-05-01", "2023", "Yonhap", 5000, false, m),
			stored(2, 11, 7, "2023-05-02", "2023", "Yonhap", 5000, false, m),
			stored(3, 20, 0, "2023-06-01", "2023", "Rosstat", 13000, false, m)}, 2, 2, 1, map[int64]int{1: 1}},
		{"a part does not contradict its whole", []store.StoredClaim{
			stored(1, 10, 0, "2023-05-01", "2023", "Yonhap", 5000, false, m),
			scoped(stored(2, 20, 0, "2023-06-01", "2023", "Rosstat", 1300, false, m), "on student visas")}, 2, 2, 0, nil},
		{"parts of one scope are compared", []store.StoredClaim{
			scoped(stored(1, 10, 0, "2023-05-01", "2023", "Yonhap", 5000, false, m), "on student visas"),
			scoped(stored(2, 20, 0, "2023-06-01", "2023", "Rosstat", 1300, false, m), "On student visas")}, 2, 2, 1, nil},
	}
	for _, tc := range tests {
		s := Assemble("t", "dprk_arrivals_russia", tc.claims)
		if len(s.Points) != tc.points || s.Independent != tc.independent || len(s.Contradictions) != tc.contr {
			t.Errorf("%s: %d points, %d independent, %d contradictions; want %d, %d, %d", tc.name,
				len(s.Points), s.Independent, len(s.Contradictions), tc.points, tc.independent, tc.contr)
		}
		for _, p := range s.Points {
			if want := tc.copies[p.ID]; len(p.Copies) != want {
				t.Errorf("%s: point %d has %d copies, want %d", tc.name, p.ID, len(p.Copies), want)
			}
			if tc.contr > 0 && len(p.Contradicts) == 0 {
				t.Errorf("%s: point %d lists no contradiction", tc.name, p.ID)
			}
		}
	}
}

func scoped(c store.StoredClaim, scope string) store.StoredClaim { c.Scope = scope; return c }

func TestAssembleCapsContradictions(t *testing.T) {
	var cs []store.StoredClaim
	for i := int64(1); i <= 40; i++ {
		cs = append(cs, stored(i, i, 0, "2023-01-01", "2023", fmt.Sprintf("source %d", i), float64(i*1000), false, store.ReviewMachine))
	}
	all := Assemble("t", "dprk_arrivals_russia", append([]store.StoredClaim(nil), cs...))
	capped := AssembleWith("t", "dprk_arrivals_russia", cs, Options{MaxContradictions: 10})
	if all.ContradictionsCapped || len(all.Contradictions) <= 10 {
		t.Fatalf("uncapped: %d contradictions, capped flag %v", len(all.Contradictions), all.ContradictionsCapped)
	}
	if !capped.ContradictionsCapped || !reflect.DeepEqual(capped.Contradictions, all.Contradictions[:10]) {
		t.Errorf("capped: %d contradictions, flag %v; want the first 10 of %d", len(capped.Contradictions), capped.ContradictionsCapped, len(all.Contradictions))
	}
	if capped.Independent != all.Independent || len(capped.Points) != len(all.Points) {
		t.Errorf("the cap changed the points or the independent count")
	}
}

// BenchmarkAssemble: a large flow series with a handful of sources and
// scattered figures over 11 years (many contradicting pairs), capped as
// the web server caps it.
func BenchmarkAssemble(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	srcs := []string{"Yonhap", "Rosstat", "Interior Ministry", "Daily NK", "NK News", "RFA"}
	var cs []store.StoredClaim
	for i := int64(1); i <= 10000; i++ {
		y := 2015 + r.IntN(11)
		period := fmt.Sprint(y)
		if r.IntN(2) == 0 {
			period = fmt.Sprintf("%d-%02d", y, 1+r.IntN(12))
		}
		cs = append(cs, stored(i, i, 0, fmt.Sprintf("%d-06-01", y), period, srcs[r.IntN(len(srcs))], float64(100*(1+r.IntN(300))), true, store.ReviewMachine))
	}
	b.ResetTimer()
	for b.Loop() {
		AssembleWith("t", "dprk_arrivals_russia", append([]store.StoredClaim(nil), cs...), Options{MaxContradictions: 500})
	}
}

// TestContradictionOncePerSourcePair: an article that states its figure in
// the headline (dated by publication) and again in the body (with its own
// period) disagrees once with another source, and the body's dated claim
// stands for it.
func TestContradictionOncePerSourcePair(t *testing.T) {
	m := store.ReviewMachine
	stock := func(c store.StoredClaim) store.StoredClaim { c.Indicator = "dprk_workers_in_russia"; return c }
	headline := stock(stored(1, 10, 0, "2021-03-05", "", "Labour ministry", 800, true, m))
	body := stock(stored(2, 10, 0, "2021-03-05", "2021-03", "Labour ministry", 800, true, m))
	other := stock(stored(3, 20, 0, "2021-03-20", "2021-03", "Migration institute", 5000, false, m))
	later := stock(stored(4, 30, 0, "2021-04-01", "2021-03", "Border agency", 9000, false, m))
	s := Assemble("t", "dprk_workers_in_russia", []store.StoredClaim{headline, body, other, later})
	var got [][2]int64
	for _, c := range s.Contradictions {
		got = append(got, [2]int64{min(c.A, c.B), max(c.A, c.B)})
	}
	// article 10 against 20 once (by its body claim), 10 against 30 once,
	// 20 against 30 once (5,000 vs 9,000 exact)
	want := [][2]int64{{2, 3}, {2, 4}, {3, 4}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("contradictions %v, want %v", got, want)
	}
}
