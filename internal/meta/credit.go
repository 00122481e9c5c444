package meta

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/rx"
)

// agencyTable lists the spellings of each known agency (data/agencies.txt).
type agencyTable struct {
	id       map[string]int // folded spelling -> agency
	spelling [][]string     // agency -> spellings in file order
}

//go:embed data/agencies.txt
var agencyFile string

var agencies = parseAgencies(agencyFile)

func parseAgencies(text string) agencyTable {
	t := agencyTable{id: map[string]int{}}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var sp []string
		for _, s := range strings.Split(line, "|") {
			if s = strings.TrimSpace(s); s != "" {
				sp = append(sp, s)
				t.id[foldAgency(s)] = len(t.spelling)
			}
		}
		t.spelling = append(t.spelling, sp)
	}
	return t
}

func foldAgency(s string) string {
	return lexicon.Fold(strings.Trim(strings.TrimSpace(s), ".,;:"))
}

// agencyID returns the index of a known agency, or -1.
func agencyID(s string) int {
	if id, ok := agencies.id[foldAgency(s)]; ok {
		return id
	}
	return -1
}

// knownAgency returns the display name of a known agency in the script s
// is written in ("Interfax" for "INTERFAX.RU", "ТАСС" for "тасс"), or "".
func knownAgency(s string) string {
	id := agencyID(s)
	if id < 0 {
		return ""
	}
	if sp := agencySpelling(s, isCyrillic(s)); sp != "" {
		return sp
	}
	return agencies.spelling[id][0]
}

// agencySpelling is the first spelling of the known agency s in Cyrillic
// (cyr) or in another script, or "" when s is no known agency or has no
// such spelling.
func agencySpelling(s string, cyr bool) string {
	id := agencyID(s)
	if id < 0 {
		return ""
	}
	for _, sp := range agencies.spelling[id] {
		if isCyrillic(sp) == cyr {
			return sp
		}
	}
	return ""
}

// isCyrillic reports whether the first letter of s is Cyrillic.
func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Cyrillic, r)
		}
	}
	return false
}

var (
	// "Source: X", "Источник: X"; "По материалам X", "За матеріалами X"
	// (after the materials of X)
	reSourceLine = rx.MustCompile(`^(?:(?i:source|sources|джерело|источник|fuente)[\s\p{Z}]*:|(?i:по[\s\p{Z}]+материалам|за[\s\p{Z}]+матеріалами)[\s\p{Z}]*:?)[\s\p{Z}]*(\S.{0,60}?)\.?$`)
	reEndParen   = rx.MustCompileLazy(`[\s\p{Z}]\(([\p{Lu}][\p{L}&.'’\- ]{1,30})\)[\s\p{Z}]*$`)
	reEndTag     = rx.MustCompileLazy(`[.!?"”»)][\s\p{Z}]+(?:[-–—][\s\p{Z}]*)?([\p{Lu}][\p{L}&.'’\- ]{1,25})[\s\p{Z}]*$`)
	reByline     = rx.MustCompile(`^(?i:by|authors?[\s\p{Z}]*:)[\s\p{Z}]+([\p{Lu}][\p{L}\p{M}.'’\-]+(?:[\s\p{Z}]+(?:[\p{Lu}][\p{L}\p{M}.'’\-]+|and|&|de|van|von|al|bin))*(?:,[\s\p{Z}]*[\p{Lu}][\p{L}\p{M}.'’\-]+(?:[\s\p{Z}]+[\p{Lu}][\p{L}\p{M}.'’\-]+)*)*)(?:[\s\p{Z}]*(?:[|,–—\-][\s\p{Z}]*|[\s\p{Z}]+(?:for|of|at)[\s\p{Z}]+)([\p{Lu}][\p{L}\p{M}&.'’\- ]{1,40}))?[\s\p{Z}]*$`)
	reStaffLine  = rx.MustCompile(`^\(?(?i:(?:additional |further )?reporting by|editing by|edited by|written by|writing by|compiled by|translated by|translation by|with reporting by|reporting and writing by|story by|text by|words by|беседовал|беседовала|подготовил|подготовила|материал подготовил|материал подготовлен|записал|записала|автор:|розмовляв|розмовляла|підготував|підготувала|матеріал підготував|матеріал підготовлено)`)
	reReportedBy = rx.MustCompile(`^\(?(?i:(?:additional |further )?reporting by|written by|writing by|story by|text by)[\s\p{Z}]+([^;)]+?)(?:[\s\p{Z}]+in[\s\p{Z}]+[\p{Lu}][^;)]*)?(?:[;)]|$)`)
	reWireCode   = rx.MustCompile(`^\(?[a-z]{2,5}(?:[-/][a-z]{1,5}){1,4}\)?$`)
	reCopyright  = rx.MustCompile(`^(?:©|\(c\)|Copyright)[\s\p{Z}]*(?:\d{4}[\s\p{Z}]*)?(.*?)(?:\.|,|[\s\p{Z}]+All rights reserved.*)?$`)
)

