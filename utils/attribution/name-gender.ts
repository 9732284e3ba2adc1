/**
 * The gender a name mention tells, so a later "he" or "she" finds the right person: from its titles
 * ("Mr", "Mrs"), its given name, or a kin noun beside it ("Her son, Graham Marwood", "Ana Ruiz,
 * his widow").
 */
import { loweredNameGender, titleGender } from './source-entity';
import { listedGivenNameGender } from './given-name-genders';
import { writtenInLowerCase } from './lower-case-words';
import type { Group } from './source-name-groups';
import type { Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';

/** Gender a name's titles or given name tell, so pronouns can match. */
export function genderOf(g: Group, text: string): 'm' | 'f' | null {
  if (g.words.length < 2) return titleGenderOf(g);
  const first = g.words[0].lower;
  // the long lists' names only when the story never writes the word in lower case ("Star Norbert Leo Butz", "Rose Garden")
  return titleGenderOf(g) ?? loweredNameGender(first) ?? (writtenInLowerCase(text, first) ? null : listedGivenNameGender(first));
}

/** Gender a name's titles tell ("Mr", "Mrs"), if any. */
export function titleGenderOf(g: Group): 'm' | 'f' | null {
  for (const t of g.titles) {
    const gender = titleGender(t);
    if (gender) return gender;
  }
  return null;
}

/** Kin nouns of one gender in an apposition ("Her son, Graham Marwood"; "Ana Ruiz, his widow"), looked up by word. */
const MALE_KIN = new Set(['son', 'husband', 'father', 'brother', 'nephew', 'grandson', 'grandfather', 'uncle', 'widower', 'boyfriend', 'stepson', 'stepfather']);
const FEMALE_KIN = new Set(['daughter', 'wife', 'mother', 'sister', 'niece', 'granddaughter', 'grandmother', 'aunt', 'widow', 'girlfriend', 'stepdaughter', 'stepmother']);

/** Whether a word is a kin noun of one gender ("son", "widow"). */
export function isKinNoun(lower: string): boolean {
  return MALE_KIN.has(lower) || FEMALE_KIN.has(lower);
}

/** The gender a kin noun says, if the word is one. */
function kinWordGender(word: string): 'm' | 'f' | null {
  const lower = word.toLowerCase();
  return MALE_KIN.has(lower) ? 'm' : FEMALE_KIN.has(lower) ? 'f' : null;
}

/**
 * The gender a person's noun tells ("her husband", "the spokeswoman", "a businessman"): a kin noun,
 * a gendered title, or a compound in -man or -woman; null for any other noun.
 */
export function headNounGender(lower: string): 'm' | 'f' | null {
  return kinWordGender(lower) ?? titleGender(lower) ?? (/(?:^|[a-z])woman$/u.test(lower) || lower === 'actress' ? 'f' : /[a-z]man$/u.test(lower) && !NOT_MEN.has(lower) ? 'm' : null);
}

/** Nouns in -man that name no man ("human", "German", "ombudsman" may be anyone). */
const NOT_MEN = new Set(['human', 'german', 'ombudsman', 'roman', 'shaman', 'talisman', 'caiman', 'layman']);

/** The lower-case word right before a position, past white space and one comma ("son" of "Her son, |Graham"); '' if none. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 10)) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 44) end--;
  let from = end;
  while (from > 0 && from > end - 20 && text.charCodeAt(from - 1) >= 97 && text.charCodeAt(from - 1) <= 122) from--;
  return text.slice(from, end);
}

/** A kin noun with its owner right before a name, as an apposition ("Her son, ", "his eldest daughter ", "survived by a son, "). */
const KIN_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)?(\p{Ll}+),?\s+$/u;

/**
 * The gender a kin noun tells of a name: in its apposition before ("Her son, Graham Marwood") or
 * its description ("Ana Ruiz, his widow"); a relative clause's "whose son" tells nothing of the name.
 */
