/**
 * Word lists that decide what kind of thing a source phrase names. General news vocabulary
 * (role nouns, document nouns, groups, titles, nations; bodies' words in source-lexicon-bodies.ts),
 * never names memorised from one data set, so the rules carry over to articles the engine has not seen.
 */
import { ORG_NOUNS } from './source-lexicon-bodies';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns for a written or recorded artefact: "the poll found", "a filing shows" are documents. */
export const DOCUMENT_NOUNS = set(`
  report reports poll polls polling survey surveys study studies analysis analyses filing filings
  speculation rumours rumors allegation allegations
  complaint complaints lawsuit suit indictment ruling rulings verdict judgment statement statements
  release memo memos memorandum letter letters email emails e-mail e-mails tweet tweets post posts
  ad ads advertisement spot video videos clip footage film documentary book books article articles
  piece story editorial column transcript transcripts recording recordings record records document
  documents files data figures statistics estimate estimates tally database review audit assessment
  findings finding research paper website page brief submission charter law laws bill rules bylaws
  forecast projection projections census chart slide presentation message messages note notes blog
  sheet sheets dossier dossiers draft drafts list lists register ledger
  commentary account accounts returns return case cases dossier testimony minutes guidance guidelines trial
  trials experiment experiments application applications petition petitions permit
  proposal plan budget platform manifesto order decree resolution treaty agreement accord
  investigation inquiry probe obituary text texts summary excerpt excerpts cable cables sign
  warrant affidavit motion petition opinion program programme index map photo photos image images
  bulletin notice readout communique communiqué charges policy policies legislation spreadsheet spreadsheets
  schedule schedules timetable itinerary logs invoice invoices leaflet leaflets brochure newsletter
  questionnaire examination autopsy post-mortem postmortem replay replays scans update updates advisory
  forecasts countersuit countersuits lawsuits counterclaim counterclaims disclosure disclosures papers
`);

/** Singular person roles that are confidential-source framing when no name is given. */
export const ANONYMOUS_ROLE_NOUNS = set(`
  source official diplomat aide adviser advisor insider staffer confidant operative strategist
  negotiator functionary bureaucrat lobbyist
`);

/** Plurals of the confidential-source roles: "officials said", "people familiar with". */
export const ANONYMOUS_PLURAL_NOUNS = set(`
  sources officials diplomats aides advisers advisors insiders staffers confidants operatives
  strategists negotiators investigators
`);

/** Nouns for the spokesperson of a body: with a named body they speak for it officially. */
export const SPOKES_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative
  representatives secretary
`);

/** Singular person roles: "a witness", "the judge" are one unnamed individual. */
export const PERSON_ROLE_NOUNS = set(`
  mp mps mep meps msp msps mla
  surgeon surgeons medic medics clerk cleric monk nun intern teen guest bailiff deputy vet architect dean provost registrar administrator barrister solicitor
  man woman boy girl person someone somebody witness eyewitness eyewitnesses resident voter officer figure judge justice magistrate coroner referee umpire doctor
  physician nurse lawyer attorney teacher student friend neighbor neighbour relative mother father
  daughter son wife husband sister brother cousin uncle aunt grandmother grandfather reader
  reporter journalist narrator announcer questioner host anchor member leader lawmaker senator
  president governor mayor candidate nominee director chief commander soldier activist protester
  supporter critic owner farmer patient victim survivor prosecutor investigator agent mediator arbitrator
  envoy minister secretary chairman chairwoman chair executive employee worker analyst expert
  economist researcher scientist professor historian scholar author writer editor columnist
  pastor priest imam rabbi bishop coach player fan customer passenger driver pilot guard sheriff
  detective spokesman spokeswoman spokesperson representative congressman congresswoman
  councilman councilwoman delegate manager founder partner consultant pollster observer expert
  commentator blogger organizer organiser volunteer veteran official diplomat aide adviser advisor
  source insider staffer ambassador general colonel captain sergeant lieutenant admiral king queen
  prince princess pope monarch premier chancellor emir sheikh ceo cfo chairperson president-elect
  vice-president lady widow widower fiancee fiancée fiance fiancé grandson granddaughter niece nephew
  child teenager pupil landlord tenant striker midfielder defender goalkeeper winger keeper skipper boss
  batsman bowler jockey cyclist boxer golfer challenger incumbent contender
  actor actress singer musician artist star co-star costar producer colleague teammate team-mate bandmate girlfriend boyfriend
  spouse publicist stylist designer chef dancer comedian presenter novelist poet playwright photographer filmmaker
  firefighter paramedic constable inspector superintendent midwife headteacher headmaster headmistress principal
  bride groom bridegroom bridesmaid newlywed treasurer comptroller auditor vice-chancellor
