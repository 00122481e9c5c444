// Package firstuse tests a package whose tables are built at first use
// rather than at package init (timex, quantity): that init builds nothing,
// and that each entry point, called first and on several goroutines at
// once, builds them and gives what it gives once they are built (under
// -race this also checks they are published safely). Each entry point
// runs in a child process of the test binary, whose tables are not built
// yet.
package firstuse

import (
	"os"
	"os/exec"
	"reflect"
	"sync"
	"testing"
)

// Check is the body of the test named test. In the test's own process it
// runs the test binary again for each entry point of uses, with env set
// to the entry point's name, and reports each child's failure. In a child
// it checks that built() is false, calls the entry point on four
// goroutines at once, and checks that built() is then true and that each
// goroutine got what a later call gives, which must not be empty (uses
// return slices).
func Check(t *testing.T, test, env string, uses map[string]func() any, built func() bool) {
	t.Helper()
	if name := os.Getenv(env); name != "" {
		child(t, name, uses[name], built)
		return
	}
	if testing.Short() {
		t.Skip("runs a child process per entry point")
	}
	for name := range uses {
		cmd := exec.Command(os.Args[0], "-test.run", "^"+test+"$")
		cmd.Env = append(os.Environ(), env+"="+name)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", name, err, out)
		}
	}
}

// InChild reports whether this process is a child Check started for env
// (a TestMain builds no table then).
func InChild(env string) bool { return os.Getenv(env) != "" }

func child(t *testing.T, name string, call func() any, built func() bool) {
	t.Helper()
	if call == nil {
		t.Fatalf("no entry point %q", name)
	}
	if built() {
		t.Fatal("tables built at package init")
	}
	got := make([]any, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() { got[g] = call() })
	}
	wg.Wait()
	if !built() {
		t.Fatalf("%s did not build the tables", name)
	}
	want := call()
	if reflect.ValueOf(want).Len() == 0 {
		t.Fatalf("%s found nothing", name)
	}
	for g := range got {
		if !reflect.DeepEqual(got[g], want) {
			t.Errorf("%s at first use on goroutine %d: %v, want %v", name, g, got[g], want)
		}
	}
}
