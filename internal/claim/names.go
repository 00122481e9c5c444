package claim

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
)

// names gives access to an article's name mentions and entities.
type names struct {
	ms  []doc.Mention
	all []doc.Entity
	// what lookup reads, made at its first call (see index): the lower
	// case of every entity's name and variants, in entity order, in one
	// array (key k is lowered[ends[k-1]:ends[k]], a name or variant of
	// entity owner[k]); the first key equal to a text's lower case is the
	// first entity holding it. An article has a few dozen keys and asks
	// for a few names, so reading them costs less than a map of them.
	indexed bool
	lowered []byte
	ends    []int32
	owner   []int32
	// kept are the scratch's arrays for the ones above (nil: make them)
	kept *nameScratch
}

// nameScratch holds the arrays of names' keys and of its sorted mentions,
// kept by a scratch for the next run (a long article's let go when it is
// put back), so that an article fills the memory the articles before
// grew instead of making its own.
type nameScratch struct {
	lowered  []byte
	ends     []int32
	owner    []int32
	mentions []doc.Mention // names' sorted copy of the mentions
}

// maxKeptMentions bounds the mentions' array a scratch keeps (and the
// keys' arrays, in keys and bytes).
const maxKeptMentions = 1 << 12

// reset lets a long article's arrays go.
func (k *nameScratch) reset() {
	if cap(k.mentions) > maxKeptMentions {
		k.mentions = nil
	}
	if cap(k.ends) > maxKeptMentions || cap(k.lowered) > 16*maxKeptMentions {
		k.lowered, k.ends, k.owner = nil, nil, nil
	}
}

func newNames(ann *doc.Annotations) *names { return newNamesKept(ann, nil) }

// newNamesKept is newNames with its maps and its sorted copy of the
// mentions in kept's memory (nil: its own).
func newNamesKept(ann *doc.Annotations, kept *nameScratch) *names {
	n := &names{kept: kept}
	if ann == nil {
		return n
	}
	n.ms = ann.Mentions
	if !increasingStarts(n.ms) {
		// a sorted copy; mentions in strictly increasing order are
		// already what sorting gives (one order has no ties to break)
		var buf []doc.Mention
		if kept != nil {
			buf = kept.mentions[:0]
		}
		n.ms = append(buf, ann.Mentions...)
		if kept != nil {
			kept.mentions = n.ms
		}
		sort.Slice(n.ms, func(i, j int) bool { return n.ms[i].Start < n.ms[j].Start })
	}
	n.all = ann.Entities
	return n
}

// entity is the entity of the key (the last holding it), or nil: the
// entities are read from the last (an article asks for a few, so reading
// them costs less than a map of their keys).
func (n *names) entity(key string) *doc.Entity {
	for i := len(n.all) - 1; i >= 0; i-- {
		if n.all[i].Key == key {
			return &n.all[i]
		}
	}
	return nil
}

// index makes the keys lookup reads, once.
func (n *names) index() {
	if n.indexed {
		return
	}
	n.indexed = true
	keys, size := 0, 0
	for i := range n.all {
		e := &n.all[i]
		keys, size = keys+1+len(e.Variants), size+len(e.Name)
		for _, v := range e.Variants {
			size += len(v)
		}
	}
	var lowered []byte
	var ends, owner []int32
	if k := n.kept; k != nil {
		lowered, ends, owner = k.lowered[:0], k.ends[:0], k.owner[:0]
	}
	lowered, ends, owner = slices.Grow(lowered, size), slices.Grow(ends, keys), slices.Grow(owner, keys)
	for i := range n.all {
		e := &n.all[i]
		lowered = lexicon.AppendLower(lowered, e.Name)
		ends, owner = append(ends, int32(len(lowered))), append(owner, int32(i))
		for _, v := range e.Variants {
			lowered = lexicon.AppendLower(lowered, stripDet(v))
			ends, owner = append(ends, int32(len(lowered))), append(owner, int32(i))
		}
	}
	n.lowered, n.ends, n.owner = lowered, ends, owner
	if k := n.kept; k != nil {
		k.lowered, k.ends, k.owner = lowered, ends, owner
	}
}

