package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
)

// nextData opens a sentence that attributes the data of the one before
// it: "This data was reported by X". It reads
//
//	(?i)^(this|these|the|such|those|that)\s+(data|figures?|numbers?|statistics|information|estimates?|count|tally)\s+(was|were|is|are|has been|have been|had been|came|comes)\s+(reported|published|released|provided|compiled|cited|given|collected|announced|disclosed|made public|from)\s+(by\s+)?
var nextData = opener{slots: [][]foldLit{
	foldLits("this", "these", "the", "such", "those", "that"),
	foldLits("data", "figures", "figure", "numbers", "number", "statistics", "information", "estimates", "estimate", "count", "tally"),
	foldLits("was", "were", "is", "are", "has been", "have been", "had been", "came", "comes"),
	foldLits("reported", "published", "released", "provided", "compiled", "cited", "given", "collected", "announced", "disclosed", "made public", "from"),
	foldLits("by"),
}, optional: true}

// back opens a sentence that attributes the sentence before it: "This was
// reported by Interfax", "That was announced by the ministry".
// It reads (?i)^(this|that|it)\s+(was|has been)\s+(reported|announced|stated|said|disclosed|confirmed|published)\s+by\s+.
var back = opener{slots: [][]foldLit{
	foldLits("this", "that", "it"),
	foldLits("was", "has been"),
	foldLits("reported", "announced", "stated", "said", "disclosed", "confirmed", "published"),
	foldLits("by"),
}}

