/**
 * Reading a cue's claim when the role tagger marked none: the verb's complement, the rest of its
 * clause ("She wants to triple the size of the program", "Trump pledged to cut taxes"). The cue
 * tagger found the verb; dropping it for want of a claim would hide a sourced statement from the
 * reader, and the complement is what such a verb attributes.
 */
import type { PreparedDoc } from './features';
import type { Token } from './tokenize';
import type { CueAnchor } from './role-features';
import { isAbbreviation } from './sentences';
import { opensButClause } from './but-clause';
import { GENERIC_SUBJECTS } from './sourcing-recall-words';
import type { AttributionSpans, Span } from './types';
import { chunks } from './viterbi';

/** The source chunk of a role path nearest its cue (tokens [from, to) of the window), or null. */
export function nearestSource(doc: PreparedDoc, cue: CueAnchor, path: Int32Array, from: number, to: number): Span | null {
  const tok = doc.tokens;
  let source: Span | null = null, best = Infinity;
  for (const [a, b] of chunks(path, to - from, 1, 2)) {
    const d = from + b <= cue.from ? cue.from - (from + b) : from + a - cue.to;
    if (d < best) { best = d; source = { start: tok[from + a].start, end: tok[from + b - 1].end }; }
  }
  return source;
}

/**
 * Words that open no complement: a preposition's adjunct ("made the pledge at a conference"), or an
 * auxiliary, after which the cue was a noun subject ("Current pledges would put the world …").
 */
const NOT_COMPLEMENT_START = new Set(
  `at by from after of for in on with about during among into against since before under over without through toward towards across
  would will could can may might should must shall has have had is are was were do does did`.split(/\s+/u),
);
/** Words before a noun: a cue right after one is a noun ("the support he has"), not a verb. */
const NOUN_DETERMINERS = new Set('the a an his her their its our my your this that these those'.split(' '));
/** Participles that name a thing in an apposition (", called the Fold Pro,"), not a claim. */
const NAMING = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'known', 'labeled', 'labelled', 'nicknamed']);
/** The core verbs of saying ("said", "told"): after them a name is the speaker, not the claim; the rules read those. */
const LEX_CORE = 2;

/** Nouns "that" points at as a determiner ("expects that number to rise"). */
const POINTED_NOUNS = new Set('number figure one way point issue time plan idea decision kind sort day year amount level rate trend'.split(' '));

/** Whether the "that" at k points at a noun ("that number to rise") rather than opening a clause ("that rain, which …, will save"). */
function thatIsDeterminer(tok: readonly Token[], k: number): boolean {
  return POINTED_NOUNS.has(tok[k + 1]?.lower ?? '') || tok[k + 2]?.lower === 'to';
}

/**
 * Whether the comma at `comma` opens the sentence's own attribution of the clause, closing it:
 * a short source, the cue at `cue`, and little after it ("…, a spokesman told reporters.").
 */
function trailingAttribution(doc: PreparedDoc, comma: number, cue: number, clauseEnd: number): boolean {
  return cue - comma <= 8 && clauseEnd - cue <= 6 && doc.tokens.slice(comma + 1, cue).every((t) => t.text !== ',');
}
/** Words after "and" that open a second verb of the same subject ("… and has since left"). */
const JOINED_VERB = new Set('has have had is are was were will would did does also then later'.split(' '));
/** Time words that may follow a verb as an adjunct. */
const TIME_OPENING = new Set(['yesterday', 'today', 'tonight', 'earlier', 'recently']);
const TIME_NOUN = /^(?:morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|fall|winter|season|day)$/u;

