package clean

import "testing"

// TestBareBylineUnderHeadline: "Name · Outlet" right under the headline
// credits the outlet and gives the byline; the same line deeper in the
// text does not.
func TestBareBylineUnderHeadline(t *testing.T) {
	const head = "Ferry line reopens after a long winter"
	a := Clean(txt(head, "", "Lena Park · Harbour Wire", "", lead, second))
	if a.Credit != "Harbour Wire" || a.Byline != "Lena Park" {
		t.Errorf("under the headline: credit %q (%s), byline %q", a.Credit, a.CreditRule, a.Byline)
	}
	a = Clean(txt(head, "", lead, "Lena Park · Harbour Wire", second))
	if a.Credit != "" {
		t.Errorf("deeper in the text: credit %q (%s)", a.Credit, a.CreditRule)
	}
}
