/**
 * "He was charged with breaking and entering", "Her paper has been cited more than 3,000 times",
 * "Supporters took that as a farewell", "He has said little publicly": the taggers read verbs of accusing, citing and taking as
 * cues, but in these shapes no one says anything. A reading whose cue is a legal step done to its
 * subject, a count of citations, taking something as a sign, or saying "little" is dropped; so is "“…,” the release
 * quoted | Brisa's president | as saying.", whose "as saying" reading reports the quotation; and so is a
 * reading whose source is only an article, its "cue" the noun after it ("The claims could not be verified"),
 * one whose cue is a move of play ("Luca Ferrante curled a free-kick into the top corner"), and one
 * whose source is an event ("The outbreak has also raised concerns about adults"), or that only names ("known as", "best known for"), acts ("is laying off",
 * "was named player of the match", "played a surgeon"), a sentence's capitalised noun as the only cue, a failure to agree on a matter ("failed to agree on pay"), showing no emotion, a heading's question word ("What the critics say"), and a noun's relative clause ("the penalty decision that went against them").
 */
import { isActOrAbsence } from './acts-and-absences';
import { isDeedNotStatement } from './deeds-read-as-cues';
import { isTabledDeed } from './deed-table';
import { keepEach } from './reading-passes';
import { NOUN_LIKE_CUES } from './sourcing-recall-words';
import { SPEAKS_AFTER_NAME } from './source-lexicon';
import type { AttributionSpans } from './types';

