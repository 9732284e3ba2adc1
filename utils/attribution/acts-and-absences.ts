/**
 * Readings that report an act or an absence, not a statement: "neither company disclosed the
 * terms", "Police did not release his name", "called a one-day stoppage", "The strike was called
 * by the union", "writing in The Sunday Ledger", "when the longlist was announced", a dismissal, a
 * phone call, a participle that is an adjective ("from disputed river island"), and a relative
 * clause telling who a source is ("…, a music critic who has written about …").
 */
import type { AttributionSpans } from './types';

/** A source that is no one ("neither company", "none of them", "nobody"): what they disclosed is nothing disclosed. */
const NO_ONE = /^(?:neither|none|nobody|no one|no-one)\b/iu;
/** Verbs of disclosing, whose object no one disclosed stays undisclosed ("neither company disclosed the terms"). */
const DISCLOSING = /^(?:(?:has|have|had|would|could|will|did)\s+)?(?:disclosed|disclose|revealed|reveal|identified|identify|named|name|released|release|gave|give|specified|specify)$/u;
/** A disclosure denied ("did not release his name", "has not disclosed the terms", "would not identify"): nothing said. */
const NOT_DISCLOSED = /^(?:did|does|has|have|had|would|could|will)\s+(?:not|never)\s+(?:disclose|release|reveal|identify|name|give|specify)d?$|^(?:didn['’]t|hasn['’]t|haven['’]t|won['’]t|wouldn['’]t)\s+(?:disclose|release|reveal|identify|name|give|specify)d?$/u;
/** "called", active, and an event as what it called ("called a one-day stoppage across the industry"). */
const CALLED_ACTIVE = /^(?:(?:has|have|had)\s+)?(?:called|calls)$/u;
const EVENT_CALLED = /^(?:a|an|the|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}(?:strike|strikes|stoppage|walkout|election|snap election|vote|referendum|meeting|summit|protest|rally|boycott|inquiry|ballot|ceasefire|truce)\b/u;
/** A passive of calling, and an event as what was called ("The 48-hour strike was called by the union"): an act. */
const CALLED_PASSIVE = /^(?:was|were|is|are|has been|have been|had been)\s+called$/u;
const CALLED_EVENT = /\b(?:strike|strikes|walkout|stoppage|election|elections|vote|referendum|meeting|summit|protest|rally|boycott|inquiry|ballot)$/iu;

/** A participle of writing or speaking whose claim is only where it was done ("writing | in The Sunday Ledger, had called …"). */
const MEDIUM_PARTICIPLE = /^(?:writing|speaking|commenting|posting)$/u;
const MEDIUM_CLAIM = /^(?:in|for|on|to|at)\s+(?:the\s+)?\p{Lu}/u;
/** A passive of making public after a subordinator of time ("when the longlist | was announced"): an event dated, nothing said. */
const PUBLISHED_PASSIVE = /^(?:was|were|had been|has been)\s+(?:announced|released|published|unveiled|launched|revealed)$/u;
const TIME_SUBORDINATOR_BEFORE = /\b(?:when|after|before|since|until|once|as soon as)\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A count of votes ("76 votes", "a vote of 52-48"), or a bare number the taggers took from "passed by 31 votes to 24". */
const VOTE_COUNT = /^(?:\d[\d,]*$|\d[\d,]*\s+votes?\b|a\s+vote\s+of\b)/u;
/** Gestures ("nodded", "shrugged", "smiled and pointed to"; not a bare "pointed to", which in news points to a poll or a record): no words said. */
const GESTURE = /^(?:(?:smiled|nodded|shrugged|grinned|laughed|winked)\s+and\s+(?:pointed\s+(?:to|at)|gestured\s+(?:to|at|towards))|smiled|nodded|shrugged|grinned|winked)$/u;
/** A passive of expecting with no one who expects ("is expected to", "are widely expected to"). */
const EXPECTED_PASSIVE = /^(?:is|are|was|were|has been|have been|had been|been|being)\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?expected$/u;

/**
 * An official act read as a cue and its object: someone dismissed or sacked from an office ("has
 * dismissed its music director"; not "dismissed the report as …", a stance, nor "dismissed
 * critics"). (A state of emergency declared stays a reading: mcae's annotators count it a statement.)
 */
const OFFICIAL_ACT = new RegExp(String.raw`^(?:(?:has|have|had)\s+)?(?:dismissed|sacked|fired|ousted)\s+(?:its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:director|secretary|minister|manager|coach|chief|executive|editor|conductor|head|president|chairman|chairwoman|chair|commissioner|deputy|adviser|aide)(?:\s+(?:on|in|at|last|this|after|before|with|for|over)\b[^,;]*)?$`, 'u');

/** Whom one calls on the phone: one's kin, a friend, a lawyer ("called her daughter"), and nothing more. */
const CALLED_PERSON = /^(?:his|her|their|my|our)\s+(?:\p{Ll}+\s+)?(?:daughter|son|mother|father|wife|husband|brother|sister|family|parents|children|lawyer|doctor|friend|boss|agent|mum|dad)$/u;
/** A noun after "warning" that makes it a modifier ("warning signs", "warning lights"). */
const WARNING_NOUN_AFTER = /^\s+(?:signs?|lights?|shots?|labels?|letters?|systems?|sirens?|notices?|triangles?)\b/u;

/** Adjectives that still report someone's word ("alleged coup plotter", "reported sighting"). */
const HEARSAY_ADJECTIVES = /^(?:alleged|reported|purported|claimed|rumou?red|suspected|accused|so-called)$/u;
/** An article or a preposition right before a word, maybe an ordinal or adverb between ("from | disputed", "the 14th | confirmed"). */
const ARTICLE_OR_PREPOSITION_BEFORE = /(?:^|\s)(?:a|an|the|from|to|in|on|at|over|into|of|for)\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|latest|newly|recently|officially)\s+)?$/iu;
/** A lower-case noun right after, no object's article or clause ("disputed | river island"). */
const NOUN_AFTER = /^\s+(?!(?:that|the|a|an|his|her|their|its|this|these|those|by|as|to|in|on|with|it|him|them|what|how|whether)\b)\p{Ll}[\p{Ll}-]*\b/u;