// headlineSuffix finds a headline closed by its source, "... : Zelensky",
// "... — ГУР»": the bounds of the source in s, or ok false. It is the
// pattern's first group
//
//	(?::|\s[—–-])\s*[«"“]?([\p{Lu}][\p{L}.&'’\- ]{0,40}?)[»"”]?$
//
// read by hand (its compilation took some 70 us, for a few headlines a
// run). Each start is tried from the left, and from one every step is
// forced: the white space run is taken whole and an opening quote when
// there is one (neither is an upper-case letter), and the lazy group
// ends at the first rune that is the text's end or a closing quote
// ending it (no closing quote is of the group's class).
// TestHeadlineSuffix and FuzzHeadlineSuffix check it against the pattern.
func headlineSuffix(s string) (start, end int, ok bool) {
	for i := 0; i < len(s); i++ {
		j := i + 1
		if s[i] != ':' {
			if !reSpace(s[i]) {
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if r != '—' && r != '–' && r != '-' {
				continue
			}
			j += n
		}
		if start, end, ok = sourceToEnd(s, j); ok {
			return start, end, true
		}
	}
	return 0, 0, false
}

// sourceToEnd reads headlineSuffix's pattern after the colon or dash, at
// j of s.
func sourceToEnd(s string, j int) (start, end int, ok bool) {
	for j < len(s) && reSpace(s[j]) {
		j++
	}
	r, n := utf8.DecodeRuneInString(s[j:])
	if r == '«' || r == '"' || r == '“' {
		j += n
		r, n = utf8.DecodeRuneInString(s[j:])
	}
	if !unicode.IsUpper(r) {
		return 0, 0, false
	}
	start, j = j, j+n
	for k := 0; ; k++ {
		if j == len(s) {
			return start, j, true
		}
		r, n = utf8.DecodeRuneInString(s[j:])
		if (r == '»' || r == '"' || r == '”') && j+n == len(s) {
			return start, j, true
		}
		if k == 40 || !headlineSourceRune(r) {
			return 0, 0, false
		}
		j += n
	}
}

// headlineSourceRune reports whether r is of [\p{L}.&'’\- ].
func headlineSourceRune(r rune) bool {
	return unicode.IsLetter(r) || r == '.' || r == '&' || r == '\'' || r == '’' || r == '-' || r == ' '
}

// headlinePrefixRE: a headline opened by its source, "Zelensky: ...",
// "ГУР: ...".
var headlinePrefixRE = mustFiltered(`^([\p{Lu}][\p{L}.&'’\- ]{0,40}?):\s+\S`)

// attribution is who states a figure and on what source: the PARC source
// (said_by), the nested source it cites (origin), the cue's rule.
type attribution struct {
	saidBy, origin   string
	rule, originRule string
	indef            bool
	from             *cand
	// fromSubject: the origin is the subject of the sentence's verb ("border
	// guards registered 812"), not a cited source ("по данным X")
	fromSubject bool
}

func (at attribution) empty() bool { return at.saidBy == "" && at.origin == "" }

// rawSpeaker is the speaker as the text writes it ("видання «Обрій»"),
// else the resolved name.
func (at attribution) rawSpeaker() string {
	if at.from != nil && at.from.speaker != "" {
		return at.from.speaker
	}
	return at.saidBy
}

// frame is the attribution in force in a paragraph: set by the last
// sentence that names a source, carried to the figures after it that name
// none, replaced by the next sentence that names one.
type frame struct {
	attribution
	para, si int
	reach    int // the last paragraph the attribution was carried into
	set      bool
	// period is the period of the figure that set the frame: a figure
	// leaning on that one ("Of those arrivals, 7,887 ...") shares it
	period, periodText string
	claim              *doc.Claim // that figure
}

// inPara reports whether the frame holds in paragraph para: set there or
// carried there.
func (f *frame) inPara(para int) bool { return f.set && (f.para == para || f.reach == para) }

// attribute sets said_by and origin: the figure's own sentence first (a
// quotation's speaker, the attribution clause after or before it, nested
// attributions as said_by and origin), then the discourse: the sentence
// after it ("Об этом сообщил ...", "This was reported by ..."), the
// attribution in force in the paragraph, the headline's source.
//
// It reports whether the attribution was carried from an earlier sentence.
func (x *extractor) attribute(si int, c *doc.Claim, why *[]string, dependent bool) (carried bool) {
	s := x.sents[si]
	at := x.ownAttribution(si, c.Start)
	if at.origin == "" && s.release != "" && !strings.EqualFold(at.saidBy, s.release) &&
		(at.saidBy == "" && !s.ownSource() || at.saidBy != "" && x.isOutlet(at.rawSpeaker(), at.saidBy)) {
		// "Росстат обновил данные о въезде. ... В 2024 году въехали 13 221":
		// the released data are the figure's origin, and the figure needs
		// no speaker carried from before; an outlet counting on them
		// reports them too (an intelligence service's own estimate does
		// not)
		at.origin, at.originRule = s.release, "data released by "+s.release+" before"
	}
	if at.empty() && x.listHead >= 0 {
		// a list item: the source its header names
		h := x.sents[x.listHead]
		if ha := x.ownAttribution(x.listHead, h.end); !ha.empty() {
			at = ha
			at.rule, at.originRule = "of the list header ("+ha.rule+")", "of the list header ("+ha.originRule+")"
			carried = true
		}
	}
	if at.saidBy != "" && at.origin == "" && x.fr.set && x.fr.si < si && x.fr.origin != "" && strings.EqualFold(x.fr.saidBy, at.saidBy) &&
		x.isOutlet(at.rawSpeaker(), at.saidBy) && (x.fr.inPara(s.para) || x.fr.inPara(x.prevBodyPara(s.para))) {
		// "Видання називає цей показник рекордним: ...": an outlet that
		// reported a body's data goes on reporting them
		at.origin, at.originRule = x.fr.origin, "the outlet's data source before ("+x.fr.originRule+")"
	}
	if at.saidBy == "" {
		if b, ok := x.backAttribution(si); ok {
			at.saidBy, at.indef, at.rule = b.saidBy, b.indef, b.rule
			if at.origin == "" && b.origin != "" {
				at.origin, at.originRule = b.origin, b.originRule
			}
		}
	}
	if a := x.ante; at.empty() && a != nil && (a.SaidBy != "" || a.Origin != "") {
		// a figure leaning on an earlier one shares its source
		at = attribution{saidBy: a.SaidBy, origin: a.Origin}
		if a.SaidBy != "" {
			at.rule = "of the figure it leans on (" + a.Text + ")"
		}
		if a.Origin != "" {
			at.originRule = "of the figure it leans on (" + a.Text + ")"
		}
		carried = true
	} else if at.saidBy == "" && at.origin != "" && at.fromSubject && x.fr.set && x.fr.si < si && x.fr.saidBy != "" && x.fr.origin != "" {
		// data named in the sentence whose report was attributed before
		// ("NK News reported border data ... In the first quarter, border
		// guards registered 812"): the reporter still speaks
		at.saidBy, at.indef, at.from = x.fr.saidBy, x.fr.indef, x.fr.from
		at.rule = "carried from the report the data come from (" + x.fr.rule + ")"
		x.fr.reach = s.para
	} else if at.empty() && !s.ownSource() && !(authorsReckoning(s, c) && x.baseInText(si)) && x.fr.set && x.fr.si < si && (x.fr.inPara(s.para) || dependent && x.fr.inPara(x.prevBodyPara(s.para))) {
		at = x.fr.attribution
		carried = true
		x.fr.reach = s.para
		where := "the sentence before"
		if x.fr.para != s.para {
			where = "the paragraph before"
		}
		if at.saidBy != "" {
			at.rule = "carried from " + where + " (" + at.rule + ")"
		}
		if at.origin != "" {
			at.originRule = "carried from " + where + " (" + at.originRule + ")"
		}
	} else if !at.empty() {
		if x.fr.set && x.fr.saidBy == at.saidBy && x.fr.origin == at.origin && x.fr.period != "" {
			// the same source again: the frame keeps the period of the
			// figure that introduced it ("520 arriving in spring, against only
			// 60 in the spring before"); its sentence stays the one that
			// set it, so the figures after this one still take its period
			x.fr.para, x.fr.reach = s.para, s.para
		} else {
			cc := *c
			x.fr = frame{attribution: at, para: s.para, reach: s.para, si: si, set: true, period: c.Period, periodText: c.PeriodText, claim: &cc}
		}
	}
	// an article that opens by retelling an outlet ("Russia is hiring North
	// Korean workers again, the BBC writes"): its figures with no source of
	// their own are the outlet's
	if at.empty() && !s.ownSource() && x.artFrame.saidBy != "" {
		at = x.artFrame
		at.rule = "the article retells " + x.artFrame.saidBy + " (" + x.artFrame.rule + ")"
		if s.para > x.artFramePara {
			at.origin, at.originRule = "", ""
		}
		carried = true
	}
	// a headline attributed after a colon or a dash ("...: WSJ", "... —
	// «Эскадра»"), or before a colon ("Zelensky: ...")
	if at.saidBy == "" && (s.kind == doc.KindTitle || x.headerLine(si)) {
		if name, rule := x.headlineSource(s); name != "" {
			at.saidBy, at.rule = name, rule
		}
	}
	// an indefinite descriptor in the lead ("a South Korean expert said")
	// named in the next attribution ("..., said Kim Min-ho, a researcher at ...")
	if at.indef && at.from != nil {
		if name := x.namedLater(si); name != "" {
			at.rule += "; named later as " + name
			at.saidBy = name
		}
	}
	if carried && at.saidBy != "" && writerComment(s) && x.baseInText(si) {
		// "That is the highest on record, and more than double the 1,700
		// who ...": the writer comments on the data; no speaker is carried
		*why = append(*why, "said_by: none carried into the writer's comment ("+at.saidBy+")")
		at.saidBy, at.rule = "", ""
	}
	// an interview's answer ("— Думаю, да. По данным ФМС, ...") with no
	// speaker of its own: the interviewee says it
	if at.saidBy == "" && x.answers[s.para] && x.interviewee != "" {
		at.saidBy, at.rule = x.interviewee, "an answer of the interview with "+x.interviewee
	}
	c.SaidBy, c.Origin = at.saidBy, at.origin
	if at.originRule != "" && at.origin != "" {
		*why = append(*why, "origin: "+at.originRule)
	}
	if at.rule != "" && at.saidBy != "" {
		*why = append(*why, "said_by: "+at.rule)
	}
	return carried
}

// reckoning opens a sentence that sums up the figures before it: "That
// is a twelvefold increase", "Это в три раза больше". It reads
//
//	(?i)^(that|this|it|which|это|то есть|це|тобто)(\s+(is|was|represents|means|amounts to|marks|означает|составляет|означає))?\s
//
// which matches where its first word is followed by white space: the
// optional group may be passed over, and when taken it starts with the
// white space \s needs.
var reckoning = opener{slots: [][]foldLit{foldLits("that", "this", "it", "which", "это", "то есть", "це", "тобто")}}

// comment opens a sentence that comments on the figure before it: it
// reads (?i)^(that|this|it)\s+(is|was|represents|means|marks|amounts to)\s.
var comment = opener{slots: [][]foldLit{
	foldLits("that", "this", "it"),
	foldLits("is", "was", "represents", "means", "marks", "amounts to"),
}}

// opener is a pattern (?i)^(w...)\s+(w...)\s+... of slots of words, each
// followed by white space, read by hand (each pattern's compilation took
// 10-45 us, for a few sentences a run); with optional, its last slot
// (with its white space) may be passed over. end gives the end of the
// match regexp finds: the slots' words are tried in order (leftmost
// first), and each white space run is taken whole, since a word starts
// with no space. A pattern whose last \s+ is a \s (commentRE) is matched
// where this one is. TestOpener and FuzzOpener check them against their
// patterns.
type opener struct {
	slots    [][]foldLit
	optional bool
}

// opens reports whether s starts with the pattern.
func (o opener) opens(s string) bool { return o.end(s) >= 0 }

// end returns the end of the match at the start of s, or -1.
func (o opener) end(s string) int { return o.from(s, 0, 0) }

// from matches slots k on at i of s.
func (o opener) from(s string, i, k int) int {
	if k == len(o.slots) {
		return i
	}
	for _, w := range o.slots[k] {
		e := w.at(s, i)
		if e < 0 || e == len(s) || !reSpace(s[e]) {
			continue
		}
		for e < len(s) && reSpace(s[e]) {
			e++
		}
		if f := o.from(s, e, k+1); f >= 0 {
			return f
		}
	}
	if o.optional && k == len(o.slots)-1 {
		return i
	}
	return -1
}

// writerComment reports a sentence in which the writer comments on the
// figures before it ("That is ...", "This was ...") with no attribution of
// its own.
func writerComment(s *sent) bool {
	if !comment.opens(s.text) {
		return false
	}
	for i := range s.cands {
		if s.names[i] != "" || s.origins[i] != "" {
			return false
		}
	}
	return true
}

// baseInText reports that the writer can have worked out a comparison in
// sentence si from figures the text gives: two counts in the sentence and
// the paragraph before it ("counted 13,221 entries, compared with 1,082
// in 2022. That is a twelvefold increase"). A comparison with a base the
// text does not give ("That was three times as many as a year earlier")
// comes from the source of the figure before.
func (x *extractor) baseInText(si int) bool {
	s := x.sents[si]
	n := 0
	for _, q := range s.quants {
		if q.IsAmount() && q.Kind != doc.QRatio && q.Kind != doc.QPercent {
			n++
		}
	}
	for k := len(x.made) - 1; k >= 0 && n < 2; k-- {
		m := x.made[k]
		if x.sents[m.si].para != s.para && x.sents[m.si].para != x.prevBodyPara(s.para) {
			break
		}
		if m.si != si && countUnit(m.c.Unit) {
			n++
		}
	}
	return n >= 2
}

// authorsReckoning reports a ratio or share the writer works out from the
// figures before it, in a sentence holding no figure of its own: no source
// reaches it.
func authorsReckoning(s *sent, c *doc.Claim) bool {
	if c.Unit != "ratio" && c.Unit != "percent" || !reckoning.opens(s.text) {
		return false
	}
	for _, q := range s.quants {
		if q.IsAmount() && q.Kind != doc.QRatio && q.Kind != doc.QPercent {
			return false
		}
	}
	return true
}

// ownSource reports whether the sentence attributes itself, even to no
// one named ("Other estimates put the deployment at ..."): the source in
// force does not reach it.
func (s *sent) ownSource() bool {
	for _, cd := range s.cands {
		switch cd.kind {
		case attrLeading, attrTrailing, attrInverted, attrAccording:
			if cd.speaker != "" && !cd.coord || cd.unnamed {
				return true
			}
		}
	}
	return false
}

// articleFrame finds an opening sentence (the title or the first body
// sentence) that attributes a figure-less statement to a news outlet: the
// article retells that outlet.
func (x *extractor) articleFrame() {
	for si, s := range x.sents {
		if si > 1 {
			return
		}
		if x.figureBefore(s, s.end+1) {
			continue
		}
		for i, cd := range s.cands {
			if (cd.kind == attrTrailing || cd.kind == attrInverted || cd.kind == attrLeading) && s.names[i] != "" && x.isOutlet(cd.speaker, s.names[i]) {
				x.artFrame = attribution{saidBy: s.names[i], rule: cd.kind + " attribution to " + cd.speaker + " in the opening"}
				// "..., пише BBC з посиланням на свіжі дані відомства": the
				// data the outlet cites are the origin of the opening's
				// figures (artFramePara), not of the whole retelling
				x.artFramePara = s.para
				for j, od := range s.cands {
					if s.origins[j] != "" && (od.kind == "citing" || od.kind == "datafrom") && !strings.EqualFold(s.origins[j], s.names[i]) {
						x.artFrame.origin, x.artFrame.originRule = s.origins[j], "the article retells "+s.names[i]+", citing "+s.origins[j]
						break
					}
				}
				return
			}
		}
	}
}

// minDialogue is how many paragraphs opening with a dash make an article
// an interview.
const minDialogue = 3

// interview finds a Russian or Ukrainian interview: paragraphs opening
// with a dash, questions (ending with "?") and answers. The interviewee is
// the last person named before the first of them ("Мы поговорили с
// экономистом Дмитрием Лосевым"); the answers are his.
func (x *extractor) interview() {
	first, n := -1, 0
	dialogue := map[int]bool{}
	for _, s := range x.sents {
		if dialogue[s.para] || s.kind == doc.KindTitle || x.stemLang(s) == "" {
			continue
		}
		if t := strings.TrimLeft(s.ptext, " \u00a0"); strings.HasPrefix(t, "—") || strings.HasPrefix(t, "– ") {
			dialogue[s.para] = true
			n++
			if first < 0 {
				first = s.pstart
			}
		}
	}
	if n < minDialogue {
		return
	}
	m, ok := x.n.lastBefore(max(0, first-3000), first, doc.PER)
	if !ok {
		return
	}
	x.interviewee = x.n.canonical(m)
	x.answers = map[int]bool{}
	for _, s := range x.sents {
		if dialogue[s.para] && !strings.HasSuffix(strings.TrimSpace(s.ptext), "?") {
			x.answers[s.para] = true
		}
	}
}

// prevBodyPara is the paragraph before para that holds sentences, or para.
func (x *extractor) prevBodyPara(para int) int {
	for k := len(x.sents) - 1; k >= 0; k-- {
		if x.sents[k].para < para {
			return x.sents[k].para
		}
	}
	return para
}

// ownAttribution reads the figure's attribution from its own sentence.
// Two attributions around one figure nest (PARC): the outer one ("...,
// Lee said", "According to Lee, ...") is said_by, the inner one ("the NIS
// estimates that ...") is the origin, unless the outer one is a news
// outlet that only carried the inner speaker's statement ("..., Eskadra
// estimated, according to RIA Novosti": Eskadra).
func (x *extractor) ownAttribution(si, pos int) attribution {
	s := x.sents[si]
	var at attribution
	if k, ci := x.quoteSpeaker(si, pos); k >= 0 {
		at.saidBy, at.indef, at.rule = x.sents[k].names[ci], x.sents[k].indef[ci], "quotation attributed to "+x.sents[k].cands[ci].speaker
		at.from = &x.sents[k].cands[ci]
	}
	if at.saidBy == "" {
		after, before, accord := -1, -1, -1
		// an attribution clause after the figure
		for i, cd := range s.cands {
			if (cd.kind == attrTrailing || cd.kind == attrInverted) && cd.clauseStart > pos && s.names[i] != "" && !cd.dataSubjects && !cd.coord {
				if after < 0 || cd.verbAt < s.cands[after].verbAt {
					after = i
				}
			}
		}
		// a speaker before it, and the first of several ("Lee said the
		// agency had spotted ...": Lee reports the agency)
		firstBefore := -1
		for i, cd := range s.cands {
			if (cd.kind == attrLeading || cd.kind == attrTrailing) && cd.verbAt < pos && s.names[i] != "" && !cd.dataSubjects {
				before = i
				if firstBefore < 0 {
					firstBefore = i
				}
			}
		}
		for _, kind := range []string{attrAccording, attrLearn, "obtained"} {
			if accord >= 0 {
				break
			}
			for i, cd := range s.cands {
				if cd.kind == kind && s.names[i] != "" {
					accord = i
					break
				}
			}
		}
		outer, inner := -1, -1
		switch {
		case after >= 0 && before >= 0 && !strings.EqualFold(s.names[after], s.names[before]):
			outer, inner = after, before
		case accord >= 0 && before >= 0 && s.cands[accord].verbAt < s.cands[before].verbAt && !strings.EqualFold(s.names[accord], s.names[before]):
			outer, inner = accord, before // "According to Lee, the agency says ..."
		case accord >= 0 && after >= 0 && s.cands[accord].verbAt > s.cands[after].verbAt && !strings.EqualFold(s.names[accord], s.names[after]):
			outer, inner = accord, after // "..., Eskadra estimated, according to RIA Novosti"
		case firstBefore >= 0 && before > firstBefore && s.cands[before].spStart > s.cands[firstBefore].verbAt &&
			!s.cands[before].coord && !strings.EqualFold(s.names[firstBefore], s.names[before]) && namedSpeaker(s.names[firstBefore]):
			outer, inner = firstBefore, before
		case after >= 0:
			outer = after
		case before >= 0:
			outer = before
		case accord >= 0:
			outer = accord
		}
		if outer >= 0 {
			cd := &s.cands[outer]
			at.saidBy, at.indef, at.rule, at.from = s.names[outer], s.indef[outer], cd.kind+" attribution to "+cd.speaker, cd
			if inner >= 0 {
				in := &s.cands[inner]
				if x.isOutlet(cd.speaker, s.names[outer]) && !x.isOutlet(in.speaker, s.names[inner]) {
					at.saidBy, at.indef, at.from = s.names[inner], s.indef[inner], in
					at.rule = in.kind + " attribution to " + in.speaker + " (carried by the outlet " + s.names[outer] + ")"
				} else {
					at.origin, at.originRule = s.names[inner], "nested attribution: "+s.names[outer]+" reporting "+in.speaker
				}
			}
		}
	}
	// origin: "citing data from", "according to data from", "statistics
	// from", "X information obtained by"; else the organization that
	// recorded the figure; else the subject of "the data show"
	if o, k := x.originOf(si, pos, at.saidBy); o != "" && !strings.EqualFold(o, at.saidBy) {
		at.origin, at.originRule = o, k
		at.fromSubject = strings.HasPrefix(k, "measured") || strings.HasPrefix(k, "dataverb")
		if unownedData(o) {
			// "..., official figures suggest. Entry counts released by the
			// coast guard suggest ...": the next sentences name whose data
			// they are
			if n, ok := x.ownerNext(si); ok {
				at.origin, at.originRule = n, k+", whose owner the next sentence names: "+n
			}
		}
	}
	return at
}

// backAttribution is the attribution that the sentence after si (in the
// same paragraph) gives si's figures: "This data was reported by X,
// citing Y", "This was reported by Interfax", "Об этом сообщил X".
func (x *extractor) backAttribution(si int) (attribution, bool) {
	s := x.sents[si]
	var at attribution
	e, n := -1, (*sent)(nil)
	if si+1 < len(x.sents) && x.sents[si+1].para == s.para {
		n = x.sents[si+1]
		if e = nextData.end(n.text); e < 0 {
			e = back.end(n.text)
		}
	}
	if e >= 0 {
		k := 0
		for k < len(n.tokens()) && n.tokens()[k].start < e {
			k++
		}
		if np, a, b := npAfter(n.text, n.tokens(), k); np != "" {
			at.saidBy, at.indef = x.resolveSpeaker(np, n.start+a, n.start+b)
			at.rule = "next sentence: " + n.text[:e] + np
		}
		for i, cd := range n.cands {
			if n.origins[i] != "" && cd.kind != "dataverb" && cd.kind != "measured" {
				at.origin, at.originRule = n.origins[i], "next sentence "+cd.kind+" "+cd.origin
				break
			}
		}
		return at, at.saidBy != ""
	}
	// "Об этом сообщил X", "Про це повідомив X": the sentence that says
	// so may stand after several sentences of its paragraph, or open the
	// next paragraph
	k, ok := x.backSentence(si)
	if !ok {
		return attribution{}, false
	}
	n = x.sents[k]
	where := "next sentence: "
	switch {
	case n.para != s.para:
		where = "the next paragraph opens: "
	case k > si+1:
		where = "a later sentence of the paragraph: "
	}
	for i, cd := range n.cands {
		if cd.back && n.names[i] == "" && n.origins[i] != "" {
			// "Такие данные приводит Росстат", "Об этом свидетельствуют
			// данные Росстата": the data's origin alone
			at.origin, at.originRule = n.origins[i], where+"data of "+n.origins[i]
			return at, true
		}
		if cd.back && n.names[i] != "" {
			at.saidBy, at.indef, at.rule = n.names[i], n.indef[i], where+cd.kind+" attribution to "+cd.speaker
			for j, od := range n.cands {
				if n.origins[j] != "" && od.kind != "measured" {
					at.origin, at.originRule = n.origins[j], "next sentence "+od.kind+" "+od.origin
					break
				}
			}
			return at, true
		}
	}
	return attribution{}, false
}

// maxBackSentences is how many sentences after a figure a closing "Об
// этом сообщил X" may stand.
const maxBackSentences = 6

// backSentence finds the sentence after si that attributes what came
// before it with "Об этом / Про це ... сообщил X" (a back candidate with a
// speaker): in si's paragraph, or opening the paragraph right after it
// (wire copy states its source once, after the lead paragraph). Every
// sentence between must be free of attributions of its own: an
// attribution between starts another statement. A headline is not
// covered from the next paragraph (it is a statement of its own).
func (x *extractor) backSentence(si int) (int, bool) {
	s := x.sents[si]
	for k := si + 1; k < len(x.sents) && k <= si+maxBackSentences; k++ {
		n := x.sents[k]
		next := n.para != s.para
		if next && (s.kind == doc.KindTitle || x.sents[k-1].para != s.para || x.prevBodyPara(n.para) != s.para) {
			return -1, false // not the first sentence of the paragraph after si's
		}
		for i, cd := range n.cands {
			if cd.back && (n.names[i] != "" || n.origins[i] != "") {
				return k, true
			}
		}
		if next || n.ownSource() {
			return -1, false
		}
		for _, cd := range n.cands {
			if cd.speaker != "" {
				return -1, false
			}
		}
	}
	return -1, false
}

// headerLine reports a subheadline: a body paragraph of one sentence
// with no closing punctuation, above the lead (every sentence before it
// is such a line or the title), as "NIS: на работу в Россию отправились
// тысячи рабочих" under the headline. It names its source as a headline
// does.
func (x *extractor) headerLine(si int) bool {
	for k := si; k >= 0; k-- {
		s := x.sents[k]
		if s.kind == doc.KindTitle {
			continue
		}
		if k > 0 && x.sents[k-1].para == s.para || k == si && si+1 < len(x.sents) && x.sents[si+1].para == s.para {
			return false // not a paragraph of its own
		}
		t := strings.TrimRight(s.text, " \u00a0")
		if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?…;") {
			return false
		}
	}
	return true
}