/** A legal step done to the subject ("was charged with", "has been arrested"). */
const LEGAL_PASSIVE = /^(?:was|were|is|are|has been|have been|had been|been|being|be)\s+(?:\p{Ll}+ly\s+)?(?:charged|arrested|convicted|sentenced|jailed|indicted|fined|detained|acquitted|remanded|extradited|deported)\b/u;
/** A move of play, never a statement ("curled a free-kick into the top corner", "headed home", "netted twice"). */
const PLAY = /^(?:curled|headed|volleyed|netted|chipped|lobbed|slotted|tapped|dribbled|tackled|dunked|bowled|batted|sprinted|parried)$/u;
/** A passive of citing. */
const CITED_PASSIVE = /^(?:(?:has|have|had)\s+been|is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?cited$/u;
/** A claim that is only a time or a manner of answering. */
const TIME_ONLY = /^(?:(?:within|in|after|for)\s+(?:a\s+few\s+|several\s+|\d+\s+|an?\s+)?(?:hours?|days?|minutes?|weeks?|months?)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|quickly|immediately|swiftly|promptly|later|soon|angrily|furiously)$/u;
/** "no", "any" or "every" ending a source, or a preposition ("A row over"): the phrase was cut before its noun. */
const DETERMINER_END = /\s(?:no|any|every|of|for|about)$|\s(?:row|dispute|fight|battle|debate|rift|clash|standoff|tussle)\s+over$/iu;
/** A name given ("a group known as Black Lantern", "the days known as the Golden Week"): no one says anything. */
const NAMED_BEFORE = String.raw`^(?:(?:is|are|was|were|been|be|also|now|better|widely|best)\s+)*`;
const NAMING = new RegExp(String.raw`${NAMED_BEFORE}(?:known|dubbed|nicknamed)\s+(?:as|for)$`, 'u');
/** "known" alone as the cue, with its "as" after it ("The planet, known | as LHS 2217 b,"). */
const KNOWN_THEN_AS = new RegExp(String.raw`${NAMED_BEFORE}known$`, 'u');
/** A cue of recalling, which recalls products as well as memories. */
const RECALLING = /^(?:(?:is|are|was|were|has|have|had|will)\s+(?:been\s+)?)?recall(?:s|ed|ing)?$/u;
/** A claim opening on an amount ("about 400,000 electric kettles", "3,000 cars"). */
const AMOUNT_FIRST = /^(?:(?:about|some|nearly|around|roughly|more than|almost|over|up to)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+\p{Ll}/u;
/** Cue forms as often nouns, beyond the recall rules' own list: "warnings", "allegations". */
const MORE_NOUN_CUES: ReadonlySet<string> = new Set('warnings accusations allegations complaints statements denials criticism suggestions'.split(' '));
/** A preposition right before a word: the word is its noun ("after reports"). */
const PREPOSITION_BEFORE = /\b(?:after|amid|despite|following|over|about|of|on|to|with|by|against|among|from)\s+$/u;
/** Agreeing on a matter, failed ("failed to agree on pay", "could not agree on a date"): a negotiation's outcome, nothing said. */
const AGREE_ON = /^(?:to\s+)?agree\s+on$/u;
const FAILED_BEFORE = /\b(?:failed|fail|fails|unable|could\s+not|couldn['’]t|did\s+not|didn['’]t|cannot|can['’]t)\s+(?:to\s+)?$/u;
/** A claim of a few words with no verb's ending: a matter, not a proposition ("pay", "a new date"). */
const SHORT_MATTER = /^(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+$/u;

/** What one declines or refuses to do when it is speaking ("to comment", "to be interviewed"): one list for both readings of a refusal below. */
const REFUSED_SPEAKING = String.raw`comment|say|discuss|confirm|elaborate|specify|answer|respond|disclose|reveal|identify|name|speculate|be\s+interviewed`;
/** Declining or refusing, with an auxiliary. */
const DECLINED = String.raw`(?:(?:has|have|had)\s+)?(?:(?:also|again|both|all|repeatedly|previously|later)\s+)?(?:declined|declines|refused|refuses)`;
/**
 * Refusing to speak or not speaking ("declined to say", "did not respond to", "made no mention of", "has not
 * announced"): what follows is what went unsaid. A bare "declined" or "refused" only with a claim of
 * speaking after it ("declined | to comment on …"); "refused to rule out a rise" stays.
 */
const NOT_SAYING = new RegExp(String.raw`^${DECLINED}\s+to\s+(?:${REFUSED_SPEAKING})$` +
  String.raw`|^(?:did|does|do|has|have|had|would|could|will|can)\s+not\s+(?:(?:yet|immediately|publicly)\s+)?(?:respond|responded|return|returned|address|addressed|announce|announced|comment|commented|say|said|disclose|disclosed|reveal|revealed|reply|replied|confirm|confirmed|discuss|specify|elaborate)(?:\s+(?:to|on))?$` +
  String.raw`|^(?:wouldn['’]t|couldn['’]t|won['’]t|didn['’]t|can['’]t)\s+(?:say|comment|confirm|discuss|specify|elaborate)(?:\s+on)?$|^(?:made|makes|make)\s+no\s+(?:mention|reference)(?:\s+(?:of|to))?$`, 'u');
const DECLINING = new RegExp(String.raw`^${DECLINED}$`, 'u');
const SPEAKING_CLAIM = new RegExp(String.raw`^(?:whether|how\s+many|how\s+much|when|who|why|which)\b|^to\s+(?:${REFUSED_SPEAKING}|give\s+(?:details|a\s+reason))\b`, 'u');

/**
 * A refusal or a silence ("declined to say how many …", "did not respond to a request", "declined | to
 * comment"): no claim. Asked after the sources are resolved (annotate.ts), not among the repairs: the one
 * who declined is still the story's latest speaker, whom a later "he defended …" means.
 */
export function isRefusalToSpeak(text: string, f: AttributionSpans): boolean {
  if (!f.cue) return false;
  const cue = text.slice(f.cue.start, f.cue.end);
  return NOT_SAYING.test(cue) || (DECLINING.test(cue) && f.content.length > 0 && SPEAKING_CLAIM.test(text.slice(f.content[0].start, f.content[0].start + 40)));
}

/** A noun of saying after "no", "any" or a verb of facing: the noun names what was (not) said, no one says it ("no specific warning about", "faced questions about"). */
const NOUN_OF_SAYING = /^(?:warning|warnings|question|questions|criticism|concern|concerns|calls|claims|accusations)\b/u;
const NONE_OR_FACED_BEFORE = /\b(?:no|any|faced|face|faces|facing)\s+(?:\p{Ll}+\s+)?$/u;

/** Being seen somewhere ("was seen leaving the agency's offices"): an act watched, nothing said. */
const SEEN_PASSIVE = /^(?:was|were|is|are|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?(?:seen|spotted|pictured|photographed|filmed)$/u;
/** Seeming ("appeared sharply divided over", "appeared receptive", "appeared to agree"): how someone looked to the writer. */
const APPEARED = /^(?:appears|appeared|seemed|seems)(?:\s+\p{Ll}+ly)?(?:\s+\p{Ll}+)?(?:\s+(?:over|to|with|about|on))?$/u;

/** What may follow a verb of seeming and still report a belief or a saying. */
const SEEMED_TO_SAY = /^(?:that\b|to\s+(?:think|believe|say|suggest|acknowledge|concede|admit|confirm|deny|blame|accuse|argue|warn|question|criticise|criticize|mock|dismiss)\b)/u;

/** Showing no feeling ("showed no emotion as the sentence was read"): a manner, nothing said. */
const SHOWED = /^(?:showed|shows|show|displayed|betrayed)$/u;
const NO_FEELING = /^(?:no|little|any|visible)\s+(?:\p{Ll}+\s+)?(?:emotion|reaction|expression|sign\s+of\s+emotion)\b/u;

/** A noun's ending no verb of saying has ("decision", "statement", "assurance", "reference"). */
const NOUN_ENDING = /^\p{Ll}+(?:ion|ment|ance|ence)s?$/u;
/** A determiner right before a word: the word is a noun ("the report"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|his|her|its|their|our)\s+(?:\p{Ll}+\s+)?$/iu;
/** "that" then a verb: a relative clause on the noun ("decision | that went against his side"), no claim. */
const RELATIVE_THAT = /^that\s+(?:was|were|is|are|has|have|had|went|came|saw|made|left|led|took|gave|cost|\p{Ll}{3,}ed)\b/u;

/** A question word alone: what a heading asks ("What the critics say"), no claim. */
const WH_WORD_ONLY = /^(?:what|how|why|who|where|when|which)$/iu;

/** Acts the taggers read as cues that never report words: laying off staff, being named to a prize or post, playing a part, travelling. */
const ACTS = /^(?:(?:is|are|was|were|has been|have been|had been)\s+)?(?:laying off|lays off|laid off|lay off|cutting|shedding|travell?ing|travell?ed|commuting|flying|driving|walking|heading|returning|overturned|overturns|overturning|commenting\s+for|clenched|clenches|clenching|paused|pauses|pausing(?:\s+for)?|paused\s+for|ignoring(?:\s+[\p{Ll}\s]+)?)$|^(?:organi[sz]ed|organi[sz]es|organi[sz]ing)\b|^(?:is|are|was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?(?:named|appointed|voted|crowned)$|^(?:played|plays|playing)$|^(?:(?:has|have|had)\s+)?(?:also\s+)?(?:sided|sides|siding)\s+with$/u;
/**
 * An order that is an act, by what it orders ("ordered a new trial", "ordered an inquiry"). (A
 * declared state of emergency stays: the mcae gold counts that proclamation as a statement.)
 */
const ORDERED_ACT = /^(?:(?:has|have|had)\s+)?(?:ordered|orders)$/u;
const ACT_OBJECT = /^(?:a|an)\s+(?:(?:new|full|second|fresh|independent|national|local)\s+)?(?:trial|retrial|inquiry|investigation|review|recount|evacuation|curfew|lockdown)\b/u;

/** A sentence's capitalised first word as the only cue, no verb ("Opposition | lawmakers were more outspoken"). */
const CAPITALISED_NOUN_CUE = /^\p{Lu}\p{Ll}+(?:\s+(?:for|of|over|about))?$/u;
/** Verbs of saying, which may open a sentence as its cue ("Said Ellis: …"). */
const SAYING_WORD = new RegExp(`^(?:${SPEAKS_AFTER_NAME}|say|warns|asked|asks|argued|argues|according|remarks|claims|reports)$`, 'iu');

/** A cue of citing, and after it a count of times. */
const CITED = /\bcited$/u;
const TIMES_AFTER = /^\s+(?:more than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+times\b/u;
/** Taking something as a sign ("took that as a farewell"). */
const TOOK = /^(?:took|takes|take|taking)$/u;
const AS_A_SIGN = /^\s+(?:that|this|it|the\s+\p{Ll}+)\s+as\b/u;

/** "quoted" or "cited" whose claim is the one quoted, "as saying." after it: the quotation before is what they said (quoted-as-saying.ts). */
const QUOTED = /^(?:quoted|cited)$/u;
const AS_SAYING_AFTER = /^(?:,\s+[^,.;:!?"“”\n]{1,60}?)?,?\s+as\s+saying\s*[.!?]/u;

/** What saying "little" or "nothing" leaves: no claim ("has said little publicly", "said nothing about it"). */
const NOTHING_SAID = /^(?:(?:very\s+|so\s+|too\s+)?little|nothing|almost nothing|not much|much)(?:\s+(?:publicly|in\s+public|else|more|since|yet|so\s+far|(?:about|on|regarding)\s[^,;:"“”]{1,30}))?$/u;
/** A cue of saying, the only kind whose "little" or "nothing" is nothing said. */
const SAYING_CUE = /\b(?:said|say|says|saying|spoke|speak|speaks|revealed|disclosed|offered|told|tell|tells)\b/u;

/** An auxiliary or modal right after the "cue": the cue is a noun, the subject of that verb. */
const AUXILIARY_NEXT = /^\s+(?:could|would|can|will|may|might|must|should|were|was|are|is|have|has|had)\b/u;
/** An event named as a source: an article or demonstrative, at most two modifiers, an event's noun. */
const EVENT_SOURCE = /^(?:the|this|that|an?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:outbreak|attack|attacks|fire|storm|crash|explosion|shooting|war|crisis|pandemic|epidemic|flood|flooding|earthquake|scandal|incident|collapse|spill|breach|shortage|hurricane|recession|drought|heatwave|blackout|outage|arrest|arrests|conviction|verdict|acquittal|closure|closures|resignation|departure|death|deaths)$/iu;
/** An article alone. */
const ONLY_ARTICLE = /^(?:the|a|an)$/iu;

/** Whether a reading's cue reports a statement rather than a legal step, a citation count or a reading of signs. */
function reportsStatement(text: string, f: AttributionSpans): boolean {
  // a source that is only an article before the "cue": a noun read as a verb ("The | claims could not be verified")
  // (its verb right after it: "The | claims | could not"; not an interview's "A:", nor "A | memorable … ad questioned whether")
  // an event says nothing ("The outbreak has also raised concerns about adults", "The attack sparked …")
  if (f.source && EVENT_SOURCE.test(text.slice(f.source.start, f.source.end))) return false;
  if (f.source && f.cue && ONLY_ARTICLE.test(text.slice(f.source.start, f.source.end)) && /^\s+$/u.test(text.slice(f.source.end, f.cue.start)) &&
    AUXILIARY_NEXT.test(text.slice(f.cue.end, f.cue.end + 12))) return false;
  if (!f.cue) return true;
  const cue = text.slice(f.cue.start, f.cue.end);
  const after = text.slice(f.cue.end, f.cue.end + 40);
  if (LEGAL_PASSIVE.test(cue) || PLAY.test(cue) || NAMING.test(cue) || (KNOWN_THEN_AS.test(cue) && /^\s+as\b/u.test(after))) return false;
  // cited with no one citing ("Its data has been cited in parliament")
  if (CITED_PASSIVE.test(cue) && !/^\s+by\b/u.test(after)) return false;
  // a reply that is only when it came ("responded within hours")
  if (f.content.length === 1 && TIME_ONLY.test(text.slice(f.content[0].start, f.content[0].end))) return false;
  // a source ending in a determiner: its noun read as the cue ("She has no | plans | to stop")
  if (f.source && DETERMINER_END.test(text.slice(f.source.start, f.source.end))) return false;
  // a product recall ("is recalling about 400,000 electric kettles"), not a memory
  if (RECALLING.test(cue) && f.content.length > 0 && AMOUNT_FIRST.test(text.slice(f.content[0].start, f.content[0].start + 24))) return false;
  // a noun after a preposition ("… after | reports | of fires"), no verb
  if (f.content.length > 0 && f.content[0].end <= f.cue.start && (NOUN_LIKE_CUES.has(cue) || MORE_NOUN_CUES.has(cue)) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, f.cue.start - 12), f.cue.start))) return false;
  if (f.content.length === 1 && SAYING_CUE.test(cue) && NOTHING_SAID.test(text.slice(f.content[0].start, f.content[0].end))) return false;
  const last = f.content.length > 0 ? f.content[f.content.length - 1].end : f.cue.end;
  if (QUOTED.test(cue) && AS_SAYING_AFTER.test(text.slice(last, last + 90))) return false;
  if (CITED.test(cue) && TIMES_AFTER.test(after)) return false;
  if (f.content.length > 0 && f.content[0].start >= f.cue.end && RELATIVE_THAT.test(text.slice(f.content[0].start, f.content[0].start + 24)) &&
    (NOUN_ENDING.test(cue) || ((NOUN_LIKE_CUES.has(cue) || MORE_NOUN_CUES.has(cue)) && DETERMINER_BEFORE.test(text.slice(Math.max(0, f.cue.start - 30), f.cue.start))))) return false;
  // a heading's question word as the claim ("What the critics say")
  // (before its cue: "did not say | when" after the cue is left as read)
  if (f.content.length === 1 && f.content[0].end <= f.cue.start && WH_WORD_ONLY.test(text.slice(f.content[0].start, f.content[0].end))) return false;
  // an act, not words: "is laying off about 1,200 employees", "was named player of the match", "she played a consultant surgeon",
  // "a teacher travelling to a family wedding"
  if (ACTS.test(cue) && !(f.content.length > 0 && /^["“]/u.test(text.slice(f.content[0].start, f.content[0].start + 1)))) return false;
  // a sentence's capitalised noun read as the cue, with no source ("Opposition lawmakers were more outspoken")
  if (f.source === null && CAPITALISED_NOUN_CUE.test(cue) && !/(?:ed|ing)$/u.test(cue) && !SAYING_WORD.test(cue) && /^\s+\p{Ll}+\s/u.test(after) && !/^\s+(?:that|of|to|about|on|for)\b/u.test(after) &&
    /(?:^|[.!?]["”’]?\s+|\n)$/u.test(text.slice(Math.max(0, f.cue.start - 3), f.cue.start))) return false;
  if (ORDERED_ACT.test(cue) && f.content.length > 0 && f.content[0].start >= f.cue.end && ACT_OBJECT.test(text.slice(f.content[0].start, f.content[0].start + 40))) return false;
  if (NOUN_OF_SAYING.test(cue) && NONE_OR_FACED_BEFORE.test(text.slice(Math.max(0, f.cue.start - 30), f.cue.start))) return false;
  // (not "is widely seen as …", what people think of someone)
  if (SEEN_PASSIVE.test(cue) && /^\s+\p{Ll}+ing\b/u.test(after)) return false;
  // (not "It appears that …", which reports what someone found)
  // (nor "seemed to think …", "appeared to acknowledge …": a belief or a saying, however hedged)
  // (with no source yet, when what follows is a state, not "that …" or "to …": "…, appeared exhausted when he arrived")
  if ((f.source !== null || (f.content.length > 0 && f.content[0].start >= f.cue.end && !/^(?:that|to)\b/u.test(text.slice(f.content[0].start, f.content[0].start + 5)))) && APPEARED.test(cue) && !(f.content.length > 0 && SEEMED_TO_SAY.test(text.slice(f.content[0].start, f.content[0].start + 24)))) return false;
  if (SHOWED.test(cue) && f.content.length > 0 && NO_FEELING.test(text.slice(f.content[0].start, f.content[0].end))) return false;
  if (AGREE_ON.test(cue) && f.content.length === 1 && FAILED_BEFORE.test(text.slice(Math.max(0, f.cue.start - 20), f.cue.start)) &&
    SHORT_MATTER.test(text.slice(f.content[0].start, f.content[0].end))) return false;
  return !(TOOK.test(cue) && AS_A_SIGN.test(after));
}

/** The readings without cues that report no statement. */
export function withoutNonStatements(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return keepEach(text, found, (t, f) => reportsStatement(t, f) && !isActOrAbsence(t, f) && !isDeedNotStatement(t, f) && !isTabledDeed(t, f));
}
