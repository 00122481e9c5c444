package claim

import (
	"regexp"
	"testing"
)

// purposeAtWordRE is the pattern purposeAtWord reads by hand.
var purposeAtWordRE = regexp.MustCompile(`^(?:for\s+(?:study|studies|work|business|private reasons|tourism|training)\b|as\s+(?:tourists?|students?|trainees?|workers|the purpose[\w ]*)\b|by\s+(?:car|road|air|rail|train|bus|sea)\b|in transit\b|to study\b)`)

// purposeWordSamples are texts at each alternative's edges: the word
// after at a word's end or not, "s?" taken or given back, white space of
// every kind, "the purpose" with words, spaces and other bytes after.
var purposeWordSamples = []string{
	"", "for", "for ", "for study", "for studyx", "for studies", "for studies.", "for\tstudy", "for \n\r\fwork", "for\vwork", "forwork",
	"for private reasons", "for private  reasons", "for tourism_", "for training1", "for trainingé", "for study\xff",
	"as tourists", "as tourist", "as touristsx", "as touristx", "as students,", "as student", "as trainees", "as trainee!", "as workers",
	"as worker", "as the purpose", "as the purpose ", "as the purpose  ", "as the purpose of travel", "as the purpose of travel  .",
	"as the purpose of_travel 2 ", "as the purpose\tof", "as the purpose,of", "as the purposes", "as the purposeé", "as  the purpose x",
	"by car", "by cars", "by road.", "by  air", "by rail", "by train", "by trains", "by bus", "by sea", "by seat",
	"in transit", "in transits", "in transit.", "in  transit", "to study", "to studying", "to study!", "tostudy", "x for study",
}

// TestPurposeAtWord: purposeAtWord finds what the pattern does, in the
// samples and at every byte of each.
func TestPurposeAtWord(t *testing.T) {
	agreeingCuts(t, purposeWordSamples, false, purposeAtWord, purposeAtWordRE.FindString, 30)
}

// FuzzPurposeAtWord checks purposeAtWord against the pattern.
func FuzzPurposeAtWord(f *testing.F) {
	fuzzAgreeing(f, purposeWordSamples, purposeAtWord, purposeAtWordRE.FindString)
}
