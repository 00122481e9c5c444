// Package examples embeds the sample articles shipped with dossier (written
// for the project; see README.md in this folder) so that `dossier demo`
// works from the binary alone.
package examples

import "embed"

// Files holds the sample articles: .txt, .html and .jsonl files.
//
//go:embed *.txt *.html *.jsonl
var Files embed.FS
