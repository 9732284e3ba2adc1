/**
 * Speakers found from a source's surroundings rather than its own words: the subject of a cue's
 * sentence when the finder gave no source, a pair of people named together for "they", and the
 * name set beside a descriptive noun ("The regulator, Ofcom,").
 */
import { newEntity, type Entity, type Mention } from './source-entity';
import { resolvePronoun } from './coreference';
import type { MentionTimeline } from './mention-timeline';
import { passiveKind } from './passive-cues';
import type { Span } from './types';
import { sentenceStartBefore } from './sentences';
import { REPORTING_CLAUSE_VERBS } from './cue-lexicon';
import { clauseSubject, subjectAfterCue, type NamedSubject } from './clause-subject';

/**
 * A cue with no source span ("Dario Quent coaches a team but said …"): the speaker is the first
 * person or group the cue's own sentence (from `start`, if the caller has it) mentions before it,
 * outside the claim; null if none.
 */
export function sentenceSubject(text: string, cue: number, content: Span[], timeline: MentionTimeline, start = sentenceStartBefore(text, cue)): Mention | null {
  if (start < 0) return null;
  let first: Mention | null = null;
  timeline.findBack(cue, content, (m) => {
    if (m.start < start) return true;
    if (m.entity.type !== 'document') first = m;
    return false;
  });
  return first;
}

const SUBJECT_PRONOUN = /^(?:He|She|They|he|she|they)\b/u;
/** A verb of saying: a cue after it in the same sentence sits in the reported clause. */
const REPORTS_BETWEEN = new RegExp(String.raw`\b(?:${REPORTING_CLAUSE_VERBS})\b`, 'u');
/**
 * A past tense or participle (and an article) right before a mention: the mention is its object.
 * An -ing word after a determiner is a noun ("a finding the authors say …"), not a verb.
 */
const AFTER_VERB_FORM = /(?:^|\s)(?:\p{Ll}+ed|told|tells|gave|met|sent|sued|(?<!\b(?:a|an|the|this|that|his|her|their|its|our)\s+)\p{Ll}+ing)\s+(?:(?:the|a|an)\s+)?$/u;

/**
 * A cue with no source span whose sentence opens with a subject pronoun ("He was not detained,
 * and told reporters …"): that pronoun and where it stands, for coreference to resolve; else null.
 */