// reFeedFooter is a feed's footer naming the outlet ("The post Ferry
// line reopens appeared first on Example News.") and a production note
// ("This story was produced by Example News").
var reFeedFooter = rx.MustCompile(`^(?:(?i:the[\s\p{Z}]+post)[\s\p{Z}]+.{1,250}?[\s\p{Z}]+(?i:appeared[\s\p{Z}]+first[\s\p{Z}]+on)|(?i:this|the)[\s\p{Z}]+(?i:article|story|report|piece)[\s\p{Z}]+(?i:was[\s\p{Z}]+)?(?i:produced|written|reported)[\s\p{Z}]+(?i:by|for))[\s\p{Z}]+((?:[Tt]he[\s\p{Z}]+)?[\p{Lu}][\p{L}\p{M}&.'’\-]*(?:[\s\p{Z}]+(?:[\p{Lu}][\p{L}\p{M}&.'’\-]*|of|and|for|&)){0,5})`)

var reRepublished = rx.MustCompile(`^(?i:this|the)[\s\p{Z}]+(?i:article|story|report|piece|post|text|material)[\s\p{Z}]+(?i:was[\s\p{Z}]+)?(?i:first|originally|initially)[\s\p{Z}]+(?i:published|appeared|ran)[\s\p{Z}]+(?i:by|in|on|at)[\s\p{Z}]+((?:[Tt]he[\s\p{Z}]+)?[\p{Lu}][\p{L}\p{M}&.'’\-]*(?:[\s\p{Z}]+(?:[\p{Lu}][\p{L}\p{M}&.'’\-]*|of|and|for|&)){0,5})`)

