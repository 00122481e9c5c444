package quantity

import (
	"sort"
	"sync"

	tk "github.com/dossier-osint/dossier/internal/token"
)

// Windows. A quantity needs a number: digits, a number word, a vague,
// ratio or zero word. Find's finder (not the Recognizers-Text mode) reads
// the tokens of windows of the text around such anchor atoms (nextAnchor)
// only, one window after another with a gap token (gapTok) between two;
// the rest of a news text, about half its atoms, gets no tokens. It finds
// what it finds on all the tokens, because
//   - every token a rule starts an amount at is an anchor or lies right
//     before one: the start words that are not anchors are "a" and "and"
//     (weakStart), and a rule reads an amount from "a" only when a number
//     word follows it;
//   - the rules read at most some tokens before the amount's first anchor
//     (hedges, currencies, "between", resolution cues) and some after its
//     last (units, rates, currencies, a phone number's brackets), beyond
//     runs of words (the counted noun's run of plurals) and of glued signs
//     ("1.1^--23"), which a window takes in whole (extendsWindow); a
//     window holds findMargins' atoms before its first anchor and after
//     its last, more than the rules read;
//   - a window starts at an atom after white space, never inside a
//     number's token (a number is an anchor): its tokens are those of the
//     whole text.
//
// TestWindowsMatchAllTokens and FuzzWindows check the items against the
// finder's on all tokens.

// margins are a window's atoms before its first anchor and after its
// last; two windows join atoms apart or closer are read as one.
type margins struct{ before, after, join int }

// findMargins are Find's: the rules read up to about a dozen tokens
// before an amount's first anchor ("prices fell from the more or less a
// US$ 500": 7) and up to twelve after its last besides runs of words
// (phoneEnd's brackets and hyphens).
var findMargins = margins{before: 16, after: 20, join: 8}

// windowsInto writes the tokens of st's windows into dst's array when it
// has room (tokensInto's reading of those atoms), with a gap token before
// a window that does not start the text and after the last one when it
// does not end it, and appends to starts[:0] the index of each anchor's
// token, in order: a rule starts an amount only there or right before.
// It finds the windows first (findWindows), so that a new array is sized
// to them (under half a news text's atoms), not to all atoms.
func windowsInto(dst []tok, starts []int32, st *tk.Stream, cfg langCfg, m margins) ([]tok, []int32) {
	wbuf := winPool.Get().(*[]window)
	defer putSlice(&winPool, wbuf, 1<<12)
	wins, starts, want := findWindows((*wbuf)[:0], starts[:0], st, cfg, m)
	*wbuf = wins
	toks := dst[:0]
	if cap(toks) < want {
		toks = make([]tok, 0, want)
	}
	built := 0 // atoms before built have tokens or are skipped
	for k, w := range wins {
		first := len(toks)
		toks, built = appendWindow(toks, st, w.from, w.to, built, cfg)
		end := len(starts)
		if k+1 < len(wins) {
			end = wins[k+1].anchors
		}
		tokensAt(starts[w.anchors:end], toks, first)
	}
	if built < len(st.Toks) {
		toks = append(toks, gapTok(st, built))
	}
	return toks, starts
}

// window is a window of atoms [from, to) whose anchors' offsets are
// starts[anchors:] up to the next window's.
type window struct{ from, to, anchors int }

// winPool keeps windowsInto's window slices for the next text.
var winPool = sync.Pool{New: func() any { return new([]window) }}

// findWindows appends st's windows to wins and their anchors' byte
// offsets to starts, and returns them with the most tokens the windows
// can have. A window's from is moved back over the atoms glued to it and
// its to on over the runs that extend it (appendWindow's moves, except
// that from is not yet kept behind the atoms of the window before): each
// token of a window covers at least one of its atoms but for a last one
// running past to, and each window may have a gap token before it.
func findWindows(wins []window, starts []int32, st *tk.Stream, cfg langCfg, m margins) ([]window, []int32, int) {
	n := len(st.Toks)
	var scratch [4]tok
	from, to := -1, -1
	want := 1 // the gap token after the last window
	for k := 0; ; {
		a := nextAnchor(st, k, cfg, scratch[:0])
		if a < n && from >= 0 && a-m.before <= to+m.join {
			to = min(max(to, a+m.after+1), n)
			starts = append(starts, st.Toks[a].Start)
			k = a + 1
			continue
		}
		if from >= 0 {
			for from > 0 && st.Adjacent(from-1) {
				from-- // a token starts after white space
			}
			for to < n && extendsWindow(st, to) {
				to++
			}
			wins[len(wins)-1].from, wins[len(wins)-1].to = from, to
			want += to - from + 2
		}
		if a >= n {
			break
		}
		from, to = max(a-m.before, 0), min(a+m.after+1, n)
		wins = append(wins, window{anchors: len(starts)})
		starts = append(starts, st.Toks[a].Start)
		k = a + 1
	}
	return wins, starts, want
}

