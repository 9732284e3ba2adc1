/**
 * Reading a cue's claim when the role tagger marked none: the verb's complement, the rest of its
 * clause ("She wants to triple the size of the program", "Trump pledged to cut taxes"). The cue
 * tagger found the verb; dropping it for want of a claim would hide a sourced statement from the
 * reader, and the complement is what such a verb attributes.
 */
import { LEX_CORE, type PreparedDoc } from './features';
import { TIME_NOUNS } from './time-words';
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
const TIME_NOUN = new RegExp(`^(?:${TIME_NOUNS})$`, 'u');

/** Tokens that end the clause a complement runs in (a comma or a bracket too: what follows is an aside or a new clause). */
const CLAUSE_END = /^(?:[.;:!?,(]|—|–)$/u;

/** Words after a comma that start a new clause or an aside, not the next item of a list. */
const NEW_CLAUSE_AFTER_COMMA = new Set('which who whom whose where when while although though but as according because so if even including especially he she it they we i you there this that these those and or'.split(' '));

/** A comma inside a number ("300,000"): no clause ends there. */
function inNumber(tok: readonly Token[], k: number): boolean {
  return k > 0 && k + 1 < tok.length && tok[k - 1].end === tok[k].start && tok[k].end === tok[k + 1].start && /\d$/u.test(tok[k - 1].text) && /^\d/u.test(tok[k + 1].text);
}

/**
 * Whether a complement goes on past the comma at k: the next item of a list ("to triple the
 * program, grow the corps and create a reserve"), whose "and" or "or" comes before the clause ends.
 */
function listGoesOn(tok: readonly Token[], k: number, sentenceEnd: number): boolean {
  const next = tok[k + 1];
  if (!next || !/^\p{Ll}/u.test(next.text) || NEW_CLAUSE_AFTER_COMMA.has(next.lower) || /(?:ing|ly)$/u.test(next.lower)) return false;
  for (let j = k + 2; j < sentenceEnd && j < k + 25; j++) {
    if (CLAUSE_END.test(tok[j].text)) return false;
    if (tok[j].lower === 'and' || tok[j].lower === 'or') return true;
  }
  return false;
}

/** What a clause-end scan knows of its clause: a that-clause runs on past its commas; `isCue` marks cue tokens. */
interface ClauseScan {
  thatClause?: boolean;
  isCue?: Uint8Array;
}

/**
 * Where a complement that starts at token `from` ends (exclusive), scanning to `sentenceEnd`: at
 * its clause's end (not a comma between a list's items or inside a number, nor an abbreviation's
 * dot), or before a second clause joined by "but" ("but has not said", not "painful but
 * necessary") or by "and" before an auxiliary or another cue. Shared by the tagger's
 * complements and the recall rules' intentions.
 */
export function clauseEnd(tok: readonly Token[], from: number, sentenceEnd: number, scan: ClauseScan = {}): number {
  const cueAt = (k: number) => scan.isCue?.[k] === 1;
  const ends = (k: number) => {
    const t = tok[k];
    if (CLAUSE_END.test(t.text)) {
      if (t.text === '.') return !isAbbreviation(tok[k - 1].lower);
      return t.text !== ',' || !(scan.thatClause || listGoesOn(tok, k, sentenceEnd) || inNumber(tok, k));
    }
    if (t.lower === 'but') return opensButClause(tok[k + 1]?.text ?? '', tok[k + 2]?.text) || cueAt(k + 1);
    return t.lower === 'and' && (JOINED_VERB.has(tok[k + 1]?.lower ?? '') || cueAt(k + 1));
  };
  let end = from;
  while (end < sentenceEnd && !ends(end)) end++;
  return end;
}

/**
 * Where a cue's complement ends (exclusive token index), or -1 if another cue inside it has its own
 * reading ("published a report on Thursday warning that …"). It ends at its clause's end or at a
 * second clause joined to it; a that-clause runs on past its commas (its own clauses and asides
 * are the claim's) and a list past those between its items. A trailing attribution after a comma
 * ("…, a spokesman told reporters") ends it there; a cue in an aside between commas ("the merger,
 * announced last week, will") does not.
 */
function complementEnd(doc: PreparedDoc, c: CueAnchor, isCue: Uint8Array): number {
  const tok = doc.tokens, s = doc.sentences[doc.sentenceOf[c.from]];
  // "that" opens a clause before a subject ("that the talks", "that rain"); "that number to rise" is a determiner's noun
  const thatClause = tok[c.to]?.lower === 'that' && !thatIsDeterminer(tok, c.to);
  const end = clauseEnd(tok, c.to, s.to, { thatClause, isCue });
  for (let k = c.to; k < end; k++) {
    if (!isCue[k]) continue;
    let comma = k - 1;
    while (comma > c.to && tok[comma].text !== ',') comma--;
    if (comma <= c.to) return -1;
    return trailingAttribution(doc, comma, k, end) ? (comma - c.to < 2 ? -1 : comma) : end;
  }
  return end;
}

/**
 * Whether the cue reads as a verb whose complement starts at its end: not a noun (after a
 * determiner), not a naming participle (", called the Fold Pro,"), not a core verb of saying
 * ("said", "told": a name after it is the speaker, and the rules read those) nor "according to"
 * (its source comes next); and the complement opens with a word, no preposition's adjunct or
 * auxiliary, and no time phrase that describes the subject ("Shoppers questioned this morning said …").
 */
function takesComplement(doc: PreparedDoc, c: CueAnchor): boolean {
  const tok = doc.tokens, s = doc.sentences[doc.sentenceOf[c.from]], first = tok[c.to];
  if (!first || !/^\p{L}/u.test(first.text) || NOT_COMPLEMENT_START.has(first.lower)) return false;
  if (TIME_OPENING.has(first.lower) || (/^(?:this|last|next|early|late)$/u.test(first.lower) && TIME_NOUN.test(tok[c.to + 1]?.lower ?? ''))) return false;
  if (c.from > s.from && NOUN_DETERMINERS.has(tok[c.from - 1].lower)) return false;
  if (doc.lex[c.from] & LEX_CORE || (c.from > s.from && tok[c.from - 1].text === ',' && NAMING.has(tok[c.from].lower))) return false;
  return !(tok[c.to - 1].lower === 'to' && tok[c.from].lower === 'according');
}

/**
 * The role path's source for the cue, unless a verb of saying stands between them in the same
 * clause: then it reported the clause the cue is in ("He said the Liberals wanted …") and is not
 * this cue's speaker, whom the sentence's own words give later. A comma ends the report ("It
 * said the estimate was modelled, which it declined to publish").
 */
function complementSpeaker(doc: PreparedDoc, c: CueAnchor, path: Int32Array, from: number, to: number): Span | null {
  const tok = doc.tokens, s = doc.sentences[doc.sentenceOf[c.from]];
  const source = nearestSource(doc, c, path, from, to);
  if (!source) return null;
  for (let k = c.from - 1; k >= s.from && tok[k].start >= source.end && tok[k].text !== ','; k--) if (doc.lex[k] & LEX_CORE) return null;
  return source;
}

/**
 * The reading of a cue from its complement (at least two words; `isCue` marks cue tokens), with
 * the role path's speaker. Null where the cue takes no complement (`takesComplement`), another
 * cue inside has its own reading, or the complement holds the source or no one in particular
 * speaks ("Everyone wants a bargain").
 */
export function restOfClause(doc: PreparedDoc, c: CueAnchor, path: Int32Array, from: number, to: number, isCue: Uint8Array): AttributionSpans | null {
  if (!takesComplement(doc, c)) return null;
  const end = complementEnd(doc, c, isCue);
  if (end - c.to < 2) return null;
  const tok = doc.tokens;
  const source = complementSpeaker(doc, c, path, from, to), content = { start: tok[c.to].start, end: tok[end - 1].end };
  if (source && source.start < content.end && content.start < source.end) return null;
  if (source && GENERIC_SUBJECTS.has(doc.text.slice(source.start, source.end).toLowerCase())) return null;
  return { cue: { start: tok[c.from].start, end: tok[c.to - 1].end }, source, content: [content] };
}
