package suite

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
)

// PRF holds span-level counts and scores for one type.
type PRF struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (p *PRF) finish() {
	if p.Predicted > 0 {
		p.Precision = float64(p.Correct) / float64(p.Predicted)
	}
	if p.Gold > 0 {
		p.Recall = float64(p.Correct) / float64(p.Gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// NERResult is entity.Find scored on MEANTIME English.
type NERResult struct {
	Documents int            `json:"documents"`
	PerType   map[string]PRF `json:"per_type"` // PER, ORG, LOC
	All       PRF            `json:"all"`      // micro average over the three types
	// Untyped scores spans only (a predicted PER/ORG/LOC span equal to a
	// gold span of any of the three types).
	Untyped PRF `json:"untyped"`
	// Ignored counts predictions left out because they overlap a gold
	// name outside the scored set (PRO, FIN, MIX, or a PRE.NAM premodifier).
	Ignored int `json:"ignored"`
}

type meantimeDoc struct {
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Mentions []struct {
			ID      string `xml:"m_id,attr"`
			Syn     string `xml:"syntactic_type,attr"`
			Anchors []struct {
				T string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"ENTITY_MENTION"`
		Entities []struct {
			ID   string `xml:"m_id,attr"`
			Type string `xml:"ent_type,attr"`
		} `xml:"ENTITY"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo []struct {
			Source []struct {
				M string `xml:"m_id,attr"`
			} `xml:"source"`
			Target []struct {
				M string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:"REFERS_TO"`
	} `xml:"Relations"`
}

type nerSpan struct {
	s, e int
	typ  string
}

// MeantimeNER scores entity.Find on the MEANTIME English corpus found in
// dir (the folder holding intra-doc_annotation/, or any folder above the
// XML files).
//
// The set and the mapping, exactly:
//   - Every *.xml under dir (the 120 Wikinews articles of the intra-doc
//     annotation). Text is rebuilt from the tokens: tokens of a sentence
//     joined with one space, sentences joined with "\n" (the corpus gives no
//     character offsets; the newline keeps sentence and headline starts).
//   - Gold: ENTITY_MENTIONs with syntactic_type="NAM" whose REFERS_TO target
//     ENTITY has ent_type PER, ORG or LOC (kept as is); the span runs from
//     the first to the last anchored token. Mentions of types PRO, FIN, MIX
//     and PRE.NAM premodifiers are not gold.
//   - Only the annotated part is scored: MEANTIME annotates the first
//     sentences of each article (title, date line and about four sentences,
//     sentence numbers 0-5); predictions after the last sentence that holds
//     any markable are left out. Find still sees the whole text.
//   - A leading "the "/"The " in a gold extent ("the United States") is
//     dropped: Find never includes the determiner in a name.
//   - Predictions: entity.Find mentions of type PER, ORG or LOC (MISC,
//     credits and descriptions such as "the agency" are not scored:
//     entity.IsName). A prediction is correct when start, end and
//     type equal a gold mention's. A wrong prediction that overlaps a
//     non-scored gold name (PRO, FIN, MIX or any PRE.NAM) is ignored
//     rather than counted as a false positive.
func MeantimeNER(dir string) (NERResult, error) {
	res := NERResult{PerType: map[string]PRF{}}
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".xml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("meantime %s: %w", dir, err)
	}
	if len(files) == 0 {
		return res, fmt.Errorf("meantime %s: no XML files", dir)
	}
	sort.Strings(files)
	per := map[string]*PRF{doc.PER: {}, doc.ORG: {}, doc.LOC: {}}
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			return res, fmt.Errorf("meantime %s: %w", fn, err)
		}
		var md meantimeDoc
		if err := xml.Unmarshal(b, &md); err != nil {
			return res, fmt.Errorf("meantime %s: %w", fn, err)
		}
		res.Documents++
		text, gold, other, limit := meantimeGold(&md)
		preds := entity.Find(text).Mentions
		goldSet := map[nerSpan]bool{}
		untypedGold := map[[2]int]bool{}
		for _, g := range gold {
			goldSet[g] = true
			untypedGold[[2]int{g.s, g.e}] = true
			per[g.typ].Gold++
			res.Untyped.Gold++
		}
		for _, m := range preds {
			if per[m.Type] == nil || m.Start >= limit || !entity.IsName(m) {
				continue
			}
			sp := nerSpan{m.Start, m.End, m.Type}
			if goldSet[sp] {
				per[m.Type].Predicted++
				per[m.Type].Correct++
				delete(goldSet, sp)
			} else {
				ignore := false
				for _, o := range other {
					if o.s < m.End && m.Start < o.e {
						ignore = true
					}
				}
				if ignore {
					res.Ignored++
					continue
				}
				per[m.Type].Predicted++
			}
			res.Untyped.Predicted++
			if untypedGold[[2]int{m.Start, m.End}] {
				res.Untyped.Correct++
				delete(untypedGold, [2]int{m.Start, m.End})
			}
		}
	}
	for t, p := range per {
		p.finish()
		res.PerType[t] = *p
		res.All.Gold += p.Gold
		res.All.Predicted += p.Predicted
		res.All.Correct += p.Correct
	}
	res.All.finish()
	res.Untyped.finish()
	return res, nil
}

// meantimeGold rebuilds the text and returns the scored gold names and the
// spans of names outside the scored set, and the byte offset where the
// annotated part of the text ends.
func meantimeGold(md *meantimeDoc) (string, []nerSpan, []nerSpan, int) {
	var sb strings.Builder
	start, end := map[string]int{}, map[string]int{}
	sentOf := map[string]int{}
	sentEnd := map[int]int{}
	prevSent := -1
	for i, t := range md.Tokens {
		if i > 0 {
			if t.Sentence != prevSent {
				sb.WriteByte('\n')
			} else {
				sb.WriteByte(' ')
			}
		}
		prevSent = t.Sentence
		start[t.ID] = sb.Len()
		sb.WriteString(t.Text)
		end[t.ID] = sb.Len()
		sentOf[t.ID] = t.Sentence
		sentEnd[t.Sentence] = sb.Len()
	}
	lastSent := 0
	entType := map[string]string{}
	for _, e := range md.Markables.Entities {
		entType[e.ID] = e.Type
	}
	refers := map[string]string{}
	for _, r := range md.Relations.RefersTo {
		for _, s := range r.Source {
			for _, t := range r.Target {
				refers[s.M] = entType[t.M]
			}
		}
	}
	text := sb.String()
	var gold, other []nerSpan
	for _, m := range md.Markables.Mentions {
		for _, a := range m.Anchors {
			lastSent = max(lastSent, sentOf[a.T])
		}
	}
	for _, m := range md.Markables.Mentions {
		if len(m.Anchors) == 0 || (m.Syn != "NAM" && m.Syn != "PRE.NAM") {
			continue
		}
		s, e := -1, -1
		for _, a := range m.Anchors {
			if v, ok := start[a.T]; ok && (s < 0 || v < s) {
				s = v
			}
			if v, ok := end[a.T]; ok && v > e {
				e = v
			}
		}
		if s < 0 {
			continue
		}
		typ := refers[m.ID]
		// a leading determiner is not part of a name for Find
		if strings.HasPrefix(text[s:e], "the ") || strings.HasPrefix(text[s:e], "The ") {
			s += 4
		}
		sp := nerSpan{s, e, typ}
		if m.Syn == "NAM" && (typ == doc.PER || typ == doc.ORG || typ == doc.LOC) {
			gold = append(gold, sp)
		} else {
			other = append(other, sp)
		}
	}
	return text, gold, other, sentEnd[lastSent]
}