// genericWork reports a phrase that is only a work noun or "media", after
// adjectives at most ("Report", "New study", "Media reports"): it names no
// source.
func genericWork(np string) bool {
	ws := strings.Fields(strings.ToLower(strings.Trim(np, " .,;:!?\"'“”")))
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	last := ws[len(ws)-1]
	if !workNouns[last] && last != "media" {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !adjWords[w] && w != "media" && !workNouns[w] {
			return false
		}
	}
	return true
}

// headlineSource is the source a headline names after a colon or a dash,
// or before a colon.
func (x *extractor) headlineSource(s *sent) (string, string) {
	try := func(a, b int, rule string) (string, string) {
		np := s.text[a:b]
		if len(strings.Fields(np)) > 4 || genericWork(np) {
			return "", "" // "...: Report", "... - new study": no one named
		}
		if s.kind != doc.KindTitle {
			// a header line names its source as written, and only a name
			// ("Фото: ..." is a label)
			if _, ok := x.n.lookup(np); ok || len(x.n.in(s.start+a, s.start+b, doc.ORG, doc.PER)) > 0 {
				return np, rule + np
			}
			return "", ""
		}
		if r, ok := x.n.lookup(np); ok {
			return x.asWritten(r, np), rule + np
		}
		if ms := x.n.in(s.start+a, s.start+b, doc.ORG, doc.PER); len(ms) > 0 {
			return x.mentionName(ms[0]), rule + np
		}
		return np, rule + np
	}
	if a, b, ok := headlineSuffix(s.text); ok {
		if name, rule := try(a, b, "headline attribution after colon: "); name != "" {
			return name, rule
		}
	}
	if m := headlinePrefixRE.FindStringSubmatchIndex(s.text); m != nil {
		return try(m[2], m[3], "headline attribution before colon: ")
	}
	return "", ""
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
	// a quotation that goes on after its attribution ("“...,” the source
	// told reporters. “People paid ...”): the speaker of the quotation
	// right before it in the paragraph
	if k, i := x.continuedQuote(si, regions, region); k >= 0 {
		return k, i
	}
	// the next paragraph opens with the attribution
	for k := si + 1; k < len(x.sents) && k < si+maxQuoteSentences; k++ {
		if x.sents[k].para == s.para {
			continue
		}
		n := x.sents[k]
		for i, cd := range n.cands {
			if cd.kind == attrLeading && len(n.tokens()) <= 14 && n.names[i] != "" {
				return k, i
			}
		}
		break
	}
	if strings.TrimSpace(s.ptext[:region[0]]) == "" {
		return x.introducedQuote(s.para)
	}
	return -1, -1
}

