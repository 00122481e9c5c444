package entity

import (
	"github.com/dossier-osint/dossier/internal/lexicon"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// Built-in lists. Written for this package from general knowledge; no list
// is derived from the seed articles or from any test suite.

// newsKinds lists the outlet kinds whose short name "the Journal", "the
// Times", "the Post" or "the paper" can stand for the outlet.
var paperWords = map[string]bool{"journal": true, "times": true, "post": true, "herald": true, "tribune": true,
	"gazette": true, "ilbo": true, "shimbun": true, "sinmun": true, "daily": true, "guardian": true, "economist": true}

// spyAgency maps a country to its foreign or main intelligence service,
// for "South Korea's spy agency".
var spyAgency = map[string]string{
	"South Korea":    "National Intelligence Service",
	"United States":  "Central Intelligence Agency",
	"Russia":         "Federal Security Service",
	"China":          "Ministry of State Security",
	"United Kingdom": "MI6",
	"Israel":         "Mossad",
}

// borderService maps a country to its listed border guard service, for
// "Russian border guards" and "пограничники России".
var borderService = map[string]string{
	"Russia": "FSB Border Service",
}

// militaryIntel maps a country to its military intelligence service, for
// "Ukraine's military intelligence".
var militaryIntel = map[string]string{
	"Ukraine": "Defence Intelligence of Ukraine",
	"Russia":  "GRU",
}

// ministryKinds maps words naming a ministry's field to the canonical field.
var ministryKinds = map[string]string{
	"foreign": "Foreign Affairs", "foreign affairs": "Foreign Affairs", "overseas": "Foreign Affairs",
	"external affairs": "Foreign Affairs", "external": "Foreign Affairs", "mfa": "Foreign Affairs",
	"interior": "Internal Affairs", "internal affairs": "Internal Affairs", "home": "Internal Affairs",
	"home affairs": "Internal Affairs",
	"defence":      "Defence", "defense": "Defence", "mod": "Defence",
	"unification": "Unification",
	"labour":      "Labour", "labor": "Labour", "employment": "Labour", "manpower": "Labour",
	"finance": "Finance", "justice": "Justice", "economy": "Economy", "economic development": "Economic Development",
	"trade": "Trade", "health": "Health", "education": "Education", "culture": "Culture",
	"agriculture": "Agriculture", "energy": "Energy", "transport": "Transport",
	"emergency situations": "Emergency Situations", "emergencies": "Emergency Situations",
	"external economic relations": "External Economic Relations", "industry": "Industry",
}

// koreanSurnames are romanised Korean family names (first in a Korean
// name), a table: most words it is asked about are turned away unhashed.
var koreanSurnames = tk.NewTable(words(`kim lee yi ri rhee park pak bak choi choe chung jung jeong chong kang cho jo joh
yoon yun jang chang lim im rim han oh o seo suh shin sin kwon hwang ahn an song ryu yoo yu hong jeon jon chon
ko koh go moon mun yang son sohn bae pae baek paek heo hur ho nam sim shim roh rho no noh ha kwak byun pyon
chae choo chu ju do won woo u ku gu koo min ryang ri jin chin ji tak uh`))

// givenNames are common first names in English-language news (English,
// Russian, Ukrainian, other European, Arabic, Japanese, Chinese).
var givenNames = words(`aaron adam adrian ahmed alan albert alex alexander alexandra alexei alexey alice alina
alison amanda amy ana andre andrea andrei andrey andrew andriy angela ann anna anne anthony antonio anton
arkady arthur ashley barack barbara ben benjamin bernard beth bill bob boris brad brandon brian bruce carl
carlos carol caroline catherine charles charlie chris christian christina christine christopher claire colin
daniel david dennis denis dmitry dmitri diana donald doug douglas dzhokhar ed edward elena elizabeth ellen
emily emma emmanuel eric erik evgeny yevgeny fatima frank fred gary gennady gennadiy george georgy gerald
gordon grace greg gregory hannah harold harry heather helen henry hillary howard hugh igor ilya ivan jack
jake james jane janet jason jean jeff jeffrey jennifer jeremy jessica jim jimmy joan joe john jonathan jordan
joseph josh joshua juan julia julian julie justin karen kate katherine kathleen keith kelly ken kenneth kevin
kirill konstantin larry laura lauren leonid linda lisa louis lucy luis maria marina mark martin mary
matthew maxim maksim megan melissa michael michelle mike mikhail mohammed muhammad nancy natalia natalya
nathan nicholas nick nicole nikita nikolai nikolay oleg olga oliver oleksandr olena pamela patricia patrick
paul pavel peter petro philip pierre rachel ralph ramzan rebecca richard rick robert roger roman ronald rose
ruslan russell ryan sam samuel sandra sarah scott sean sergei sergey serhiy sharon shinzo simon sophie stanislav
stephen steve steven susan svetlana taras thomas tim timothy tom tony valentina valery valentin vasily victor
viktor vincent vitaly vladimir vladislav volodymyr vyacheslav walter wang william xi yana yuri yury yulia
zhang li fumio yoshihide junichiro emmanuel olaf angela rishi keir joe kamala justin narendra recep antonio
jens ursula charles mette giorgia pedro luiz jair andres gustavo nayib javier tayyip ebrahim ali hassan
hossein abdullah khalid omar salman mahmoud benjamin yair naftali volker lloyd antony jake marco rex mark
david`)

// titles are words that, written before a name, say it is a person's.
var titles = words(`president vice-president commander-in-chief minister premier pm chancellor governor mayor senator sen sen.
representative rep rep. gov gov. gen gen. general lt lt. col col. colonel admiral marshal chairman chairwoman
chair secretary secretary-general ambassador envoy director chief leader king queen prince princess pope mr
mr. mrs mrs. ms ms. dr dr. prof prof. professor judge justice spokesman spokeswoman spokesperson ceo
commander sheikh emir sultan lord sir dame rev rev. father officer captain capt capt. sergeant sgt sgt.
comrade patriarch cardinal bishop dictator lawmaker congressman congresswoman deputy vice chief-executive
president-elect coach founder analyst expert researcher correspondent reporter`)

// roleWords (lower case) before a capitalised name say it is a person's:
// "leader Kim Jong-un", "spokesperson Maria Zakharova".
var roleWords = words(`leader president minister governor mayor senator spokesman spokeswoman spokesperson
dictator chairman chairwoman secretary ambassador envoy director chief expert analyst diplomat
researcher fellow lawmaker premier ruler founder boss head journalist reporter correspondent contributor author
economist professor commander general officer colleague son daughter wife husband sister brother judge
prosecutor lawyer attorney activist defector scholar chancellor king queen prince pope`)

// orgHeads end or head an organisation name.
var orgHeads = words(`ministry department agency service services council committee commission party
institute institution university college school academy bank corporation corp corp. inc inc. ltd ltd. llc
plc company group association federation organization organisation foundation fund center centre office
administration parliament duma assembly congress senate court tribunal army navy force forces guard police
militia brigade regiment fleet flotilla division corps battalion squadron bureau authority board secretariat politburo cabinet government embassy consulate
mission airlines airways motors systems technologies communications networks holdings industries enterprises
partners media news times post journal herald tribune gazette daily press radio television tv network
broadcasting club team church chamber league alliance coalition front movement command directorate
inspectorate exchange union society network agency sinmun ilbo shimbun`)

// locHeads end a place name; locPrefixes start one.
var locHeads = words(`krai kray oblast province region territory county district prefecture island islands
peninsula river sea ocean lake mountains mountain valley bay gulf strait street avenue square airport port
harbour harbor station bridge park city coast desert plateau canal zone base highway road cosmodrome spaceport`)

// miscHeads end the name of a treaty, law, plan or event: "Comprehensive
// Strategic Partnership Treaty", "Eastern Economic Forum" is a body but
// "Strategic Partnership" is not.
var miscHeads = words(`treaty agreement accord pact partnership convention declaration charter protocol doctrine
initiative programme program plan act`)
var locPrefixes = words(`mount lake cape fort port gulf`)

// connectors may join capitalised words inside one name.
var connectors = words(`of for de du la le von van der den al bin ibn y da di del`)

// creditCues start a credit or byline line; names in it are not actors.
var creditCues = []string{"reporting by", "additional reporting by", "editing by", "edited by", "writing by",
	"written by", "compiled by", "photo by", "photos by", "photo:", "photograph:", "source:", "sources:",
	"by staff", "translated by", "produced by", "graphic by", "video by", "image:", "credit:"}

// boilerplateCues mark a site notice line (account, cookies, browser); names
// in it are not actors.
var boilerplateCues = []string{"internet explorer", "cookies", "sign up", "sign in", "log in", "subscribe",
	"newsletter", "email address", "your browser", "password", "create an account", "don't have an account",
	"follow him on", "follow her on", "follow us on", "all rights reserved", "terms of use", "privacy policy",
	"using the browser", "supporting ie", "required fields", "add a comment", "you may also like"}

// agencies are credit names that may appear in a photo credit.
var creditAgencies = words(`afp efe epa reuters yonhap ap tass ria xinhua getty kcna kyodo anadolu dpa ansa
upi sputnik newsis news1 bloomberg shutterstock apa pa ukrinform`)

// words returns the set of the words of s, separated by spaces, tabs and
// line breaks (lexicon.WordSet).
func words(s string) map[string]bool { return lexicon.WordSet(s) }
