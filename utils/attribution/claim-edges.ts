/**
 * A claim's first and last words fitted to what was said: not the manner adverb of its cue
 * ("privately that …"), its listener ("reporters that …") or a sentence connective ("However,"),
 * but its own determiner and negation ("the", "not to discuss"), and no sentence full stop.
 */
import { quotationOpenAt } from './quote-extent';
import type { Span } from './types';

/** A manner adverb between the cue and "that" ("said privately that …"): how it was said, not what. */
const ADVERB_BEFORE_THAT = /^(?!(?:likely|unlikely|family|weekly|monthly|yearly|elderly|friendly|supply|reply)\s)\p{Ll}{4,}ly\s+(?=that\s)/u;

/** A claim without the adverb it opens with before "that" ("privately that they worried" -> "that they worried"). */
export function withoutLeadingAdverb(text: string, s: Span): Span {
  const m = ADVERB_BEFORE_THAT.exec(text.slice(s.start, Math.min(s.end, s.start + 40)));
  return m && s.start + m[0].length < s.end ? { start: s.start + m[0].length, end: s.end } : s;
}

/** Cues whose listener comes before "that" ("told reporters that", "wrote in a note to clients that"). */
const CUE_WITH_LISTENER = /(?:(?<!\b(?:according|pointed|referred|due|prior|next|close|up|thanks))\sto|told|tells|telling|informed|informs|assured|assures|reminded|reminds|briefed)$/iu;
/** The listener, then "that" opening a clause (a determiner, pronoun, name or number follows: not "that lived"). */
const LISTENER_BEFORE_THAT = /^(?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?=that\s+(?:the|a|an|this|these|those|it|he|she|they|we|i|you|there|his|her|their|its|our|some|no|[\p{Lu}\d]))/u;

/** Between a cue and its claim, a preposition whose object the claim opened with ("said in a filing with| the SEC that …"). */
const PREPOSITION_BEFORE_CLAIM = /\s(?:with|to|before|at|for|by)\s+$/iu;
/** That object, a body's name (capitalised words, "and"/"of" between them), then "that": a name takes no "that" clause of its own. */
const OBJECT_BEFORE_THAT = /^(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}(?=that\s)/u;

/**
 * "to" and a listener, then "that": a claim that opens so took the listener of its cue ("said in a
 * letter | to parents that …"); a noun phrase, a people noun or a name, never a verb ("to show that").
 */
