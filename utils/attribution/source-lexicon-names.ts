/**
 * Name lists the rules cannot infer from shape alone: countries (which "say" things as states),
 * widely cited news agencies and bodies known by one word, and common given names (so "Maria
 * Ortega" is a person even without a title). General world knowledge, lower-cased.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Countries and blocs that speak as entities ("Russia said"); multi-word ones joined by "_". */
export const COUNTRY_NAMES = set(`
  europe asia africa antarctica oceania north_america south_america latin_america central_america
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
  bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada
  chad chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt eritrea
  estonia ethiopia finland france gabon georgia germany ghana greece guatemala haiti honduras
  hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
  kenya kosovo kuwait laos latvia lebanon libya lithuania luxembourg madagascar malaysia mali
  malta mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands
  nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland
  portugal qatar romania russia rwanda serbia singapore slovakia slovenia somalia spain sudan
  sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda
  ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe u.s. us usa u.k. uk
  guyana suriname belize botswana burundi djibouti fiji gambia guinea lesotho liberia malawi mauritania
  mauritius senegal togo barbados bahamas bhutan brunei kyrgyzstan maldives eswatini andorra liechtenstein monaco
  samoa tonga vanuatu grenada burkina_faso sierra_leone south_sudan papua_new_guinea trinidad_and_tobago east_timor
  america washington moscow beijing kyiv kiev tehran jerusalem ankara london paris berlin tokyo
  seoul pyongyang brussels riyadh doha cairo damascus baghdad kabul islamabad delhi new_delhi
  united_states united_kingdom north_korea south_korea saudi_arabia south_africa new_zealand
  european_union united_nations sri_lanka costa_rica el_salvador ivory_coast hong_kong
  united_arab_emirates alabama alaska arizona arkansas california colorado connecticut delaware
  florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
  michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
  tennessee texas utah vermont virginia wisconsin wyoming new_hampshire new_jersey new_mexico
  new_york north_carolina north_dakota south_carolina south_dakota rhode_island west_virginia
  scotland wales england quebec ontario bavaria catalonia
`);

/**
 * Words that end a newspaper's name ("The Kellport Ledger", "the Sunday Courier"): the name alone
 * is how a story says the body is a paper, so "the newspaper" can go back to it. Capitalised.
 */
export const NEWSPAPER_NAME_WORDS: ReadonlySet<string> = new Set(
  'Times Telegraph Mirror Express Courier Post Herald Mail Independent Tribune Star Sun Observer Chronicle Ledger People Record Sport Gazette Guardian Dispatch Sentinel Inquirer Examiner Bulletin Courant Advertiser Argus Echo'.split(' '),
);

/** Capitalised adjectives of nation, party or race: alone they name no one ("Republican", "Black"). */
export const NAME_ADJECTIVES = set(`
  republican democratic democrat black white latino latina latinx hispanic asian american european
  african arab jewish muslim catholic protestant evangelical conservative liberal progressive
  federal national international western eastern northern southern central russian chinese
  british french german ukrainian israeli palestinian iranian mexican canadian indian japanese
  korean italian spanish turkish syrian iraqi afghan egyptian saudi gop indigenous aboriginal
`);

/**
 * Bodies and outlets widely known by a single word, or by the Arabic article and one word written
 * apart ("Al Arabiya", which has the shape of "Al Gore"): shape rules cannot tell these from persons.
 */
export const KNOWN_ORGANIZATIONS = set(`
  reuters bloomberg ap afp cnn bbc nbc cbs abc fox msnbc npr pbs politico axios kremlin pentagon
  congress nato hamas hezbollah taliban google apple microsoft amazon meta facebook twitter tesla
  treasury bundesbank mossad gchq
  ipsos gallup pew quinnipiac yougov interfax xinhua tass ria yonhap kyodo politifact vatican
  opec eu un imf wto fbi cia nsa doj sec fda cdc epa nasa gop nhs ofsted whitehall downing
  paris_saint-germain psg
  downing_street labour tories lib_dems snp ukip plaid_cymru sinn_fein dup
  scotus dnc rnc aclu naacp unicef unesco unhcr icc icj interpol frontex europol youtube tiktok
  instagram whatsapp telegram netflix disney boeing airbus nvidia openai anthropic samsung sony
  toyota walmart exxon chevron shell bp pfizer moderna novartis uber lyft spacex
  hezbollah fatah isis isil al-qaeda wagner gazprom rosneft aramco baidu alibaba tencent huawei
  breitbart vox slate salon newsweek forbes wired buzzfeed huffpost mediaite
  semafor propublica greenpeace oxfam amnesty unicef unaids wfp unrwa ocha msf médecins_sans_frontières medecins_sans_frontieres doctors_without_borders icrc unctad oecd ecb eurostat ofcom ofwat ofgem
  moody's fitch nasdaq nyse ftse eurozone mercosur asean frontline
  al_jazeera al_arabiya al_mayadeen al_manar al_ahram al_akhbar al_monitor al_quds al_hayat al_watan
  al_qaeda al_shabaab al_nusra al_aqsa asharq_al-awsat
`);

