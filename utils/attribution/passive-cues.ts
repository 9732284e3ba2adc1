/**
 * Passive cues whose grammatical subject is not the speaker: "Police were blamed for the delays"
 * (the police are blamed, someone else blames them), "Residents were warned that …" (the residents
 * are told). The taggers read the subject before such a cue as its source; the rule sets it right.
 */
import { MONTHS, WEEKDAYS } from './time-words';
import type { AttributionSpans, Span } from './types';
import { keepEach, mendEach } from './reading-passes';
import { byStart } from './sorted-offsets';
import { sentenceStartBefore } from './sentences';
import { isDocumentWord } from './sourcing-recall-words';

/**
 * Participles whose passive subject is the one judged: it is part of the claim ("peacekeepers …
 * introducing cholera"), as PolNeAR annotates it, so it moves into the content.
 */
const JUDGED_PARTICIPLES = new Set(
  ('blamed accused criticized criticised praised condemned denounced attacked slammed blasted hailed mocked ' +
    'faulted charged applauded lauded labeled labelled branded dubbed called ridiculed vilified scolded rebuked ' +
    // raising passives: "The envoy is expected to brief …", "He is said to have left": what is expected or said of the subject
    'expected believed thought said reported rumoured rumored alleged understood known considered estimated feared presumed').split(' '),
);
/** Participles whose passive subject is the listener ("was told", "were warned"): no part of the claim, dropped. */
const LISTENER_PARTICIPLES = new Set('told asked urged warned informed notified assured reminded briefed advised'.split(' '));

/** A form of "be" (or "get"), adverbs or "not", then the participle and a preposition, at the cue's end. */
const PASSIVE_END = /\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:(?:not|never|\p{L}+ly)\s+){0,2}(\p{L}+)(?:\s+(?:for|of|with|as|by|over|about))?$/iu;
/** How far before the cue the "be" may stand ("Police were | blamed for", the auxiliary left out of the cue). */
const LOOK_BEHIND = 40;

/** The participle a passive cue ends in ("were blamed for" -> "blamed"), lower case; null for an active cue. */
export function passiveParticiple(text: string, cue: Span): string | null {
  const from = Math.max(0, cue.start - LOOK_BEHIND);
  const m = PASSIVE_END.exec(text.slice(from, cue.end));
  // the participle must be the cue's own word, not a word before it
  return m && from + m.index + m[0].lastIndexOf(m[1]) >= cue.start ? m[1].toLowerCase() : null;
}

/** Which kind of passive a cue ends in, or null for an active cue or a passive of another verb. */
export function passiveKind(text: string, cue: Span): 'judged' | 'listener' | null {
  const participle = passiveParticiple(text, cue);
  if (participle === null) return null;
  return JUDGED_PARTICIPLES.has(participle) ? 'judged' : LISTENER_PARTICIPLES.has(participle) ? 'listener' : null;
}

/**
 * A source before a passive cue of judging or telling is no source: the one judged joins the
 * content as its first piece; the listener is dropped. Sources after the cue and active cues are
 * left as they are.
 */
export function withoutPassiveSubjects(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithoutPassiveSubject);
}

/** `withoutPassiveSubjects` for one reading (a step for reading-passes.ts). */
function readingWithoutPassiveSubject(text: string, f: AttributionSpans): AttributionSpans {
  if (!f.source || !f.cue || f.source.end > f.cue.start) return f;
  const kind = passiveKind(text, f.cue);
  if (kind === null) return f;
  const subject = f.source;
  const overlaps = f.content.some((c) => c.start < subject.end && subject.start < c.end);
  const content = kind === 'judged' && !overlaps ? [subject, ...f.content].sort(byStart) : f.content;
  return { ...f, source: null, content };
}

/** A claim that is a relative pronoun and nothing else. */
const BARE_RELATIVE = /^\s*(?:which|who|whom)\s*$/iu;

/**
 * "The utility, which was blamed for the blackout, said …" read with the claim "which": the one
 * judged in a passive relative clause, a pronoun whose antecedent the claim does not hold, so the
 * reading says nothing and is dropped. With more to its claim ("which … to pay a fine") it stays,
 * the pronoun too, as PolNeAR marks the one judged.
 */