const TO_LISTENER_BEFORE_THAT = /^to\s+(?:(?:the|his|her|their|its|our)\s+\p{Ll}[\p{L}'’-]*\s+|(?:parents|reporters|journalists|investors|shareholders|staff|members|voters|colleagues|clients|customers|employees|workers|supporters|residents|lawmakers|officials|students|pupils|families|readers|viewers|fans|him|her|them|us|me)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?=that\s)/u;

/**
 * A claim without the listener it opens with after such a cue ("clients that the cuts …" -> "that
 * the cuts …"; "to parents that …" after any cue), or without a preposition's object left before "that" ("the Securities and Exchange
 * Commission that net income rose" -> "that net income rose").
 */
export function withoutLeadingListener(text: string, cue: Span | null, s: Span): Span {
  if (!cue || cue.end > s.start) return s;
  const opening = text.slice(s.start, Math.min(s.end, s.start + 80));
  const gap = text.slice(cue.end, s.start);
  const m = (opening.startsWith('to ') ? TO_LISTENER_BEFORE_THAT.exec(opening) : null) ?? (CUE_WITH_LISTENER.test(text.slice(cue.start, cue.end)) ? LISTENER_BEFORE_THAT.exec(opening)
    : gap.length < 60 && PREPOSITION_BEFORE_CLAIM.test(gap) ? OBJECT_BEFORE_THAT.exec(opening) : null);
  return m && s.start + m[0].length < s.end ? { start: s.start + m[0].length, end: s.end } : s;
}

/** A determiner right before a claim, one space away: "told us the| harbour wall had collapsed". */
const DETERMINER_BEFORE = /(?:^|[\s"“])(the|a|an|this|these|those|his|her|its|their|our) $/iu;

/** A claim opening with its own determiner or a pronoun: the word before it is no determiner of it ("told her| the plan was dead"). */
const OWN_DETERMINER = /^(?:the|a|an|this|these|those|that|his|her|its|their|our|my|your|he|she|it|they|we|i|you)\b/iu;

/** A claim never starts after its own noun phrase's determiner: it moves back over it. */
export function withLeadingDeterminer(text: string, s: Span): Span {
  const m = DETERMINER_BEFORE.exec(text.slice(Math.max(0, s.start - 8), s.start));
  return m && !OWN_DETERMINER.test(text.slice(s.start, s.end)) ? { start: s.start - m[1].length - 1, end: s.end } : s;
}

/** "not" or "never" right before a claim, one space away: "told employees not| to discuss …". */
const NEGATION_BEFORE = /(?:^|\s)(not|never) $/u;

/** A claim in the infinitive keeps the negation before it: "not to discuss the incident", never "to discuss" (the opposite). */
export function withLeadingNegation(text: string, s: Span): Span {
  if (!text.startsWith('to ', s.start)) return s;
  const m = NEGATION_BEFORE.exec(text.slice(Math.max(0, s.start - 7), s.start));
  return m ? { start: s.start - m[1].length - 1, end: s.end } : s;
}

/** A sentence's full stop after a lower-case word or a number ("…$40 million."), not an abbreviation's ("U.S.", "Inc."). */
const FINAL_FULL_STOP = /(?:^|\s)[\p{Ll}\d$£€%][\p{Ll}\d,$£€%'’-]*\.$/u;

/** An indirect claim ("that …") without the full stop that ends its sentence: the stop closes the sentence, not the claim. */
export function withoutFinalFullStop(text: string, s: Span): Span {
  if (s.end - s.start < 2 || text.charCodeAt(s.end - 1) !== 46 || !/^that\s/u.test(text.slice(s.start, s.start + 5))) return s;
  return FINAL_FULL_STOP.test(text.slice(Math.max(s.start, s.end - 40), s.end)) ? { start: s.start, end: s.end - 1 } : s;
}

/** Sentence connectives: the writer's links between sentences, never a source's words (a regular expression's alternation). */
export const CONNECTIVES = String.raw`(?:However|In addition|Meanwhile|Still|Instead|Moreover|Furthermore|Indeed|Nonetheless|Nevertheless|Also|Additionally|Similarly|Likewise|Of course|In fact|At the same time|For example|For instance|Besides|Otherwise|Ultimately|Finally|Overall|Separately|As a result|In other words|That said|Even so|After all|And|But|So)`;
/** A sentence connective a claim opens with ("However, …", "In addition, …", "And Ms. Ruiz …"): the writer's link, not the source's words. */
const LEADING_CONNECTIVE = new RegExp(String.raw`^${CONNECTIVES}(?:,\s+|\s+(?=\p{Lu}))`, 'u');
/** A sentence connective alone, maybe with its comma. */
const ONLY_CONNECTIVE = new RegExp(String.raw`^${CONNECTIVES}\s*,?$`, 'u');

/** Whether a claim piece is only a sentence connective ("Separately,"): a piece with no words of the source's. */
export const isOnlyConnective = (text: string, s: Span): boolean => ONLY_CONNECTIVE.test(text.slice(s.start, s.end));

/** A claim in the writer's words without the connective it opens with ("However, growth slowed" -> "growth slowed"). */
export function withoutLeadingConnective(text: string, s: Span): Span {
  const m = LEADING_CONNECTIVE.exec(text.slice(s.start, Math.min(s.end, s.start + 40)));
  if (!m || s.start + m[0].length >= s.end || quotationOpenAt(text, text.lastIndexOf('\n', s.start - 1) + 1, s.start)) return s;
  return { start: s.start + m[0].length, end: s.end };
}

/** A claim ending in "6 a.m" or "7 p.m" before the abbreviation's dot, which also ends the sentence: the dot is the abbreviation's. */
export function withWholeTimeAbbreviation(text: string, s: Span): Span {
  return text.charCodeAt(s.end) === 46 && /\b[ap]\.m$/u.test(text.slice(Math.max(s.start, s.end - 4), s.end)) ? { start: s.start, end: s.end + 1 } : s;
}