/** Common given names, female ones first; enough to call an unknown "First Last" a person. */
export const FEMALE_GIVEN_NAMES = set(`
  edith eileen doreen sheila pauline maureen gillian irene mabel hilda elsie ethel gladys beryl muriel winifred bridget bethan ffion cerys
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
  margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
  stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
  nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
  diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
  andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
  jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
  theresa diana natalie brittany charlotte marie kayla alexis lori hillary kamala nikki nancy
  julia elena sofia lucia carmen ana rosa isabel ines chloe claire sophie anne ursula angela giorgia
  marine kristi tulsi liz elise marjorie lauren ilhan alexandria susie karine kristen tina yulia
  natalia olga irina svetlana tatiana fatima aisha leila yasmin mei li ying priya anita sunita
  greta jacinda theresa marta eva petra agnes ingrid astrid
  sue kate katie beth jane janet jenny joanne josephine lucy lydia molly nora norah polly sally
  sian siobhan olwen bronwen megan rhiannon niamh aoife sinead fiona morag eilidh kirsty gemma
  hayley leanne louise lynn mandy nadia naomi nina paula penny philippa rita rosie ruby
  sadie sonia tracy vanessa wendy yvonne zoe zara harriet imogen isla ella freya poppy
  mia ava amelia evie esme phoebe maya tamsin carla elisa giulia francesca chiara silvia paola
  beatriz lucia pilar mercedes dolores ana-maria ines joana leonor adriana gabriela fernanda
  ingrid annika sigrid katarina karin helga ursula birgit heidi monika claudia sabine
  amira layla maryam zainab noor samira rania dalia salma hana yuki akiko keiko sakura ji-woo
  lakshmi deepa kavita meena pooja neha shreya ngozi chioma amina adaeze folake
`);

/** Common male given names. */
export const MALE_GIVEN_NAMES = set(`
  derek barry clive geoffrey reginald terence aled fergus ciaran
  james robert john michael david william richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
  jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
  samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
  henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
  harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
  albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip
  louis barack bernie mitch chuck ted marco rand mike jim bill tom tim ben dan dick hunter jd
  vladimir dmitry sergei sergey alexei alexey volodymyr viktor xi emmanuel olaf boris rishi keir
  justin narendra recep benjamin bibi mohammed muhammad ahmed ali hassan hussein omar khalid
  abdullah yusuf ibrahim mahmoud antonio carlos luis miguel pedro jorge javier manuel francisco
  giuseppe marco luca giovanni hans klaus friedrich jens lars olaf pierre jean francois jacques
  wang zhang chen liu li kim park lee hiroshi shinzo fumio yoshihide rahul amit arvind
  elon jeff mark sundar satya tim warren jamie
  ken bob rob jon nick nigel ian colin malcolm alistair angus hamish euan callum ewan rory
  liam connor declan seamus padraig geraint gareth rhys dafydd huw emyr idris alun tomos oliver
  harry charlie alfie archie freddie theo leo oscar toby rupert tristan felix sebastian
  dominic trevor dave steve tony andy doug darius jamal tariq rashid karim samir yousef
  hamid reza omid arjun ravi vikram sanjay rajesh suresh anil sunil manoj kofi kwame chinedu emeka
  tunde oluwaseun jose-luis joao rui tiago diego pablo sergio andres alejandro fernando ricardo
  matteo lorenzo alessandro stefano paolo enrico fabio jurgen dieter wolfgang stefan uwe henrik
  anders nils erik sven magnus bjorn mikael pekka jari piotr tomasz andrzej pavel ivan nikolai yuri
  oleg igor andriy taras bohdan kenji takeshi hiroshi haruto min-jun
`);

/** Whether a name's lower-case words joined by "_" ("united_nations", "new_zealand") are a known country's or body's: such a name is a body whatever noun it ends in. */
export function isKnownBodyKey(key: string): boolean {
  return COUNTRY_NAMES.has(key) || KNOWN_ORGANIZATIONS.has(key);
}

/** Nouns a description of a place ends on ("…, a traditional Progress seat", "…, a World Heritage site about …"): what a name so described is, no one a pronoun means. */
export const PLACE_NOUNS = 'seat|constituency|site|reef|park|resort|lake|river|mountain|beach|coast|bay|island|town|city|village|suburb|region|county|province|port|valley|district|neighbou?rhood|borough|municipality|area|estate|reserve|forest|peninsula|archipelago|capital';
