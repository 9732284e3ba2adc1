/**
 * Deeds told by their verb and what follows it, as one table: each row is a cue the taggers took
 * for a verb of saying and the words after it that make it an act, a state or a procedure instead
 * ("passed a bill", "lobbied hard against", "ignored repeated warnings"). A row with no object
 * pattern is a deed whatever follows. Rows are found by reviews; each stands for a shape of news
 * prose, not for one article.
 */
import type { AttributionSpans } from './types';

/** One row: the whole cue, the words right after it (trimmed) and the source's words, each when it matters (a row with no cue test tells by its source alone). */
interface DeedRow {
  cue?: RegExp;
  object?: RegExp;
  source?: RegExp;
  /** The words between the source and the cue. */
  between?: RegExp;
}

/** A count after the verb ("added 2.1 million paid subscribers", "rejected more than 700 of them"): growth or an act on a number, not a word more. */
export const COUNT_AFTER = /^(?:(?:more than|over|about|almost|nearly|some|another|a further|a net)\s+)?(?:[£$€¥]\s*)?\d/u;

/** "did not", "doesn't" and the like before a verb. */
const NOT_DONE = String.raw`(?:(?:did|does|do)\s+not|didn['’]t|doesn['’]t|don['’]t)`;

const ROWS: readonly DeedRow[] = [
  // a plan the writer reports ("The Commission plans to extend …"); the cue may have taken its "to"
  { cue: /^(?:(?:is|are|was|were)\s+)?(?:plans?|planned|planning)\s+to$/u },
  { cue: /^(?:(?:is|are|was|were)\s+)?(?:plans?|planned|planning)$/u, object: /^to\s/u },
  // a preference ("He would rather talk about hinges")
  { cue: /^(?:would|'d|’d)\s+(?:much\s+)?(?:rather|prefer)\b/u },
  // an act on a count ("rejected more than 700 of them")
  { cue: /^(?:(?:has|have|had)\s+)?rejected$/u, object: COUNT_AFTER },
  // a falling count ("Bumblebee numbers have declined sharply"), not a refusal ("declined to comment")
  { cue: /^(?:(?:has|have|had)\s+)?(?:declined|declines|decline)$/u, object: /^(?:sharply|steeply|significantly|dramatically|slightly|steadily|rapidly|further|\d|by\s|in\s|across\s|from\s|over\s|since\s|for\s)/u },
  // a legislature's vote on a bill, not its words
  { cue: /^(?:(?:has|have|had)\s+)?(?:passed|approved|adopted|rejected)$/u, object: /^(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:bill|law|measure|motion|amendment|budget|resolution|ordinance|referendum)\b/u },
  // a veto, an executive's act on a bill ("The governor vetoed the bill on Friday"; "signed" stays, as PolNeAR marks it)
  { cue: /^(?:(?:has|have|had)\s+)?vetoed$/u },
  // someone charged, the participle after the noun ("A 60-year-old man | charged with | the 1989 killing pleaded …")
  { cue: /^(?:charged|arrested|convicted)\s+(?:with|over|for|of)$/u, between: /^\s*$/u },
  // no stance taken ("The farm bureau took no position on the bill")
  { cue: /^(?:(?:has|have|had)\s+)?(?:took|takes|taken|take)\s+no\s+(?:position|stance|view)\b/u },
  // pressing for something by acts ("lobbied hard against", "have launched a campaign against")
  { cue: /^(?:(?:has|have|had)\s+)?lobbied\b/u },
  { cue: /^(?:(?:has|have|had)\s+)?(?:launched|started|begun|began)\s+(?:an?\s+)?(?:campaign|petition|drive)\b/u },
  // warnings ignored: the warnings are someone else's, the ignoring no one's words
  { cue: /^(?:(?:has|have|had)\s+)?(?:ignored|ignores|ignoring)\b/u },
  // a discovery, not a finding ("Scientists have found a new antibiotic in soil")
  { cue: /^(?:(?:has|have|had)\s+)?(?:found|discovered)$/u, object: /^(?:an?\s+(?:new|previously unknown|rare|unknown)\b|the\s+(?:remains|body|bodies|wreck|wreckage)\b|fossils?\b|traces\s+of\b)/u },
  // a feeling the writer saw ("Outside experts were encouraged but cautious")
  { cue: /^(?:was|were|is|are|seemed|looked)\s+(?:encouraged|heartened|dismayed|relieved|delighted|cautious|sceptical|skeptical|wary|unconvinced)$/u, object: /^(?!that\b|by\b|to\b)/u },
  // a wish for a thing ("more than 900 people currently hoping for a place")
  { cue: /(?:^|\s)hoping\s+for$/u },
  // a reference number quoted to the police, not a quotation
  { cue: /^quoting$/u, object: /^(?:reference|ref\.?|crime|incident|case|log)\b/iu },
  // "Under the law, …": what a law provides, not a statement
  { cue: /^under$/iu },
  // a thing ordered ("ordered his immediate release", "ordered a new map"), an act like "ordered X to …" (deeds-read-as-cues.ts)
  { cue: /^(?:(?:has|have|had|also)\s+)?(?:ordered|orders)$/u, object: /^(?:the|an?|his|her|their|its)\s/u },
  // an order on a passive's subject with an adverb the cue took ("Cole was | also ordered | to plant five trees")
  { cue: /^(?:also|later|then|\p{Ll}+ly)\s+(?:ordered|required|told|asked|instructed|directed)$/u, between: /^\s+(?:was|were|is|are|has been|have been|had been)\s+$/u, object: /^to\s+\p{Ll}/u },
  // a state declared ("declared a national emergency"), an act of office; not one quoted in its own words ("declared a state of emergency "to protect …"")
  { cue: /^(?:(?:has|have|had)\s+)?declared$/u, object: /^(?![^"“]*["“])(?:(?:an?|the)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:state\s+of\s+)?(?:emergency|disaster|curfew|ceasefire|holiday)\b|(?:a\s+)?state\s+of\s+(?:emergency|disaster)|martial\s+law|war\b)/u },
  // no admission, a settlement's formula ("did not admit wrongdoing", "admitted no liability")
  { cue: new RegExp(String.raw`^${NOT_DONE}\s+admit$`, 'u'), object: /^(?:any\s+)?(?:wrongdoing|liability|guilt|fault)\b/u },
  { cue: /^(?:admitted|admits|admit)$/u, object: /^no\s+(?:wrongdoing|liability|guilt|fault)\b/u },
  // knowing people or places ("She knows every house in the street"), not what someone knows to be so
  { cue: /^(?:knows|knew|know)$/u, object: /^(?:every|each|everyone|everybody|most\s+of|many\s+of|them|him)\b/u },
  // a preposition and an article read as the source, a participle as the cue ("In a | written | reply, the minister said"): no one
  { source: /^(?:in|on|at|by|with|from|under|after|for|during|through)\s+(?:a|an|the)$/iu },
  // a relative clause's worry inside someone's claim ("tenants | who | are worried about | their homes should call")
  { cue: /^(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+)?(?:worried|concerned|anxious|afraid|scared|unhappy)\s+(?:about|over|by)$/u, source: /^(?:who|that)$/iu },
  // a habit of silence, or no blame laid ("He rarely talked about that night", "He did not blame the weather")
  { cue: /^(?:rarely|never|seldom)\s+(?:talked|talks|spoke|speaks|discussed|discusses)(?:\s+about)?$/u },
  { cue: new RegExp(String.raw`^${NOT_DONE}\s+blame$`, 'u') },
  // a gesture ("Kerr hugged his lawyers"), no words
  { cue: /^(?:(?:has|have|had)\s+)?(?:hugged|hugs|kissed|kisses|waved|waves)$/u },
  // a time read as the source ("A decision is expected | in the summer"): no one
  { source: /^(?:(?:the|this|next|last|early|late)\s+)?(?:summer|winter|spring|autumn|fall|week|month|year|weekend|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/iu },
  // a meeting's purpose ("The judges met on Wednesday | to discuss | how to proceed"), not words yet said
  { cue: /^to\s+(?:discuss|consider|decide|review|debate)$/u },
  // a crowd's purpose after its own verb of coming ("Residents queued outside … to ask what would happen")
  { cue: /^to\s+\p{Ll}+$/u, source: /\s(?:queued|gathered|assembled|waited|marched|arrived|lined)$/u },
  { cue: /^to\s+\p{Ll}+$/u, between: /^\s+(?:queued|gathered|assembled|waited|marched|arrived|lined\s+up|turned\s+up|crowded)\b/u },
];

/** Whether a reading is one of the table's deeds, so non-statements.ts drops it: a reader would take it for words someone said. */
export function isTabledDeed(text: string, f: AttributionSpans): boolean {
  if (f.cue === null) return false;
  const cue = text.slice(f.cue.start, f.cue.end);
  const object = text.slice(f.cue.end, f.cue.end + 120).replace(/^\s+/u, '');
  const source = f.source === null ? '' : text.slice(f.source.start, f.source.end);
  const between = f.source === null || f.source.end > f.cue.start ? '' : text.slice(f.source.end, f.cue.start);
  return ROWS.some((row) => (row.cue === undefined || row.cue.test(cue)) && (row.object === undefined || row.object.test(object)) && (row.source === undefined || row.source.test(source)) &&
    (row.between === undefined || row.between.test(between)));
}