// Republished reads "This story was first published by Example Times ..."
// and returns the outlet named as the origin of the copy.
func Republished(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if len(p) > 400 || len(p) < 20 {
		return "", false
	}
	m := reRepublished.FindStringSubmatch(p)
	if m == nil {
		if m = reFeedFooter.FindStringSubmatch(p); m == nil {
			return "", false
		}
		if n := strings.TrimRight(strings.TrimSpace(m[1]), ".,"); !looksLikeOutlet(n) && !nameLike(n) {
			return "", false
		}
	}
	words := strings.Fields(strings.TrimRight(strings.TrimSpace(m[1]), ".,"))
	for len(words) > 1 && connectors[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	name := strings.Join(words, " ")
	if a := knownAgency(name); a != "" {
		return a, true
	}
	return name, true
}

// SourceLine reads "Source: Yonhap" and returns the credited name.
func SourceLine(p string) (string, bool) {
	m := reSourceLine.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil {
		return "", false
	}
	name := strings.Trim(strings.TrimSpace(m[1]), "«»\"“”")
	// "Source: Example News via Ferry Times": the source, not the carrier
	if i := strings.Index(name, " via "); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	// "По материалам агентства Рейтер": the kind of outlet is no part of
	// its name
	if f := strings.Fields(name); len(f) > 1 && sourceKindWords[strings.ToLower(f[0])] {
		name = strings.Trim(strings.Join(f[1:], " "), "«»\"“”")
	}
	if GenericSource(name) {
		return "", false
	}
	if a := knownAgency(name); a != "" {
		return a, true
	}
	if !hasSourceLabel(p) {
		// "по материалам X" takes X in the genitive: a name, capitalised
		// ("По материалам дела суд ..." names none)
		if !unicode.IsUpper(firstRune(name)) || len(strings.Fields(name)) > 4 {
			return "", false
		}
		if a := knownAgency(withoutGenitive(name)); a != "" {
			return a, true
		}
	}
	if len(strings.Fields(name)) > 6 {
		return "", false
	}
	return name, true
}

// hasSourceLabel reports a source line with its label and colon
// ("Source: ...", "Источник: ..."), not "по материалам ...".
func hasSourceLabel(p string) bool {
	low := strings.ToLower(strings.TrimSpace(p))
	return !strings.HasPrefix(low, "по") && !strings.HasPrefix(low, "за")
}

// withoutGenitive is a one-word Cyrillic name without the genitive or
// dative ending a known agency's name takes in a sentence ("Интерфакса",
// "Укрінформу"), or the name as it was.
func withoutGenitive(name string) string {
	if strings.Contains(name, " ") || !isCyrillic(name) {
		return name
	}
	for _, e := range []string{"а", "у", "я", "ю"} {
		if strings.HasSuffix(name, e) && agencyID(strings.TrimSuffix(name, e)) >= 0 {
			return strings.TrimSuffix(name, e)
		}
	}
	return name
}

// sourceKindWords name the kind of outlet before its name in a source
// line, in the genitive ("агентства", "издания", "видання").
var sourceKindWords = set("агентства", "информагентства", "издания", "газеты", "журнала", "телеканала", "портала", "сайта",
	"агентства", "агенції", "інформагенції", "видання", "газети", "журналу", "телеканалу", "порталу", "сайту")

// EndCredit reads an agency credited at the end of the last paragraph of an
// article: "... the official said. (Yonhap)", "... democratic. EFE",
// "— Reuters", or a paragraph that is only "(Yonhap)".
func EndCredit(p string) (string, bool) {
	p = strings.TrimSpace(p)
	long := len(p) > 300
	if long {
		// the credit closes the paragraph: read its last 300 bytes
		k := len(p) - 300
		for k < len(p) && !utf8.RuneStart(p[k]) {
			k++
		}
		p = p[k:]
	}
	if m := aloneTag(p); m != nil && !long {
		name := strings.TrimSpace(m[1])
		if a := knownAgency(name); a != "" {
			return a, true
		}
		if isCapsName(name) && (strings.HasPrefix(p, "(") || strings.HasPrefix(p, "—") || strings.HasPrefix(p, "-") || strings.HasPrefix(p, "–")) {
			return name, true
		}
		return "", false
	}
	if m := endParen(p); m != nil {
		name := strings.TrimSpace(m[1])
		if a := knownAgency(name); a != "" {
			return a, true
		}
		if isCapsName(name) {
			return name, true
		}
	}
	if m := endTag(p); m != nil {
		name := strings.TrimSpace(m[1])
		if a := knownAgency(name); a != "" {
			return a, true
		}
		if isCapsName(name) && !strings.Contains(name, " ") {
			return name, true
		}
	}
	return "", false
}

// bioRoles are the role nouns one of which both author-bio patterns need
// (written as there: case matters).
var bioRoles = []string{"contributor", "correspondent", "reporter", "columnist", "writer", "editor", "journalist", "analyst",
	"producer", "photographer", "bureau chief", "fellow", "researcher"}

var bioRoleKeys = rx.NewKeys(bioRoles...)

// namesRole reports whether p holds one of bioRoles.
func namesRole(p string) bool { return bioRoleKeys.In(p) }

// aloneTag is FindStringSubmatch(p) of the pattern
// `^[\s\p{Z}]*(?:[-–—©][\s\p{Z}]*)?\(?([\p{Lu}][\p{L}&.'’\- ]{1,25}?)\)?[\s\p{Z}]*$`
// (reAloneTag in the test file), read by hand: a paragraph that is only
// a tag, as "— Reuters" or "(Yonhap)". After white space, a dash and
// white space and a bracket, each there or not, comes a capital and the
// fewest tag runes, one to 25, after which only white space is left, or
// ")" and white space. (Compiling the pattern cost more than all the
// paragraphs the run reads with it.)
func aloneTag(p string) []string {
	i := spaceRunEnd(p, 0)
	if r, n := utf8.DecodeRuneInString(p[i:]); r == '-' || r == '–' || r == '—' || r == '©' {
		i = spaceRunEnd(p, i+n)
	}
	if i < len(p) && p[i] == '(' {
		i++
	}
	from := i
	n := capitalLen(p, i)
	if n == 0 {
		return nil
	}
	end := len(p) // the start of the white space that ends p
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:end])
		if !patternSpace(r) {
			break
		}
		end -= size
	}
	j := i + n
	for k := 0; k < 25 && j < len(p); k++ {
		r, size := utf8.DecodeRuneInString(p[j:])
		if !isTagLetter(r) {
			break
		}
		j += size
		if j >= end || j == end-1 && p[j] == ')' {
			return []string{p, p[from:j]}
		}
	}
	return nil
}

// isTagLetter is the class [\p{L}&.'’\- ] of a tag's name.
func isTagLetter(r rune) bool {
	return unicode.IsLetter(r) || r == '&' || r == '.' || r == '\'' || r == '’' || r == '-' || r == ' '
}

// endParen is reEndParen.FindStringSubmatch(p) for a trimmed p, read
// without the regexp: the pattern ends at a closing bracket and white
// space, which trimming left none of, so p must end with ")"; before it a
// name of 2 to 31 runes (isTagName) after "(" and white space.
func endParen(p string) []string {
	if !strings.HasSuffix(p, ")") {
		return nil
	}
	// the name holds no bracket: it follows the last "(" before the ")"
	o := strings.LastIndexByte(p[:len(p)-1], '(')
	if o < 0 || !isTagName(p[o+1:len(p)-1], 31) {
		return nil
	}
	r, n := utf8.DecodeLastRuneInString(p[:o])
	if o == 0 || !patternSpace(r) {
		return nil
	}
	return []string{p[o-n:], p[o+1 : len(p)-1]}
}

// isTagName reports whether name is 2 to most runes of letters, '&',
// '.', apostrophes, hyphens and spaces (tagRune) starting with an
// upper-case letter, as the names of reEndTag and reEndParen are.
func isTagName(name string, most int) bool {
	runes := 0
	for _, r := range name {
		if runes == most || !tagRune(r) || runes == 0 && !unicode.Is(unicode.Lu, r) {
			return false
		}
		runes++
	}
	return runes >= 2
}

