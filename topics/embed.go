// Package topics embeds the topic files shipped with dossier (one YAML file
// per topic; see internal/topic for the format), so the binary works
// anywhere. Users add topics by writing more files in a directory of their
// own, never by changing Go code.
package topics

import "embed"

// FS holds the shipped *.yaml topic files.
//
//go:embed *.yaml
var FS embed.FS
