/**
 * "…, who asked not to be named, said …": the clause says how a source is described (why it is
 * anonymous), it is not a claim of theirs. The taggers often read "asked" as a cue with "not to
 * be named" as its claim, and that reading can hide the sentence's real one.
 */
import type { AttributionSpans, Span } from './types';
import { keepEach, mendEach } from './reading-passes';

/** Claims that are only a request for anonymity (or a refusal to be named), with the reason for it if given ("… because his firm holds shares"). */
const ANONYMITY_REQUEST = /^(?:not\s+)?(?:to\s+be\s+(?:named|identified|quoted|cited)|to\s+remain\s+anonymous|anonymity(?:\s+(?:in\s+order\s+)?to\s+(?:speak|talk|discuss\s+\p{Ll}+)(?:\s+(?:freely|frankly|candidly|openly|publicly|privately))?)?|(?:on\s+)?(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they)\s+not\s+be\s+(?:named|identified)|that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published))|to\s+speak\s+on\s+the\s+record|to\s+give\s+(?:his|her|their)\s+names?|(?:that\s+)?(?:his|her|their)\s+names?\s+(?:not\s+be\s+(?:used|published|given)|be\s+withheld))\b(?:[\s,]+(?:because|as|since|so|for\s+fear|out\s+of\s+fear|to\s+protect|to\s+avoid)\b[^"“”]*)?[\s,.;]*$/iu;

/**
 * Whether a reading's whole claim is a request not to be named ("asked not to be named"); a claim
 * the role tagger split into pieces ("to be" + "identified") is read as its pieces joined.
 */
export function isAnonymityRequest(text: string, found: AttributionSpans): boolean {
  return found.content.length > 0 && ANONYMITY_REQUEST.test(found.content.map((c) => text.slice(c.start, c.end)).join(' '));
}

/** A claim piece after its cue that only says why the source is unnamed: "…, the people said, asking not to be named because …". */
const ANONYMITY_CLAUSE = /^(?:asking|requesting|speaking|who\s+(?:asked|spoke|requested))\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|for\s+anonymity)\b/iu;

/** Where the claim goes on after the anonymity clause: ", and …", ", but …", "; …". */
const CLAIM_GOES_ON = /(?:,\s*(?:and|but)\s+|;\s*)/u;

/** The piece without its opening anonymity clause: what follows it, or nothing if nothing does. */
function afterAnonymityClause(text: string, piece: Span): Span | null {
  const words = text.slice(piece.start, piece.end);
  if (!ANONYMITY_CLAUSE.test(words)) return piece;
  const on = CLAIM_GOES_ON.exec(words);
  return on ? { start: piece.start + on.index + on[0].length, end: piece.end } : null;
}

/**
 * The readings without the clauses that only explain a source's anonymity ("…, one diplomat said,
 * asking not to be named, and a new round is unlikely": the claim goes on after it); a reading's
 * only piece stays.
 */
function withoutAnonymityPieces(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withoutAnonymityPiecesOf);
}

/** One reading without such clauses (module level, not a closure made per text: its code outlives a full GC). */
function withoutAnonymityPiecesOf(text: string, f: AttributionSpans): AttributionSpans {
  if (f.content.length < 2) return f;
  const kept: Span[] = [];
  let same = true;
  for (const c of f.content) {
    const piece = afterAnonymityClause(text, c);
    if (piece !== c) same = false;
    if (piece !== null && piece.end > piece.start) kept.push(piece);
  }
  same = same && kept.length === f.content.length;
  return same || kept.length === 0 ? f : { ...f, content: kept };
}

/** Between a request's claim and the next verb of its source: "…, but said", "… and then said". */
const JOINED_AFTER = /^[\s,;]*(?:and|but)\s+(?:(?:also|then|later)\s+)?$/u;

/**
 * The readings less those whose claim is only a request for anonymity; a request's source passes
 * to the source-less reading whose cue is joined right after it ("An aide asked not to be named
 * …, but said the deal was dead"), which would otherwise have taken it from the request.
 */
export function withoutAnonymityRequests(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const requests = found.filter((f) => isAnonymityRequest(text, f));
  if (requests.length === 0) return withoutAnonymityPieces(text, found);
  return withoutAnonymityPieces(text, found.filter((f) => !requests.includes(f))).map((f) => {
    if (f.source || !f.cue) return f;
    const cueStart = f.cue.start;
    const request = requests.find((r) => r.source && r.content[0].end <= cueStart && JOINED_AFTER.test(text.slice(r.content[0].end, cueStart)));
    return request ? { ...f, source: request.source } : f;
  });
}

/** A request for anonymity and its "because", then at most two words (the reason's subject) right before the cue, or the reason's first verb and "and" ("because he banks with Thornbury and | feared"). */
const REASON_BEFORE_CUE = /\b(?:(?:not\s+to\s+be|being)\s+(?:named|identified)|anonymity|anonymously)\b[^.;"“”]*\bbecause\s+(?:[^,.;"“”]{1,80}\s+and\s+)?(?:\p{L}+\s+){0,2}$/u;

/**
 * The readings less those whose cue is inside the reason a source gives for not being named ("A
 * worker, who asked not to be named because she |feared| losing her severance, said …"): why
 * they are unnamed, not what they claim.
 */
export function withoutAnonymityReasons(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return keepEach(text, found, outsideAnonymityReason);
}

/** Whether a reading's cue lies outside such a reason (a step for reading-passes.ts). */
function outsideAnonymityReason(text: string, f: AttributionSpans): boolean {
  // (a reading with no source yet is asked of the words before its cue: "The farmer, who asked not to be named because he | fears | …")
  if (!f.cue || (f.source !== null && f.source.start >= f.cue.start)) return true;
  return !REASON_BEFORE_CUE.test(text.slice(Math.max(f.source?.start ?? 0, f.cue.start - 200), f.cue.start));
}