/** Tokens that end the clause a complement runs in (a comma or a bracket too: what follows is an aside or a new clause). */
const CLAUSE_END = /^(?:[.;:!?,(]|—|–)$/u;

/** Words after a comma that start a new clause or an aside, not the next item of a list. */
const NEW_CLAUSE_AFTER_COMMA = new Set('which who whom whose where when while although though but as according because so if even including especially he she it they we i you there this that these those and or'.split(' '));

/** A comma inside a number ("300,000"): no clause ends there. */
export function inNumber(tok: readonly Token[], k: number): boolean {
  return k > 0 && k + 1 < tok.length && tok[k - 1].end === tok[k].start && tok[k].end === tok[k + 1].start && /\d$/u.test(tok[k - 1].text) && /^\d/u.test(tok[k + 1].text);
}

/**
 * Whether a complement goes on past the comma at k: the next item of a list ("to triple the
 * program, grow the corps and create a reserve"), whose "and" or "or" comes before the clause ends.
 */
export function listGoesOn(tok: readonly Token[], k: number, sentenceEnd: number): boolean {
  const next = tok[k + 1];
  if (!next || !/^\p{Ll}/u.test(next.text) || NEW_CLAUSE_AFTER_COMMA.has(next.lower) || /(?:ing|ly)$/u.test(next.lower)) return false;
  for (let j = k + 2; j < sentenceEnd && j < k + 25; j++) {
    if (CLAUSE_END.test(tok[j].text)) return false;
    if (tok[j].lower === 'and' || tok[j].lower === 'or') return true;
  }
  return false;
}

/**
 * The reading of a cue from its complement: the words after it up to the end of its clause or a
 * second clause joined to it (at least two words, opening with a word that is no preposition or
 * time phrase, holding no other cue: `isCue` marks cue tokens), with the role path's nearest source.
 * Null where the cue reads as a noun, names something (", called the Fold Pro,"), is a core verb
 * of saying (the rules' business), or the complement reads as an adjunct or holds the source.
 */
export function restOfClause(doc: PreparedDoc, c: CueAnchor, path: Int32Array, from: number, to: number, isCue: Uint8Array): AttributionSpans | null {
  const tok = doc.tokens, s = doc.sentences[doc.sentenceOf[c.from]];
  // a that-clause runs on past its commas (its own clauses and asides are the claim's), a list past
  // those between its items; other complements end at a comma
  // ("that" opens a clause before a subject: "that the talks", "that he"; "that number" is a determiner's noun)
  const thatClause = tok[c.to]?.lower === 'that' && !thatIsDeterminer(tok, c.to);
  const ends = (k: number) => (CLAUSE_END.test(tok[k].text) && !(tok[k].text === '.' && isAbbreviation(tok[k - 1].lower)) && !(thatClause && tok[k].text === ',') && !(tok[k].text === ',' && (listGoesOn(tok, k, s.to) || inNumber(tok, k)))) ||
    // a second clause joined by "but" ("but has not said", not "painful but necessary"), or by "and" before an auxiliary
    (tok[k].lower === 'but' && (opensButClause(tok[k + 1]?.text ?? '', tok[k + 2]?.text) || isCue[k + 1] === 1)) || (tok[k].lower === 'and' && (JOINED_VERB.has(tok[k + 1]?.lower ?? '') || isCue[k + 1] === 1));
  let end = c.to;
  while (end < s.to && !ends(end)) end++;
  if (end - c.to < 2 || !/^\p{L}/u.test(tok[c.to].text) || NOT_COMPLEMENT_START.has(tok[c.to].lower)) return null;
  // a time phrase right after the verb: it describes its subject ("Shoppers questioned this morning said …")
  if (TIME_OPENING.has(tok[c.to].lower) || (/^(?:this|last|next|early|late)$/u.test(tok[c.to].lower) && TIME_NOUN.test(tok[c.to + 1].lower))) return null;
  // another cue inside the complement has its own reading ("published a report on Thursday warning that …"),
  // unless a comma sets it apart as the sentence's own attribution ("…, a spokesman told reporters"): end there
  // (a cue set apart by commas inside the clause, "the merger, announced last week, will", is an aside)
  for (let k = c.to; k < end; k++) {
    if (!isCue[k]) continue;
    let comma = k - 1;
    while (comma > c.to && tok[comma].text !== ',') comma--;
    if (comma <= c.to) return null;
    if (trailingAttribution(doc, comma, k, end)) { if (comma - c.to < 2) return null; end = comma; }
    break;
  }
  if (c.from > s.from && NOUN_DETERMINERS.has(tok[c.from - 1].lower)) return null;
  if (doc.lex[c.from] & LEX_CORE || (c.from > s.from && tok[c.from - 1].text === ',' && NAMING.has(tok[c.from].lower))) return null;
  // "according to" names its source next: what follows is who, not what
  if (tok[c.to - 1].lower === 'to' && tok[c.from].lower === 'according') return null;
  // a source before a verb of saying that precedes the cue reported the clause the cue is in ("He said
  // the Liberals wanted …"): not this cue's speaker, whom the sentence's own words give later
  let source = nearestSource(doc, c, path, from, to);
  const content = { start: tok[c.to].start, end: tok[end - 1].end };
  // (a comma between them ends the report: "It said the estimate was modelled, which it declined to publish")
  if (source) {
    for (let k = c.from - 1; k >= s.from && tok[k].start >= source.end && tok[k].text !== ','; k--) if (doc.lex[k] & LEX_CORE) { source = null; break; }
  }
  if (source && source.start < content.end && content.start < source.end) return null;
  // no one in particular ("Everyone wants a bargain") holds no claim
  if (source && GENERIC_SUBJECTS.has(doc.text.slice(source.start, source.end).toLowerCase())) return null;
  return { cue: { start: tok[c.from].start, end: tok[c.to - 1].end }, source, content: [content] };
}