// endTag is reEndTag.FindStringSubmatch(p) for a trimmed p, answered
// without the pattern when p cannot end in a tag: the name the pattern
// captures closes the text (trimming left no white space after it), is 2
// to 26 runes of letters, '&', '.', apostrophes, hyphens and spaces
// starting with an upper-case letter, and has white space or a dash
// before it.
//
// The pattern is not anchored at the start, so the regexp would read p
// from its first byte; it is given p from the earliest rune its match can
// start at instead (the strings it returns are the same): the match's
// sign stands right before a run of white space and dashes that reaches
// the name, and the name starts at an upper-case letter among the last
// 26 runes, so the sign is the rune before the run of white space and
// dashes that ends at the earliest such letter.
func endTag(p string) []string {
	end := len(p)
	first := -1 // the earliest start of a name that may be read
	for j := 1; j <= 26 && end > 0; j++ {
		r, n := utf8.DecodeLastRuneInString(p[:end])
		if !tagRune(r) {
			break
		}
		end -= n
		if j >= 2 && unicode.Is(unicode.Lu, r) && end > 0 {
			if b, _ := utf8.DecodeLastRuneInString(p[:end]); isDash(b) || unicode.IsSpace(b) {
				first = end
			}
		}
	}
	if first < 0 {
		return nil
	}
	return tagMatch(p[signBefore(p, first):])
}

// tagMatch is reEndTag.FindStringSubmatch(w) for a w with no white space
// at its end, read without the regexp: at the leftmost rune of w where it
// holds, a sign (. ! ? " ” » or a closing bracket), white space, a dash
// and white space if there, and a name of 2 to 26 runes (tagRune) that
// starts with an upper-case letter and runs to the end of w. From a sign
// the way is one: the white space the pattern's runs take is no dash and
// no upper-case letter, so no shorter run lets the name start, and the
// name, whose runes may be spaces, reaches the end since w ends with none.
func tagMatch(w string) []string {
	for s := 0; s < len(w); {
		r, n := utf8.DecodeRuneInString(w[s:])
		if strings.ContainsRune(".!?\"”»)", r) {
			if name := tagNameAfterSign(w, s+n); name >= 0 {
				return []string{w[s:], w[name:]}
			}
		}
		s += n
	}
	return nil
}

// tagNameAfterSign is where the name of reEndTag starts when its sign
// ends at w[i:], -1 if w does not go on as the pattern reads it there.
func tagNameAfterSign(w string, i int) int {
	j := spaceRunEnd(w, i)
	if j == i {
		return -1
	}
	if r, n := utf8.DecodeRuneInString(w[j:]); j < len(w) && isDash(r) {
		j = spaceRunEnd(w, j+n)
	}
	if !isTagName(w[j:], 26) {
		return -1
	}
	return j
}

// signBefore is the start of the rune before the run of white space and
// dashes that ends at p[i] (0 when the run reaches the start of p).
func signBefore(p string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(p[:i])
		if !isDash(r) && !unicode.IsSpace(r) {
			return i - n
		}
		i -= n
	}
	return 0
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

// tagRune reports a rune of reEndTag's name class [\p{L}&.'’\- ].
func tagRune(r rune) bool {
	switch r {
	case '&', '.', '\'', '’', '-', ' ':
		return true
	}
	return unicode.IsLetter(r)
}

// isCapsName reports whether s is written in capitals ("EFE", "KCNA"), as
// agency tags are, rather than an ordinary word.
func isCapsName(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'а' && r <= 'я' {
			return false
		}
		if r >= 'A' && r <= 'Z' || r >= 'А' && r <= 'Я' {
			letters++
		}
	}
	return letters >= 2 && letters <= 8
}

// The author-bio patterns are `^(` + bioNameRE + `)` and the rest given
// here (bioRefs in the test file spells them out whole): bioNameEnd
// reads the name, whose eight classes were half the cost of compiling
// each pattern, and the patterns only what follows it.
const bioNameRE = `[\p{Lu}][\p{L}\p{M}.'’\-]+(?: [\p{Lu}][\p{L}\p{M}.'’\-]+){0,3}`

// reAuthorBio: "Jane Roe is a Harbor Times contributor".
var reAuthorBio = lazyRE(`^ is (?:an? |the )?(?:[\p{Ll}\- ]+ )?(?:(?:for|at|with) )?([\p{Lu}][\p{L}\p{M}&.'’\-]*(?: [\p{Lu}][\p{L}\p{M}&.'’\-]*){0,3})(?:'s)? (?:(?:senior|chief|staff|contributing|special|freelance|foreign|political|deputy|managing|news) )*(?:contributor|correspondent|reporter|columnist|writer|editor|journalist|analyst|producer|photographer|bureau chief)\b`)

