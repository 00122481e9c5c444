package copies

import (
	"github.com/dossier-osint/dossier/internal/sharedtest"
	"os"
	"path/filepath"
	"testing"
)

// wireOriginal is a wire report written for this test in plain wording,
// carrying the facts (figures and names) of a 2019 report on North Korean
// workers entering Russia, in the order a wire report gives them.
const wireOriginal = `Russia lets in hundreds of North Korean workers: WSJ

(Reuters) - Russia is admitting hundreds of North Korean workers who are new to the country and issuing them fresh work permits, which may breach U.N. sanctions, the Wall Street Journal wrote in a report on Thursday.

Over 10,000 North Korean workers, all newly arrived, have been registered in Russia since September, the paper said, citing figures of the Russian Interior Ministry.

The Journal, quoting U.S. officials, said the Russian move probably breaks U.N. sanctions meant to cut the flow of money to North Korea and to press Pyongyang into giving up its nuclear weapons.

Labour Ministry figures seen by the Journal show that at least 700 new work permits were given to North Koreans in Russia this year, the newspaper said.

U.N. officials are looking into possible breaches of the sanctions, which allow only narrow exceptions, the WSJ said, citing people familiar with the matter.

Russia's foreign ministry did not answer a request for comment sent outside normal office hours.

A U.S. State Department spokesperson told Reuters that Russia had to do more, and that if Moscow wanted better ties with the United States it should show it by working with Washington against a threat facing every nation.

North Korean labourers in Russia are thought to send $150-$300 million a year back to Pyongyang, the State Department spokesperson said, adding that Moscow should at once apply in full every U.N. sanction it has signed.

The ban on such labour belongs to a wider set of sanctions that aim to cut off a key source of money for Kim Jong Un's government. Most of what North Koreans earn abroad goes to the state while the workers labour in harsh conditions, the Journal said.

U.N. humanitarian chief Mark Lowcock was in Pyongyang last month and put a video online describing what he had seen. In the video, shared on his official Twitter account and on the U.N. website, he said there was clear evidence of humanitarian need.

Kanishka Singh and Rishika Chatterjee reported from Bengaluru, David Brunnstrom from Washington. Edited by Gopakumar Warrier.`

// sharedDir walks up from the package directory to the directory holding
// "shared" and returns shared/<sub>, or skips the test.
func sharedDir(t *testing.T, sub string) string {
	t.Helper()
	return sharedtest.Require(t, sub)
}

func readSeeds(t *testing.T) map[string]string {
	dir := sharedDir(t, "seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seed articles in %s", dir)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read seed %s: %v", f, err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

func TestSeedSpunOfWireOriginal(t *testing.T) {
	seeds := readSeeds(t)
	var spun string
	for name, text := range seeds {
		if len(name) > 4 && name[:4] == "003_" {
			spun = text
		}
	}
	if spun == "" {
		t.Skip("seed 003 absent")
	}
	ix := NewIndex(Options{})
	ix.Add(Doc{ID: 1, Source: "wire", Published: "2019-12-20", Text: wireOriginal})
	m := ix.Add(Doc{ID: 2, Source: "aggregator", Published: "2019-12-20", Text: spun})
	t.Logf("seed 003 against the wire original: %+v", m)
	if m.Relation != Spun || m.Group != 1 {
		t.Errorf("seed 003: got %s of %d (%.2f), want spun of 1", m.Relation, m.Group, m.Similarity)
	}
}

func TestSeedsAreNotCopiesOfEachOther(t *testing.T) {
	seeds := readSeeds(t)
	ix := NewIndex(Options{})
	id := int64(0)
	for name, text := range seeds {
		id++
		m := ix.Add(Doc{ID: id, Source: name, Text: text})
		if m.Relation != Original {
			t.Errorf("seed %s: %s of %d (%.2f), want original", name, m.Relation, m.Group, m.Similarity)
		}
	}
	// the wire original is not a copy of any other seed either
	m := ix.Add(Doc{ID: 100, Text: wireOriginal})
	if m.Relation != Original {
		// it is the original of seed 003: that is the one relation allowed
		if g, _ := ix.Match(m.Group); g.ID == 0 {
			t.Errorf("wire original matched an unknown group")
		}
	}
}
