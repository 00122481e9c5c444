package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
)

const lead = "The harbour authority opened a new ferry line on Monday that links the old town with the northern islands, cutting the crossing time by half."
const second = "Four vessels will run on the route, each carrying up to 350 passengers and twenty cars, the authority said in a statement on its website."

func txt(lines ...string) ingest.Document {
	return ingest.Document{Source: "t.txt", Format: ingest.FormatText, Text: strings.Join(lines, "\n")}
}

// kindOf returns the kind of the kept paragraph holding s, or "" when none.
func kindOf(a *doc.Article, s string) string {
	for _, p := range a.Paragraphs {
		if strings.Contains(p.Text, s) {
			return p.Kind
		}
	}
	return ""
}

func reasonOf(a *doc.Article, s string) string {
	for _, r := range a.Removed {
		if strings.Contains(r.Text, s) && !strings.HasPrefix(r.Reason, "relabelled:") {
			return r.Reason
		}
	}
	return ""
}

func TestCleanRules(t *testing.T) {
	tests := []struct {
		name    string
		doc     ingest.Document
		title   string
		kinds   map[string]string // substring -> kind of the kept paragraph
		removed map[string]string // substring -> removal reason
		flags   map[string]string // substring -> flag
	}{
		{
			name:  "headline with header date at the end",
			doc:   txt("Ferry line reopens after winter \u00a0 \u00a0 DATE: 2022-10-09 14:02:11", "", lead, "", second),
			title: "Ferry line reopens after winter",
			kinds: map[string]string{"DATE: 2022-10-09 14:02:11": doc.KindHeader, "Ferry line reopens": doc.KindTitle, "350 passengers": doc.KindBody},
		},
		{
			name:  "header date at the start and repeated headline",
			doc:   txt(" date 2023-01-15 Port strike enters second week", "Category", "Economy", "Publication date", "", "Port strike enters second week", "", lead, second),
			title: "Port strike enters second week",
			kinds: map[string]string{"date 2023-01-15": doc.KindHeader},
			removed: map[string]string{"Category": "boilerplate:label", "Economy": "boilerplate:label-value",
				"Publication date": "boilerplate:label", "Port strike enters second week": "repeated-title"},
		},
		{
			name:  "dateline sentence is not a headline",
			doc:   txt("Lisbon, Mar 3 (Lusa).- Dock workers walked out on Monday over pay, the union said.", second),
			title: "",
			kinds: map[string]string{"Dock workers walked out": doc.KindBody},
		},
		{
			name:    "author box first means no headline",
			doc:     txt("About the Author", "Lena Park", "Lena Park is a Harbour Wire correspondent based in Busan. Follow her on X @lenapark", lead, second, "Edited by Tom Ode"),
			title:   "",
			kinds:   map[string]string{"Lena Park is a Harbour Wire": doc.KindCredit, "Edited by Tom Ode": doc.KindCredit},
			removed: map[string]string{"About the Author": "boilerplate:author-box"},
		},
		{
			name: "repeated paragraphs after folding quotes, tags and spaces",
			doc: txt("Ferry line reopens after winter", "The port’s director said the “new” line was ready.", lead,
				"The port's  director said the \"new\" line <strong></strong>was ready.", second),
			removed: map[string]string{"The port's director": "repeated-paragraph"},
			title:   "Ferry line reopens after winter",
		},
		{
			name: "captions and repeated caption",
			doc: txt("Ferry line reopens after winter", "Dock workers, third from right, wave at the first ferry in Busan. AFP-Yonhap",
				"Dock workers, third from right, wave at the first ferry in Busan. AFP-Yonhap", lead,
				"FILE PHOTO: A ferry leaves Tallinn harbour. REUTERS/Ann Lee/File Photo", second, "The mayor (C) cuts the ribbon at the pier, 2 March 2022. EFE-EPA/ANA SILVA"),
			title:   "Ferry line reopens after winter",
			kinds:   map[string]string{"wave at the first ferry": doc.KindCaption, "FILE PHOTO": doc.KindCaption, "cuts the ribbon": doc.KindCaption},
			removed: map[string]string{"wave at the first ferry": "repeated-caption"},
		},
		{
			name:  "credits, wire codes and trailing furniture",
			doc:   txt("Ferry line reopens after winter", "By Lena Park", lead, second, "Reporting by Ana Lopes in Lisbon; Editing by Mark Fell", "According to", "Press Release:", "Share this article"),
			title: "Ferry line reopens after winter",
			kinds: map[string]string{"By Lena Park": doc.KindCredit, "Reporting by": doc.KindCredit},
			removed: map[string]string{"According to": "boilerplate:navigation", "Press Release:": "boilerplate:navigation",
				"Share this article": "boilerplate:share"},
		},
		{
			name:  "wire code line",
			doc:   txt(lead, second+" EFE", "asb-emg/pd"),
			kinds: map[string]string{"asb-emg/pd": doc.KindCredit},
		},
		{
			name: "related list until the next real paragraph",
			doc: txt("Ferry line reopens after winter", lead, "You may also like", "Bridge tolls to rise in spring",
				"Harbour cranes get an upgrade", second+" The operator expects more traffic once the summer timetable begins next year."),
			title:   "Ferry line reopens after winter",
			removed: map[string]string{"You may also like": "boilerplate:related", "Bridge tolls": "boilerplate:related-list", "Harbour cranes": "boilerplate:related-list"},
			kinds:   map[string]string{"350 passengers": doc.KindBody},
		},
		{
			name: "site furniture",
			doc: txt("Ferry line reopens after winter", lead, second,
				"By staying on this site you agree to our use of cookies.",
				"Internet Explorer is not compatible with this website. We recommend using Chrome or Firefox.",
				"Microsoft stopped supporting old versions of its browser years ago.",
				"Читати українською", "Would you like to switch to the English version?",
				"Add a Comment", "Your email address will not be published.", "Don't have an account? SIGN UP",
				"Join the community of members who rely on our reporting", "Learn More", "How do you like that?",
				"Sign up for our newsletter", "Skip to content"),
			title: "Ferry line reopens after winter",
			removed: map[string]string{
				"cookies":                    "boilerplate:cookie",
				"Internet Explorer":          "boilerplate:browser",
				"Microsoft stopped":          "boilerplate:browser",
				"Читати українською":         "boilerplate:language-switch",
				"English version":            "boilerplate:language-switch",
				"Add a Comment":              "boilerplate:comments",
				"will not be published":      "boilerplate:comments",
				"have an account":            "boilerplate:account",
				"community of members":       "boilerplate:membership",
				"Learn More":                 "boilerplate:membership",
				"How do you like that?":      "boilerplate:reaction",
				"Sign up for our newsletter": "boilerplate:membership",
				"Skip to content":            "boilerplate:navigation",
			},
		},
		{
			name:  "widget header followed by content is kept",
			doc:   txt("Ferry line reopens after winter", lead, "Points of attention", "• The crossing now takes forty minutes.", second),
			title: "Ferry line reopens after winter",
			kinds: map[string]string{"Points of attention": doc.KindBody, "• The crossing": doc.KindBody},
		},
		{
			name:  "spinner residue flagged, text kept",
			doc:   txt(lead, "Figures obtained by the paper confirmed {that a} minimal of 700 tickets were sold."),
			flags: map[string]string{"{that a}": "spinner-residue"},
			kinds: map[string]string{"{that a}": doc.KindBody},
		},
		{
			name:  "body sentence mentioning cookies is kept",
			doc:   txt(lead, "The bakery near the pier sold out of cookies within an hour as the first passengers queued for the ferry, the owner told reporters, adding that she had baked three times as many as usual and still ran out before noon on the opening day of the line."),
			kinds: map[string]string{"bakery near the pier": doc.KindBody},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(tt.doc)
			checkOffsets(t, a.Text, a.Paragraphs)
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			for s, k := range tt.kinds {
				if got := kindOf(a, s); got != k {
					t.Errorf("%q: kind %q, want %q", s, got, k)
				}
			}
			for s, reason := range tt.removed {
				if got := reasonOf(a, s); got != reason {
					t.Errorf("%q: removal reason %q, want %q", s, got, reason)
				}
			}
			for s, f := range tt.flags {
				found := false
				for _, p := range a.Paragraphs {
					if strings.Contains(p.Text, s) {
						for _, pf := range p.Flags {
							found = found || pf == f
						}
					}
				}
				if !found {
					t.Errorf("%q: flag %q missing", s, f)
				}
			}
			if t.Failed() {
				for _, p := range a.Paragraphs {
					t.Logf("KEEP %s %q", p.Kind, p.Text)
				}
				for _, r := range a.Removed {
					t.Logf("DROP %s %q", r.Reason, r.Text)
				}
			}
		})
	}
}

