package meta

import "testing"

// TestBareBylineAndFooters: bylines without "By" under the headline,
// "Written by X for Y", a feed's "appeared first on" footer, a production
// note, copyright holders without their year or rights notice, a source
// line's carrier, and "From Y" over the headline.
func TestBareBylineAndFooters(t *testing.T) {
	bylines := []struct {
		line, author, outlet string
		ok                   bool
	}{
		{"Lena Park · Harbour Wire", "Lena Park", "Harbour Wire", true},
		{"Lena Park | Reuters", "Lena Park", "Reuters", true},
		{"Lena Park / The Harbour Ledger", "Lena Park", "The Harbour Ledger", true},
		{"Lena Park for Harbour News", "Lena Park", "Harbour News", true},
		// near misses: a headline with its outlet, a section, a name alone
		{"Ferry Line Reopens After Winter | Harbour News", "", "", false},
		{"Ports | Harbour News", "", "", false},
		{"Lena Park | Ferries", "", "", false},
		{"Lena Park", "", "", false},
	}
	for _, tt := range bylines {
		a, o, ok := BareByline(tt.line)
		if ok != tt.ok || a != tt.author || o != tt.outlet {
			t.Errorf("BareByline(%q) = %q, %q, %v; want %q, %q, %v", tt.line, a, o, ok, tt.author, tt.outlet, tt.ok)
		}
	}
	for _, tt := range []struct{ p, want string }{
		{"The post Ferry line reopens after winter appeared first on Harbour News.", "Harbour News"},
		{"This story was produced by The Harbour Ledger and is shared with permission.", "The Harbour Ledger"},
		{"The post was shared widely on the first day.", ""},
	} {
		if got, _ := Republished(tt.p); got != tt.want {
			t.Errorf("Republished(%q) = %q, want %q", tt.p, got, tt.want)
		}
	}
	for _, tt := range []struct{ p, want string }{
		{"© Harbour News 2024. All rights reserved.", "Harbour News"},
		{"Copyright 2024 Harbour News. All Rights Reserved.", "Harbour News"},
		{"© Harbour News, 2019-2024", "Harbour News"},
		{"(c) 2024 Harbour News Ltd", "Harbour News Ltd"},
	} {
		if got, _ := Copyright(tt.p); got != tt.want {
			t.Errorf("Copyright(%q) = %q, want %q", tt.p, got, tt.want)
		}
	}
	if got, _ := SourceLine("Source: Harbour News via Ferry Times"); got != "Harbour News" {
		t.Errorf("SourceLine via = %q", got)
	}
	if got, _ := MastheadName("From Harbour News"); got != "Harbour News" {
		t.Errorf("MastheadName(From ...) = %q", got)
	}
}