// byName returns the first entity with a name or variant whose lower case
// is lt, and whether there is one.
func (n *names) byName(lt string) (int, bool) {
	n.index()
	from := int32(0)
	for k, end := range n.ends {
		if int(end-from) == len(lt) && string(n.lowered[from:end]) == lt {
			return int(n.owner[k]), true
		}
		from = end
	}
	return 0, false
}

// byInitials returns the first entity not a person whose name of several
// words has the initials acr, and whether there is one.
func (n *names) byInitials(acr string) (int, bool) {
	for i := range n.all {
		if e := &n.all[i]; e.Type != doc.PER && strings.Contains(e.Name, " ") && initials(e.Name) == acr {
			return i, true
		}
	}
	return 0, false
}

// byLastWord returns the name of the one organisation whose name of
// several words ends in the word w ("" when none does, or names that
// differ do).
func (n *names) byLastWord(w string) string {
	name := ""
	for i := range n.all {
		e := &n.all[i]
		if e.Type != doc.ORG || !strings.Contains(e.Name, " ") || e.Name[strings.LastIndexByte(e.Name, ' ')+1:] != w {
			continue
		}
		if name != "" && name != e.Name {
			return ""
		}
		name = e.Name
	}
	return name
}

// increasingStarts reports whether each mention starts after the one
// before.
func increasingStarts(ms []doc.Mention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].Start <= ms[i-1].Start {
			return false
		}
	}
	return true
}

// in returns the mentions inside [a, b) of the given types.
func (n *names) in(a, b int, types ...string) []doc.Mention {
	var out []doc.Mention
	i := sort.Search(len(n.ms), func(i int) bool { return n.ms[i].Start >= a })
	for ; i < len(n.ms) && n.ms[i].Start < b; i++ {
		m := n.ms[i]
		if m.End > b {
			continue
		}
		for _, t := range types {
			if m.Type == t {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// lastBefore returns the last mention of one of the types that lies in
// [a, b), looking back from b; it stops after maxRecall mentions of other
// types so that a look-up costs no more than a bounded walk.
func (n *names) lastBefore(a, b int, types ...string) (doc.Mention, bool) {
	i := sort.Search(len(n.ms), func(i int) bool { return n.ms[i].Start >= b })
	skipped := 0
	for i--; i >= 0 && n.ms[i].Start >= a && skipped < 4*maxRecall; i-- {
		m := n.ms[i]
		if m.End > b {
			continue
		}
		for _, t := range types {
			if m.Type == t {
				return m, true
			}
		}
		skipped++
	}
	return doc.Mention{}, false
}

// canonical returns the most specific name for a mention: its own text
// when that is a full name, else the entity's longest spelled-out variant
// (so "the Journal" and "WSJ" give "Wall Street Journal").
func (n *names) canonical(m doc.Mention) string {
	own := stripPossessiveAnaphor(stripDet(parenRE.ReplaceAllString(m.Text, "")))
	// a description ("the spy agency", "Japanese broadcaster") stands for
	// the entity it describes: its name, not the description
	described := strings.HasPrefix(m.Rule, "description:")
	if !described && strings.Contains(own, " ") && !isAcronym(own) && !strings.ContainsAny(own, "'’") {
		return own
	}
	if e := n.entity(m.Entity); e != nil {
		// names are given in the script of the text: "Росстата" stays
		// Cyrillic even when the entity also holds "Rosstat"
		cyr := cyrillicName(m.Text)
		best := ""
		for _, v := range e.Variants {
			v = stripDet(v)
			if cyrillicName(v) != cyr {
				continue
			}
			if strings.Contains(v, " ") && !strings.ContainsAny(v, "'’()") && len(v) > len(best) {
				best = v
			}
		}
		if best != "" {
			return best
		}
		if cyr && !described {
			return own
		}
		if cyr != cyrillicName(e.Name) {
			for _, v := range e.Variants {
				if cyrillicName(v) == cyr {
					return stripDet(v)
				}
			}
		}
		// "South Korea's spy agency" in an article that never writes the
		// agency's name: the body is named as the article names it
		if strings.HasPrefix(m.Rule, "descriptor:") && !writtenIn(e, e.Name) {
			return own
		}
		return fullName(e)
	}
	if name, ok := n.lookup(m.Text); ok {
		return name
	}
	return stripDet(m.Text)
}

// writtenIn reports whether name is one of the entity's forms in the
// article.
func writtenIn(e *doc.Entity, name string) bool {
	for _, v := range e.Variants {
		if strings.EqualFold(stripDet(v), stripDet(name)) {
			return true
		}
	}
	return false
}

// cyrillicName reports whether a name is written in Cyrillic.
func cyrillicName(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Cyrillic, r)
		}
	}
	return false
}

// fullName prefers a spelled-out variant over an acronym.
func fullName(e *doc.Entity) string {
	name := e.Name
	if isAcronym(name) {
		best := ""
		for _, v := range e.Variants {
			if strings.Contains(v, " ") && !strings.ContainsAny(v, "'’") && len(v) > len(best) && strings.EqualFold(initials(v), name) {
				best = v
			}
		}
		if best != "" {
			return best
		}
	}
	return name
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' && r != '&' {
			return false
		}
	}
	return true
}