// reAuthorBioAt is the other order: "Jane Roe is a data reporter at
// Harbor Times covering ...". Every match holds a role of bioRoles, a
// space and one of bioAtWords (bioAtKeys).
var reAuthorBioAt = lazyRE(`^ is (?:an? |the )?(?:[\p{Ll}\- ]+ )?(?:contributor|correspondent|reporter|columnist|writer|editor|journalist|analyst|producer|photographer|bureau chief|fellow|researcher) (?:at|for|with) (?:the )?([\p{Lu}][\p{L}\p{M}&.'’\-]*(?: [\p{Lu}][\p{L}\p{M}&.'’\-]*){0,3})`)

var bioAtWords = []string{"at", "for", "with"}

// bioAtKeys are each role of bioRoles followed by a space, one of
// bioAtWords and a space.
var bioAtKeys = rx.NewKeys(func() []string {
	var keys []string
	for _, r := range bioRoles {
		for _, w := range bioAtWords {
			keys = append(keys, r+" "+w+" ")
		}
	}
	return keys
}()...)

// bioNameEnd is the end of the name bioNameRE matches at the start of p
// when " is " follows it, else -1. The name's words run to the first byte
// their class lacks, so the patterns' " is " can follow only the longest
// name: words of a capital and one letter or more, joined by one space,
// four at most.
func bioNameEnd(p string) int {
	i := 0
	for w := 0; w < 4; w++ {
		j := wordStart(p, i, w)
		if j < 0 {
			break
		}
		from, to := nameRun(p, j)
		if to == from {
			break
		}
		i = to
	}
	if i == 0 || !strings.HasPrefix(p[i:], " is ") {
		return -1
	}
	return i
}

// bioSpanEnd is the end of the run of letters, marks, spaces and
// "&.'’-" at p[i:] (the class [\p{L}\p{M}&.'’\- ] of the outlet and
// the words before it).
func bioSpanEnd(p string, i int) int {
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !isNameLetter(r) && r != ' ' && r != '&' {
			break
		}
		i += size
	}
	return i
}

// mayBeBio is a cheap test before the patterns: the name and "is" come
// first, and a role follows.
func mayBeBio(p string) bool {
	head := p
	if len(head) > 90 {
		head = head[:90]
	}
	return rx.Contains(head, " is ") && namesRole(p)
}

// AuthorBio reads "Jane Roe is a Harbor Times contributor ..." or "Jane
// Roe is a reporter at Harbor Times ..." and returns the author and the
// outlet.
func AuthorBio(p string) (author, outlet string, ok bool) {
	p = strings.TrimSpace(p)
	if !mayBeBio(p) {
		return "", "", false
	}
	e := bioNameEnd(p)
	if e < 0 {
		return "", "", false
	}
	// Both patterns read only letters, marks, spaces and "&.'’-" from
	// " is " to the end of their role: the role is in that span.
	span := p[e:bioSpanEnd(p, e+len(" is "))]
	var m []string
	if namesRole(span) {
		m = reAuthorBio.get().FindStringSubmatch(p[e:])
	}
	if m == nil && bioAtKeys.In(span) {
		m = reAuthorBioAt.get().FindStringSubmatch(p[e:])
	}
	if m == nil {
		return "", "", false
	}
	return p[:e], strings.TrimSuffix(strings.TrimSuffix(m[1], "’s"), "'s"), true
}

// Byline reads a "By Jane Doe" line, optionally naming an outlet ("By Jane
// Doe, Reuters", "By Jane Doe for NK News").
func Byline(p string) (author, outlet string, ok bool) {
	p = strings.TrimSpace(p)
	if len(p) > 120 {
		return "", "", false
	}
	loc := reByline.FindStringSubmatchIndex(p)
	if loc == nil {
		return "", "", false
	}
	author = strings.TrimSpace(p[loc[2]:loc[3]])
	if loc[4] >= 0 {
		outlet = strings.TrimSpace(p[loc[4]:loc[5]])
		// "By Lena Park, Tom Ode and Ana Lopes": names after a comma are
		// more authors unless they read as an outlet.
		if strings.Contains(p[loc[3]:loc[4]], ",") && !looksLikeOutlet(outlet) {
			if _, staff := StaffOutlet(outlet); !staff {
				author, outlet = author+", "+outlet, ""
			}
		}
	}
	if i := strings.LastIndex(author, ","); i >= 0 && outlet == "" {
		last := strings.TrimSpace(author[i+1:])
		if a := knownAgency(last); a != "" {
			author, outlet = strings.TrimSpace(author[:i]), a
		} else if o, ok := StaffOutlet(last); ok {
			author, outlet = strings.TrimSpace(author[:i]), o
		} else if looksLikeOutlet(last) {
			author, outlet = strings.TrimSpace(author[:i]), last
		}
	}
	if o, ok := StaffOutlet(outlet); ok {
		outlet = o
	}
	// "By Example Times Staff": the outlet signs, not a person.
	if outlet == "" {
		if o, ok := StaffOutlet(author); ok {
			return "", o, true
		}
		if a := knownAgency(author); a != "" {
			return "", a, true
		}
	}
	if a := knownAgency(outlet); a != "" {
		outlet = a
	}
	return author, outlet, true
}

