package gen

import "strings"

// synonyms is the spinner's word list: common news words and the
// replacements a spinning tool picks for them, some poor, as real spinners'
// are. Written for this package.
var synonyms = parseSynonyms(`
said: stated, told, noted, declared
says: states, notes, claims
say: state, claim, note
told: informed, advised
new: fresh, recent, novel
workers: employees, labourers, staff
worker: employee, labourer
labourers: workers, hands, toilers
labour: work, toil, employment
country: nation, state
countries: nations, states
government: administration, authorities
officials: officers, authorities
official: officer, functionary
report: account, study
reported: stated, recounted, described
according: as per
sent: dispatched, shipped
send: dispatch, ship
arrived: came, landed
company: firm, business, enterprise
companies: firms, businesses
ministry: department, office
month: 30 days
year: 12 months, twelve months
last: final, previous, past
first: initial, earliest
large: big, sizeable, huge
largest: biggest, greatest
small: little, minor
number: quantity, figure, count
more: additional, extra
most: majority of, bulk of
about: roughly, around, approximately
many: numerous, several
people: persons, individuals
men: males, guys
women: ladies, females
work: job, labour, employment
working: toiling, employed
jobs: positions, roles
began: started, commenced
begun: started, commenced
start: beginning, outset
help: assist, aid
show: display, reveal
showed: revealed, displayed, indicated
shows: reveals, indicates
plans: intends, schemes
plan: scheme, intention
build: construct, erect
built: constructed, erected
building: construction, constructing
construction: building, development
documents: papers, records
records: files, documents
study: examination, research
research: study, investigation
warned: cautioned, alerted
warning: caution, alert
ban: prohibition, embargo
banned: prohibited, barred
sanctions: penalties, restrictions
violation: breach, infringement
breach: violation, infringement
despite: regardless of, notwithstanding
rules: regulations, guidelines
law: legislation, statute
court: tribunal
fined: penalised
money: cash, funds
wages: pay, earnings, salaries
paid: compensated, remunerated
pay: compensate
income: earnings, revenue
cheap: inexpensive, low-cost
rise: increase, growth
risen: increased, grown
increase: rise, growth
sharp: steep, marked
group: team, batch
groups: teams, organisations
trip: journey, voyage
trips: journeys, voyages
visit: trip, call
visited: toured, called on
meeting: assembly, session
talks: discussions, negotiations
statement: announcement, declaration
letter: note, missive
answer: reply, response
reply: answer, respond
comment: remark, statement
questions: queries, inquiries
asked: requested, queried
believed: thought, considered
appear: seem, look
clear: obvious, evident
obvious: apparent, evident
closely: carefully, intently
close: shut, near
closer: nearer, tighter
ties: links, relations
relations: ties, relationship
cooperation: collaboration, partnership
border: frontier, boundary
region: area, zone
regional: local, provincial
local: regional, native
city: town, metropolis
capital: capital city
site: location, place
sites: locations, places
plant: factory, facility
factory: plant, works
camp: compound, settlement
home: house, residence
housing: accommodation, homes
shortage: scarcity, lack
cost: price, expense
expected: anticipated, predicted
likely: probable, possible
possible: potential, feasible
important: essential, vital
main: principal, chief
major: main, significant
several: a number of, various
recent: latest, current
earlier: prior, previous
later: subsequently, afterwards
since: because, as
often: frequently, usually
rarely: seldom, infrequently
largely: mostly, mainly
quickly: rapidly, swiftly
also: additionally, as well
however: nevertheless, nonetheless
because: as, since
allowed: permitted, allowed to
allow: permit, let
issued: granted, released
permits: licences, authorisations
permit: licence, authorisation
illegally: unlawfully, illicitly
legal: lawful, authorised
exceptions: exemptions, exclusions
narrow: slender, slim
fund: finance, bankroll
need: requirement, want
needs: requires, wants
think: believe, suppose
suspect: suspicion, doubt
evidence: proof, signs
signs: indications, evidence
movements: motions, actions
situation: state of affairs, circumstances
across: throughout, over
outside: exterior, exterior to
regular: common, normal
business: enterprise, commerce
hours: hrs
foreign: overseas, international
abroad: overseas, in another country
estimated: calculated, assessed
estimate: assessment, calculation
estimates: assessments, calculations
between: among, amid
annually: yearly, every year
remain: stay, keep
remaining: leftover, residual
stay: remain, keep
leave: depart, exit
held: kept, conducted
hold: keep, maintain
took: took on, got
taken: carried, moved
carried: transported, borne
carrying: transporting, bearing
described: characterised, depicted
rather: instead, relatively
deeply: profoundly, extremely
regrettable: unfortunate, deplorable
extended: prolonged, expanded
mandate: authority, remit
final: last, closing
attempt: effort, try
weapons: arms, armaments
missiles: rockets, projectiles
programme: plan, scheme
programmes: plans, schemes
source: supply, origin
sources: origins, supplies
`)

func parseSynonyms(s string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, alt := range strings.Split(v, ",") {
			if alt = strings.TrimSpace(alt); alt != "" {
				m[strings.TrimSpace(k)] = append(m[strings.TrimSpace(k)], alt)
			}
		}
	}
	return m
}
