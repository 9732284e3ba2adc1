/**
 * "Theresa Lund said the plant would close in May and warned that more jobs could go": the
 * second verb is the same source speaking again, so the first claim ends before "and warned".
 * The taggers often run a claim over the joined verb when it is one sentence.
 */
import { firstAtOrAfter, sameSpan } from './sorted-offsets';
import { quotationOpenAt } from './quote-extent';
import type { AttributionSpans, Span } from './types';

/** The joining word before another cue, with an optional subject pronoun and adverb ("…, and he later | said"). */
const JOIN_BEFORE_CUE = /[\s,;—–-]+(?:and|but)\s+(?:(?:he|she|they|it|we)\s+)?(?:(?:\p{Ll}+ly|also|then|later)\s+)?$/u;

/**
 * A quotation's closing comma and mark before a participle that reports ("“…,” adding that …"):
 * the quotation ends there. (After a plain comma the participle may go on with the claim, as
 * PolNeAR reads "made the case that …, explaining …".)
 */
const COMMA_BEFORE_PARTICIPLE = /,["”’]\s+$/u;
/** A plain comma before the participle, after a claim that is only a short object ("denied that, saying …", "rejected the claim, saying …"), which PolNeAR reads alone. */
const COMMA_AFTER_OBJECT = /,\s+$/u;
const SHORT_OBJECT = /^(?:that|this|it|them|these|those|(?:the|such|any|all|these|those)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)$/iu;
const PARTICIPLE = /^\p{Ll}+ing$/u;

/** `a` is `b` or lies inside it ("Rachel Yoon" of "A county spokeswoman, Rachel Yoon,"): the same speaker. */
const sameOrInside = (a: Span | null, b: Span | null): boolean => a !== null && b !== null && a.start >= b.start && a.end <= b.end;

/** A clause of its own joined after a comma: "…, and farmers in the valley say …". */
const CLAUSE_JOIN_BEFORE_SOURCE = /[,;]\s+(?:and|but|while|whereas)\s+$/u;

/**
 * "Retailers have warned that stock is stuck offshore, and farmers say they cannot ship": where
 * another reading's source and cue both stand inside the claim after a comma and a joining word,
 * the claim ends at the comma (the second clause is the other source's own statement).
 */
function cutBeforeJoinedClause(text: string, claim: AttributionSpans, piece: Span, withCues: readonly AttributionSpans[], cueStarts: readonly number[]): Span {
  for (let k = firstAtOrAfter(cueStarts, piece.start + 1); k < withCues.length && cueStarts[k] < piece.end; k++) {
    const { cue, source } = withCues[k] as { cue: Span; source: Span | null };
    if (withCues[k] === claim || !source || source.start <= piece.start + 3 || source.end > cue.start || cue.end > piece.end) continue;
    const join = CLAUSE_JOIN_BEFORE_SOURCE.exec(text.slice(Math.max(piece.start, source.start - 12), source.start));
    if (!join || quotationOpenAt(text, piece.start, source.start)) continue;
    return { start: piece.start, end: Math.max(piece.start, source.start - 12) + join.index };
  }
  return piece;
}

/** True when the source is a subject pronoun between `from` and `to` (the join before the cue). */
const pronounIn = (text: string, source: Span, from: number, to: number): boolean =>
  source.start >= from && source.end <= to && /^(?:he|she|they|we)$/u.test(text.slice(source.start, source.end));

/** A perfect tense in the claim ("the board had met"): a bare past form joined after it may share its "had". */
const PERFECT_TENSE = /\b(?:had|has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;
/** What a verb that plainly reports opens with: "that", a quotation or a colon. */
const REPORTED_AHEAD = /^\s*(?:that\b|[:"“])/u;
/** Verbs that only report, whatever follows them: "had called her and urged his supporters to …" is a second statement. */
const ONLY_REPORTING = /^(?:urged|warned|insisted|stressed|added|noted|argued|acknowledged|conceded|cautioned|predicted|vowed|pledged|blamed|accused|criticised|criticized|condemned|praised|thanked)$/u;

/**
 * "The chairman said the board had met and agreed a plan": after a perfect tense in the claim, a
 * joined past form with no pronoun before it may be the claim's own subject acting ("had met and
 * [had] agreed"), so the claim is not cut there unless the verb plainly reports ("and warned that").
 */
function continuesClaimVerb(text: string, piece: Span, joinEnd: number, cue: Span): boolean {
  const verb = text.slice(cue.start, cue.end);
  return PERFECT_TENSE.test(text.slice(piece.start, joinEnd)) && /^\p{Ll}+ed$/u.test(verb) && !ONLY_REPORTING.test(verb) && !REPORTED_AHEAD.test(text.slice(cue.end, cue.end + 8));
}

/** The comma before a participle at `cueStart` when the claim up to it is a short object only ("that", "the report"). */
function objectBeforeComma(text: string, piece: Span, before: string, cueStart: number): RegExpExecArray | null {
  const comma = COMMA_AFTER_OBJECT.exec(before);
  return comma && SHORT_OBJECT.test(text.slice(piece.start, cueStart - before.length + comma.index)) ? comma : null;
}

/**
 * The piece of `claim` cut before the first cue inside it that joins the same source's next verb;
 * the piece itself if there is none. `withCues` holds the readings that have a cue, by cue start,
 * and `cueStarts` those starts.
 */
function cutBeforeJoinedCue(text: string, claim: AttributionSpans, piece: Span, withCues: readonly AttributionSpans[], cueStarts: readonly number[]): Span {
  for (let k = firstAtOrAfter(cueStarts, piece.start + 1); k < withCues.length && cueStarts[k] < piece.end; k++) {
    const { cue, source } = withCues[k] as { cue: Span; source: Span | null };
    if (withCues[k] === claim || !source || cue.end > piece.end) continue;
    const before = text.slice(Math.max(piece.start, cue.start - 40), cue.start);
    const join = JOIN_BEFORE_CUE.exec(before) ?? (PARTICIPLE.test(text.slice(cue.start, cue.end)) ? COMMA_BEFORE_PARTICIPLE.exec(before) ?? objectBeforeComma(text, piece, before, cue.start) : null);
    if (!join || quotationOpenAt(text, piece.start, cue.start)) continue; // the source's own quoted words
    const end = cue.start - (Math.min(40, cue.start - piece.start) - join.index);
    // the same source, or "he", "she" … right after the "and" ("…, and he noted")
    if (!sameOrInside(source, claim.source) && !pronounIn(text, source, end, cue.start)) continue;
    if (sameSpan(source, claim.source) && continuesClaimVerb(text, piece, end, cue)) continue;
    // a quotation's closing comma and mark stay with it ("“…,” adding"), as quotations are read whole
    if (end - piece.start >= 3) return { start: piece.start, end: /^,["”’]/u.test(text.slice(end, end + 2)) ? end + 2 : end };
  }
  return piece;
}

/**
 * Each claim cut before a verb joined to it by "and" or "but" (or a participle after a comma:
 * "“…,” adding that …") that is the cue of another reading
 * with the same source (or with "he", "she" … right after the "and"): the source's next statement
 * or act, not part of what it said first.
 */
export function withoutJoinedCues(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const withCues = found.filter((f) => f.cue).sort((a, b) => a.cue!.start - b.cue!.start);
  const cueStarts = withCues.map((f) => f.cue!.start);
  return found.map((f) => {
    if (!f.source) return f;
    const content = f.content.map((piece) => {
      const cut = cutBeforeJoinedCue(text, f, piece, withCues, cueStarts);
      return cut === piece ? cutBeforeJoinedClause(text, f, piece, withCues, cueStarts) : cut;
    });
    return content.every((c, i) => c === f.content[i]) ? f : { ...f, content };
  });
}

/** Reporting verbs in the past that a claim may run over after "but" or "and" ("… but admitted the figures were unacceptable"). */
const JOINED_REPORTING = /\s(?:but|and)\s+((?:also\s+)?(?:admitted|added|warned|insisted|conceded|acknowledged|argued|noted|stressed|accused|denied|confirmed|claimed|urged|reminded))\s+(?=\S)/u;

/**
 * "Amir Shah said staff were working flat out but admitted the figures were unacceptable": the
 * taggers read one claim over the second verb of saying when they found no cue in it. The claim
 * ends before "but", and the second verb is a reading of its own, by the same source.
 */
function splitJoinedReporting(text: string, f: AttributionSpans, cueStarts: ReadonlySet<number>, out: AttributionSpans[]): void {
  const piece = f.content.length === 1 ? f.content[0] : null;
  if (!f.source || !f.cue || piece === null || piece.start < f.cue.end) { out.push(f); return; }
  const m = JOINED_REPORTING.exec(text.slice(piece.start, piece.end));
  // (not inside the source's own quoted words)
  if (!m || m.index < 12 || quotationOpenAt(text, piece.start, piece.start + m.index)) { out.push(f); return; }
  const cueStart = piece.start + m.index + m[0].indexOf(m[1]);
  // a reading of that verb already there: withoutJoinedCues ends the claim before it
  if (cueStarts.has(cueStart)) { out.push(f); return; }
  const claimStart = piece.start + m.index + m[0].length;
  // the first claim without the comma before "but" ("…flat out, but admitted")
  let firstEnd = piece.start + m.index;
  while (firstEnd > piece.start && (text.charCodeAt(firstEnd - 1) === 44 || text.charCodeAt(firstEnd - 1) === 32)) firstEnd--;
  out.push({ ...f, content: [{ start: piece.start, end: firstEnd }] });
  out.push({ source: f.source, cue: { start: cueStart, end: cueStart + m[1].length }, content: [{ start: claimStart, end: piece.end }] });
}

/** Every reading whose claim runs over a second verb of saying split in two, in text order. */
export function withJoinedReportingSplit(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const cueStarts = new Set<number>();
  for (const f of found) if (f.cue) cueStarts.add(f.cue.start);
  const out: AttributionSpans[] = [];
  for (const f of found) splitJoinedReporting(text, f, cueStarts, out);
  return out;
}