// tokensAt replaces each byte offset of offs (ascending, each in a token
// of toks) by the index of the token holding it: of toks from first on,
// or of an earlier window whose last token took the atom in.
func tokensAt(offs []int32, toks []tok, first int) {
	i := first
	for x, off := range offs {
		if i >= len(toks) || off < toks[i].s {
			// token ends do not decrease, a gap token's is the start of
			// the atoms it stands for
			i = sort.Search(len(toks), func(j int) bool { return toks[j].e > off })
		}
		for toks[i].e <= off || toks[i].k == 0 {
			i++
		}
		offs[x] = int32(i)
	}
}

// appendWindow appends the tokens of window [from, to) of atoms, the
// previous windows' tokens ending at atom built, and returns the atom
// after its last token.
func appendWindow(toks []tok, st *tk.Stream, from, to, built int, cfg langCfg) ([]tok, int) {
	for from > built && st.Adjacent(from-1) {
		from-- // a token starts after white space
	}
	from = max(from, built)
	for to < len(st.Toks) && extendsWindow(st, to) {
		to++
	}
	if from > built {
		toks = append(toks, gapTok(st, built))
	}
	return appendToks(toks, st, from, to, cfg)
}

// gapTok stands for the atoms from k that have no tokens: no rule reads
// it as a word, a number or a symbol, and it starts a line.
func gapTok(st *tk.Stream, k int) tok {
	off := int32(len(st.Text))
	if k < len(st.Toks) {
		off = st.Toks[k].Start
	}
	return tok{s: off, e: off, sp: true, nl: true}
}

// extendsWindow reports whether atom k continues a run that a rule may
// read to its end: a word (the counted noun's plurals), an apostrophe
// inside a word, or a sign glued to the atom before it ("^--23").
func extendsWindow(st *tk.Stream, k int) bool {
	a := &st.Toks[k]
	if a.Kind == tk.Word {
		return true
	}
	if a.Kind != tk.Punct || !st.Adjacent(k-1) {
		return false
	}
	switch c := st.Text[a.Start]; {
	case c == '-' || c == '+':
		return true
	case apostrophe(c):
		return st.Adjacent(k)
	}
	return false
}

// nextAnchor is the first anchor atom from k on, len(st.Toks) for none:
// a number, a vulgar fraction, or the first atom of a word token that
// startable takes and weakStart does not. Other scripts' digits are
// anchors too (their tokens are symbols). scratch has room for a token.
// anchorSeen.NextMayHold steps over ASCII punctuation and most words.
//
// An ASCII word atom is read on its own, its token's lower case its fold
// (anchorSeen turns most such words away by their seen bit alone), even
// where an apostrophe joins it to the next ("don't"): no start word
// starting with an ASCII letter holds an apostrophe, nor does a number
// word a -fold word is made of (TestNoASCIIJoinedStarts), so the joined
// token is no anchor, and the atoms after the apostrophe are at worst
// taken for one.
func nextAnchor(st *tk.Stream, k int, cfg langCfg, scratch []tok) int {
	text, at := st.Text, st.Toks
	for ; k < len(at); k++ {
		if k = anchorSeen.NextMayHold(st, k); k >= len(at) {
			break
		}
		a := &at[k]
		if a.Kind == tk.Word && a.Flags&tk.ASCII != 0 {
			if anchorWord(st.Fold(k)) {
				return k
			}
			continue
		}
		switch {
		case a.Kind == tk.Number:
			return k
		case a.Kind == tk.Punct:
			if vulgarAt(text[a.Start:a.End]) != 0 {
				return k
			}
		default:
			// tokenAt's word, one atom or several joined
			t, j := tokenAt(scratch[:0], st, k, cfg)
			if len(t) > 0 && t[0].k == kWord && anchorWord(t[0].low) {
				return k
			}
			k = j - 1
		}
	}
	return len(at)
}

// anchorWord reports a word token (its lower case w) that startable takes
// outside the Recognizers-Text mode and weakStart does not.
func anchorWord(w string) bool {
	if startKinds.MayHold(w) {
		if kind, ok := startKinds.Get(w); ok {
			return kind&startWeak == 0
		}
	}
	return mayStartWord(w) && wordStarts(w)
}
