package topic

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"testing"

	"github.com/dossier-osint/dossier/internal/gentest"
	"github.com/dossier-osint/dossier/topics"
)

// TestBuiltinTable: builtin_table.go is the shipped topic files as Parse
// reads them (go test ./internal/topic -run BuiltinTable -update writes
// it), each read back equal to Parse's topic, and Builtin takes them
// from it. Builtin parses a file whose content is not the one the table
// was made from, so a stale table costs time, never a wrong topic.
func TestBuiltinTable(t *testing.T) {
	if !gentest.Current(t, "builtin_table.go", "topic", "go generate ./internal/topic", builtinTableSource(t)) {
		return
	}
	ents, err := topics.FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		b, err := topics.FS.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse("builtin:"+e.Name(), b)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := fromTable(e.Name(), b)
		if !ok {
			t.Fatalf("%s: not in the table", e.Name())
		}
		if !reflect.DeepEqual(bare(got), bare(want)) {
			t.Errorf("%s: the table's topic differs from Parse's:\n%#v\n%#v", e.Name(), bare(got), bare(want))
		}
		if _, ok := fromTable(e.Name(), append(b, '\n')); ok {
			t.Errorf("%s: the table answers for other content", e.Name())
		}
		n++
	}
	if n < 2 {
		t.Fatalf("%d shipped topics", n)
	}
}

// bare is a topic without what Parse derives from its fields.
func bare(t *Topic) Topic {
	c := *t
	c.kw = PhraseSet{}
	c.Indicators = append([]Indicator(nil), t.Indicators...)
	for i := range c.Indicators {
		c.Indicators[i].c = compiled{}
	}
	return c
}

// builtinTableSource writes the declarations of the shipped topic files.
func builtinTableSource(t *testing.T) []byte {
	ents, err := topics.FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	b.WriteString("// builtinTable holds the shipped topic files as Parse reads them, by\n// file name, with the SHA-256 of the content each was read from.\n")
	b.WriteString("var builtinTable = map[string]tableEntry{\n")
	for _, e := range ents {
		src, err := topics.FS.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		tp, err := Parse("builtin:"+e.Name(), src)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%q: {sum: %q, topic: func() *Topic {\nreturn &", e.Name(), sum(src))
		goLiteral(&b, reflect.ValueOf(*tp))
		b.WriteString("\n}},\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// goLiteral writes v as a Go composite literal of package topic: the
// exported fields of structs that are not zero, nil slices, maps and
// pointers left out (so nil and empty stay apart), map keys sorted.
func goLiteral(b *bytes.Buffer, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		b.WriteString("&")
		goLiteral(b, v.Elem())
	case reflect.Slice:
		b.WriteString(typeName(v.Type()) + "{")
		for i := 0; i < v.Len(); i++ {
			goLiteral(b, v.Index(i))
			b.WriteString(", ")
		}
		b.WriteString("}")
	case reflect.Map:
		b.WriteString(typeName(v.Type()) + "{\n")
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			goLiteral(b, k)
			b.WriteString(": ")
			goLiteral(b, v.MapIndex(k))
			b.WriteString(",\n")
		}
		b.WriteString("}")
	case reflect.Struct:
		b.WriteString(typeName(v.Type()) + "{\n")
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() || v.Field(i).IsZero() {
				continue
			}
			b.WriteString(f.Name + ": ")
			goLiteral(b, v.Field(i))
			b.WriteString(",\n")
		}
		b.WriteString("}")
	default:
		panic("goLiteral: " + v.Kind().String())
	}
}

// typeName is a type's name in package topic.
func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice:
		return "[]" + typeName(t.Elem())
	case reflect.Map:
		return "map[" + typeName(t.Key()) + "]" + typeName(t.Elem())
	case reflect.Pointer:
		return "*" + typeName(t.Elem())
	}
	return t.Name()
}
