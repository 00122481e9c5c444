package entity

import "strings"

// nameToks is what the lists' index needs of the tokens of a name the
// data files list: its phrase key (addGaz) and its word key
// (loadWordClasses). load_table.go holds it for every name load reads, in
// the order load reads them, so that load tokenizes none of them (that
// was two fifths of the work of load).
//
//go:generate go test -run TestLoadTable -update .
type nameToks struct {
	name  string   // the name as the data file writes it
	key   string   // phraseKey of its tokens
	ends  []uint16 // the length of phraseKey of its first i tokens, i = 1 .. n-1: key[:ends[i-1]]
	words string   // the normal forms of its word tokens, joined by spaces
	n     int      // its number of tokens
	lower bool     // its first token is a word that is not capitalised
}

// loadNext is the place in loadTable of the name load asks for next.
var loadNext int

// loadRecord, when set (by the package's tests), is given every name's
// nameToks as tokenizing makes it, and load reads no table.
var loadRecord func(nameToks)

// nameTokens returns the nameToks of the next name load reads: the
// table's when it holds that name next, else (a data file changed since
// the table was written) the name tokenized, and so for the names after.
func nameTokens(name string) nameToks {
	if loadRecord != nil {
		t := tokenizeName(name)
		loadRecord(t)
		return t
	}
	if loadNext < len(loadTable) && loadTable[loadNext].name == name {
		loadNext++
		return loadTable[loadNext-1]
	}
	loadNext = len(loadTable)
	return tokenizeName(name)
}

// tokenizeName makes the nameToks of a name from its tokens.
func tokenizeName(name string) nameToks {
	toks := tokenizeLoad(name)
	t := nameToks{name: name, n: len(toks)}
	if len(toks) == 0 {
		return t
	}
	t.lower = toks[0].kind == kWord && !toks[0].cap()
	var b []byte
	var words []string
	for i := range toks {
		if i > 0 {
			t.ends = append(t.ends, uint16(len(b)))
			b = append(b, ' ')
		}
		b = append(b, toks[i].norm()...)
		if toks[i].kind == kWord {
			words = append(words, toks[i].norm())
		}
	}
	t.key, t.words = string(b), strings.Join(words, " ")
	return t
}