// continuedQuote finds the speaker of a quotation (region, in the
// paragraph of sentence si, whose quotations are regions) that opens its
// sentence right after the attribution of the quotation before it:
// `“A,” the source said. “B.”` B is the source's too. It returns the
// sentence and candidate index, or -1.
func (x *extractor) continuedQuote(si int, regions [][2]int, region [2]int) (int, int) {
	s := x.sents[si]
	if at := s.start - s.pstart; region[0] < at || strings.TrimSpace(s.ptext[at:region[0]]) != "" {
		return -1, -1 // the quotation does not open its sentence
	}
	prev := -1
	for j, r := range regions {
		if r == region {
			break
		}
		prev = j
	}
	if prev < 0 {
		return -1, -1
	}
	pend := s.pstart + regions[prev][1]
	k := si - 1
	if k < 0 || x.sents[k].para != s.para || x.sents[k].end < pend || x.sents[k].start > pend {
		return -1, -1 // the sentence right before does not close the quotation before
	}
	n := x.sents[k]
	for i, cd := range n.cands {
		if (cd.kind == attrTrailing || cd.kind == attrInverted) && cd.clauseStart >= pend-3 && n.names[i] != "" {
			return k, i
		}
	}
	return -1, -1
}

// introducedQuote finds the speaker of a quotation that opens paragraph
// para and names none: the last sentence of the paragraph before
// introduces it ("Інформагентство пише, що ...", "The ministry said in a
// statement:") with a speaker before its verb. It returns the sentence
// and candidate index, or -1.
func (x *extractor) introducedQuote(para int) (int, int) {
	prev := x.prevBodyPara(para)
	if prev == para {
		return -1, -1
	}
	k := -1
	for j := len(x.sents) - 1; j >= 0; j-- {
		if x.sents[j].para == prev {
			k = j
			break
		}
	}
	if k < 0 || x.sents[k].kind == doc.KindTitle {
		return -1, -1
	}
	n := x.sents[k]
	for i := len(n.cands) - 1; i >= 0; i-- {
		if cd := n.cands[i]; cd.kind == attrLeading && n.names[i] != "" && !cd.coord && !cd.dataSubjects {
			return k, i
		}
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
		if e := x.servedRegionEnd(m, b); e > m.End {
			// "УМВД России по Приморскому краю": a body's office for a
			// region is named with the region
			return x.a.Text[m.Start:e]
		}
		return x.mentionName(m)
	}
	clean := stripPossessiveAnaphor(stripDet(parenRE.ReplaceAllString(np, "")))
	if r, ok := x.n.lookup(clean); ok {
		return x.asWritten(r, clean)
	}
	return clean
}

