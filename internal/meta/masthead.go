package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/rx"
)

// A masthead is the outlet's name set above the headline, alone or with
// the section the story runs in: "Kyiv Ledger", "ТАСС | Международная
// панорама", "Бухта Новостей · Приморье и Дальний Восток", "COUNCIL
// MONITOR - Sanctions Brief No. 14", "The Daily Courier > World > Europe".

var reMastSplit = rx.MustCompileLazy(`[\s\p{Z}]+[|·•‧>›»/–—-][\s\p{Z}]+|[\s\p{Z}]*[|·•‧›»][\s\p{Z}]*`)

// mastSeps are the runes one of which every reMastSplit separator holds.
const mastSeps = "|·•‧>›»/–—-"

var mastSepSet = rx.NewRunes(mastSeps)

// notMastRunes are the runes a masthead line never holds.
var notMastRunes = rx.NewRunes(":?!\"“”«»;")

// mastParts is reMastSplit.Split(line, -1) for a line that is not empty:
// a line without a separator rune is one part, answered without the
// pattern.
func mastParts(line string) []string {
	if !mastSepSet.In(line) {
		return []string{line}
	}
	return reMastSplit.Split(line, -1)
}

// MastheadName reads a masthead line and returns the outlet it names. It
// reads the line alone; whether a line at the top of a text is its
// masthead (and not its headline) is for the caller to judge from what
// follows. A lone name is taken only when it is a known agency, reads as
// an outlet ("Kyiv Ledger") or has at most three words ("Полис-Справка").
func MastheadName(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > 90 || notMastRunes.In(line) {
		return "", false
	}
	if _, _, ok := Byline(line); ok {
		return "", false
	}
	if IsStaffLine(line) {
		return "", false
	}
	// "From Example News": the outlet a copy comes from
	if f := strings.Fields(line); len(f) >= 2 && f[0] == "From" && !strings.ContainsAny(line, mastSeps) {
		line = strings.Join(f[1:], " ")
	}
	parts := mastParts(line)
	if len(parts) > 5 {
		return "", false
	}
	name := ""
	for i, p := range parts {
		p = strings.TrimSpace(p)
		w := len(strings.Fields(p))
		if w == 0 || w > 5 || endsLikeSentence(p) {
			return "", false
		}
		if name == "" && !(sectionWords[strings.ToLower(p)] && i < len(parts)-1) {
			if !outletNameLike(p) {
				return "", false
			}
			name = p
		}
	}
	if name == "" {
		return "", false
	}
	if len(parts) == 1 {
		if sectionWords[strings.ToLower(name)] {
			return "", false // a category label ("North Korea", "Opinion")
		}
		// a lone plain word ("Transport") is a section label; a lone
		// name needs two to three words or a compound ("Полис-Справка")
		if n := len(strings.Fields(name)); knownAgency(name) == "" && !looksLikeOutlet(name) &&
			(n > 3 || n == 1 && !strings.ContainsAny(name, "-‐.")) {
			return "", false
		}
	}
	if a := knownAgency(name); a != "" && isCyrillic(name) == isCyrillic(a) {
		return a, true
	}
	return name, true
}

