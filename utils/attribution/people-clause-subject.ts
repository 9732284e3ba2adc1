/**
 * "Residents living near |the prison| said", "Dozens of couples who paid deposits to |a venue in
 * the Mendips| say": the taggers may keep only the last noun phrase of a clause that describes the
 * people who speak. The source is then the people with their clause, from where the sentence (or its
 * last comma) starts. Likewise "Hundreds of Indigenous | residents": a source cut after a capitalised
 * adjective runs on over the people noun it modifies.
 */
import { GROUP_NOUNS, PERSON_ROLE_NOUNS } from './source-lexicon';
import { NAME_ADJECTIVES } from './source-lexicon-names';
import type { Span } from './types';

/** People named by a few words, then a clause about them: "who" and a verb, or an -ing verb. */
const PEOPLE_THEN_CLAUSE = /^((?:[\p{L}\d'’-]+\s+){0,4}?)(\p{L}+)\s+(?:who\s+\p{Ll}+|\p{Ll}{2,}ing)\s[^,;:"“”()]*$/u;
/** A noun phrase opened by an article or a determiner, as the object inside such a clause. */
const DETERMINED = /^(?:the|a|an|this|that|its|their|his|her)\s/u;
/** Where the clause can start: the sentence's start, a line's, or the last comma or semicolon. */
const CLAUSE_OPENING = /(?:[.!?]["”’]?\s+|\n|[,;]\s+)(?=[^.!?\n,;]*$)/u;

/** A conjunction or linking adverb opening the sentence. */
const OPENING_CONJUNCTION = /^(?:Yet|But|And|So|Still|Meanwhile|However|Now|Then)\s+/u;

/** Whether a word names people: a group noun ("residents", "couples") or a person's role ("the minister"). */
function namesPeople(word: string): boolean {
  const lower = word.toLowerCase();
  return GROUP_NOUNS.has(lower) || PERSON_ROLE_NOUNS.has(lower);
}

/**
 * The source widened back over the people its clause describes, when the taggers' source is a
 * noun phrase inside that clause right before the cue; the source unchanged otherwise.
 */
export function widenToPeopleBeforeClause(text: string, source: Span | null, cue: Span | null): Span | null {
  if (!source || !cue || cue.start < source.end || !/^\s*$/u.test(text.slice(source.end, cue.start))) return source;
  if (!DETERMINED.test(text.slice(source.start, source.end))) return source;
  const from = Math.max(0, source.start - 160);
  const before = text.slice(from, source.start);
  const opening = CLAUSE_OPENING.exec(before);
  const start = opening ? opening.index + opening[0].length : from === 0 ? 0 : -1;
  if (start < 0) return source;
  const m = PEOPLE_THEN_CLAUSE.exec(before.slice(start));
  if (!m || !namesPeople(m[2])) return source;
  // (a conjunction opening the sentence is no part of the people: "Yet Democrats leaving …")
  const conjunction = OPENING_CONJUNCTION.exec(before.slice(start))?.[0].length ?? 0;
  return { start: from + start + conjunction, end: source.end };
}

/** The people noun right after a source ("… Indigenous | residents blocked …"). */
const NOUN_AFTER = /^\s+(\p{Ll}+)\b/u;

/** The source run on over the people noun after its last word when that word is a capitalised adjective ("Indigenous", "Palestinian"); unchanged otherwise. */
export function widenOverPeopleNoun(text: string, source: Span | null): Span | null {
  if (!source) return source;
  const last = /(\p{Lu}\p{Ll}+)$/u.exec(text.slice(Math.max(source.start, source.end - 30), source.end))?.[1];
  if (last === undefined || !NAME_ADJECTIVES.has(last.toLowerCase())) return source;
  const m = NOUN_AFTER.exec(text.slice(source.end, source.end + 30));
  return m && namesPeople(m[1]) ? { start: source.start, end: source.end + m[0].length } : source;
}
