/**
 * A claim never ends on a word that needs more after it ("…could begin as early as",
 * "…said it was too early to"), nor before a second "that" clause of its own: the taggers
 * sometimes stop one clause short. Such a claim is run on to the end of its clause: the sentence's
 * end, a semicolon or a quotation mark, and never over another attribution's cue. A claim stopped
 * inside a list or pair ("from China| , Russia and North Korea") takes in its rest. Likewise a
 * claim does not open with the manner adverb of its cue, its listener or a sentence connective
 * (claim-edges.ts); `ClaimEdgeFitter` applies every edge fix in one place.
 */
import { LEX_QUOTE, type PreparedDoc } from './features';
import { withoutDateline } from './dateline';
import { isAbbreviation } from './sentences';
import { FINITE_AUXILIARIES, FINITE_WORD } from './source-lexicon';
import { byNumber, firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';
import { MONTHS, WEEKDAYS } from './time-words';
import { withLeadingDeterminer, withLeadingNegation, withoutFinalFullStop, withoutLeadingAdverb, withoutLeadingConnective, withoutLeadingListener } from './claim-edges';

/** Words that cannot end a claim: articles, prepositions, conjunctions, auxiliaries and modals. */
const DANGLING = new Set(
  `the a an of with for from by at into than as and or but because whether if his their its our my your whose that which
  who to would could will can should must might may has have had was were is are be been being
  until till in on about over under after before during since through between against toward towards without within
  across behind beyond onto upon via amid among`.split(/\s+/),
);

/** Sentence-final punctuation, left out of the claim. */
const FINAL = /^[.!?]+$/u;

/** True when a "that" claim ending at token k is followed by a second "that" clause joined to it ("that A, and that B"). */
function secondThatClauseAfter(doc: PreparedDoc, s: Span, k: number): boolean {
  const tokens = doc.tokens;
  const j = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  return tokens[j]?.lower === 'and' && tokens[j + 1]?.lower === 'that' && /^that\s/iu.test(doc.text.slice(s.start, s.start + 5));
}

/**
 * An apposition or aside set off by commas, then the clause going on in lower case (", an
 * 81-year-old man, had"; ", not diet, is"; ", who …, would"): it opens with an article, a name, a
 * number, a relative pronoun or a hedge, not with a connective (", however, …").
 */
const APPOSITION_THEN_CLAUSE = /^,\s+(?:(?:a|an|the|not|if|though|although|as|who|which|whose|at least|in part)\b|\p{Lu}|\d)[^,.;:!?"“”\n]{0,50},\s+\p{Ll}/u;
/** The last "that" clause of a claim: what it says so far. */
const LAST_THAT_CLAUSE = /\bthat\s+((?:(?!\bthat\b)[^])*)$/u;
/** Besides FINITE_WORD's auxiliaries, "be" and "do" in a clause: the clause has its verb. */
const BE_OR_DO = /\b(?:be|do)\b/u;
const hasClauseVerb = (clause: string): boolean => FINITE_WORD.test(clause) || BE_OR_DO.test(clause);

/**
 * "told the court that the victim|, an 81-year-old man, had withdrawn £200": a claim whose last
 * "that" clause is a few words with no verb yet, cut where an apposition opens, runs on.
 */
function cutBeforeApposition(text: string, s: Span): boolean {
  if (!APPOSITION_THEN_CLAUSE.test(text.slice(s.end, s.end + 60))) return false;
  const clause = LAST_THAT_CLAUSE.exec(text.slice(Math.max(s.start, s.end - 80), s.end));
  return clause !== null && clause[1].split(/\s+/u).length <= 6 && !hasClauseVerb(clause[1]);
}

/** The main clause's verb after a relative clause's comma (", was released", ", died"): an auxiliary or a past tense. */
const isMainVerb = (word: string): boolean => FINITE_AUXILIARIES.has(word) || /^(?:\p{Ll}+ed|remains|faces|denies|lives|works)$/u.test(word);

/** "for the time being": "being" ends it. */
const timeBeing = (doc: PreparedDoc, k: number): boolean => doc.tokens[k].lower === 'being' && doc.tokens[k - 1]?.lower === 'time';

/** A "that" clause opening on a determiner or pronoun, its subject: "that" is no demonstrative there. */
const THAT_CLAUSE_OPENING = /^that\s+(?:the|a|an|his|her|their|its|our|this|these|those|some|no|he|she|they|it|we|there)\s/iu;

/**
 * "told investigators that the cargo| had been declared": a claim that is a "that" clause of a few
 * words with no verb yet, stopped before a lower-case word of its sentence, runs on.
 */
function verblessThatClause(doc: PreparedDoc, s: Span, k: number): boolean {
  const claim = doc.text.slice(s.start, s.end);
  const next = doc.tokens[k + 1];
  return next !== undefined && doc.sentenceOf[k + 1] === doc.sentenceOf[k] && /^\p{Ll}/u.test(next.text) &&
    THAT_CLAUSE_OPENING.test(claim) && claim.split(/\s+/u).length <= 6 && !hasClauseVerb(claim.slice(5));
}

/** A claim cut at a number's thousands comma ("to 60|,000 homes") or before its noun ("to 60,000| rural homes"). */
const THOUSANDS = /^,\d{3}\b/u;
function insideNumber(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c >= 48 && c <= 57 && (THOUSANDS.test(text.slice(end, end + 5)) || WORD_AFTER.test(text.slice(end, end + 3)));
}
/** A lower-case word right after: the number's noun ("to 60,000| rural homes"), cut off with the rest of its phrase. */
const WORD_AFTER = /^ \p{Ll}/u;

/** A clause joined after a comma with its own subject pronoun: where a run-on claim stops. */
const JOINS = new Set(['and', 'but']);
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we']);

/** A cue inside a relative clause set off by a comma (", who said", ", who later told"): its claim ends at the clause's comma. */
const RELATIVE_BEFORE_CUE = /,\s+(?:who|which)\s+(?:\p{Ll}+ly\s+|later\s+|also\s+|then\s+|had\s+|has\s+|have\s+)?$/u;

/** Whether the cue opens inside a relative clause set off by a comma. */
export function cueInRelativeClause(text: string, cue: Span | null): boolean {
  return cue !== null && RELATIVE_BEFORE_CUE.test(text.slice(Math.max(0, cue.start - 30), cue.start));
}

/**
 * The claim's last span run on to the end of its clause when it ends on a dangling word or inside a number, before an
 * apposition inside its "that" clause, as a "that" clause with no verb yet, or when a second "that" clause of the same
 * claim follows ("that A and that B"); the span itself otherwise. The run stops before ", and it …", a clause with its
 * own subject, and, for a claim inside a relative clause (`relative`), at the comma that closes it ("X, who said the
 * cargo had been declared, was released").
 * `cueStarts` holds the start offset of every cue found (see `danglingEndCompleter`).
 */
export function completeDanglingEnd(doc: PreparedDoc, cueStarts: ReadonlySet<number>, s: Span, relative = false): Span {
  const k = tokenEndingAt(doc, s.end);
  if (k < 0 || !((DANGLING.has(doc.tokens[k].lower) && !timeBeing(doc, k)) || secondThatClauseAfter(doc, s, k) || insideNumber(doc.text, s.end) || cutBeforeApposition(doc.text, s) || verblessThatClause(doc, s, k))) return s;
  const sentence = doc.sentences[doc.sentenceOf[k]];
  let end = s.end;
  for (let j = k + 1; j < sentence.to; j++) {
    const t = doc.tokens[j];
    if (t.text === ';' || doc.lex[j] & LEX_QUOTE || (j === sentence.to - 1 && FINAL.test(t.text))) break;
    // the comma closing the relative clause, before the main clause's verb (not before ", and also accused …")
    if (relative && t.text === ',' && j + 1 < sentence.to && isMainVerb(doc.tokens[j + 1].text)) break;
    // ", and it extended a warning": a new clause with its own subject is the writer's report
    if (t.text === ',' && j + 2 < sentence.to && JOINS.has(doc.tokens[j + 1].lower) && SUBJECT_PRONOUNS.has(doc.tokens[j + 2].lower)) break;
    if (cueStarts.has(t.start)) return s;
    end = t.end;
  }
  return end > s.end ? { start: s.start, end } : s;
}

/** Index of the token that ends at `end`, or -1 (binary search: tokens are in text order). */
function tokenEndingAt(doc: PreparedDoc, end: number): number {
  const tokens = doc.tokens;
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end < end) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo].end === end ? lo : -1;
}