// endsLikeSentence reports a final full stop after a word (not "No. 14").
func endsLikeSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’»)] `)
	if !strings.HasSuffix(s, ".") {
		return false
	}
	f := strings.Fields(s)
	last := f[len(f)-1]
	return strings.Count(last, ".") == 1 && utf8.RuneCountInString(last) > 4
}

// outletNameLike reports a name an outlet could have: one to five words,
// no digits, starting with a capital; in Latin script every word but the
// connectors is capitalised ("The Korea Standard"), in Cyrillic only the
// first need be ("Деловой обозреватель", "Тил і фронт").
func outletNameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) {
			return false
		}
	}
	if !unicode.IsUpper(firstRune(strings.TrimLeft(s, "«\"'"))) {
		return false
	}
	if isCyrillic(s) {
		return true
	}
	for i, w := range words {
		r := firstRune(w)
		if !(unicode.IsUpper(r) || i > 0 && connectors[strings.ToLower(w)]) {
			return false
		}
	}
	return true
}

// Lead credits: the agency a retold story is credited to at the end of its
// opening paragraph ("..., UNN reports.", "..., передает РИА Новости.").
// "пишет X" (X writes) credits a publication being retold, not the story,
// and is not read here.
var (
	// each holds one of its literals (keys): a text without any is not tried
	reLeadReportsEN = lazyRE(`[,.][\s\p{Z}]+(?:(?:the|according[\s\p{Z}]+to)[\s\p{Z}]+)?([\p{Lu}][\p{L}\p{N}&.'’\-]*(?:[\s\p{Z}]+[\p{Lu}][\p{L}\p{N}&.'’\-]*){0,3})[\s\p{Z}]+(?:news[\s\p{Z}]+agency[\s\p{Z}]+)?(?:reports|reported)\.?[\s\p{Z}]*$`, "report")
	// reLeadReportsRU: "..., передает РИА Новости.", "..., - сообщает
	// «Вести: Приморье» со ссылкой на ...", "... . Об этом сообщает
	// агентство X.", "Про це повідомляє кореспондент Укрінформу."; group
	// 1 the kind of outlet, 2 the bare name, 3 the quoted one
	reLeadReportsRU = lazyRE(`(?:,[\s\p{Z}]+(?:[-–—][\s\p{Z}]+)?|(?:^|[.!?»"”)][\s\p{Z}]+)(?:Об[\s\p{Z}]+этом|Про[\s\p{Z}]+це|Об[\s\p{Z}]+цьому)[\s\p{Z}]+)`+ruReportVerbs+`[\s\p{Z}]+`+ruOutletName+ruCiting+`\.?[\s\p{Z}]*$`,
		"передает", "передают", "сообщает", "сообщают", "передає", "повідомляє", "повідомляють", "сообщил", "передал", "повідомил", "повідомив")
	// reLeadAsRU: "Как сообщает ТАСС, ...", "Як повідомляє «Укрінформ», ..."
	// opening the lead
	reLeadAsRU = lazyRE(`^(?:Как|Як)[\s\p{Z}]+`+ruReportVerbs+`[\s\p{Z}]+`+ruOutletName+ruCiting+`[\s\p{Z}]*,`, "как", "як")
)

// The parts of the Russian and Ukrainian lead credits: the verb of
// reporting (present, or past of "сообщить"), the outlet's name after the
// kind of outlet if given, and the source it cites if any.
const (
	ruReportVerbs = `(?:передает|передают|сообщает|сообщают|передає|повідомляє|повідомляють|сообщило|сообщила|сообщил|передало|передал|повідомило|повідомила|повідомив)`
	ruOutletName  = `(?:((?:информационное[\s\p{Z}]+)?(?:агентство|информагентство|ИА|агенція|інформагенція|издание|видання|телеканал|портал|газета|корреспондент|кореспондент|корр\.)(?:[\s\p{Z}]+(?:агентства|агенції|издания|видання))?)[\s\p{Z}]+)?` +
		`(?:([\p{Lu}][\p{L}\p{N}&.'’\-]*(?:[\s\p{Z}]+[\p{Lu}][\p{L}\p{N}&.'’\-]*){0,3})|[«"“]([\p{Lu}][^«»"“”]{1,50})[»"”])`
	ruCiting = `(?:[\s\p{Z}]+(?:со[\s\p{Z}]+ссылкой[\s\p{Z}]+на|ссылаясь[\s\p{Z}]+на|з[\s\p{Z}]+посиланням[\s\p{Z}]+на|посилаючись[\s\p{Z}]+на)[\s\p{Z}]+[^.!?,]{1,100})?`
)

// LeadCredit reads the agency credited at the end of a story's opening
// paragraph: "..., UNN reports.", "..., передает РИА Новости.". The name
// must be a known agency or an acronym.
func LeadCredit(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if len(p) > 4000 || !strings.HasSuffix(strings.TrimRight(p, " \u00a0"), ".") && !strings.HasSuffix(p, "reports") && !strings.HasSuffix(p, "reported") {
		return "", false
	}
	// the credit closes the paragraph: read its last 300 bytes (a
	// Cyrillic credit with the source it cites takes up to about 250)
	if len(p) > 300 {
		k := len(p) - 300
		for k < len(p) && !utf8.RuneStart(p[k]) {
			k++
		}
		p = p[k:]
	}
	if reLeadReportsEN.mayHold(p) && endsWithReports(p) {
		if m := reLeadReportsEN.get().FindStringSubmatch(p); m != nil {
			name := strings.TrimSpace(m[1])
			if a := knownAgency(name); a != "" {
				return a, true
			}
			if isCapsName(name) {
				return name, true
			}
		}
	}
	if reLeadReportsRU.mayHold(p) {
		if m := reLeadReportsRU.get().FindStringSubmatch(p); m != nil {
			if o, ok := ruLeadOutlet(m[1], m[2], m[3]); ok {
				return o, true
			}
		}
	}
	return "", false
}

// LeadCreditStart reads the agency credited at the start of a story's
// opening paragraph: "Как сообщает ТАСС, ...", "Як повідомляє «Укрінформ», ...".
func LeadCreditStart(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if len(p) > 300 {
		k := 300
		for k > 0 && !utf8.RuneStart(p[k]) {
			k--
		}
		p = p[:k]
	}
	if !reLeadAsRU.mayHold(lexicon.LowerString(p)) {
		return "", false
	}
	if m := reLeadAsRU.get().FindStringSubmatch(p); m != nil {
		return ruLeadOutlet(m[1], m[2], m[3])
	}
	return "", false
}

// ruLeadOutlet is the outlet of a Russian or Ukrainian lead credit: kind
// the kind of outlet named before it ("агентство", "корреспондент"), bare
// or quoted its name. A bare name is taken when it is a known agency (in
// any case ending: "корреспондент Укрінформу"), an acronym, or follows a
// kind of outlet; a quoted one unless it is a generic source. So
// "сообщает Минобороны" or "сообщил Иван Петров" credit none.
func ruLeadOutlet(kind, bare, quoted string) (string, bool) {
	if name := strings.TrimRight(strings.TrimSpace(bare), "."); name != "" {
		if a := knownAgency(name); a != "" {
			return a, true
		}
		if a := knownAgency(withoutGenitive(name)); a != "" {
			return a, true
		}
		if isCapsName(name) || kind != "" && !GenericSource(name) && len(strings.Fields(name)) <= 3 {
			return name, true
		}
		return "", false
	}
	if q := strings.TrimSpace(quoted); q != "" && !GenericSource(q) {
		if a := knownAgency(q); a != "" {
			return a, true
		}
		if a := knownAgency(withoutGenitive(q)); a != "" {
			return a, true
		}
		return q, true
	}
	return "", false
}

// endsWithReports reports whether a trimmed p ends as every text
// reLeadReportsEN matches does: "reports" or "reported", and a full stop
// or not (the white space the pattern allows after them is trimmed).
// Most opening paragraphs that hold "report" hold it elsewhere, and the
// pattern need not be compiled for them.
func endsWithReports(p string) bool {
	p = strings.TrimSuffix(p, ".")
	return strings.HasSuffix(p, "reports") || strings.HasSuffix(p, "reported")
}

// IsOutletName reports a name that reads as a news outlet: a known agency,
// or a name holding an outlet word ("Ledger", "Times", "Новости"), starting
// with "The", an acronym or a web domain.
func IsOutletName(s string) bool { return looksLikeOutlet(s) }

// An outlet reporting what it found out, in English: "Example News has
// learned", "Example News understands". ("A source told Example News" is
// not read: a retelling says it of the outlet it retells.)
var reOutletLearnt = lazyRE(`((?:[Tt]he[\s\p{Z}]+)?[\p{Lu}][\p{L}\p{N}&.'’\-]*(?:[\s\p{Z}]+[\p{Lu}][\p{L}\p{N}&.'’\-]*){0,3})[\s\p{Z}]+(?:has[\s\p{Z}]+learned|has[\s\p{Z}]+learnt|understands|has[\s\p{Z}]+confirmed[\s\p{Z}]+with)\b`, "learn", "understands", "confirmed")

// toldReach is how many body paragraphs from the lead the credit reads
// for the outlet that found the story out.
const toldReach = 3

// ToldOutlet reads the outlet a paragraph says has found something out
// ("..., Example News has learned."). The name must read as an outlet (a
// known agency, an outlet word, a domain, an acronym) and be no generic
// source: "officials have learned", "The ministry understands" name none.
func ToldOutlet(p string) (string, bool) {
	if !reOutletLearnt.mayHold(p) {
		return "", false
	}
	for _, m := range reOutletLearnt.get().FindAllStringSubmatch(p, 4) {
		name := strings.TrimRight(strings.TrimSpace(m[1]), ".,;:")
		if GenericSource(name) || !looksLikeOutlet(name) {
			continue
		}
		if w := strings.Fields(name); len(w) >= 2 && strings.EqualFold(w[0], "the") && !looksLikeOutlet(strings.Join(w[1:], " ")) {
			continue // "The ministry", "The council": "The" alone makes no outlet here
		}
		if a := knownAgency(name); a != "" {
			return a, true
		}
		return name, true
	}
	return "", false
}
