/**
 * The look-back for a definite description ("the official") asks, of many earlier mentions,
 * whether they are named or described with its head noun. The head's pattern is compiled once per
 * head (not once per question) and each answer is kept for the rest of the text.
 */
import type { Mention } from './source-entity';

/** Patterns by head noun: a text asks about the same few heads many times, so each is compiled (and optimised) once. */
const HEAD_PATTERNS = new Map<string, RegExp>();
const HEAD_PATTERNS_LIMIT = 1000;

/** The word-boundary, case-blind pattern of a head noun; no global flag, so reusing it is safe. */
export function headPattern(head: string): RegExp {
  return cached(HEAD_PATTERNS, head, wordPattern);
}

/** Heads that titles or other words name otherwise: "the judge" is "Mr Justice Farrow", "the force" is "Westmere Police". */
const HEAD_TITLES: Readonly<Record<string, string>> = { judge: 'judge|justice', force: 'force|police$|constabulary$', person: 'person|people' };

// (not a possessive, which owns the head rather than being it: "the trust's beaver officer" is no trust)
const wordPattern = (word: string): RegExp => new RegExp(`(?:^|[^\\p{L}])(?:${HEAD_TITLES[word] ?? word})(?![\\p{L}]|['’]s(?![\\p{L}]))`, 'iu');

/** A head noun as a title right before a name (the words before a name end in it: "… Comptroller ", "solicitor "): by head, as `headPattern`. */
const TITLE_PATTERNS = new Map<string, RegExp>();

/** The pattern of words before a name that end in the head noun as its title ("Comptroller Dana Whitfield", "solicitor Graham Tewkes"). */
export function titlePattern(head: string): RegExp {
  return cached(TITLE_PATTERNS, head, (word) => new RegExp(`(?:^|[^\\p{L}])${word}\\.?\\s+$`, 'iu'));
}

/** Capitalised words right before a head noun ("Civic Party" of "the Civic Party candidate"), in group 1: by head, as `headPattern`. */
const MODIFIER_PATTERNS = new Map<string, RegExp>();

/** The pattern of the capitalised words that modify a head noun in a description (source-typing.ts asks whether two descriptions agree on them). */
export function modifiersBefore(head: string): RegExp {
  return cached(MODIFIER_PATTERNS, head, modifierPattern);
}

const modifierPattern = (word: string): RegExp => new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+)+)${word}\b`, 'u');

/** A head noun as a possessive ("the bank's chief executive"): the description of someone who belongs to that body. */
const OWNER_PATTERNS = new Map<string, RegExp>();

/** The possessive pattern of a head noun, by head, as `headPattern`. */
export function ownerPattern(head: string): RegExp {
  return cached(OWNER_PATTERNS, head, (word) => new RegExp(String.raw`\b${word}['’]s\s`, 'iu'));
}

/** A head's pattern from `patterns`, made from the head's letters, digits and hyphens on first ask; the cache is emptied when full. */
function cached(patterns: Map<string, RegExp>, head: string, make: (word: string) => RegExp): RegExp {
  let pattern = patterns.get(head);
  if (pattern === undefined) {
    pattern = make(head.replace(/[^\p{L}\p{N}-]/gu, ''));
    if (patterns.size >= HEAD_PATTERNS_LIMIT) patterns.clear();
    patterns.set(head, pattern);
  }
  return pattern;
}

/**
 * Is a mention (not a back-reference) named or described with `word`? Asked by several look-backs
 * and by every later description with the same head, answered once each per text: `answers` (one
 * per text, by pattern) keeps them, as names and descriptions no longer change once mentions are
 * on the timeline.
 */
export function mentionsWord(word: RegExp, answers: Map<RegExp, Map<Mention, boolean>>): (m: Mention) => boolean {
  let answered = answers.get(word);
  if (answered === undefined) answers.set(word, (answered = new Map<Mention, boolean>()));
  return (m) => {
    let hit = answered.get(m);
    if (hit === undefined) answered.set(m, (hit = m.refer === undefined && (word.test(m.entity.description) || word.test(m.entity.name))));
    return hit;
  };
}