export function withoutRelativePronounClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return found.filter((f) => f.content.length !== 1 || !BARE_RELATIVE.test(text.slice(f.content[0].start, f.content[0].end)));
}

/** "was quoted by the Korvany Herald as saying": the outlet that quoted, between the cue and "as saying". */
const QUOTED_BY_AS_SAYING = /^\s+by\s+[^,.;:!?"“”]{1,60}?\s+as\s+(?:saying|telling)\b/u;
/** A time or place fronted before a sentence's subject ("On Monday, "). */
const FRONTED_TIME = /^\s*(?:On|In|At|Last|Earlier|Later|After|Before)\b[^,.;:!?"“”]{0,40},\s+/u;
/** A passive "quoted" cue. */
const QUOTED_PASSIVE = /^(?:was|is|were|are|has been|had been)\s+quoted$/u;

/**
 * "Teodor Brusk, the interior minister, was quoted by the Korvany Herald as saying that …": the one
 * quoted is the speaker (PolNeAR's "[Braynard] is quoted as saying"), not the outlet that quoted
 * him. The source becomes the passive's subject, from its sentence's start to the cue.
 */
function quotedSubjectSourced(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, source } = f;
  if (cue === null || source === null || source.start < cue.end || !QUOTED_PASSIVE.test(text.slice(cue.start, cue.end))) return f;
  if (!QUOTED_BY_AS_SAYING.test(text.slice(cue.end, cue.end + 100))) return f;
  // the subject only: never a claim piece before the cue ("“…,” Brusk was quoted …"), nor a fronted time ("On Monday,")
  for (const c of f.content) if (c.start < cue.start) return f;
  const sentence = sentenceStartBefore(text, cue.start);
  if (sentence < 0) return f;
  const fronted = FRONTED_TIME.exec(text.slice(sentence, cue.start));
  const start = sentence + (fronted ? fronted[0].length : 0);
  const subject = text.slice(start, cue.start);
  const lead = subject.length - subject.trimStart().length, trail = subject.length - subject.trimEnd().replace(/,$/u, '').length;
  if (subject.trim() === '' || start + lead >= cue.start - trail) return f;
  return { ...f, source: { start: start + lead, end: cue.start - trail } };
}

/** Readings of "was quoted by … as saying" with the one quoted as their source. */
export function withQuotedSubject(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, quotedSubjectSourced);
}

/** Participles after which "by" names who saw or got a document, not its author ("An internal email seen by the Ledger"); also read by coreference-bodies.ts. */
export const SEEN_BY_PARTICIPLES = 'seen|obtained|reviewed|viewed';
const SEEN_BY_CUES = new Set(SEEN_BY_PARTICIPLES.split('|'));

/**
 * Whether a reading is a document and the paper that saw it ("An internal email seen by the
 * Kellport Ledger"): its claim opens with the noun phrase right before a bare "seen" or "obtained", then
 * "by". The paper said nothing; the document is a source of its own reading (which holds any rest
 * of that claim: "… told staff that …").
 */
function notDocumentSeenBy(text: string, f: AttributionSpans): boolean {
  const cue = f.cue, first = f.content[0];
  if (cue === null || first === undefined || first.end > cue.start || !SEEN_BY_CUES.has(text.slice(cue.start, cue.end))) return true;
  return !(/^\s+by\s/u.test(text.slice(cue.end, cue.end + 5)) && /^[\s,]*$/u.test(text.slice(first.end, cue.start)));
}

/** A source that is the participle phrase after a document ("seen by the Kellport Ledger"): the document's tail, no speaker. */
const SEEN_BY_SOURCE = new RegExp(`^(?:${SEEN_BY_PARTICIPLES})\\s+by\\s`, 'u');

/**
 * The readings less a document's "seen by" its paper, and less a reading whose source is only the
 * "seen by …" after the document when another reading has the same cue with the document whole.
 */