/** "who" after a description ("a music critic | who"), and a verb of a career, not of saying. */
const DESCRIPTION_BEFORE_WHO = /\b(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,4}$/u;
const CAREER = /^(?:(?:has|have|had)\s+)?(?:(?:long|also)\s+)?(?:written\s+about|worked|studied|covered|taught|served|spent|led|run|ran|lived|campaigned|researched)\b/u;

/** Whether a reading is a relative clause that tells who its source is ("…, a music critic who has written about …"). */
function isCareerClause(text: string, f: AttributionSpans): boolean {
  return f.source !== null && f.cue !== null && /^who$/iu.test(text.slice(f.source.start, f.source.end)) &&
    CAREER.test(text.slice(f.cue.start, f.cue.end)) && DESCRIPTION_BEFORE_WHO.test(text.slice(Math.max(0, f.source.start - 60), f.source.start));
}

/** Whether a reading is an act or an absence rather than a statement (non-statements.ts drops it): a disclosure no one made or denied, an event called, where it was written, when it was announced. */
export function isActOrAbsence(text: string, f: AttributionSpans): boolean {
  // "The bill passed by 76 votes to 68": a vote's count as the source of a passing
  if (f.source && f.cue && VOTE_COUNT.test(text.slice(f.source.start, f.source.end)) && /^(?:was\s+)?(?:passed|approved|rejected|adopted|carried)$/u.test(text.slice(f.cue.start, f.cue.end))) return true;
  // "pull back from disputed river island": a participle as an adjective, between a preposition or article and its noun
  if (f.cue && /^\p{Ll}+ed$/u.test(text.slice(f.cue.start, f.cue.end)) && !HEARSAY_ADJECTIVES.test(text.slice(f.cue.start, f.cue.end)) && ARTICLE_OR_PREPOSITION_BEFORE.test(text.slice(Math.max(0, f.cue.start - 24), f.cue.start)) && NOUN_AFTER.test(text.slice(f.cue.end, f.cue.end + 24))) return true;
  // "has dismissed its music director": an official act, not a statement
  if (f.cue && f.content.length === 1 && f.content[0].start >= f.cue.end && OFFICIAL_ACT.test(`${text.slice(f.cue.start, f.cue.end)} ${text.slice(f.content[0].start, f.content[0].end)}`)) return true;
  // "She called her daughter": a phone call to kin or a friend, nothing said of them
  if (f.cue && f.content.length === 1 && CALLED_ACTIVE.test(text.slice(f.cue.start, f.cue.end)) && f.content[0].start >= f.cue.end && CALLED_PERSON.test(text.slice(f.content[0].start, f.content[0].end))) return true;
  // "fitted with fog warning signs": a warning that is a noun's modifier
  if (f.cue && text.slice(f.cue.start, f.cue.end) === 'warning' && WARNING_NOUN_AFTER.test(text.slice(f.cue.end, f.cue.end + 12))) return true;
  // "…, a music critic who has written about orchestral culture": who the source is, not what they said
  if (isCareerClause(text, f)) return true;
  // "he smiled and pointed to his feet": a gesture, whatever it answered
  if (f.cue && GESTURE.test(text.slice(f.cue.start, f.cue.end))) return true;
  // "The handover ceremony is expected to take place in the spring": an expectation no one holds in the text
  if (f.source === null && f.cue && EXPECTED_PASSIVE.test(text.slice(f.cue.start, f.cue.end)) && !/^\s+by\s/u.test(text.slice(f.cue.end, f.cue.end + 5))) return true;
  if (f.cue && f.content.length > 0 && MEDIUM_PARTICIPLE.test(text.slice(f.cue.start, f.cue.end)) && f.content[0].start >= f.cue.end && MEDIUM_CLAIM.test(text.slice(f.content[0].start, f.content[0].start + 24))) return true;
  if (f.cue && PUBLISHED_PASSIVE.test(text.slice(f.cue.start, f.cue.end)) && TIME_SUBORDINATOR_BEFORE.test(text.slice(Math.max(0, f.cue.start - 50), f.cue.start))) return true;
  if (f.source && f.cue && NO_ONE.test(text.slice(f.source.start, f.source.end)) && DISCLOSING.test(text.slice(f.cue.start, f.cue.end))) return true;
  // (or anyone's, denied: "Police did not release his name")
  if (f.cue && NOT_DISCLOSED.test(text.slice(f.cue.start, f.cue.end))) return true;
  // "called a one-day stoppage": an event called, active
  if (f.cue && f.content.length === 1 && CALLED_ACTIVE.test(text.slice(f.cue.start, f.cue.end)) && f.content[0].start >= f.cue.end && EVENT_CALLED.test(text.slice(f.content[0].start, f.content[0].end))) return true;
  return f.cue !== null && f.content.length === 1 && CALLED_PASSIVE.test(text.slice(f.cue.start, f.cue.end)) && CALLED_EVENT.test(text.slice(f.content[0].start, f.content[0].end));
}
