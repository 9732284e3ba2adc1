/**
 * The speaker of a cue with no source span, read from the cue's own sentence the way a reader
 * reads it (a noun cue's owner is read earlier, from the text: noun-cue-owner.ts): the subject of the
 * clause the cue hangs on ("…, but he refuses to say, aside from saying …" is "he", not the
 * sentence's first name), each with the words that name them, so they can be marked.
 */
import type { Entity, Mention } from './source-entity';
import { resolvePronoun } from './coreference';
import type { MentionTimeline } from './mention-timeline';
import { REPORTING_CLAUSE_VERBS } from './cue-lexicon';
import { PERSON_ROLE_NOUNS } from './source-lexicon';
import { OWNER_NAME } from './subject-span';
import type { Span } from './types';

/** A speaker and the words of the cue's sentence that name them. */
export interface NamedSubject {
  entity: Entity;
  span: Span | null;
}

/** A source span that holds a clause ("The court fined Delmar Corp and"): no noun phrase to widen a name to. */
const CLAUSE_INSIDE = /\s\p{Ll}+ed\s|\s(?:and|or|but)$/u;
/** An article, a title or an owner's name ("Obama’s aides") before a subject: still the start of its clause. */
const LEADING_ARTICLE = new RegExp(String.raw`(?:(?:the|The|a|A|an|An)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?(?:${OWNER_NAME})?$`, 'u');
/**
 * What may stand between a sentence's start and its subject: quote marks, a joining word, a short
 * fronted phrase, a participle phrase ("Asked whether …, Kallio said") or a subordinate clause
 * ("When Clinton noted that …, Trump boasted").
 */
const SENTENCE_OPENING = /^[\s"“‘']*(?:(?:But|And|Yet|So|Still|Meanwhile|However|Now|Then|Also)[,\s]+)?(?:(?:On|In|At|During|After|Before|Last|This|Earlier|Later)\b[^,.;:!?"“”]{0,60}(?:,\s+|\s+(?=$))|\p{Lu}\p{Ll}+(?:ed|ing)\b[^.;:!?"“”]{0,100},\s+|(?:When|While|After|Before|Although|Though|If|As|Because|Since|Once|Until|Unless)\s[^.;:!?]{0,160}(?:,|\s[—–―])\s+)?$/u;
/**
 * A clause joined inside the sentence, or reported by a verb of saying: its subject comes right
 * after. Not after "told" (its object comes next) nor after a noun ("the claims Ruiz made").
 */
const CLAUSE_JOIN = new RegExp(
  String.raw`(?:,\s+(?:but|and|yet|so|while|although|though|because|as|when)|;|\s[—–―]|(?<!\b(?:the|a|an|his|her|its|their|these|those|such|my|our|your)\s+)\b(?:${REPORTING_CLAUSE_VERBS.replace(/\|told\|tells/u, '')})(?:\s+that)?)\s+$`,
  'u',
);
/** "which it", "that he" right before a cue (adverbs between): the relative clause's subject pronoun. */
const RELATIVE_SUBJECT = /\b(?:which|that|whom)\s+(he|she|it|they)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u;
const SUBJECT_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Tt]hey)\b/gu;