// servedRegionEnd is the end of "по <place>" right after the body's name
// m and ending by b (Russian: "УМВД России по Приморскому краю", "УФСБ по
// Москве"), or m.End.
func (x *extractor) servedRegionEnd(m doc.Mention, b int) int {
	rest, ok := strings.CutPrefix(x.a.Text[m.End:b], " по ")
	if !ok {
		return m.End
	}
	at := b - len(rest)
	for _, p := range x.n.in(at, b, doc.LOC) {
		if p.Start == at {
			return p.End
		}
	}
	return m.End
}

// originOf returns the resolved origin for a figure at pos of sentence si
// and the rule: an explicit source ("citing data from X", "according to
// figures from X") first, then the organization that recorded the figure,
// then the subject of "X figures show".
//
// An origin that is the speaker again is passed over, and "citing the
// agency's tables" names the body that recorded the figure in the same
// sentence ("Rosstat counted 13,000 ..., the paper reported, citing the
// agency's tables": Rosstat).
// speakerBetween reports a coordinated speech clause with its own speaker
// between offsets a and b of sentence s: "X recorded 900 ..., and Y said
// 'thousands' ...": the record does not reach past it.
func speakerBetween(s *sent, a, b int) bool {
	for i, cd := range s.cands {
		if (cd.kind == attrLeading || cd.kind == attrTrailing) && s.names[i] != "" && cd.spStart > a && cd.verbAt < b {
			return true
		}
	}
	return false
}

