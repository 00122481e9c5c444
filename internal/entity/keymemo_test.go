package entity

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// TestKeyTable checks that the key memo returns what was put, by name and
// type index, across its growth, and nothing for a name not put.
func TestKeyTable(t *testing.T) {
	var kt keyTable
	put := func(name string, ti int) string {
		return kt.put(keyHash(name), name, ti, fmt.Sprintf("k%d:%s", ti, name))
	}
	if _, ok := kt.get(keyHash("Obama"), "Obama", 1); ok {
		t.Fatal("empty table found a key")
	}
	const n = 3000 // past the first room: the slots are doubled several times
	for i := range n {
		name := fmt.Sprintf("Name %d", i)
		if got, want := put(name, i%len(keyTypes)), fmt.Sprintf("k%d:%s", i%len(keyTypes), name); got != want {
			t.Fatalf("put(%q) = %q, want %q", name, got, want)
		}
	}
	for i := range n {
		name := fmt.Sprintf("Name %d", i)
		ti := i % len(keyTypes)
		if got, ok := kt.get(keyHash(name), name, ti); !ok || got != fmt.Sprintf("k%d:%s", ti, name) {
			t.Fatalf("get(%q, %d) = %q, %v", name, ti, got, ok)
		}
		if _, ok := kt.get(keyHash(name), name, (ti+1)%len(keyTypes)); ok {
			t.Fatalf("get(%q) found a key of another type", name)
		}
	}
	if _, ok := kt.get(keyHash("Name"), "Name", 0); ok {
		t.Fatal("found a key never put")
	}
	long := strings.Repeat("x", keyLenMax+1) // a name too long for a slot: its key returned, not remembered
	if got := kt.put(keyHash(long), long, 1, "per:x"); got != "per:x" {
		t.Fatalf("put of a long name = %q", got)
	}
	if _, ok := kt.get(keyHash(long), long, 1); ok {
		t.Fatal("a name too long for a slot was remembered")
	}
	if size := unsafe.Sizeof(keySlot{}); size != 16 {
		t.Errorf("a slot is %d bytes, want 16", size)
	}
	kt.reset()
	if _, ok := kt.get(keyHash("Name 1"), "Name 1", 1); ok {
		t.Fatal("reset table found a key")
	}
}

// TestKeyMemoSame checks that Key gives the key of key, remembered or not.
func TestKeyMemoSame(t *testing.T) {
	load()
	for _, c := range []struct{ name, typ string }{{"Kim Jong-un", "PER"}, {"DPRK", ""}, {"Russian foreign ministry", "ORG"},
		{"Moscow", "LOC"}, {"Olympics", "MISC"}, {"Kim Jong Un", "PER"}} {
		want := key(c.name, c.typ)
		for range 2 {
			if got := Key(c.name, c.typ); got != want {
				t.Errorf("Key(%q, %q) = %q, want %q", c.name, c.typ, got, want)
			}
		}
	}
}