/** The words before a name, the last a person's role ("Opposition finance spokeswoman "): its title. */
const TITLE_WORDS_BEFORE = /(?:^|\s)((?:[\p{L}'’.-]+\s+){0,3})(\p{Ll}+)\s+$/u;

/** Words no title holds: where a title read back from its role stops ("The rollout of | vice-presidential candidate Mike Pence"). */
const NOT_IN_TITLE = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'the', 'a', 'an', 'and', 'or', 'but', 'that', 'which', 'who', 'whose', 'his', 'her', 'its', 'their', 'said', 'says']);

/** A lower-case past or -ing form: a verb, which no title holds ("Police arrested | party leader Tom Reddy"). */
const VERB_SHAPED = /^\p{Ll}+(?:ed|ing)$/u;

/** Whether the text before a word opens its clause: the sentence's start, or a joined clause's. */
function opensAfter(before: string): boolean {
  const rest = before.replace(LEADING_ARTICLE, '');
  return SENTENCE_OPENING.test(rest) || CLAUSE_JOIN.test(rest);
}

/**
 * Where the title before the name at `pos` starts when the clause opens right before it ("Opposition
 * finance spokeswoman Beatrix Lohm": its last word a person's role); -1 when there is none.
 */
function titleStart(text: string, sentenceStart: number, pos: number): number {
  const before = text.slice(sentenceStart, pos);
  const title = TITLE_WORDS_BEFORE.exec(before);
  if (title === null || !PERSON_ROLE_NOUNS.has(title[2])) return -1;
  // the title's words, back from the role to the first that is no title's ("of"): what is left before them must open the clause
  const words = title[1].split(/\s+/u).filter((w) => w !== '');
  let first = words.length;
  while (first > 0 && !NOT_IN_TITLE.has(words[first - 1].toLowerCase()) && !VERB_SHAPED.test(words[first - 1])) first--;
  let at = before.length - title[0].length + (title[0].length - title[0].trimStart().length);
  for (let k = 0; k < words.length; k++) if (k < first) at += words[k].length + 1;
  for (let k = first; k <= words.length; k++) {
    if (opensAfter(before.slice(0, at))) {
      while (at < before.length && /\s/u.test(before[at])) at++;
      return sentenceStart + at;
    }
    if (k < words.length) at += words[k].length + 1;
  }
  return -1;
}

/** True when a word at `pos` opens its clause: the sentence's subject or a joined clause's, maybe after its title. */
function opensClause(text: string, sentenceStart: number, pos: number): boolean {
  return opensAfter(text.slice(sentenceStart, pos)) || titleStart(text, sentenceStart, pos) >= 0;
}

const inside = (pos: number, spans: Span[]): boolean => spans.some((s) => s.start <= pos && pos < s.end);

/**
 * The subject of the last clause before the cue that opens with one: a name or noun mention, or a
 * subject pronoun resolved by coreference. Null when no clause of the sentence opens with one.
 */
export function clauseSubject(text: string, sentenceStart: number, cue: Span, content: Span[], timeline: MentionTimeline): NamedSubject | null {
  // a relative clause's own subject right before the cue ("…, which it declined to publish")
  const relative = RELATIVE_SUBJECT.exec(text.slice(Math.max(sentenceStart, cue.start - 40), cue.start));
  if (relative) {
    const start = cue.start - relative[0].length + relative[0].indexOf(relative[1], relative[0].search(/\s/u));
    const entity = resolvePronoun(relative[1].toLowerCase(), start, content, timeline, text);
    if (entity) return { entity, span: { start, end: start + relative[1].length } };
  }
  const mention = timeline.findBack(cue.start, content, (m: Mention) => m.start < sentenceStart || opensClause(text, sentenceStart, m.start));
  const found = mention && mention.start >= sentenceStart ? mention : null;
  // a source already read around that name is the whole noun phrase ("The Ministry of Transport of the island state of Kell")
  const wider = found && timeline.findBack(cue.start, content, (m) => m.start < sentenceStart || (m.start <= found.start && m.end > found.end && m.spoke === true && !CLAUSE_INSIDE.test(text.slice(m.start, m.end))));
  const widest = wider && found && wider.start >= sentenceStart ? wider : found;
  let pronoun: { word: string; start: number } | null = null;
  for (const m of text.slice(sentenceStart, cue.start).matchAll(SUBJECT_PRONOUN)) {
    const start = sentenceStart + m.index;
    // a pronoun that opens its clause, or stands right before the cue ("Ruiz told Weiss she wants …")
    const rightBefore = /^\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?$/u.test(text.slice(start + m[0].length, cue.start));
    if (!inside(start, content) && (rightBefore || opensClause(text, sentenceStart, start))) pronoun = { word: m[0].toLowerCase(), start };
  }
  if (pronoun && (!widest || pronoun.start > widest.start)) {
    const entity = resolvePronoun(pronoun.word, pronoun.start, content, timeline, text);
    if (entity) return { entity, span: { start: pronoun.start, end: pronoun.start + pronoun.word.length } };
  }
  // a name after its title is named by both ("Clinton campaign manager Robby Mook")
  const titled = widest && widest.start > sentenceStart && !opensAfter(text.slice(sentenceStart, widest.start)) ? titleStart(text, sentenceStart, widest.start) : -1;
  return widest ? { entity: widest.entity, span: { start: titled >= 0 ? titled : widest.start, end: widest.end } } : null;
}

/** What may open a sentence before an -ing cue that starts it ("In defending himself, …"). */
const PARTICIPLE_OPENING = /^[\s"“‘']*(?:(?:In|After|While|By|Before|When|Since)\s+)?$/u;

/**
 * A cue that opens its sentence has its speaker after it: right after an inverted verb ("Said
 * Ellis: …"), or as the subject of the main clause after an opening participle phrase ("Citing a
 * conspiracy theory, Trump said …"). Null otherwise.
 */
export function subjectAfterCue(text: string, sentenceStart: number, cue: Span, content: Span[], timeline: MentionTimeline): NamedSubject | null {
  const opening = text.slice(sentenceStart, cue.start);
  if (/^[\s"“‘']*$/u.test(opening) && /^\p{Lu}/u.test(text.slice(cue.start, cue.end))) {
    const next = timeline.findForward(cue.end, 3, (m) => m.entity.type !== 'document' && text.slice(cue.end, m.start).trim() === '');
    if (next) return { entity: next.entity, span: { start: next.start, end: next.end } };
  }
  if (!PARTICIPLE_OPENING.test(opening) || !/^\p{L}+ing\b/u.test(text.slice(cue.start, cue.end))) return null;
  // the comma that closes the participle phrase (after its claim, when the claim follows the cue)
  const claimEnd = content.reduce((end, s) => (s.start >= cue.end && s.start - end < 3 ? Math.max(end, s.end) : end), cue.end);
  const comma = text.indexOf(',', claimEnd);
  if (comma < 0 || comma - claimEnd > 80 || /[.!?\n]/u.test(text.slice(claimEnd, comma))) return null;
  // the main clause's subject, after an article or a title ("…, Mayor Ana Ruiz offered")
  const subject = timeline.findForward(comma + 1, 30, (m) => m.entity.type !== 'document' && /^\s+(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(comma + 1, m.start)));
  return subject ? { entity: subject.entity, span: { start: subject.start, end: subject.end } } : null;
}