func (x *extractor) originOf(si, pos int, saidBy string) (string, string) {
	s := x.sents[si]
	measured := ""
	for i, cd := range s.cands {
		if cd.kind == "measured" && s.origins[i] != "" && cd.verbAt < pos {
			measured = s.origins[i]
		}
	}
	for _, pass := range []func(cand) bool{
		func(cd cand) bool { return cd.kind != "measured" && cd.kind != "dataverb" },
		func(cd cand) bool {
			return cd.kind == "measured" && cd.verbAt < pos && !speakerBetween(s, cd.verbAt, pos)
		},
		func(cd cand) bool { return cd.kind == "dataverb" },
	} {
		for i, cd := range s.cands {
			if s.origins[i] == "" || !pass(cd) || strings.EqualFold(s.origins[i], saidBy) {
				continue
			}
			if cd.kind == "citing" && measured != "" && genericPossessiveRE.MatchString(cd.origin) {
				return measured, "citing " + cd.origin + ": " + measured + ", which recorded the figure"
			}
			return s.origins[i], cd.kind + " " + s.origins[i]
		}
	}
	return "", ""
}

// genericPossessiveRE: "the agency's tables", "its figures": data named by
// a generic body.
var genericPossessiveRE = mustFiltered(`(?i)^(the\s+)?(agency|company|ministry|service|office|bureau|department|body|its|their)(['’]s)?\s`)

