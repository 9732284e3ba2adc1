/**
 * Sources the taggers cut short by a word. "Privacy campaigners rejected that argument": the cue
 * tagger may read a sentence's capitalised modifier as the whole source and its noun as the cue's
 * first word ("Privacy" / "campaigners rejected"); a cue that opens on a plural noun of people
 * right after its source gives that noun back, and one with no source ("In Millbrook, residents
 * said") makes it the source. "reported by an air traffic controller": an agent
 * cut to its article ("an") runs on over its noun phrase.
 */
import { mendEach } from './reading-passes';
import { DOCUMENT_NOUNS, GROUP_NOUNS } from './source-lexicon';
import type { AttributionSpans, Span } from './types';

/** Quantifiers the group nouns hold that are no noun of people. */
const QUANTIFIER_WORDS: ReadonlySet<string> = new Set(['others', 'several', 'groups']);
/** Verbs of what documents show ("files | show", "records | reveal"). */
const SHOWING = /^(?:show|shows|showed|shown|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated|found|find|finds)$/u;
/** The cue's first word, lower case, and the space after it. */
const FIRST_WORD = /^(\p{Ll}+)\s+/u;

/**
 * The cue's first word and its space when that word is a plural noun of people (not a quantifier
 * the lexicon also lists: "they all voted", "Christie all calling"), or, when `documents`, a plural
 * of documents before a verb of showing ("Leaked | files show"); null otherwise.
 */
function pluralOpening(text: string, cue: Span, documents: boolean): RegExpExecArray | null {
  const m = FIRST_WORD.exec(text.slice(cue.start, cue.end));
  if (!m || !/^\p{Ll}{3,}s$/u.test(m[1]) || QUANTIFIER_WORDS.has(m[1]) || m[0].length >= cue.end - cue.start) return null;
  const document = documents && DOCUMENT_NOUNS.has(m[1]) && !/(?:sis|ss)$/u.test(m[1]) && SHOWING.test(text.slice(cue.start + m[0].length, cue.end));
  return GROUP_NOUNS.has(m[1]) || document ? m : null;
}

/** One reading whose cue opens on its source's noun, that noun moved into the source. */
function withNounOutOfCue(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  // ("In Millbrook, | residents said": no source, the cue opening on the subject after a fronted phrase;
  // "…, with | supporters pointing to …": the subject of an absolute "with", whatever source was read)
  if (cue && ((!source && CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, cue.start - 3), cue.start))) || WITH_BEFORE.test(text.slice(Math.max(0, cue.start - 6), cue.start)))) return withOpeningNounAsSource(text, f, cue);
  // ("…, doctors and | nurses told": the first of two groups before the cue's noun)
  if (cue && !source) {
    const m = pluralOpening(text, cue, false), listed = m ? listedGroupBefore(text, cue.start, m[1]) : -1;
    if (m && listed >= 0) return { ...f, source: { start: listed, end: cue.start + m[1].length }, cue: { start: cue.start + m[0].length, end: cue.end } };
  }
  if (!source || !cue || !/^\s+$/u.test(text.slice(source.end, cue.start))) return wholeGroupList(text, f);
  const m = pluralOpening(text, cue, true);
  return m ? { ...f, source: { start: source.start, end: cue.start + m[1].length }, cue: { start: cue.start + m[0].length, end: cue.end } } : wholeGroupList(text, f);
}

/** The first of two groups, after a clause's opening: "…, brokers and |insurers said", "Doctors and |nurses told". */
const GROUP_AND_BEFORE = /(?:^|[,;:\n]\s*|[.!?]\s+)((?:[Tt]he\s+)?(\p{L}{3,}s)\s+and\s+)$/u;

/**
 * Where "brokers and " starts right before `at`, the first of two groups opening a clause, when
 * either of the two (`second`, the word at `at`) is a group noun of people; -1 when none.
 */
function listedGroupBefore(text: string, at: number, second: string): number {
  const m = GROUP_AND_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  const first = m ? m[2].toLowerCase() : '';
  return m && !QUANTIFIER_WORDS.has(first) && (GROUP_NOUNS.has(first) || GROUP_NOUNS.has(second)) ? at - m[1].length : -1;
}

/** A source of one plural noun with another group listed before it, given both ("brokers and | insurers"). */
function wholeGroupList(text: string, f: AttributionSpans): AttributionSpans {
  const s = f.source, noun = s ? text.slice(s.start, s.end) : '';
  if (!s || !/^\p{Ll}{3,}s$/u.test(noun) || QUANTIFIER_WORDS.has(noun)) return f;
  const listed = listedGroupBefore(text, s.start, noun);
  return listed < 0 ? f : { ...f, source: { start: listed, end: s.end } };
}

/** A comma, a sentence's end or a line break, then spaces: a clause's subject may open right after. */
const CLAUSE_OPENS_BEFORE = /(?:^|[,.;:\n])\s*$/u;

/** "with" right before the cue (an absolute phrase: "with supporters pointing to …"). */
const WITH_BEFORE = /\bwith\s+$/u;

/** A reading whose cue opens on a plural noun of people: that noun as its source. */
function withOpeningNounAsSource(text: string, f: AttributionSpans, cue: Span): AttributionSpans {
  const m = pluralOpening(text, cue, false);
  return m ? { ...f, source: { start: cue.start, end: cue.start + m[1].length }, cue: { start: cue.start + m[0].length, end: cue.end } } : f;
}

/** Every reading whose cue opens on a plural noun of people right after its source, that noun given to the source. */
export function withNounsOutOfCues(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withNounOutOfCue);
}

/** An article, then its noun phrase up to a preposition of time or place or a break ("an | air traffic controller | at about 8.25"). */
const ARTICLE_PHRASE = /^(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+(?=\s+(?:at|in|on|from|after|before|during|about|near|over|shortly|late|early)\b|\s*[,.;:]|\s*$)/iu;

/**
 * "The first sighting was reported by an air traffic controller at about 8.25 p.m.": an agent
 * after the cue that the tagger cut to its article ("an") is the whole noun phrase.
 */
export function withArticleAgentsWhole(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, (t, f) => {
    const { source, cue } = f;
    if (!source || !cue || source.start < cue.end || !/^(?:a|an|the)$/iu.test(t.slice(source.start, source.end))) return f;
    const m = ARTICLE_PHRASE.exec(t.slice(source.start, source.start + 80));
    return m && m[0].length > source.end - source.start ? { ...f, source: { start: source.start, end: source.start + m[0].length } } : f;
  });
}