/**
 * The rest of a list or pair the claim stops inside: "and" (after any further capitalised names)
 * and up to four words that end at punctuation ("from China| , Russia and North Korea.",
 * "accountability| and transparency from our president,"). Not a new clause: no pronoun after
 * "and", no finite verb, no "Mr."-style abbreviation at its end.
 */
const LIST_TAIL = /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*\s+and\s+(?!(?:I|he|she|they|we|it|you|that|then|now)\b)(?:(?:a|an|the|his|her|their|its|other)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}(?=[,;:!?]|\.(?:\s|$)|\s*\n|$)/u;
const LIST_TAIL_REJECT = /\b(?:said|says|has|have|had|is|was|were|are|will|would|can|could|did|does|\p{Ll}+ed|\p{Ll}+s)(?:\s|$)/u;
/** The last word of a list tail, to tell a title or initial that needs a name after it ("… and Mr", "… and J"). */
const LAST_WORD = /(\p{L}+)$/u;

/** Whether a list tail ends on a capitalised abbreviation (sentences.ts's list) or an initial: the name it opens is cut off. */
function endsOnAbbreviation(tail: string): boolean {
  const word = LAST_WORD.exec(tail)?.[1];
  return word !== undefined && /^\p{Lu}/u.test(word) && (word.length === 1 || isAbbreviation(word.toLowerCase()));
}

