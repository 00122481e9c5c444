package entity

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestFindContext: a done context stops Find and its error is returned
// with the mentions found so far.
func TestFindContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := FindContext(ctx, "Kim Jong Un met Vladimir Putin."); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err %v", err)
	}
	text := strings.Repeat("Sergei Ivanov of the Federal Statistics Service told Yonhap that 300 workers left Pyongyang. ", 20000)
	ctx, cancel = context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	r, err := FindContext(ctx, text)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("expired context: err %v", err)
	}
	if len(r.Entities) != 0 {
		t.Errorf("a stopped Find resolved %d entities", len(r.Entities))
	}
	if r, err := FindContext(context.Background(), "Kim Jong Un met Vladimir Putin."); err != nil || len(r.Entities) != 2 {
		t.Errorf("background context: %v, %d entities", err, len(r.Entities))
	}
}