`);

/** Plural nouns for a group speaking collectively: "critics say", "Republicans argue". */
export const GROUP_NOUNS = set(`
  people experts critics analysts voters republicans democrats environmentalists lawmakers
  protesters supporters opponents advocates observers residents economists scholars historians
  leaders nations countries companies regulators doctors physicians delegates demonstrators
  americans europeans millennials veterans parents readers conservatives liberals progressives
  activists members investors traders scientists researchers prosecutors judges workers employees
  families students teachers farmers citizens immigrants refugees witnesses neighbors neighbours
  friends relatives colleagues allies rivals politicians legislators senators governors mayors
  candidates officers soldiers troops executives ceos managers owners consumers
  teammates team-mates classmates housemates flatmates bandmates co-workers coworkers co-accused co-defendants defendants
  customers users fans players commentators pundits pollsters strategists insiders others some
  many most few several all everyone everybody nobody none anyone conservationists unions groups
  organizations organisations businesses firms banks authors physicians skeptics
  sceptics backers proponents detractors fighters militants rebels settlers protestors survivors industry sector
  watchers onlookers bystanders campaigners shoppers commuters passengers patients nurses viewers listeners
  victims patients nurses lawyers attorneys independents moderates evangelicals women men youths
  locals villagers shoppers participants respondents donors volunteers organizers staff
  inspectors auditors examiners monitors engineers geologists biologists clinicians pharmacists rangers
  paramedics firefighters surveyors trustees epidemiologists meteorologists forecasters astronomers archaeologists
  clergy clergymen priests bishops parishioners congregants
  wholesalers retailers winemakers growers fishermen buyers sellers dealers brokers exporters importers producers
  manufacturers suppliers operators theatregoers audiences reviewers
  confederations federations coalitions alliances cooperatives co-operatives syndicates administrators liquidators receivers
  campaigners charities parties councillors councilors agencies authorities associations
  commuters passengers travellers travelers drivers riders pilots tenants landlords homeowners retirees pensioners
  couples regulars brides grooms newlyweds vice-chancellors anglers hunters ramblers walkers hikers climbers cyclists motorists pedestrians birdwatchers
  shopkeepers diners visitors tourists spectators worshippers mourners pupils graduates midwives elders
  muslims christians jews hindus sikhs buddhists catholics protestants latinos latinas hispanics asians
  africans arabs kurds palestinians israelis saudis iranians iraqis syrians afghans ukrainians russians
  germans britons canadians mexicans australians
`);

/**
 * Finite auxiliaries and modals (and "been"): a phrase holding one is a clause ("the list had been
 * drawn up", "the increase will cost"), never a speaker or a description of one.
 */
export const FINITE_AUXILIARIES = set('is are was were been will would can could should must may might has have had does did');

/** FINITE_AUXILIARIES as whole words in a phrase, for the phrase-level checks (apposition or clause?). */
export const FINITE_WORD = new RegExp(String.raw`\b(?:${[...FINITE_AUXILIARIES].join('|')})\b`, 'u');

/** Words after a source that mark deliberate anonymity ("who spoke on condition of anonymity"); not an independent expert's "not involved in the study". */
export const ANONYMITY_CUE =
  /\b(?:(?<!\bnot\s+(?:\w+\s+)?)involved in|anonymity|anonymously|not (?:authori[sz]ed|permitted|allowed) to (?:speak|discuss|comment)|declined to be (?:named|identified)|(?:cannot|can ?not|could not|can['’]t|couldn['’]t|may not|must not) be (?:named|identified)|asked not to be (?:named|identified)|asked that (?:his|her|their) names? (?:not be (?:used|published|given)|be withheld)|who (?:did|does|do|would) not (?:want|wish) to be (?:named|identified)|(?:who )?(?:declined|refused) to give (?:his|her|their) (?:full |last )?names?|(?:did|does|do|would) not (?:want|wish) to (?:give|share) (?:his|her|their) (?:full |last )?names?|gave only (?:his|her|their) first names?|(?:requested|demanded|insisted on|on condition of) (?:anonymity|not being named)|on (?:the )?condition that (?:he|she|they|his|her|their)(?: names?)? (?:not be|was not|were not|would not be) (?:named|identified|used|published)|familiar with|briefed on|close to|with (?:direct )?knowledge of|privy to|speaking privately|in the room|who (?:was|were) present|not named|unnamed|undisclosed)\b/i;

/**
 * A wish or rule that keeps a source unnamed, said in its own phrase ("who cannot be named under
 * Dutch rules", "who did not want to be named"): narrower than ANONYMITY_CUE, which also takes
 * insider framing ("familiar with"); no one it describes is someone the text named.
 */
export const KEPT_UNNAMED = /\banonymity\b|\banonymously\b|\bnot to be (?:named|identified)\b|\b(?:cannot|can ?not|could not|can['’]t|couldn['’]t|may not|must not|would not) be (?:named|identified)\b|\b(?:declined|did not want|does not want|do not want|would not want|did not wish|does not wish|not wish|not want) to be (?:named|identified)\b|\bwithheld\b/iu;

/** Titles that sit before a person's name; the name after them is a person, never a body. */
export const PERSON_TITLES = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. capt
  capt. sgt sgt. prof prof. rev rev. sir dame lord lady president senator governor secretary
  minister judge justice magistrate coroner referee umpire mayor ambassador spokesman spokeswoman spokesperson chairman chairwoman
  chief commissioner king queen prince princess pope sheikh emir general admiral colonel captain
  sergeant detective sheriff coach ceo executive director candidate nominee congressman congresswoman
  councilman councilwoman premier chancellor representative attorney prosecutor adviser advisor
  aide lawyer economist professor analyst author host anchor founder leader speaker deputy
  vice president-elect former then-president officer father sister brother republican democrat
  democratic gop
  cllr cllr. councillor councilor constable supt supt. insp insp. det det. dci
  commander inspector superintendent lieutenant brigadier corporal marshal warden headteacher headmaster headmistress
  treasurer auditor comptroller controller assessor solicitor-general
  bishop archbishop rabbi imam pastor reverend firefighter paramedic nurse
`);