/** The claim run on over the rest of the list or pair it stops inside, unless another cue starts there (`cueStarts` sorted). */
export function completeListTail(text: string, cueStarts: readonly number[], s: Span): Span {
  if (/["”’'),]$/u.test(text.slice(s.end - 1, s.end))) return s;
  const m = LIST_TAIL.exec(text.slice(s.end, s.end + 120));
  if (!m || LIST_TAIL_REJECT.test(m[0]) || endsOnAbbreviation(m[0])) return s;
  const end = s.end + m[0].length;
  const next = cueStarts[firstAtOrAfter(cueStarts, s.end)];
  return next !== undefined && next < end ? s : { start: s.start, end };
}

/** When a claim's future happens, ending its sentence or before a contrast: "on Wednesday", "next week", "in May", "by the end of the year". */
const DAY = `(?:${WEEKDAYS})`;
/** When a future happens, maybe after "again" and before where ("again on Thursday in Vienna"), to the sentence's end. */
const WHEN_TAIL = new RegExp(
  `^\\s+(?:(?:again|soon|together)\\s+)?(?:on\\s+${DAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:later\\s+)?(?:next|this)\\s+(?:week|month|year|${DAY})|(?:in|by)\\s+(?:early\\s+|late\\s+|mid-)?(?:${MONTHS}|\\d{4})|by\\s+the\\s+end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:week|month|year))` +
  `(?:\\s+in\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})?(?=[.!?]["”’]?(?:\\s|$)|,\\s+(?:but|while|although|though|whereas)\\s)`, 'u');
/** A verb of the future in the claim ("would resume", "will soon open"): the day is when it happens, not when it was said. */
const FUTURE_VERB = /\b(?:would|will|could|might|may|should|shall)\s+(?:\p{Ll}+\s+)?\p{Ll}/u;

/**
 * A claim after its cue run on over the day its future happens ("the talks would resume| on
 * Wednesday."): the taggers learned to leave a trailing day to the cue, as news dates its sayings.
 */
export function completeFutureDay(text: string, cue: Span | null, s: Span): Span {
  if (!cue || cue.end > s.start) return s;
  const m = WHEN_TAIL.exec(text.slice(s.end, s.end + 80));
  return m && FUTURE_VERB.test(text.slice(s.start, s.end)) ? { start: s.start, end: s.end + m[0].length } : s;
}

/**
 * `completeDanglingEnd`, then `completeListTail`, bound to one text and the attributions found in
 * it (the cue lookup built once). The span finder uses `ClaimEdgeFitter`, which holds the same
 * step; this seam lets the tests drive the run-on alone.
 */
export function danglingEndCompleter(doc: PreparedDoc, found: readonly AttributionSpans[], relative = false): (s: Span) => Span {
  const completer = new DanglingEnds(doc, found);
  return (s) => completer.complete(s, relative);
}

/**
 * The cue starts of a text's readings, sorted and as a set, for running dangling claim ends on. A
 * class, not a closure made per text: its method keeps its optimised code from text to text.
 */
class DanglingEnds {
  private readonly sortedStarts: number[];
  private readonly cueStarts: Set<number>;
  constructor(private readonly doc: PreparedDoc, found: readonly AttributionSpans[]) {
    const starts: number[] = [];
    for (const f of found) if (f.cue) starts.push(f.cue.start);
    this.sortedStarts = starts.sort(byNumber);
    this.cueStarts = new Set(starts);
  }
  complete(s: Span, relative: boolean): Span {
    return completeListTail(this.doc.text, this.sortedStarts, completeDanglingEnd(this.doc, this.cueStarts, s, relative));
  }
}


/**
 * Every edge fix of a claim's span in one place, for the span finder: a dangling end run on (last
 * span only, and only with the prepared text) and over the day its future happens, the negation of an infinitive kept ("not to discuss"), then no dateline, manner adverb, listener or
 * sentence connective at its start, and no sentence full stop at its end. A class, so the fitting
 * keeps its optimised code from text to text (a closure made per text loses it at each full GC).
 */
export class ClaimEdgeFitter {
  private readonly ends: DanglingEnds | null;
  constructor(private readonly text: string, doc: PreparedDoc | null, found: readonly AttributionSpans[]) {
    this.ends = doc ? new DanglingEnds(doc, found) : null;
  }
  /** The claim span `s` of a reading with cue `cue`, its edges fitted; `last` for the reading's last span. */
  fit(cue: Span | null, s: Span, last: boolean): Span {
    const text = this.text;
    const completed = last ? completeFutureDay(text, cue, this.ends ? this.ends.complete(s, cueInRelativeClause(text, cue)) : s) : s;
    return withoutFinalFullStop(text, withoutLeadingConnective(text, withoutLeadingListener(text, cue, withoutLeadingAdverb(text, withLeadingNegation(text, withLeadingDeterminer(text, withoutDateline(text, completed)))))));
  }
}