// initials of the capitalized words of a name: "Wall Street Journal" -> "WSJ".
func initials(s string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); w != "" && unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lookup finds the entity a bare name refers to: a variant, an acronym of
// an entity's name, or the last word of exactly one organization's name
// ("the Journal").
// isPerson reports whether text names a person entity of the article by
// its name or a variant.
func (n *names) isPerson(text string) bool {
	t := stripDet(text)
	if t == "" {
		return false
	}
	i, ok := n.byName(lexicon.LowerString(t))
	return ok && n.all[i].Type == doc.PER
}

func (n *names) lookup(text string) (string, bool) {
	t := stripDet(text)
	if t == "" {
		return "", false
	}
	if i, ok := n.byName(lexicon.LowerString(t)); ok {
		e := &n.all[i]
		if cyr := cyrillicName(t); cyr != cyrillicName(e.Name) {
			// keep the text's script: "ГУР", not "Defence Intelligence"
			best := ""
			for _, v := range e.Variants {
				if v = stripDet(v); cyrillicName(v) == cyr && strings.Contains(v, " ") && len(v) > len(best) {
					best = v
				}
			}
			if best == "" {
				best = t
			}
			return best, true
		}
		return fullName(e), true
	}
	if isAcronym(t) {
		if i, ok := n.byInitials(t); ok {
			return n.all[i].Name, true
		}
	}
	if !strings.Contains(t, " ") && isCapitalized(t) {
		if name := n.byLastWord(t); name != "" {
			return name, true
		}
	}
	return "", false
}

// stripDet trims s and drops a leading article ("the", "a", "an" in any
// case) and the white space after it, as (?i)^(the|a|an)\s+ did: \s is
// ASCII space, tab, newline, form feed or carriage return.
func stripDet(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || s[0]|0x20 != 't' && s[0]|0x20 != 'a' {
		return s // no article: only 't', 'T', 'a' and 'A' set bit 0x20 to one
	}
	for _, d := range [...]string{"the", "a", "an"} {
		if len(s) > len(d) && strings.EqualFold(s[:len(d)], d) && reSpace(s[len(d)]) {
			j := len(d) + 1
			for j < len(s) && reSpace(s[j]) {
				j++
			}
			return s[j:]
		}
	}
	return s
}

// reSpace is regexp's \s.
func reSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