// IsStaffLine reports a reporting or editing credit line: "Reporting by ...",
// "Editing by ...", "Edited by ...".
func IsStaffLine(p string) bool {
	return reStaffLine.MatchString(head(strings.TrimSpace(p), staffLineHead))
}

// staffLineHead bounds the bytes reStaffLine can match: it is anchored at
// the start, and its longest form ("(reporting and writing by") has 25
// runes, of at most 4 bytes each. The pattern is tried on that head only,
// so a long paragraph costs no more than a short one.
const staffLineHead = 25 * 4

// head returns the first n bytes of s, or more up to the end of the rune
// the n-th byte is in: never a cut rune.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n < len(s) && !utf8.RuneStart(s[n]) {
		n++
	}
	return s[:n]
}

// ReportedBy returns the reporters named in a "Reporting by" line.
func ReportedBy(p string) string {
	m := reReportedBy.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// IsWireCode reports an agency desk code closing wire copy ("asb-emg/pd").
func IsWireCode(p string) bool {
	p = strings.TrimSpace(p)
	// reWireCode matches whole lines of at most 31 bytes: "(" 5 letters,
	// four times a separator and 5 letters, ")"
	return len(p) <= 31 && reWireCode.MatchString(p) && !notWireCode[strings.Trim(p, "()")]
}

// notWireCode are slash-joined words that look like desk codes.
var notWireCode = map[string]bool{"and/or": true, "he/she": true, "his/her": true, "him/her": true, "km/h": true,
	"w/o": true, "n/a": true, "yes/no": true, "on/off": true, "s/he": true, "up/down": true, "in/out": true}

// Copyright reads "© 2024 Reuters" and returns the holder.
func Copyright(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if len(p) > 100 {
		return "", false
	}
	m := reCopyright.FindStringSubmatch(p)
	if m == nil {
		return "", false
	}
	return copyrightHolder(m[1]), true
}

// copyrightHolder is the holder a copyright notice names, without what
// follows it ("Example News. All Rights Reserved", "Example News 2024",
// "Example News, 2020-2024"): up to the first sentence stop or "all
// rights reserved" in any case, without a closing year or range of years.
func copyrightHolder(h string) string {
	h = strings.TrimSpace(h)
	if i := strings.Index(strings.ToLower(h), "all rights reserved"); i >= 0 {
		h = h[:i]
	}
	if i := strings.Index(h, ". "); i > 0 && utf8.RuneCountInString(h[:i]) > 3 {
		h = h[:i]
	}
	h = strings.TrimRight(strings.TrimSpace(h), ".,; ")
	for {
		f := strings.Fields(h)
		if len(f) < 2 || !yearOrRange(strings.Trim(f[len(f)-1], ",")) {
			break
		}
		h = strings.TrimRight(strings.Join(f[:len(f)-1], " "), ".,; ")
	}
	return h
}

// yearOrRange reports "2024" or "2020-2024".
func yearOrRange(w string) bool {
	for _, y := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' }) {
		if len(y) != 4 || digitsEnd(y, 0) != 4 {
			return false
		}
	}
	return w != ""
}

var (
	rePhotoCreditEnd = rx.MustCompileLazy(`(?:^|[\s\p{Z}.(])(?:(?:AFP|AP|EPA|EFE|REUTERS|Reuters|Yonhap|Xinhua|KCNA|TASS|Sputnik|Kyodo|Newsis|News1|ANSA|Getty Images|Getty|Shutterstock|Pool|POOL|NK News|UNIAN|Ukrinform)(?:[\s\p{Z}]*[-/][\s\p{Z}]*[\p{Lu}][\p{L}.'’\- ]*)+|(?:AP|AFP|Reuters|EPA)[\s\p{Z}]+Photo(?:[\s\p{Z}]*/[^)]*)?|(?i:photo|image|picture|photograph|file photo)s?[\s\p{Z}]*(?::|by|courtesy of|credit:)[\s\p{Z}]*[\p{Lu}][^.]{0,60})\)?[\s\p{Z}]*$`)
	rePhotoStart     = rx.MustCompile(`^(?i:file photo|photo|image|picture|in this photo|this photo|a photo|infographic|фото|фотография|фотографія|иллюстрация|ілюстрація|инфографика|інфографіка|коллаж|колаж)[\s\p{Z}]*[:\-–—]`)
)