func TestCleanRemovedAllRecorded(t *testing.T) {
	a := Clean(txt("Ferry line reopens after winter", lead, "Share", lead, "Add a Comment"))
	if len(a.Paragraphs)+countDropped(a) != 5 {
		t.Errorf("kept %d + dropped %d, want 5 raw paragraphs", len(a.Paragraphs), countDropped(a))
	}
	for _, r := range a.Removed {
		if r.Reason == "" || r.Index < 0 || r.Index > 4 {
			t.Errorf("removed piece without reason or index: %+v", r)
		}
	}
}

func countDropped(a *doc.Article) int {
	n := 0
	for _, r := range a.Removed {
		if !strings.HasPrefix(r.Reason, "relabelled:") {
			n++
		}
	}
	return n
}

func TestCleanContainerMetadata(t *testing.T) {
	d := ingest.Document{Source: "x.jsonl:1", Format: ingest.FormatJSONL, Title: "Ferry line reopens after winter",
		Published: "2022-10-09T08:00:00Z", Credit: "Harbour Wire", Text: lead + "\n" + second + "\nShare"}
	a := Clean(d)
	if a.Title != d.Title || a.Paragraphs[0].Kind != doc.KindTitle || a.Paragraphs[0].Text != d.Title {
		t.Errorf("title %q, first paragraph %+v: a container title missing from the text is inserted", a.Title, a.Paragraphs[0])
	}
	if a.Published != "2022-10-09" || a.PublishedTime != "2022-10-09T08:00:00" || a.DateRule != "container" {
		t.Errorf("published %q %q %q", a.Published, a.PublishedTime, a.DateRule)
	}
	if a.Credit != "Harbour Wire" || a.CreditRule != "container" {
		t.Errorf("credit %q %q", a.Credit, a.CreditRule)
	}
	if strings.Contains(a.Text, "Share") {
		t.Error("container metadata must not stop cleaning")
	}
	// The title already heading the text is not doubled.
	d.Text = d.Title + "\n" + d.Text
	a = Clean(d)
	if strings.Count(a.Text, d.Title) != 1 {
		t.Errorf("title doubled:\n%s", a.Text)
	}
}

