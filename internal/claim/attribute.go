package claim

import (
	"regexp"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
)

var nextDataRE = regexp.MustCompile(`(?i)^(this|these|the|such|those|that)\s+(data|figures?|numbers?|statistics|information|estimates?|count|tally)\s+(was|were|is|are|has been|have been|had been|came|comes)\s+(reported|published|released|provided|compiled|cited|given|collected|announced|disclosed|made public|from)\s+(by\s+)?`)
var headlineRE = regexp.MustCompile(`:\s*([A-Z][\p{L}.&'’\- ]{0,40})$`)

// attribute sets said_by and origin.
func (x *extractor) attribute(si int, c *doc.Claim, why *[]string) {
	s := x.sents[si]
	pos := c.Start
	saidBy, origin := "", ""
	rule := ""
	indef := false
	var from *cand
	// a figure inside a quotation: the quotation's speaker
	if k, ci := x.quoteSpeaker(si, pos); k >= 0 {
		saidBy, indef, rule = x.sents[k].names[ci], x.sents[k].indef[ci], "quotation attributed to "+x.sents[k].cands[ci].speaker
		from = &x.sents[k].cands[ci]
	}
	if saidBy == "" {
		best := -1
		// an attribution clause after the figure
		for i, cd := range s.cands {
			if (cd.kind == attrTrailing || cd.kind == attrInverted) && cd.clauseStart > pos && s.names[i] != "" && !cd.dataSubjects && !cd.coord {
				if best < 0 || cd.verbAt < s.cands[best].verbAt {
					best = i
				}
			}
		}
		// a speaker before it
		if best < 0 {
			for i, cd := range s.cands {
				if (cd.kind == attrLeading || cd.kind == attrTrailing) && cd.verbAt < pos && s.names[i] != "" && !cd.dataSubjects {
					best = i
				}
			}
		}
		for _, kind := range []string{attrAccording, attrLearn, "obtained"} {
			if best >= 0 {
				break
			}
			for i, cd := range s.cands {
				if cd.kind == kind && s.names[i] != "" {
					best = i
					break
				}
			}
		}
		if best >= 0 {
			cd := s.cands[best]
			saidBy, indef, rule = s.names[best], s.indef[best], cd.kind+" attribution to "+cd.speaker
			from = &s.cands[best]
		}
	}
	// origin: "citing data from", "according to data from", "statistics
	// from", "X information obtained by"; else the organization that
	// recorded the figure; else the subject of "the data show"
	if o, k := x.originOf(si, pos); o != "" {
		origin = o
		*why = append(*why, "origin: "+k)
	}
	// the next sentence names the source: "This data was reported by X, citing Y."
	if saidBy == "" && si+1 < len(x.sents) && x.sents[si+1].para == s.para {
		n := x.sents[si+1]
		if m := nextDataRE.FindStringIndex(n.text); m != nil {
			k := 0
			for k < len(n.toks) && n.toks[k].start < m[1] {
				k++
			}
			if np, a, b := npAfter(n.text, n.toks, k); np != "" {
				saidBy, indef = x.resolveSpeaker(np, n.start+a, n.start+b)
				rule = "next sentence: " + n.text[:m[1]] + np
			}
			if origin == "" {
				for i, cd := range n.cands {
					if n.origins[i] != "" && cd.kind != "dataverb" && cd.kind != "measured" {
						origin = n.origins[i]
						*why = append(*why, "origin: next sentence "+cd.kind+" "+cd.origin)
						break
					}
				}
			}
		}
	}
	// a headline attributed after a colon: "...: WSJ"
	if saidBy == "" && s.kind == doc.KindTitle {
		if m := headlineRE.FindStringSubmatchIndex(s.text); m != nil && len(strings.Fields(s.text[m[2]:m[3]])) <= 4 {
			np := s.text[m[2]:m[3]]
			if r, ok := x.n.lookup(np); ok {
				saidBy = r
			} else if ms := x.n.in(s.start+m[2], s.start+m[3], doc.ORG, doc.PER); len(ms) > 0 {
				saidBy = x.n.canonical(ms[0])
			} else {
				saidBy = np
			}
			rule = "headline attribution after colon: " + np
		}
	}
	// an indefinite descriptor in the lead ("a South Korean expert said")
	// named in the next attribution ("..., said Kim Min-ho, a researcher at ...")
	if indef && from != nil {
		if name := x.namedLater(si); name != "" {
			rule += "; named later as " + name
			saidBy = name
		}
	}
	c.SaidBy, c.Origin = saidBy, origin
	if rule != "" {
		*why = append(*why, "said_by: "+rule)
	}
}

// maxQuoteSentences is how many sentences a quotation's attribution may
// be from the figure (a quotation longer than that is rare in news copy).
const maxQuoteSentences = 8

