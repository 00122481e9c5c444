package entity

// commonWords are English words that are capitalised at a sentence start,
// in headlines or in site furniture without being names. A capitalised word
// in such a position counts as a name only with other evidence.
var commonWords = words(`a about above according across actually after afterwards again against ago ahead
all almost alone along already also although always am among amid an and another any anyone anything are
around as at away back be because become been before behind being below beside besides between beyond both
but by can cannot could despite did do does doing done down during each earlier early either else elsewhere
enough even ever every everyone everything except far few finally first following for former from further
furthermore had has have having he her here hers herself him himself his how however i if in including
indeed instead into is it its itself just last later latest least less like likely many may me meanwhile
might more moreover most mostly much must my myself near nearly neither never nevertheless new next no
nobody none nor not nothing now of off often on once one only onto or other others otherwise our ours out
over own per perhaps please previously quite rather recently regarding same several she should since so
some someone something sometimes soon still such than that the their theirs them themselves then there
thereby therefore these they this those though through throughout thus to today together tomorrow too
toward towards under unless unlike until up upon us very via was we were what whatever when whenever where
whereas whether which while who whoever whole whom whose why will with within without would yes yesterday
yet you your yours yourself
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec spring summer autumn fall winter christmas easter
category categories world politics business economy sport sports science health technology tech culture
opinion analysis news breaking live update updated share print email comments comment related tags tag
home menu search more read also see photo photos video videos image file source sources publication
date time author about contact advertisement advertise subscribe login register sign follow press release
editor editors editing reporting staff click here next previous page top back story stories topics topic
section sections newsletter copyright rights reserved terms privacy policy cookie cookies accept settings
points attention summary highlights key facts background context note notes update correction corrections
official officials minister ministry government state states president leader leaders chief head spokesman
spokesperson spokeswoman expert experts analyst analysts report reports sources statement statements
people workers worker labour labor citizens nationals students student tourists tourist laborers employees
military army troops soldiers police court police sanctions sanction resolution resolutions council
committee agency party member members delegation embassy border north south east west northern southern
eastern western central foreign domestic international national federal regional local global public
private senior deputy vice former acting interim general special supreme high low major minor
speaking considering given noting citing adding asked told said says say according meanwhile moreover
nevertheless nonetheless furthermore additionally overall instead likewise similarly otherwise hence
yesterday tonight tomorrow earlier later recently currently previously initially ultimately eventually
what why how when where who which whose whom whatever whichever whoever
mr mrs ms dr
it's that's there's here's he's she's we're they're i'm don't doesn't didn't can't won't isn't aren't
wasn't weren't hasn't haven't
first second third fourth fifth sixth seventh eighth ninth tenth last final
one two three four five six seven eight nine ten eleven twelve hundred thousand million billion dozens
hundreds thousands millions billions some many several few most all both each every
although though despite because since unless whether while whereas
if then else so thus therefore however but and or nor yet
this that these those there here
his her its their our your my
he she it they we you i
a an the
please thanks thank welcome hello dear
new old big small large great good bad best worst top latest
fact facts issue issues case cases question questions answer answers problem problems
plan plans deal deals talks meeting meetings summit visit visits trip trips
war wars conflict attack attacks strike strikes
year years month months week weeks day days
according accordingly
exclusive breaking watch listen
join learn learnmore enter don't already
specialist research
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
figure figures paragraph paragraphs section chapter annex appendix table chart item clause page pages
celsius fahrenheit desk`)
