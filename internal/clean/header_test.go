package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestCleanHeaderShapes checks headline, date and credit on texts whose
// header lines come in the shapes news sites use.
func TestCleanHeaderShapes(t *testing.T) {
	const head = "Ferry line reopens after a long winter"
	tests := []struct {
		name             string
		lines            []string
		title, pub, cred string
		removed          map[string]string
		kinds            map[string]string
	}{
		{
			name:  "outlet and date under the headline",
			lines: []string{head, "", "Harbour Ledger | 24 January 2020", "", lead, "", second},
			title: head, pub: "2020-01-24", cred: "Harbour Ledger",
			kinds: map[string]string{"Harbour Ledger |": doc.KindHeader},
		},
		{
			name:  "byline then outlet with date",
			lines: []string{head, "", "By Lena Park", "The Island Courier, February 11, 2020", "", lead, second},
			title: head, pub: "2020-02-11", cred: "The Island Courier",
			kinds: map[string]string{"By Lena Park": doc.KindCredit},
		},
		{
			name:  "byline then outlet on its own line",
			lines: []string{head, "", "By Lena Park", "The Island Courier", "", lead, second},
			title: head, cred: "The Island Courier",
			kinds: map[string]string{"The Island Courier": doc.KindCredit},
		},
		{
			name:  "published label with a desk",
			lines: []string{head, "Published February 10, 2025 | Ferry Times World Desk", lead, second},
			title: head, pub: "2025-02-10", cred: "Ferry Times",
		},
		{
			name: "site chrome above the headline",
			lines: []string{"ISLAND-COAST REVIEW", "Home / Europe / Baltic Sea", "Menu  Search  Newsletter", "",
				head, "", "11 Feb 2025, 14:05 | Syndicated from Ferry Times", "", lead, second},
			title: head, pub: "2025-02-11", cred: "Ferry Times",
			removed: map[string]string{"ISLAND-COAST REVIEW": "boilerplate:navigation", "Home / Europe": "boilerplate:navigation",
				"Menu Search Newsletter": "boilerplate:navigation"},
		},
		{
			name: "browser and cookie notices and a bar menu before the headline",
			lines: []string{"Your browser is out of date. Update your browser for more security and speed on this site.",
				"We use cookies to give you the best experience. By continuing to browse you agree to our use of cookies.",
				"FERRY TIMES | World | Europe | Business | Subscribe for $1 a week", "", head, "", "Posted on 2024-03-05 by FerryNews Staff", lead, second},
			title: head, pub: "2024-03-05", cred: "FerryNews",
			removed: map[string]string{"FERRY TIMES | World": "boilerplate:navigation"},
		},
		{
			name:  "dateline with places joined by a slash",
			lines: []string{head, "", "OSLO/TALLINN, Oct 18, 2024 (Harbour Wire) - " + lead, second},
			title: head, pub: "2024-10-18", cred: "Harbour Wire",
		},
		{
			name:  "updated line and a yearless dateline",
			lines: []string{head, "Updated: 04.03.2024 08:40", "", "LISBON, March 3 (Lusa) - " + lead, second},
			title: head, pub: "2024-03-03", cred: "Lusa",
		},
		{
			name:  "section and outlet kicker without a date",
			lines: []string{head, "", "Analysis | Harbour Ledger", "", lead, second},
			title: head, pub: "", cred: "Harbour Ledger",
			kinds: map[string]string{"Analysis | Harbour Ledger": doc.KindCredit},
		},
		{
			name:  "dates in body sentences are not publication dates",
			lines: []string{head, "", lead, "The first ferry ran on 3 March 2024, the operator said.", second},
			title: head, pub: "", cred: "",
		},
		{
			name:  "a labelled date line at the end of the text",
			lines: []string{head, "", lead, second, "Published on 6 May 2023"},
			title: head, pub: "2023-05-06",
			kinds: map[string]string{"Published on 6 May 2023": doc.KindHeader},
		},
		{
			name:  "Russian date line",
			lines: []string{"Паромная линия вновь открылась после зимы", "Опубликовано 3 марта 2024, 10:15", "Паромная линия снова открылась в понедельник, и порт сообщил, что движение восстановлено полностью и без задержек."},
			title: "Паромная линия вновь открылась после зимы", pub: "2024-03-03",
		},
		{
			name:  "tags, read-next and republication lines",
			lines: []string{head, lead, second, "This story was first published by Ferry Times and is shared under an agreement.", "Tags: ferries, ports, winter", "Read next: Why the port needs more cranes"},
			title: head, cred: "Ferry Times",
			removed: map[string]string{"Tags:": "boilerplate:label", "Read next": "boilerplate:related"},
			kinds:   map[string]string{"first published by": doc.KindCredit},
		},
		{
			name:  "a short all-caps headline is kept",
			lines: []string{"FERRIES RETURN TO ISLANDS", "", lead, second},
			title: "FERRIES RETURN TO ISLANDS",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(tt.lines...))
			checkMeta(t, a, metaWant{title: tt.title, pub: tt.pub, cred: tt.cred, checkCred: tt.cred != "" || tt.pub != "" || tt.title != "",
				removed: tt.removed, kinds: tt.kinds})
		})
	}
}

func TestNavLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Menu Search Newsletter", true},
		{"Home / Europe / Baltic Sea", true},
		{"News > World > Europe", true},
		{"FERRY TIMES | World | Europe | Business | Subscribe", true},
		{"Search", false}, // one word: left to the single-word rules
		{"Ferry line reopens | 3 March 2024 | Harbour Ledger", false},
		{"By Lena Park | Harbour Ledger | Updated", false},
		{"The port said the 24/7 service would return.", false},
		{"Ferries, ports and winter storms", false},
		{"The ferry / bus link reopens", false},
	}
	for _, tt := range tests {
		if got := navLine(tt.in); got != tt.want {
			t.Errorf("navLine(%q) = %v", tt.in, got)
		}
	}
}

// wrap hard-wraps text at width columns, like fold -s.
func wrap(text string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(out, line)
}

func TestUnwrap(t *testing.T) {
	const third = "Passengers will need to book a place in advance during the first month, and fares will stay at last year's level until the end of the season, the operator added in its statement."
	const fourth = "The islands have been cut off from the mainland for most of the winter because storms damaged the old pier, forcing residents to rely on a weekly supply flight."
	head := "Ferry line reopens after winter storms cut the islands off from the mainland"
	paras := []string{lead, second, third, fourth}
	for _, width := range []int{60, 72, 80} {
		for _, blank := range []bool{false, true} {
			var lines []string
			lines = append(lines, wrap(head, width)...)
			lines = append(lines, "Harbour Ledger | 24 January 2020")
			for _, p := range paras {
				if blank {
					lines = append(lines, "")
				}
				lines = append(lines, wrap(p, width)...)
			}
			a := Clean(txt(lines...))
			if a.Title != head {
				t.Errorf("width %d blank %v: title %q", width, blank, a.Title)
			}
			if a.Published != "2020-01-24" || a.Credit != "Harbour Ledger" {
				t.Errorf("width %d blank %v: published %q credit %q", width, blank, a.Published, a.Credit)
			}
			// Every paragraph comes back whole; a paragraph whose last line
			// happens to fill the width may run into the next one.
			for _, p := range paras {
				if !strings.Contains(a.Text, p) {
					t.Errorf("width %d blank %v: paragraph not rejoined: %.50q\n%s", width, blank, p, a.Text)
				}
			}
			if len(a.Paragraphs) < 4 {
				t.Errorf("width %d blank %v: %d paragraphs", width, blank, len(a.Paragraphs))
			}
		}
	}
	// Text with one paragraph per line is left alone.
	lines := []string{"Ferry line reopens", lead, second, third, fourth, lead + " Again.", second + " Again."}
	if got := unwrap(lines); strings.Join(got, "\n") != strings.Join(lines, "\n") {
		t.Errorf("unwrapped a text that is not hard-wrapped:\n%s", strings.Join(got, "\n"))
	}
	// Short lines of a list or a poem are left alone.
	short := []string{"Ferries", "Ports", "Cranes", "Piers", "Docks", "Tugs", "Barges"}
	if got := unwrap(short); len(got) != len(short) {
		t.Errorf("unwrapped short lines: %q", got)
	}
}

func FuzzUnwrap(f *testing.F) {
	f.Add(strings.Join(wrap(lead+" "+second, 60), "\n"))
	f.Add("a-\nb\n\nc d e f g h i j k l m n o p q r s t u v w x y z")
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		got := unwrap(lines)
		if len(got) > len(lines) {
			t.Fatalf("unwrap made more lines (%d) than it got (%d)", len(got), len(lines))
		}
		words := func(ls []string) int { return len(strings.Fields(strings.Join(ls, " "))) }
		if a, b := words(lines), words(got); b > a || b < a-len(lines) {
			t.Fatalf("unwrap changed the words: %d -> %d", a, b)
		}
	})
}

// TestWrapWidthCappedIsExact: reading line lengths only up to lenCap
// gives the width that counting every rune gives, on hard-wrapped texts
// whose few longest lines climb past the cap in steps the widening takes,
// and on texts of random line lengths, long lines, multi-byte runes and
// blank lines.
func TestWrapWidthCappedIsExact(t *testing.T) {
	line := func(n int, word string) string {
		return strings.ToValidUTF8(strings.Repeat(word, n/len(word)+1)[:n], "x")
	}
	var texts [][]string
	for _, chain := range [][]int{{112, 128}, {112, 128, 145}, {110, 120, 600}, {99, 113}} {
		var lines []string
		for k := 0; k < 40; k++ {
			lines = append(lines, line(96+k%5, "harbour "))
		}
		for _, n := range chain {
			lines = append(lines, line(n, "harbour "))
		}
		texts = append(texts, lines)
	}
	rng := rand.New(rand.NewPCG(18, 6))
	for n := 0; n < 3000; n++ {
		var lines []string
		base := 40 + rng.IntN(80)
		for k := 0; k < 6+rng.IntN(30); k++ {
			l := base + rng.IntN(40) - 5
			if rng.IntN(6) == 0 {
				l = base * (2 + rng.IntN(8))
			}
			word := "harbour "
			if rng.IntN(3) == 0 {
				word = "гавань "
			}
			lines = append(lines, line(l, word))
			if rng.IntN(5) == 0 {
				lines = append(lines, "")
			}
		}
		texts = append(texts, lines)
	}
	for _, lines := range texts {
		gw, gok := wrapWidth(lines)
		ww, wok := wrapWidthCapped(lines, noLenCap)
		if gw != ww || gok != wok {
			t.Fatalf("wrapWidth = %d %v, counting every rune %d %v, lines %q", gw, gok, ww, wok, lines)
		}
	}
	if w, ok := wrapWidth(texts[0]); !ok || w <= lenCap {
		t.Errorf("wrapWidth of lines of 96-100 runes and two of 112 and 128 = %d %v, want past the cap", w, ok)
	}
}