// releaseReach is how many paragraphs after its sentence a data release
// stays in force.
const releaseReach = 4

// trackRelease sets s.release: a body that released its data ("Росстат
// обновил данные ...") is the origin of the figures after it, until a
// sentence names another data source or releaseReach paragraphs pass.
func (x *extractor) trackRelease(si int) {
	s := x.sents[si]
	for i, cd := range s.cands {
		if o := s.origins[i]; o != "" {
			switch {
			case cd.kind == "released":
				x.release, x.releasePara, x.releasePeriod = o, s.para, x.releasedPeriod(si)
			case strings.EqualFold(o, x.release):
				x.releasePara = s.para // the body named again
			default:
				x.release = ""
			}
		}
	}
	if x.release != "" && s.para-x.releasePara > releaseReach {
		x.release = ""
	}
	s.release, s.releasePeriod = x.release, x.releasePeriod
	if s.release == "" {
		s.releasePeriod = ""
	}
}

// releasedPeriod is the period the data released in sentence si cover
// ("обновил данные о въезде за прошлый год"), or "".
func (x *extractor) releasedPeriod(si int) string {
	for _, t := range x.sents[si].times {
		if x.notPeriod(si, t) != "" || t.Value == "PRESENT_REF" {
			continue
		}
		if v := t.Value; periodValue(v) {
			return v
		}
	}
	return ""
}

