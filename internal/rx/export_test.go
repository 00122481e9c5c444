package rx

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Patterns returns the patterns MustCompile has made so far, sorted, each
// once.
func Patterns() []string {
	all.Lock()
	var exprs []string
	for _, a := range all.list {
		exprs = append(exprs, a.expr)
	}
	all.Unlock()
	slices.Sort(exprs)
	return slices.Compact(exprs)
}

// TabledIsAnalysed reports whether analysisTable holds expr and its
// analysis there is analyse's.
func TabledIsAnalysed(expr string) bool {
	t, ok := tabled(expr)
	return ok && reflect.DeepEqual(t, analyse(expr))
}

// AnalysisTableSource is the declaration of analysisTable: the analysis
// of each of exprs (sorted), as analyse works it out.
func AnalysisTableSource(exprs []string) []byte {
	var b, sets bytes.Buffer
	setOf := map[string]string{} // rune lists, written once each
	b.WriteString("import \"regexp/syntax\"\n\n")
	b.WriteString("// analysisTable is analyse of the patterns clean and meta make, sorted by\n// pattern (its ascii is read from firstAt).\n")
	fmt.Fprintf(&b, "var analysisTable = [%d]tableEntry{\n", len(exprs))
	for _, e := range exprs {
		t := analyse(e)
		if !t.ok {
			fmt.Fprintf(&b, "{expr: %q},\n", e)
			continue
		}
		fmt.Fprintf(&b, "{expr: %q, analysis: analysis{ok: true, fixedStart: %t,\n", e, t.fixedStart)
		fmt.Fprintf(&b, "first: []uint32{%s},\nfirstBy: []uint32{%s},\nfirstAt: [%d]uint16{%s},\n",
			list(t.first), list(t.firstBy), len(t.firstAt), list(t.firstAt[:]))
		fmt.Fprintf(&b, "prog: &syntax.Prog{Start: %d, NumCap: %d, Inst: []syntax.Inst{\n", t.prog.Start, t.prog.NumCap)
		for i, in := range t.prog.Inst {
			if i > 0 && i%8 == 0 {
				b.WriteString("\n")
			}
			runes := ""
			if len(in.Rune) > 4 {
				l := list(in.Rune)
				if setOf[l] == "" {
					setOf[l] = fmt.Sprintf("runes%d", len(setOf))
					fmt.Fprintf(&sets, "var %s = []rune{%s}\n\n", setOf[l], l)
				}
				runes = setOf[l]
			} else if in.Rune != nil {
				runes = "[]rune{" + list(in.Rune) + "}"
			}
			fmt.Fprintf(&b, "{Op: %d, Out: %d", in.Op, in.Out)
			if in.Arg != 0 {
				fmt.Fprintf(&b, ", Arg: %d", in.Arg)
			}
			if runes != "" {
				fmt.Fprintf(&b, ", Rune: %s", runes)
			}
			b.WriteString("},")
		}
		b.WriteString("\n}},\nasciiIn: [][2]uint64{")
		for i, w := range t.asciiIn {
			if i%4 == 0 {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "{%#x, %#x},", w[0], w[1])
		}
		b.WriteString("\n}}},\n")
	}
	b.WriteString("}\n\n")
	b.WriteString("// The rune lists of the table's instructions.\n\n")
	b.Write(sets.Bytes())
	return b.Bytes()
}

// list writes numbers parted by commas.
func list[T rune | uint32 | uint16](xs []T) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, x)
	}
	return b.String()
}