// IsCaption reports a photo caption: a paragraph ending with a photo credit
// ("AFP-Yonhap", "EFE-EPA/NAME", "REUTERS/Name/File Photo", "(AP Photo/Name)",
// "Photo: X"), starting with "FILE PHOTO:", or describing positions in a
// picture ("(L)", "third from right"). The reason names the sign.
func IsCaption(p string) (bool, string) {
	p = strings.TrimSpace(p)
	// The credit pattern is anchored at the end: try it on the tail only.
	tail := p
	if len(tail) > 160 {
		i := len(tail) - 160
		for i < len(tail) && !utf8.RuneStart(tail[i]) {
			i++
		}
		tail = tail[i:]
	}
	if mayEndAsCredit(tail) && mayHoldPhotoCredit(tail) && rePhotoCreditEnd.MatchString(tail) {
		return true, "photo credit"
	}
	if rePhotoStart.MatchString(p) {
		return true, "photo label"
	}
	if len(p) < 600 && (parenPosition(p) || mayNamePosition(p) && namedPosition(p)) {
		return true, "position in picture"
	}
	return false, ""
}

// photoAgencies are the agency names of rePhotoCreditEnd's first branch,
// as written there (case matters).
var photoAgencies = []string{"AP", "AFP", "EPA", "EFE", "REUTERS", "Reuters", "Yonhap", "Xinhua", "KCNA", "TASS", "Sputnik",
	"Kyodo", "Newsis", "News1", "ANSA", "Getty", "Shutterstock", "Pool", "POOL", "NK News", "UNIAN", "Ukrinform"}

// mayEndAsCredit is a test that every text rePhotoCreditEnd matches
// passes, made without a regexp or a lower-cased copy, one for each of
// its branches, each on the end of s that its match can stand in: an
// agency name and "-" or "/" after the last rune that no agency credit
// holds (none but letters, digits, white space and - / . ' ’ )); "Photo"
// ("AP Photo"); the word photo, image or picture in any case after the
// last full stop (none of the words of the third branch, nor the 60 runes
// after them, holds one). The searches of whole bytes go first: most
// paragraphs are answered by them.
func mayEndAsCredit(s string) bool {
	if strings.Contains(s, "Photo") || hasPhotoWord(s[strings.LastIndexByte(s, '.')+1:]) {
		return true
	}
	if strings.IndexByte(s, '-') < 0 && strings.IndexByte(s, '/') < 0 {
		return false
	}
	end := s[creditRunStart(s):]
	return strings.ContainsAny(end, "-/") && photoAgencyKeys.In(end)
}

// creditRunStart is where the run of runes an agency credit may hold
// that ends s starts.
func creditRunStart(s string) int {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r < utf8.RuneSelf && (isDigit(byte(r)) || strings.IndexByte("-/.')", byte(r)) >= 0),
			r == '’', unicode.IsLetter(r), unicode.IsSpace(r):
			i -= n
			continue
		}
		break
	}
	return i
}

// hasPhotoWord reports the word photo, image or picture in any case of
// its letters in s.
func hasPhotoWord(s string) bool {
	// one pass for the three words, by their first letters
	for i := 0; i+5 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'p':
			if hasPrefixFoldASCII(s[i:], "photo") || hasPrefixFoldASCII(s[i:], "picture") {
				return true
			}
		case 'i':
			if hasPrefixFoldASCII(s[i:], "image") {
				return true
			}
		}
	}
	return false
}

var photoAgencyKeys = rx.NewKeys(photoAgencies...)

// hasPrefixFoldASCII reports whether s starts with word (lower-case
// ASCII) in any case of its letters.
func hasPrefixFoldASCII(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for j := 0; j < len(word); j++ {
		if s[j]|0x20 != word[j] {
			return false
		}
	}
	return true
}

// parenPosition reports the bracketed branch of rePhotoPosition: "(L)",
// "(C-R)", "(2-L)", "(3rd R)", "(left)", "(centre)" anywhere in s.
func parenPosition(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0; {
		rest := s[i+1:]
		j := strings.IndexByte(rest, ')')
		if j < 0 {
			return false
		}
		if positionInParens(rest[:j]) {
			return true
		}
		k := strings.IndexByte(rest, '(')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isLR(c byte) bool    { return c == 'L' || c == 'R' }

// positionInParens is what may stand between the brackets of a position.
func positionInParens(in string) bool {
	switch in {
	case "L", "R", "C", "C-L", "C-R", "left", "right", "center", "centre", "front", "back", "top", "bottom":
		return true
	}
	switch len(in) {
	case 3: // "2-L", "L-2", "2 L"
		return isDigit(in[0]) && in[1] == '-' && isLR(in[2]) || isLR(in[0]) && in[1] == '-' && isDigit(in[2]) ||
			isDigit(in[0]) && in[1] == ' ' && isLR(in[2])
	case 5: // "3rd R"
		switch in[1:3] {
		case "st", "nd", "rd", "th":
			return isDigit(in[0]) && in[3] == ' ' && isLR(in[4])
		}
	}
	return false
}

// A position in a picture is bracketed ("(L)", parenPosition) or worded
// ("second from left", namedPosition): the two branches of the pattern
// `\((?:L|R|C|C-L|C-R|\d-[LR]|[LR]-\d|\d(?:st|nd|rd|th)? [LR]|left|right|
// center|centre|front|back|top|bottom)\)|\b(?:(?:second|third|fourth|fifth|
// \d(?:st|nd|rd|th)) from (?:left|right)|from left to right|left to right|
// poses for a photo|in this (?:file )?(?:photo|picture|image))\b`, read by
// hand: the regexp, unanchored and with word boundaries, read a whole
// paragraph at some hundred instructions a byte.

// namedPosition reports the worded branch of the position pattern in s:
// one of its phrases between ASCII word boundaries (Go's \b). "from left
// to right" needs no test of its own: "left to right" inside it is one
// too.
func namedPosition(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordByte(s[i-1]) {
			continue
		}
		if end := positionPhraseAt(s, i); end > 0 && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
	}
	return false
}

// isWordByte is a byte of Go's \w: an ASCII letter, digit or '_'.
func isWordByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || isDigit(c) || c == '_' }