export function sentencePronoun(text: string, cue: number): { word: string; start: number } | null {
  let start = sentenceStartBefore(text, cue);
  if (start < 0) return null;
  while (start < cue && /[\s"“‘']/u.test(text[start])) start++;
  const m = SUBJECT_PRONOUN.exec(text.slice(start, Math.min(cue, start + 5)));
  return m ? { word: m[0].toLowerCase(), start } : null;
}

/**
 * The speaker of a cue with no source span, from its own sentence, with the words naming them:
 * the subject of the last clause opening with one, else the one named after a cue that opens its
 * sentence (clause-subject.ts), else the first person or body it mentions (its words unmarked after
 * a verb or a verb of saying), else the referent of the pronoun opening it. None for a passive
 * "were blamed" or "was told", whose subject is the one judged or told, not the speaker.
 */
export function cueSubject(text: string, cue: Span, content: Span[], timeline: MentionTimeline): NamedSubject | null {
  if (passiveKind(text, cue) !== null) return null;
  const start = sentenceStartBefore(text, cue.start);
  const read = start >= 0 ? clauseSubject(text, start, cue, content, timeline) ?? subjectAfterCue(text, start, cue, content, timeline) : null;
  if (read) return read;
  const mention = sentenceSubject(text, cue.start, content, timeline, start);
  if (!mention) return pronounSubject(text, cue.start, content, timeline);
  // the first name of the sentence is a guess, kept as the speaker but not marked when it is a verb's
  // object ("The watchdog fined Barclays … and said") or a verb of saying stands between it and the
  // cue (the cue is in what that name reported: "He said the Liberals wanted …")
  const unmarked = AFTER_VERB_FORM.test(text.slice(Math.max(0, mention.start - 30), mention.start)) || REPORTS_BETWEEN.test(text.slice(mention.end, cue.start));
  return { entity: mention.entity, span: unmarked ? null : { start: mention.start, end: mention.end } };
}

/** The referent of a subject pronoun opening a sourceless cue's sentence ("He … and told …"). */
function pronounSubject(text: string, cue: number, content: Span[], timeline: MentionTimeline): NamedSubject | null {
  const subject = sentencePronoun(text, cue);
  // a pronoun inside the claim ("He will win, it was reported") is not its speaker
  if (!subject || content.some((s) => s.start <= subject.start && s.end > subject.start)) return null;
  const entity = resolvePronoun(subject.word, subject.start, content, timeline, text);
  return entity ? { entity, span: { start: subject.start, end: subject.start + subject.word.length } } : null;
}

/** A mention by name of one person; module level so no closure is made per call. */
function person(m: Mention): boolean {
  return m.name === true && m.entity.type === 'named-person' && !m.entity.plural;
}

/**
 * "Ana Ruiz and Tomas Vey published a study … “…,” they write": a "they" speaking shortly after
 * two people named together is that pair, unless a plural speaker has spoken since.
 */
export function conjoinedPair(text: string, pos: number, content: Span[], timeline: MentionTimeline): Entity | null {
  const first = timeline.findBack(pos, content, (m) => person(m) && pos - m.end < SPEAKER_PAIR_DISTANCE);
  if (!first) return null;
  const second = timeline.findBack(first.start, content, (m) => person(m) && m.entity !== first.entity && first.start - m.end < 14);
  if (!second || !PAIR_JOINER.test(text.slice(second.end, first.start))) return null;
  const spokeSince = timeline.findBack(pos, content, (m) => m.start > first.end && m.spoke === true && (m.entity.plural || m.entity.type === 'unnamed-group'));
  if (spokeSince) return null;
  const name = `${second.entity.name} and ${first.entity.name}`;
  return newEntity(name, name, 'named-person', true);
}

/** What joins a pair of names, maybe after the first one's age ("Darren Pugh, 44, and Leanne Pugh"). */
const PAIR_JOINER = /^(?:,\s*\d{1,3})?,?\s+and\s+$/u;

/** How far after a named pair a "they" may still be that pair. */
const SPEAKER_PAIR_DISTANCE = 600;

/** A lower-case word right after a name, before the apposition's comma or a preposition: the name modifies it ("an Indigenous village on …"). */
const NOUN_AFTER_NAME = /^\s+\p{Ll}[\p{Ll}-]*\s*(?:,|\s(?:on|in|of|at|near|from|along|outside|with)\s)/u;
/** The place noun as the one a role serves ("envoy for the region", "ambassador to the country"). */
const REMIT_BEFORE_PLACE = /\b(?:for|to)\s+the\s+(?:[\p{L}-]+\s+)?\p{L}+\s*$/u;
/** A name after "in", "near" or the like just before a comma: the name after the comma is its county, state or country. */
const PLACE_NAME_BEFORE_COMMA = /\b(?:in|near|outside|from)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*$/u;
/** A place noun just before a comma: the name after it is the place's ("in the Tarvonian capital, Velmar,"). */
const PLACE_BEFORE_COMMA = /\b(?:capital|city|town|village|region|province|state|county|district|country|island|suburb|neighbou?rhood|republic|kingdom|enclave|territory|border)\s*$/iu;

/**
 * A preposition up to four words before a name, maybe over a list or a town and its comma ("in
 * Pellworth and ", "of Columbus, ", "at Chapel Hill professor "): the name is a place, body or person
 * the apposition mentions, not the one apposed; but not a name given "as" ("named by police as Sarah Jones").
 */
const PREPOSITION_BEFORE = /\b(?:[Ff]rom|[Ii]n|[Aa]t|[Oo]f|[Ff]or|[Nn]ear|[Oo]utside|[Ww]ith|[Bb]y|[Oo]n|[Tt]o)\s+(?:[Tt]he\s+)?(?:(?:[\p{L}'’-]+[\s,]+){1,4}(?:(?:and|or)\s+)?)?(?<!\bas\s+)$/u;

/** A participle and "by" between the comma and a name ("The report, compiled by the independent … Observatory,"): the name made the source, it is not the source. */
const PARTICIPLE_BY = /\b\p{Ll}+(?:ed|en|wn)\s+by\b/u;

/** "named by police as", "identified by the club as": the formula that gives the described one's name. */
const NAMED_AS = /\bas\s+$/u;

/** A relative word between the comma and a name ("who", "where"): the name is inside a clause about the source. */
const RELATIVE_BETWEEN = /\b(?:who|whom|whose|which|that|where|when)\b/u;

/** Only a preposition between two names: one name the index read as two ("Partnership for Responsible Growth"). */
const CHAINED_NAME = /^\s+(?:for|of|on|in|and)\s+(?:the\s+)?$/iu;

/** A name after a relative pronoun or right after a preposition: it is mentioned inside the apposition, not apposed. */
function insideApposition(text: string, comma: number, named: Mention): boolean {
  const between = text.slice(comma, named.start);
  // "named by police as Sarah Jones": the name after "as" is the one described
  return RELATIVE_BETWEEN.test(between) || PREPOSITION_BEFORE.test(between) || (PARTICIPLE_BY.test(between) && !NAMED_AS.test(between));
}

/**
 * "Another critic, Tomas Vey," / "The regulator, Ofcom,": the name in apposition after the comma
 * is the source. After an organisation noun (`bodyHead`) it names a body, unless a given name or
 * title made it a person's ("The developer, Tom Hale,"); the entity is shared, so later mentions
 * of the name are the body too. After a noun either may be (`eitherHead`: "The plant's owner,
 * Brennick Chemical Corp.,") a body's name is taken as it is.
 */
export function apposedName(comma: number, end: number, bodyHead: boolean, timeline: MentionTimeline, text = '', eitherHead = false): Entity | null {
  // (a name's own full stop may lie past the phrase's words: "Brennick Chemical Corp.,")
  const until = text.charCodeAt(end) === 46 ? end + 1 : end;
  const accept = (m: Mention): boolean => m.start > comma && m.end <= until && m.name === true && (m.entity.type === 'named-person' || ((bodyHead || eitherHead) && m.entity.type === 'named-organization'));
  let named = timeline.findBack(until, [], accept);
  // a name inside a relative clause is no apposition ("A second analyst, who covers the stock for a
  // Frankfurt bank …,"), nor one after a preposition ("One investor, a retired nurse from
  // Hollingbury,"): the first name after the comma, if it stands before them ("…, Rich Beeson, who
  // oversaw Mitt Romney's …", "Its founder, Rachel Osei, a mother of three from Castleton,")
  if (named && insideApposition(text, comma, named)) {
    const last = named;
    named = timeline.findForward(comma, end - comma, accept);
    // not the first half of one name the index split at its preposition ("Partnership for Responsible Growth")
    // (a person's name before the preposition is no such half: "Lauren Fisk of Morgan Stanley")
    if (named && (insideApposition(text, comma, named) || (CHAINED_NAME.test(text.slice(named.end, last.start)) && named.entity.person !== true))) return null;
  }
  if (!named) return null;
  // "Two diplomats in the capital, Velmar," names the capital, not the diplomats ("the city, Ana Ruiz," is still Ruiz)
  // nor "a school in Ashby, Leicestershire,": a place named after a preposition, then its county or state
  // ("the envoy for the region, Henrike Solvang," is the envoy: a remit, not a place)
  // (a one-word name after "in Ashby," is its county; "A spokesman in Kabul, Zabihullah Mujahid," names the spokesman)
  const before = text.slice(Math.max(0, comma - 40), comma);
  const oneWord = !/\s/u.test(text.slice(named.start, named.end));
  if (named.entity.person !== true && ((PLACE_BEFORE_COMMA.test(before) && !REMIT_BEFORE_PLACE.test(before)) || (oneWord && PLACE_NAME_BEFORE_COMMA.test(before)))) return null;
  // "the Lowther Valley choir": a name that only modifies the noun after it is no one apposed
  // (nor one after "a" or "an": "Residents of Orealla, an Indigenous village on …")
  if (NOUN_AFTER_NAME.test(text.slice(named.end, named.end + 20)) || /\b(?:a|an)\s+$/iu.test(text.slice(Math.max(0, named.start - 4), named.start))) return null;
  if (bodyHead && named.entity.type === 'named-person' && named.entity.person !== true) named.entity.type = 'named-organization';
  return named.entity;
}

/** From a group's comma to the body's name: "the" and at most two lower-case words ("the indie band"). */
const BEFORE_APPOSED_BODY = /^,\s+(?:the\s+)?(?:(?!(?:including|such|as|like|among|especially|notably|from|of|in|at|with|and|or)\s)[\p{Ll}-]+\s+){0,2}$/u;
/** "the Hendersons": "the" and one capitalised plural, a family. */
const FAMILY_NAME = /^,\s+the\s+\p{Lu}\p{Ll}+s$/u;
/** A lower-case word (the group's noun) right before the comma: not a place's name ("in Newtown, Connecticut,"). */
const GROUP_NOUN_BEFORE = /(?:^|\s)\p{Ll}[\p{Ll}'’-]*$/u;

/**
 * A group set beside a body's name is that body ("Its organisers, the Kelsall Quay Preservation
 * Society,", "The headliners, the indie band Paper Lanterns,"): the name right after the comma,
 * already known as a body's, ending the apposition.
 */
export function apposedBody(comma: number, end: number, timeline: MentionTimeline, text: string): Entity | null {
  const named = timeline.findForward(comma, end - comma, (m) => m.start > comma && m.end <= end && m.name === true);
  if (named === null || named.entity.type !== 'named-organization' || !BEFORE_APPOSED_BODY.test(text.slice(comma, named.start))) return null;
  // "Its owners, the Hendersons,": a family by its plural surname, no body
  if (FAMILY_NAME.test(text.slice(comma, named.end))) return null;
  if (!GROUP_NOUN_BEFORE.test(text.slice(Math.max(0, comma - 30), comma))) return null;
  return /^(?:\s+(?:group|campaign))?,?\s*$/u.test(text.slice(named.end, end)) ? named.entity : null;
}
