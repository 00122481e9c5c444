package timex

import "context"

// refTokenize is the tokenizer timex had before it read the shared token
// stream (internal/token), the reference tokensOf is checked against
// (TestTokensOfMatchesTokenize, FuzzTokensOf): timex's own reading of
// every token, scanOne from the end of the one before (scanOne is the
// former tokenize's loop body; the two were compared, with the former
// loop as written before, by FuzzTokensOf on about a million texts).
// When ctx is done it returns the tokens so far and ctx's error.
func refTokenize(ctx context.Context, text string, toks []token) ([]token, error) {
	check := ctxBytes
	for i := 0; i < len(text); {
		if i >= check {
			check = i + ctxBytes
			if ctx != nil && ctx.Err() != nil {
				return toks, ctx.Err()
			}
		}
		toks, i = scanOne(text, i, toks)
	}
	return toks, nil
}
