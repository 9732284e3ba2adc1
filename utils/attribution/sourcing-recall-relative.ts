/**
 * A claim made in a relative clause on its source: "sued by a group of customers who allege that a
 * flaw …", "according to a new poll that suggests the race is too close to call". The phrase the
 * clause describes is the source, the clause's verb the cue, and what follows it the claim.
 */
import type { Sentence } from './sentences';
import type { Token } from './tokenize';
import type { AttributionSpans, Span } from './types';
import { readSourceNoun } from './sourcing-recall-noun';
import { contentEnd, span } from './sourcing-recall-spans';
import { DOCUMENT_CUES, isDocumentWord, MAX_SOURCE_TOKENS } from './sourcing-recall-words';

/** Verbs of claiming a relative clause may hold, read only before "that" ("who allege that …"). */
const CLAIMING = new Set(
  `allege alleges alleged claim claims claimed argue argues argued insist insists insisted contend contends contended
  maintain maintains maintained say says said warn warns warned believe believes believed estimate estimates estimated
  predict predicts predicted`.split(/\s+/),
);
/** Words that open a clause's subject right after a finding verb. */
const SUBJECT_OPENERS = new Set('the a an his her their its our this these those most many some more fewer half nearly about almost voters people'.split(' '));
/** Words the described phrase cannot run back over: a preposition or verb that governs it, a clause's joint. */
const PHRASE_BOUNDARY = new Set(
  `by to from with against for according said says told is are was were be been has have had and or but that which who
  when while as if because after before than on in at`.split(/\s+/),
);

/** Prepositions whose object a relative clause after it may not be on ("strains in the party that …"). */
const ATTACHING = new Set(['in', 'on', 'at', 'with', 'for', 'against', 'than', 'over', 'about']);

/** Where the phrase a relative pronoun at `rel` describes starts, back to a boundary word or punctuation; -1 when there is none. */
function describedStart(t: Token[], from: number, rel: number): number {
  let i = rel;
  while (i > from && rel - i < MAX_SOURCE_TOKENS) {
    const w = t[i - 1];
    if (!/^[\p{L}\p{N}]/u.test(w.text) || PHRASE_BOUNDARY.has(w.lower)) break;
    // "a group of customers": "of" stays inside the phrase
    i--;
  }
  return i < rel ? i : -1;
}

/** What the clause's own verb opens with after a gapped relative's cue ("which doctors warn | could add …"). */
const GAPPED_VERB = new Set('could would will may might can should must is are was were has have had'.split(' '));
/** Cues that name what they describe ("a finding that researchers described as …", "what critics call …"). */
const NAMING = new Set('described describe describes called call calls characterized characterised'.split(' '));
/** The longest subject between a relative pronoun and its cue ("which Western intelligence analysts say"). */
const MAX_GAP_SUBJECT = 4;

/**
 * "the flu season, which doctors warn could add pressure", "a finding that researchers described as
 * the strongest evidence yet": the clause's subject is the source, its verb the cue, and the claim
 * is the relative pronoun and what the clause says of it.
 */
function gappedRelativeClaim(t: Token[], s: Sentence, c: number): AttributionSpans | null {
  for (let v = c + 2; v <= c + 1 + MAX_GAP_SUBJECT && v + 2 < s.to; v++) {
    const verb = t[v].lower;
    const naming = NAMING.has(verb);
    if (!(CLAIMING.has(verb) && GAPPED_VERB.has(t[v + 1].lower)) && !naming) continue;
    if (!/^\p{L}/u.test(t[c + 1].text) || !readSourceNoun(t, c + 1, v)) return null;
    const from = naming && t[v + 1].lower === 'as' ? v + 2 : v + 1;
    const to = contentEnd(t, from, s.to);
    if (to - from < 2) return null;
    return { source: span(t, c + 1, v), cue: span(t, v, v + 1), content: [span(t, c, c + 1), span(t, from, to)] };
  }
  return null;
}

/** The first relative-clause claim of a sentence, or null. */
export function relativeClauseAttribution(t: Token[], s: Sentence): AttributionSpans | null {
  for (let c = s.from + 1; c + 3 < s.to; c++) {
    const rel = t[c].lower;
    if (rel !== 'who' && rel !== 'that' && rel !== 'which') continue;
    const verb = t[c + 1].lower;
    if (c > s.from + 1 && rel !== 'who') {
      const gapped = gappedRelativeClaim(t, s, c);
      if (gapped) return gapped;
    }
    const claiming = CLAIMING.has(verb) && t[c + 2].lower === 'that';
    const finding = rel !== 'who' && DOCUMENT_CUES.has(verb) && (t[c + 2].lower === 'that' || SUBJECT_OPENERS.has(t[c + 2].lower));
    if (!claiming && !finding) continue;
    const start = describedStart(t, s.from, c);
    // none (-1), or a phrase that opens its sentence: the main clause's subject, whose clause ends before
    // the main verb ("Investigators who found the black box said …", "Voters who believe that … are more likely")
    if (start <= s.from + 1) continue;
    if (finding && !isDocumentWord(t[c - 1].lower)) continue;
    // "strains in the Republican Party that suggest", "a poll published on Thursday that showed": the
    // clause may be on the phrase before the preposition, so none is read
    if (ATTACHING.has(t[start - 1].lower) || !readSourceNoun(t, start, c)) continue;
    const from = t[c + 2].lower === 'that' ? c + 3 : c + 2;
    const to = contentEnd(t, from, s.to);
    if (to - from < 3) continue;
    return { source: span(t, start, c), cue: span(t, c + 1, c + 2), content: [span(t, from, to)] };
  }
  return null;
}

/** A relative clause that makes a claim of its own, inside a source read after its cue. */
const CLAIM_IN_SOURCE = new RegExp(
  `,?\\s+(?:who|that|which)\\s+(?:(?:${[...CLAIMING].join('|')})\\s+that\\b|(?:${[...DOCUMENT_CUES].join('|')})\\s+(?:that|${[...SUBJECT_OPENERS].join('|')})\\b)`, 'iu');

/**
 * "according to a new poll that suggests the race is too close to call": the source is the poll;
 * its relative clause is a claim of its own (read by `relativeClauseAttribution`), not its description.
 */
export function withoutRelativeClaim(text: string, source: Span | null, cue: Span | null): Span | null {
  if (!source || !cue || source.start < cue.end) return source;
  const m = CLAIM_IN_SOURCE.exec(text.slice(source.start, source.end));
  return m && m.index > 0 ? { start: source.start, end: source.start + m.index } : source;
}
