/**
 * A headline names its speaker by role and the story names them after: "…, publicist confirms"
 * then "publicist Dominic Ashgrove said". A source on the text's first line that no earlier mention
 * resolves is looked for ahead, as the first named mention the story describes with its head noun;
 * a headline's bare body noun ("…, company says") is read as "the company" would be.
 */
import type { Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import { headPattern, mentionsWord } from './head-patterns';
import { headlineLine, isOneShortSentence, MAX_HEADLINE } from './headline-case';
import { titledWith } from './role-person';
import { isPlaceName, namesPublicBody, REGULATOR_HEADS } from './coreference-bodies';
import { resolveDescription } from './description-coreference';
import { COMPANY_NOUNS } from './source-lexicon-bodies';

/** A headline's short role and the last word of the role the story writes out ("CEO" and "chief executive"). */
const ROLE_ALIASES: ReadonlyMap<string, string> = new Map([['ceo', 'executive'], ['cfo', 'officer'], ['pm', 'minister'], ['boss', 'executive']]);

/** How far into the story the headline's speaker must be named. */
const NAMED_WITHIN = 2000;

/** The named person or body a headline source [start, end) with head noun `head` turns out to be, or null. */
export function headlineReferent(text: string, start: number, end: number, head: string, timeline: MentionTimeline): Entity | null {
  const line = headlineLine(text);
  if (line.end >= text.length || start < line.start || end > line.end || line.end - line.start > MAX_HEADLINE || head === '') return null;
  const described = mentionsWord(headPattern(head), timeline.wordAnswers);
  // ("CEO" in the headline, "chief executive Andrea Kowalski" in the story)
  const alias = ROLE_ALIASES.get(head);
  const describedAs = alias === undefined ? null : mentionsWord(headPattern(alias), timeline.wordAnswers);
  const m = timeline.findForward(line.end, NAMED_WITHIN, (x) => x.name === true && (x.entity.type === 'named-person' || (x.entity.type === 'named-organization' && !isPlaceName(x.entity.name))) &&
    (described(x) || titledWith(head, text, x) || (alias !== undefined && (describedAs!(x) || titledWith(alias, text, x)))));
  return m?.entity ?? null;
}

/**
 * A headline's bare noun for a body ("…, company says", "Central bank holds rates, says …"):
 * headlines drop "the", so it is read as "the company" would be, the body named before it in the
 * headline (its claim's too: "Meridale Health hit by ransomware, company says"), else the body the
 * story then names with that noun.
 */
export function headlineBody(text: string, start: number, end: number, head: string, timeline: MentionTimeline): Entity | null {
  const line = headlineLine(text);
  if (start < line.start || end > line.end || !isHeadline(text, line)) return null;
  // a headline drops "the": "A company said …" or "The state council" is a story's sentence
  if (/^(?:an?|the|one)\s/iu.test(text.slice(start, end))) return null;
  // the claim's own names count: a headline's claim is most often about the body that speaks
  const before = resolveDescription(head, start, [], timeline, text);
  // (a body the story names, never a person whose description holds the noun: "the trust's chief executive, Dr …")
  const story = headlineReferent(text, start, end, head, timeline);
  return (before !== null && before.type === 'named-organization' ? before : null) ?? (story?.type === 'named-organization' ? story : null) ??
    (COMPANY_NOUNS.has(head) && !REGULATOR_HEADS.has(head) ? firmOpeningStory(text, line.end, timeline) : null);
}

/** A first line that is a headline: short, one sentence, with the story after it. */
function isHeadline(text: string, line: { start: number; end: number }): boolean {
  return line.end < text.length && isOneShortSentence(text.slice(line.start, line.end));
}

/** How far into the story a headline's "company" or "utility" must be named. */
const STORY_OPENING = 400;

/**
 * "…, utility says" then "Carrow Valley Power said …": a firm the headline calls by its trade is
 * the first business the story names, right below it (not a place, nor a public body; and never
 * for a regulator, which the story often names after the firm it rules on).
 */
function firmOpeningStory(text: string, from: number, timeline: MentionTimeline): Entity | null {
  const m = timeline.findForward(from, STORY_OPENING, (x) => x.name === true && x.entity.type === 'named-organization' && !x.entity.plural);
  return m !== null && !isPlaceName(m.entity.name) && !namesPublicBody(m.entity.name) ? m.entity : null;
}
