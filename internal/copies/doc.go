// Package copies finds copies and stories among ingested articles. It owns
// the copy groups (exact, near, spun and translated copies of an earlier
// article) and the story clusters (different articles about the same
// event, in any language), computed incrementally in memory: adding an article costs work proportional to
// its length and to the few earlier articles its sketches collide with.
// It is pure: no I/O; the store persists signatures (Sig) and results.
//
// # Copies
//
// Each article is normalized into words (lower case, punctuation and
// whitespace ignored, figures without separators) split into sentences.
//
//   - exact: the xxhash of the normalized word sequence is equal.
//
//   - near: candidates come from MinHash (one-permutation hashing, 48 bins,
//     24 bands of 2 rows) over 4-word shingles that do not cross sentence
//     boundaries, so reordered sentences keep their shingles. A candidate is
//     a near copy when most of the shorter text's words lie in sentences
//     found verbatim in the other and almost no sentence is altered: the
//     differences are whole paragraphs (boilerplate, trimming, additions).
//
//   - spun: candidates also come from a second MinHash (24 bands of 2 rows)
//     over bigrams of the sequence of figures and names (capitalised words
//     inside a sentence), which spinners leave intact, and from the story
//     keys. A candidate is a spun copy when its sentences are altered
//     throughout but most still share shingles with the other, or when the
//     figures and names come in the same order and enough words align
//     (longest common subsequence, bit-parallel) even where shingles died.
//
//   - translated: in another language or script, the figures (by value)
//     and names (folded across scripts: FoldName) come in the same order
//     and at the same places in the text (Options.TranslatedFigures).
//
// A new article is compared with each candidate's group root (the
// earliest added member), and with the candidate itself only when the
// root gives nothing; Match.Of says which one was used.
//
// # Stories
//
// See StoryInfo and Index.Story: originals that share rare names and
// figures within a time window join one story; copies join their group's.
// "Reported by N outlets, M independent" is StoryInfo.Outlets and
// StoryInfo.Independent (distinct copy groups). For indicators, count
// independent sources with Index.Independent and mark claims from articles
// where Index.IsCopy is true.
//
// # Persistence
//
// Index.Signature(doc) returns a Sig (MarshalBinary/UnmarshalBinary); a
// store can keep it next to the article and rebuild the index with AddSig,
// in the original order of addition, without reading texts again.
//
// # Evaluation and scale
//
// See README.md in this directory for the labelled evaluation (go test
// -run TestEvaluation -v) and the scale benchmark (go test -run TestScale
// -scale 1000000).
package copies