export function kinGender(text: string, start: number, description: string, name: string): 'm' | 'f' | null {
  // the word right before the name, read back by hand: the pattern runs only when it is a kin noun
  const word = wordBefore(text, start);
  const before = kinWordGender(word) !== null ? KIN_BEFORE.exec(text.slice(Math.max(0, start - 30), start)) : null;
  // the apposition's own head ("Ana Ruiz, his widow"), not another's kin inside it ("a lawyer for the dead man's widow")
  const after = description === name ? null : KIN_APPOSITION.exec(description.replace(name, ''));
  const g1 = before ? kinWordGender(before[1]) : null, g2 = after ? kinWordGender(after[1]) : null;
  if (g1 !== null && g2 !== null) return g1 === g2 ? g1 : null;
  return g1 ?? g2;
}

/** An apposition or title whose head, within its first words, is a kin noun ("…, his widow", "…, the victim's mother", "husband Bill"). */
const KIN_APPOSITION = /^[\s,]*(?:(?:his|her|their|the|a|an)\s+(?:[\p{L}'’-]+\s+)?)?(\p{Ll}+)\b/iu;

/** How far before a pronoun the person it tells the gender of must be named. */
const GENDER_FROM_PRONOUN_REACH = 250;
/** Gender of a singular personal pronoun. */
const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f']]);

/**
 * "Tournament director Pau Segui said … He announced": a pronoun resolved to a person whose gender
 * no list knew tells it, so a later "she" is not him. Only when that person is the last one named
 * and spoke within a sentence or two: a look-back past others may be wrong, and would spread.
 */
export function learnGenderFromPronoun(resolved: Entity, word: string, start: number, content: Span[], timeline: MentionTimeline): void {
  const gender = PRONOUN_GENDER.get(word);
  if (gender === undefined || resolved.type !== 'named-person' || resolved.gender !== null) return;
  if (timeline.findBack(start, content, (m) => !m.entity.plural && (m.entity.type === 'named-person' || m.entity.type === 'unnamed-person' || m.entity.type === 'anonymous-source'))?.entity !== resolved) return;
  if (timeline.findBack(start, content, (m) => m.entity === resolved && m.spoke === true && start - m.end < GENDER_FROM_PRONOUN_REACH) !== null) resolved.gender = gender;
}


/** A claim in the writer's words opening on its speaker as "she" or "he" ("said | she had about ten minutes …"), maybe after "that". */
const CLAIM_SUBJECT_PRONOUN = /^(?:that\s+)?(she|he)\s+(?:had|has|was|is|would|will|could|did|does|\p{Ll}+ed)\b/u;
/** Titles that settle a gender whatever the text's pronouns. */
const GENDERED_TITLE = /^(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\b/u;

/**
 * "Hollis Nakagawa-Reyes, 68, said she had about ten minutes to grab her dog": the text's own
 * pronoun for a named speaker, in the claim they just made, tells their gender better than a list
 * of given names (Hollis is listed as a man's), unless a title settled it. Only a claim in the
 * writer's words whose subject is that pronoun and whose possessive follows, when no one else of that
 * gender is named before it.
 */
export function learnGenderFromClaim(speaker: Entity, text: string, cue: Span | null, content: readonly Span[], timeline: MentionTimeline): void {
  if (speaker.type !== 'named-person' || speaker.gender === null || cue === null || content.length === 0 || GENDERED_TITLE.test(speaker.description)) return;
  const first = content[0];
  if (first.start < cue.end || /["“”]/u.test(text.slice(first.start, first.end))) return;
  const m = CLAIM_SUBJECT_PRONOUN.exec(text.slice(first.start, first.start + 40));
  if (!m) return;
  const gender = m[1] === 'she' ? 'f' : 'm';
  if (gender === speaker.gender) return;
  // (and says so twice, a possessive of the same subject after it: "she had … to grab her dog")
  const rest = text.slice(first.start + m[0].length, first.end);
  if (!(gender === 'f' ? /\b(?:her|herself)\b/u : /\b(?:his|himself)\b/u).test(rest)) return;
  // (not when the text has named someone else the pronoun may mean: "Sanders said she had ignored …" is Clinton)
  const other = timeline.findBack(first.start, [], (x) => x.entity !== speaker && !x.entity.plural && x.entity.gender === gender &&
    (x.entity.type === 'named-person' || x.entity.type === 'unnamed-person' || x.entity.type === 'anonymous-source'));
  if (other === null) speaker.gender = gender;
}
