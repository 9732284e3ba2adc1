/**
 * Whether a run of tokens can be a source as news writes one: a name ("Sen. Ana Ruiz (D-Ore.)"),
 * a pronoun, or a described person or group with its modifier ("two people familiar with the
 * talks", "an official who asked not to be named"). Keeps the recall rules from taking a clause
 * or a bare article for a speaker.
 */
import { isQuoteMark, type Token } from './tokenize';

/** A source phrase's shape, so appositions ("Ana Ruiz, an aide") can be joined. */
export interface SourceNoun {
  kind: 'name' | 'pronoun' | 'description';
  from: number;
  to: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
/** Words that start a post-modifier: everything after them belongs to the source phrase. */
const MODIFIER_START = new Set(
  'who whose familiar briefed involved close with of at for from in on that which representing obtained released published seen reviewed filed issued conducted commissioned'.split(' '),
);
const DETERMINERS = new Set(
  `a an the one two three four five six seven eight nine ten several some many most few other another both all
  his her their its our this these those each multiple numerous dozens hundreds thousands at least more than`.split(/\s+/),
);
/** Lower-case words that cannot end the head of a source phrase. */
const BAD_HEAD = new Set(
  `the a an of in on at for to from with by and or but that this these those its their his her our some many most
  also has have had is are was were be been being not it there here who which what when where as than then very more less
  might may could would should will can must did does do to just only even`.split(/\s+/),
);
/** Words that end a subject before its head: clauses, questions, negation (not in a name or a description). */
const NOT_IN_HEAD = new Set(
  `after before because when while if although though since until unless whether and or but not n't did does do would
  could will can should may might must is are was were be been being to then so than whom what how why where`.split(/\s+/),
);
/** Lower-case first words a source may start with besides determiners: bare plural people nouns. */
const BARE_START = /^(?:people|police|staff|personnel|clergy|management|leadership|research|data|evidence|(?!(?:this|thus|does|always|perhaps|unless|across|whereas|yes|has|was|its|his|hers|ours|theirs)$)\p{Ll}{3,}[^s]s)$/u;
const NOT_SOURCE_START = new Set(
  `there here this that what which when where why how if as so it’s it's after while because although though since in on at
  for with from by during before once until unless despite without under over into upon like among between`.split(/\s+/),
);
const MAX_HEAD = 8;

const isWord = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
const isCapWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) || /^(?:\(|\)|-|\.|’s|'s|&)$/u.test(t.text) || /^(?:de|da|van|von|der|del|la|le|bin|al)$/u.test(t.text);

/** "campaign group Save Our Harbour", "opposition leader Tom Reddy": one to three lower-case nouns, then a capitalised name to the phrase's end. */
function descriptionBeforeName(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 4; k++) {
    if (/^\p{Lu}/u.test(t[k].text)) return k > from && nameToEnd(t, k, to);
    if (!/^\p{Ll}{3,}$/u.test(t[k].text) || NOT_IN_HEAD.has(t[k].lower) || BAD_HEAD.has(t[k].lower) || MODIFIER_START.has(t[k].lower) || /(?:ed|ly)$/u.test(t[k].text)) return false;
  }
  return false;
}

/** Whether tokens [from, to) are name words ("Save Our Harbour", "Tom Reddy"), maybe with a relative clause after a comma (", who lost 3-0"). */
function nameToEnd(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (t[k].text === ',' && k + 1 < to && (t[k + 1].lower === 'who' || t[k + 1].lower === 'whose')) return true;
    if (!isCapWord(t[k])) return false;
  }
  return true;
}

/** Reads [from, to) as a source phrase; null when it is no noun phrase a reader would take for one. */
export function readSourceNoun(t: Token[], from: number, to: number): SourceNoun | null {
  if (to <= from || to - from > 60) return null;
  const first = t[from];
  if (to - from === 1 && SUBJECT_PRONOUNS.has(first.lower)) return { kind: 'pronoun', from, to };
  if (!isWord(first) || NOT_SOURCE_START.has(first.lower)) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(first.text) && !DETERMINERS.has(first.lower) && !BARE_START.test(first.text) && !descriptionBeforeName(t, from, to)) return null;
  if (BAD_HEAD.has(t[to - 1].lower)) return null;
  let headEnd = to;
  for (let k = from + 1; k < to; k++) {
    if (isQuoteMark(t[k].text) || t[k].text === ';' || t[k].text === ':') return null;
    if (headEnd === to && (MODIFIER_START.has(t[k].lower) || t[k].text === ',')) headEnd = k;
    // a verb in the head ("Mr. Obama scrutinized reports"): past forms right after a determiner are adjectives
    if (headEnd === to && (NOT_IN_HEAD.has(t[k].lower) || (/^\p{Ll}+ed$/u.test(t[k].text) && !DETERMINERS.has(t[k - 1].lower)))) return null;
  }
  // "the remaining directors of the board": the head is before "of"; a name may hold "of" ("Bank of Spain")
  if (headEnd - from > MAX_HEAD) return null;
  const head = t[headEnd - 1];
  if (!isWord(head) && head.text !== ')' && head.text !== '.') return null;
  if (BAD_HEAD.has(head.lower)) return null;
  const partitive = headEnd < to && t[headEnd].lower === 'of';
  if (headEnd - from === 1 && DETERMINERS.has(first.lower) && !partitive && !/^(?:both|all|some|many|several|others|most)$/u.test(first.lower)) return null;
  let allCap = true;
  for (let k = from; k < headEnd; k++) if (!isCapWord(t[k])) allCap = false;
  if (allCap && !DETERMINERS.has(first.lower)) return { kind: 'name', from, to };
  return { kind: 'description', from, to };
}