func TestHashAndFold(t *testing.T) {
	a := Clean(txt("Ferry line reopens", "The port’s “new” line is ready."))
	b := Clean(txt("Ferry  line reopens", "the port's \"NEW\" line is ready."))
	c := Clean(txt("Ferry line reopens", "The port's new line is late."))
	if a.Hash != b.Hash {
		t.Error("hash must ignore case, quotes and white space")
	}
	if a.Hash == c.Hash || len(a.Hash) != 64 {
		t.Errorf("hash %q must differ for different text", a.Hash)
	}
	if got := Fold("  A <em>“Quoted”</em>\u00a0word ’s "); got != `a "quoted" word 's` {
		t.Errorf("Fold: %q", got)
	}
}

func TestCleanEmptyAndLang(t *testing.T) {
	a := Clean(ingest.Document{Source: "e.txt"})
	if a.Text != "" || len(a.Paragraphs) != 0 || a.Title != "" || a.Published != "" {
		t.Errorf("empty document: %+v", a)
	}
	ru := Clean(txt("Паромная линия снова открылась в понедельник, и порт сообщил, что движение восстановлено полностью."))
	if ru.Lang != "ru" {
		t.Errorf("lang %q, want ru", ru.Lang)
	}
}

// TestCleanContext: a cancelled context stops cleaning with its error; a
// live one cleans as Clean does.
func TestCleanContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a, err := CleanContext(ctx, txt("Ferry line reopens after a long winter", lead, second))
	if err != context.Canceled || a == nil || a.Text != "" {
		t.Errorf("cancelled: %+v, %v", a, err)
	}
	a, err = CleanContext(context.Background(), txt("Ferry line reopens after a long winter", lead, second))
	if err != nil || a.Title != "Ferry line reopens after a long winter" {
		t.Errorf("live: %q, %v", a.Title, err)
	}
}

// TestLongLineIsBody: one long paragraph opening like a date line is read
// as body, quickly (date lines are short).
func TestLongLineIsBody(t *testing.T) {
	long := "Posted 3 May 2024 | " + strings.Repeat("the ferry crossed the bay again and ", 30000)
	a := Clean(txt(long))
	if len(a.Paragraphs) != 1 || a.Paragraphs[0].Kind != doc.KindBody || a.Published != "" {
		t.Errorf("long line: %d paragraphs, published %q", len(a.Paragraphs), a.Published)
	}
}
