package claim

import "testing"

// A header names the data and what they count; each list item after it is
// a claim with the header's counted thing, source and the label's period.
func TestListItems(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"years as labels, a colon or a dash", []string{
			"Entries by North Korean citizens into Russia recorded by the border service, by year:",
			"- 2021: 3,150", "- 2022: 5,770", "2023 — 8,940",
			"The service gave no figure for 2024."},
			[]want{{"3,150", "3150", "entry", "dprk_arrivals_russia", "2021", "", "border service"},
				{"5,770", "5770", "entry", "dprk_arrivals_russia", "2022", "", "border service"},
				{"8,940", "8940", "entry", "dprk_arrivals_russia", "2023", "", "border service"}}},
		{"the noun before 'of' is what the items count", []string{
			"Entries of North Korean citizens into Russia recorded by the border service, by year:",
			"- 2022: 2,150", "- 2023: 4,770"},
			[]want{{"2,150", "2150", "entry", "dprk_arrivals_russia", "2022", "", "border service"},
				{"4,770", "4770", "entry", "dprk_arrivals_russia", "2023", "", "border service"}}},
		{"a footnote marker after the header's colon", []string{
			"Entries by North Korean citizens into Russia recorded by the border service, by year:[3]",
			"- 2021: 3,150", "- 2022: 5,770"},
			[]want{{"3,150", "3150", "entry", "dprk_arrivals_russia", "2021", "", "border service"},
				{"5,770", "5770", "entry", "dprk_arrivals_russia", "2022", "", "border service"}}},
		{"quarters as labels, the number of what the header counts", []string{
			"The number of work permits issued to North Korean workers in Russia, by quarter:",
			"• Q1 2024 – 620", "• Q2 2024 – 710"},
			[]want{{"620", "620", "permit", "work_permits_dprk", "2024-Q1", "", ""},
				{"710", "710", "permit", "work_permits_dprk", "2024-Q2", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, article("2025-03-01", tc.paras...), tops, tc.want)
		})
	}
}

func TestListItemShape(t *testing.T) {
	cases := []struct {
		text, figure, label string
		ok                  bool
	}{
		{"- 2021: 3,150", "3,150", "2021", true},
		{"2023 — 8,940", "8,940", "2023", true},
		{"Q1 2024 – 620.", "620", "Q1 2024", true},
		{"Business visas: 400", "400", "Business visas", true},
		{"The ministry said: 400 more came.", "400", "", false},
		{"In the first half of the year the toll rose sharply: 400", "400", "", false},
	}
	for _, c := range cases {
		s := &sent{text: c.text}
		i := indexOf(c.text, c.figure)
		label, ok := listItem(s, i, i+len(c.figure))
		if ok != c.ok || label != c.label {
			t.Errorf("listItem(%q) = %q, %v; want %q, %v", c.text, label, ok, c.label, c.ok)
		}
	}
	for label, want := range map[string]string{"2021": "2021", "Q3 2024": "2024-Q3", "2023 H2": "2023-H2", "Business": "", "12345": ""} {
		if got := listYear(label); got != want {
			t.Errorf("listYear(%q) = %q, want %q", label, got, want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// A number that makes a compound adjective or a name with the word after
// it is no amount.
func TestNotAmountAfter(t *testing.T) {
	tops := builtin(t)
	a := article("2025-03-01", "The Sanctions Committee's 212-page report, issued by the 1540 Committee staff, says 300 North Korean workers arrived in Russia in 2024.")
	expectClaims(t, a, tops, []want{{"300", "300", "person", "dprk_arrivals_russia", "2024", "-", "-"}})
}