/** Every noun of the lists below in one set, so a word is looked up once. */
const LEXICON_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_ROLE_NOUNS, ...GROUP_NOUNS, ...ANONYMOUS_PLURAL_NOUNS, ...ANONYMOUS_ROLE_NOUNS, ...DOCUMENT_NOUNS, ...ORG_NOUNS, ...SPOKES_NOUNS,
]);

/** True for any noun the lists know: a role, a group, a document or a body. */
export function isLexiconNoun(word: string): boolean {
  return LEXICON_NOUNS.has(word);
}

/**
 * Singular nouns for a person of a nation, written capitalised ("the Swede", "the Dutchman"): sports
 * and foreign news call someone just named so, as it would call them "the striker".
 */
export const DEMONYMS = set(`
  swede dane finn norwegian icelander dutchman dutchwoman frenchman frenchwoman englishman englishwoman
  irishman irishwoman scot scotsman scotswoman welshman welshwoman spaniard italian german austrian belgian
  pole czech slovak hungarian romanian bulgarian serb croat slovenian greek turk russian ukrainian georgian
  american canadian mexican brazilian argentine argentinian chilean colombian peruvian uruguayan venezuelan
  australian korean indian pakistani nigerian ghanaian kenyan egyptian moroccan algerian tunisian cameroonian
  ivorian israeli iranian iraqi syrian lebanese saudi qatari afghan
`);

/** The adjective of a nation where it is not its person noun ("Swedish midfielder Erik Lind" is "the Swede"). */
export const DEMONYM_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['swede', 'swedish'], ['dane', 'danish'], ['finn', 'finnish'], ['icelander', 'icelandic'], ['dutchman', 'dutch'], ['dutchwoman', 'dutch'],
  ['frenchman', 'french'], ['frenchwoman', 'french'], ['englishman', 'english'], ['englishwoman', 'english'], ['irishman', 'irish'],
  ['irishwoman', 'irish'], ['scot', 'scottish'], ['scotsman', 'scottish'], ['scotswoman', 'scottish'], ['welshman', 'welsh'],
  ['welshwoman', 'welsh'], ['spaniard', 'spanish'], ['pole', 'polish'], ['turk', 'turkish'], ['serb', 'serbian'], ['croat', 'croatian'],
]);

/** Every nation word that is no person noun: the adjectives above and those with no person noun of their own ("Chinese", "British"). */
const NATION_ADJECTIVES: ReadonlySet<string> = new Set([...DEMONYM_ADJECTIVES.values(), ...'chinese japanese british swiss taiwanese vietnamese thai portuguese'.split(' ')]);

/** A nation's person noun or adjective, lower-cased ("swede", "dutch", "chinese"): it names no one alone, and before a firm's noun it is wire copy's epithet ("the Dutch freight group"). */
export function isNationWord(lower: string): boolean {
  return DEMONYMS.has(lower) || NATION_ADJECTIVES.has(lower);
}

/**
 * Verbs of saying that may follow a name directly ("Mensah said", "Tom Hale told"), as a regex
 * alternation: a name that goes on to speak is a speaker, whatever else the text makes of it.
 */
export const SPEAKS_AFTER_NAME = 'said|says|told|tells|added|adds|wrote|writes|noted|notes|explained|stated|states|announced|confirmed|denied|insisted|warned';

/** Roles that are also surnames ("King said" after "Larry King"): alone, still read as names. */
export const SURNAME_ROLES = new Set(['king', 'queen', 'judge', 'bishop', 'major', 'marshal', 'cook', 'baker', 'mason', 'carpenter', 'taylor', 'fisher', 'porter', 'shepherd', 'hunter', 'dean', 'knight', 'butler', 'carter', 'sheriff', 'page', 'chamberlain', 'steward', 'ward', 'miller', 'smith', 'turner', 'walker', 'wright', 'weaver', 'farmer', 'gardener', 'fowler', 'archer', 'parker', 'cooper', 'palmer', 'forester']);

/** A plural verb right after a name, maybe after an adverb ("Wexford have consistently said", "Harwick have now won"): one name taking it is a team's or a firm's in British style, never one person's. */
export const PLURAL_VERB_AFTER = /^\s+(?:\p{Ll}+ly\s+|now\s+)?(?:have|are|were|say|want|insist|believe|claim)\b/u;