// positionPhraseAt is the end of the worded position phrase s[i:] starts
// with, 0 for none: an ordinal with "from left" or "from right", "left
// to right", "poses for a photo", "in this (file) photo|picture|image".
func positionPhraseAt(s string, i int) int {
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "left to right"):
		return i + len("left to right")
	case strings.HasPrefix(rest, "poses for a photo"):
		return i + len("poses for a photo")
	case strings.HasPrefix(rest, "in this "):
		j := i + len("in this ")
		if strings.HasPrefix(s[j:], "file ") {
			j += len("file ")
		}
		if w := wordIn(s[j:], "photo", "picture", "image"); w > 0 {
			return j + w
		}
		return 0
	}
	n := wordIn(rest, "second", "third", "fourth", "fifth")
	if n == 0 && len(rest) >= 3 && isDigit(rest[0]) {
		if w := wordIn(rest[1:], "st", "nd", "rd", "th"); w > 0 {
			n = 1 + w
		}
	}
	if n == 0 || !strings.HasPrefix(rest[n:], " from ") {
		return 0
	}
	j := i + n + len(" from ")
	if w := wordIn(s[j:], "left", "right"); w > 0 {
		return j + w
	}
	return 0
}

// wordIn is the length of the first of words s starts with, 0 for none.
func wordIn(s string, words ...string) int {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// mayNamePosition is a test that every text namedPosition reports passes
// ("second from left", "left to right", "poses for a photo", "in this
// photo").
func mayNamePosition(s string) bool { return positionKeys.In(s) }

var positionKeys = rx.NewKeys("from left", "from right", "left to right", "poses for a photo", "in this ")

var photoCreditKeys = []string{"afp", "ap ", "ap/", "(ap", "epa", "efe", "reuters", "yonhap", "xinhua", "kcna", "tass",
	"sputnik", "kyodo", "newsis", "news1", "ansa", "getty", "shutterstock", "pool", "nk news", "unian", "ukrinform",
	"photo", "image", "picture"}

// mayHoldPhotoCredit is a filter before the photo credit pattern (it
// misses some credits the pattern takes: kept so that captions stay as
// they were).
func mayHoldPhotoCredit(s string) bool { return photoCreditKeySet.In(strings.ToLower(s)) }

var photoCreditKeySet = rx.NewKeys(photoCreditKeys...)

// knownOr is the known agency s names, or s.
func knownOr(s string) string {
	if a := knownAgency(s); a != "" {
		return a
	}
	return s
}

// BareByline reads a byline without "By": a person's name and the outlet,
// set off by one separator ("Jane Roe · Example News", "Jane Roe |
// Reuters", "Jane Roe / Example News") or joined by "for" ("Jane Roe for
// Example News"). The name has two or three capitalised words and no
// outlet word; the outlet must read as one. Whether the line stands where
// a byline does (under the headline) is for the caller to judge.
func BareByline(line string) (author, outlet string, ok bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 90 {
		return "", "", false
	}
	var a, o string
	if x, y, cut := strings.Cut(line, " for "); cut {
		a, o = x, y
	} else {
		parts := segParts(line)
		if len(parts) != 2 {
			return "", "", false
		}
		a, o = parts[0], parts[1]
	}
	a, o = strings.TrimSpace(a), strings.TrimRight(strings.TrimSpace(o), ".")
	if !personLike(a) || GenericSource(o) {
		return "", "", false
	}
	if so, staff := StaffOutlet(o); staff {
		o = so
	} else if !nameLike(o) || !looksLikeOutlet(o) {
		return "", "", false
	}
	return a, knownOr(o), true
}

// personLike reports a person's name as bylines write it: two or three
// words, each capitalised (or a name particle), no digits, no outlet
// word, no known agency.
func personLike(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 || knownAgency(s) != "" {
		return false
	}
	for i, w := range words {
		r := firstRune(w)
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if outletWords[lw] || strings.ContainsAny(w, "0123456789") {
			return false
		}
		if !unicode.IsUpper(r) && !(i > 0 && (lw == "de" || lw == "van" || lw == "von" || lw == "al" || lw == "bin")) {
			return false
		}
	}
	return true
}