export function withoutDocumentsSeenBy(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const kept = mendEach(text, keepEach(text, found, notDocumentSeenBy), withDocumentBeforeSeenBy);
  const cuesWithSpeaker = new Set<number>();
  for (const f of kept) if (f.cue && f.source && !SEEN_BY_SOURCE.test(text.slice(f.source.start, f.source.end))) cuesWithSpeaker.add(f.cue.start);
  const out: AttributionSpans[] = [];
  for (const f of kept) if (!(f.cue && f.source && cuesWithSpeaker.has(f.cue.start) && SEEN_BY_SOURCE.test(text.slice(f.source.start, f.source.end)))) out.push(f);
  return out;
}

/**
 * From its sentence's start: a noun phrase, its comma, and maybe another participle phrase joined by
 * "and" ("A preliminary assessment, prepared for the county council and |seen by the Courier,|").
 */
const DOCUMENT_BEFORE_PARTICIPLE = /^(\s*)([^,;:"“”]{1,60}?\p{L}+),\s+(?:\p{Ll}[^,;:"“”]{0,80}?\s+and\s+)?$/u;

/**
 * A source that is only a "seen by …" phrase, after a document and its comma ("A preliminary
 * assessment, prepared for the county council and seen by the Courier, suggests"): the source is
 * the document with its description; the paper that saw it said nothing.
 */
function withDocumentBeforeSeenBy(text: string, f: AttributionSpans): AttributionSpans {
  const source = f.source;
  if (source === null || !SEEN_BY_SOURCE.test(text.slice(source.start, source.end))) return f;
  const from = sentenceStartBefore(text, source.start);
  const m = from < 0 ? null : DOCUMENT_BEFORE_PARTICIPLE.exec(text.slice(from, source.start));
  if (!m || !isDocumentWord(/\p{L}+$/u.exec(m[2])![0].toLowerCase())) return f;
  return { ...f, source: { start: from + m[1].length, end: source.end } };
}

/**
 * After a passive cue: a time or place first ("on Sunday", "last week", "in a statement"), then
 * "by" and the agent up to the sentence's end or a clause that follows it ("…, who", "…, saying").
 */
const AGENT_AFTER_CIRCUMSTANCE = /^(?:\s+(?:(?:on|in|at|during|last|this|late|early)\s+[^,.;:!?"“”\n]{1,30}?|yesterday|today|earlier|later|overnight))\s+by\s+((?:the|a|an|his|her|their|its|\p{Lu})[^.;:!?"“”\n]{0,80}?)(?=\s*(?:[.;:!?]|,\s+(?:who|which|after|as|when|saying|adding)\b|$))/u;

/**
 * "Her death was announced on Sunday by her daughter, Fiona Acheson-Reid.": a passive cue with no
 * source whose agent comes after a time or place (the tagger finds "by …" only right after the cue)
 * gets that agent as its source.
 */
export function withPassiveAgent(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, agentSourced);
}

/** A time after "by": the end or start of a span, a day, a month, a year, "then". */
const TIME_AGENT = new RegExp(String.raw`^(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|next\s+|this\s+|early\s+|late\s+|mid-)?(?:the\s+)?(?:${WEEKDAYS}|${MONTHS}|\d{4}|week|weekend|month|year|summer|winter|spring|autumn|then|now|midnight|noon|tomorrow|tonight)\b`, 'u');

/** One sourceless passive reading with the agent after its circumstance as its source, if one is there. */
function agentSourced(text: string, f: AttributionSpans): AttributionSpans {
  const cue = f.cue;
  // "is expected by | the end of June": a time after "by" is when, no agent
  if (f.source !== null && cue !== null && f.source.start > cue.end && /^\s+by\s+$/u.test(text.slice(cue.end, f.source.start)) &&
    TIME_AGENT.test(text.slice(f.source.start, f.source.end))) return { ...f, source: null };
  if (f.source !== null || cue === null || passiveParticiple(text, cue) === null) return f;
  const m = AGENT_AFTER_CIRCUMSTANCE.exec(text.slice(cue.end, cue.end + 160));
  if (!m) return f;
  const start = cue.end + m[0].length - m[1].length;
  const source = { start, end: start + m[1].replace(/[\s,]+$/u, '').length };
  return f.content.some((c) => c.start < source.end && source.start < c.end) ? f : { ...f, source };
}