// quoteSpeaker finds the attribution of the quotation holding pos: the
// sentence index and candidate index, or -1.
func (x *extractor) quoteSpeaker(si, pos int) (int, int) {
	s := x.sents[si]
	rel := pos - s.pstart
	var region [2]int
	found := false
	regions, ok := x.quotes[s.para]
	if !ok {
		regions = quoteRegions(s.ptext)
		x.quotes[s.para] = regions
	}
	for _, r := range regions {
		if r[0] <= rel && rel < r[1] {
			region, found = r, true
			break
		}
	}
	if !found {
		return -1, -1
	}
	qend := s.pstart + region[1]
	qstart := s.pstart + region[0]
	// after the closing quote, in the same paragraph
	for k := si; k < len(x.sents) && x.sents[k].para == s.para && k < si+maxQuoteSentences; k++ {
		for i, cd := range x.sents[k].cands {
			if (cd.kind == attrTrailing || cd.kind == attrInverted || cd.kind == attrLeading) && cd.clauseStart >= qend-3 && x.sents[k].names[i] != "" {
				return k, i
			}
		}
	}
	// before the opening quote: "X said:"
	for k := si; k >= 0 && x.sents[k].para == s.para && k > si-maxQuoteSentences; k-- {
		for i := len(x.sents[k].cands) - 1; i >= 0; i-- {
			cd := x.sents[k].cands[i]
			if cd.kind == attrLeading && cd.verbAt < qstart && x.sents[k].names[i] != "" {
				return k, i
			}
		}
	}
	// the next paragraph opens with the attribution
	for k := si + 1; k < len(x.sents) && k < si+maxQuoteSentences; k++ {
		if x.sents[k].para == s.para {
			continue
		}
		n := x.sents[k]
		for i, cd := range n.cands {
			if cd.kind == attrLeading && len(n.toks) <= 14 && n.names[i] != "" {
				return k, i
			}
		}
		break
	}
	return -1, -1
}

// namedLater returns the named person of the first attribution after
// sentence si (within the next two paragraphs) when it names a person
// with an appositive.
func (x *extractor) namedLater(si int) string {
	s := x.sents[si]
	for k := si + 1; k < len(x.sents) && x.sents[k].para <= s.para+2 && k <= si+maxQuoteSentences; k++ {
		n := x.sents[k]
		for i, cd := range n.cands {
			if cd.speaker == "" || cd.kind == "citing" || cd.kind == "datafrom" {
				continue
			}
			if cd.kind == attrInverted && cd.appositive && len(x.n.in(cd.spStart, cd.spEnd, doc.ORG)) == 0 && looksLikeName(n.names[i]) && !looksLikeOrg(n.names[i]) {
				return n.names[i]
			}
			// "Yelena Markova of the institute said her estimate ..."
			if (cd.kind == attrLeading || cd.kind == attrTrailing) && !n.indef[i] && len(x.n.in(cd.spStart, cd.spEnd, doc.PER)) > 0 && looksLikeName(n.names[i]) {
				return n.names[i]
			}
			return ""
		}
	}
	return ""
}

// resolveOrigin names a data source: an organization's canonical name, or
// the phrase without determiners and anaphoric possessives.
func (x *extractor) resolveOrigin(np string, a, b int) string {
	if ms := x.n.in(a, b, doc.ORG); len(ms) > 0 {
		m := ms[0]
		for _, o := range ms {
			if o.End-o.Start > m.End-m.Start {
				m = o
			}
		}
		return x.n.canonical(m)
	}
	clean := stripPossessiveAnaphor(stripDet(parenRE.ReplaceAllString(np, "")))
	if r, ok := x.n.lookup(clean); ok {
		return r
	}
	return clean
}

// originOf returns the resolved origin for a figure at pos of sentence si
// and the rule: an explicit source ("citing data from X", "according to
// figures from X") first, then the organization that recorded the figure,
// then the subject of "X figures show".
func (x *extractor) originOf(si, pos int) (string, string) {
	s := x.sents[si]
	for _, pass := range []func(cand) bool{
		func(cd cand) bool { return cd.kind != "measured" && cd.kind != "dataverb" },
		func(cd cand) bool { return cd.kind == "measured" && cd.verbAt < pos },
		func(cd cand) bool { return cd.kind == "dataverb" },
	} {
		for i, cd := range s.cands {
			if s.origins[i] != "" && pass(cd) {
				return s.origins[i], cd.kind + " " + s.origins[i]
			}
		}
	}
	return "", ""
}

// resolveOrigins resolves the sources named in sentence s in text order,
// so that "the data show" can name the last source named before.
func (x *extractor) resolveOrigins(s *sent) {
	s.origins = make([]string, len(s.cands))
	for i, cd := range s.cands {
		switch {
		case cd.kind == "measured" && x.isPlace(cd.orStart, cd.orEnd):
			// "Russia counted 9,100 entries": a country is no data source
		case cd.origin != "":
			o := x.resolveOriginAt(cd.origin, cd.orStart, cd.orEnd, s)
			s.origins[i] = o
			if o != "" {
				x.lastOrigin = o
			}
		case cd.anaphoricOrigin:
			s.origins[i] = x.lastOrigin
		}
	}
}

var possessiveWordRE = regexp.MustCompile(`(?i)\b(its|their)\b`)

// resolveOriginAt resolves an origin phrase; "statistics published on its
// website" names the organization "its" refers to (the last one named in
// the sentence, else the last one before).
func (x *extractor) resolveOriginAt(np string, a, b int, s *sent) string {
	if len(x.n.in(a, b, doc.ORG)) == 0 && possessiveWordRE.MatchString(np) {
		if ms := x.n.in(s.start, a, doc.ORG); len(ms) > 0 {
			return x.n.canonical(ms[len(ms)-1])
		}
		if x.lastORG != "" {
			return x.lastORG
		}
	}
	o := x.resolveOrigin(np, a, b)
	// "the ministry": the organization named before
	lw := strings.ToLower(o)
	if ws := strings.Fields(lw); len(ws) == 1 && orgAnaphors[ws[0]] && !isCapitalized(o) {
		if r := x.anaphor(ws[0]); r != "" {
			return r
		}
	}
	return o
}

// isPlace reports whether [a, b) is a place name and nothing more.
func (x *extractor) isPlace(a, b int) bool {
	for _, m := range x.n.in(a, b, doc.LOC) {
		if m.Start == a && m.End == b {
			return true
		}
	}
	return false
}
