package entity

// ListedName returns the listed name of an organization, person or place
// that name is written as in full ("FSB" and "ФСБ" give "Federal Security
// Service"), or "" when the lists hold no such name. Claims name a source
// as the article writes it; comparing sources across articles goes
// through this.
func ListedName(name string) string {
	load()
	toks := tokenize(name)
	if len(toks) == 0 {
		return ""
	}
	n, e := lookupGazRef(toks, 0)
	if e == nil || n != len(toks) {
		return ""
	}
	return e.canon
}