// releasePeriodOf gives a figure of released data with no period of its
// own (nor one carried) the period the release covers.
func (x *extractor) releasePeriodOf(si int, c *doc.Claim, why *[]string) {
	s := x.sents[si]
	if c.Period != "" || c.PeriodText != "" || s.releasePeriod == "" || !strings.EqualFold(c.Origin, s.release) || x.ownTime(si) {
		return
	}
	c.Period = s.releasePeriod
	*why = append(*why, "period: the period of the data "+s.release+" released -> "+c.Period)
}

// resolveOrigins resolves the sources named in sentence s in text order,
// so that "the data show" can name the last source named before, into
// s.origins (see resolvedRoom).
func (x *extractor) resolveOrigins(s *sent) {
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

var possessiveWordRE = mustFiltered(`(?i)\b(its|their)\b`)

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

// ourWords open a speaker phrase in the outlet's own voice: "we", "our
// own estimate", "по нашим подсчетам", "за нашими даними".
var ourWords = set(`we our us мы наш наша наши нашим наших нашей нашего ми наші нашими нашої`)

// outletVoice returns the outlet that publishes the article when the
// speaker of candidate c speaks in the first person plural outside a
// quotation, else "".
func (x *extractor) outletVoice(s *sent, c *cand) string {
	if !ourWords[strings.ToLower(firstWord(c.speaker))] {
		return ""
	}
	outlet := x.a.SiteName
	if outlet == "" {
		outlet = x.a.Credit
	}
	if outlet == "" || x.inQuote(s, c.spStart) {
		return ""
	}
	return outlet
}

// inQuote reports whether absolute offset pos of sentence s is inside a
// quotation of its paragraph.
func (x *extractor) inQuote(s *sent, pos int) bool {
	regions, ok := x.quotes[s.para]
	if !ok {
		regions = quoteRegions(s.ptext)
		x.quotes[s.para] = regions
	}
	rel := pos - s.pstart
	for _, r := range regions {
		if r[0] <= rel && rel < r[1] {
			return true
		}
	}
	return false
}

// selfCounted turns a record verb whose subject is a person ("Nguyen
// Van An counted 43 labourers") into a speaker: a person who counted
// states the figure, there is no separate data source.
func (x *extractor) selfCounted(c *cand) {
	if c.kind != "measured" || c.speaker != "" || c.origin == "" {
		return
	}
	if len(x.n.in(c.orStart, c.orEnd, doc.PER)) == 0 {
		return
	}
	c.kind, c.speaker, c.spStart, c.spEnd, c.clauseStart = attrLeading, c.origin, c.orStart, c.orEnd, c.orStart
	c.origin, c.orStart, c.orEnd = "", 0, 0
}

// namedSpeaker reports a speaker given by name ("Lee", "Ivan Petrov",
// "the Amur Courier"), not by a description ("Lawmakers who attended the
// briefing"): a named relay speaks for what it reports, a described one
// only passes on the body it names.
func namedSpeaker(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 {
		return isCapitalized(ws[0]) && !personRoles[strings.ToLower(ws[0])] && !selfCounters[strings.ToLower(ws[0])]
	}
	return hasCapital(ws[1:])
}

// unownedData reports a data phrase that names no body: "border data",
// "Russian data", "official figures".
func unownedData(o string) bool {
	ws := strings.Fields(strings.ToLower(o))
	if len(ws) == 0 || !dataNouns[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if orgWords[w] || bodyHeads[w] {
			return false
		}
	}
	for _, w := range strings.Fields(o)[:len(ws)-1] {
		if isCapitalized(w) && !demonymLike(w) {
			return false
		}
	}
	return true
}

// demonymLike reports a capitalized adjective of nationality ("Russian",
// "Chinese", "Korean"): no name of a body.
func demonymLike(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "ian") || strings.HasSuffix(lw, "ese") || strings.HasSuffix(lw, "ish") || strings.HasSuffix(lw, "ean") || strings.HasSuffix(lw, "can")
}

// ownerNext returns the data source with an owner that the next two
// sentences of sentence si name ("Border statistics published by the
// FSB"), if any.
func (x *extractor) ownerNext(si int) (string, bool) {
	for k := si + 1; k < len(x.sents) && k <= si+2; k++ {
		n := x.sents[k]
		for i, cd := range n.cands {
			if o := n.origins[i]; o != "" && (cd.kind == "datafrom" || cd.kind == "dataverb" || cd.kind == "citing") && !unownedData(o) {
				return o, true
			}
		}
	}
	return "", false
}
