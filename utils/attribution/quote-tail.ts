/**
 * "“It is finished,” she said of the election, in which …": when a quotation that opens its
 * sentence closes just before its cue, the words after the cue are the scene of the speech (the
 * listener, the topic, the time, what happened next), not more of what was said; only a piece
 * holding another quotation carries the speech on ("“…,” she said. “…”", "“…,” he said, but “…”").
 * The role tagger sometimes reads that scene as a second piece of content.
 */
import type { AttributionSpans, Span } from './types';
import { mendEach } from './reading-passes';

/** One quotation: opens with a quote mark, ends with its closing mark (after a comma, full stop, ? or ! inside). */
const IS_QUOTATION = /^\s*(?:[“"«‘]|'')[^]*(?:[”"»]|[,.!?]’|[,.!?]'')\s*$/;
/** What may stand before a quotation that opens its sentence: nothing, a line break, or a sentence's end. */
const SENTENCE_BEFORE = /(?:^|[\n.!?:”"])\s*$/;
/** "and" or "but" right before a piece, or opening it: the speech going on as indirect speech. */
const JOINED_BEFORE = /(?:^|[\s,])(?:and|but)\s+$/u;
const JOINED_AT_START = /^(?:and|but)\s/u;
/** A piece holding a quote mark: the quotation going on after its cue, whole or in part ("but “…”"). */
const HOLDS_QUOTATION = /[“”"«»‘]/;

/**
 * The content pieces without those after the cue that hold no quotation, when a piece before the
 * cue is a quotation opening its sentence; the pieces as they were otherwise (and whenever nothing
 * would be left).
 */
export function withoutSceneAfterQuote(text: string, content: Span[], cue: Span): Span[] {
  if (content.length < 2) return content;
  // the quotation must open its sentence: a title quoted mid-sentence ("In his book, “…,” he suggested …") is no speech
  const opensSentence = (s: Span) => SENTENCE_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start));
  const quotedBefore = content.some((s) => s.end <= cue.start && IS_QUOTATION.test(text.slice(s.start, s.end)) && opensSentence(s));
  if (!quotedBefore) return content;
  // a piece joined by "and"/"but" goes on with the speech ("“…,” police said, and drivers should …")
  const joined = (s: Span) => JOINED_BEFORE.test(text.slice(Math.max(cue.end, s.start - 12), s.start)) || JOINED_AT_START.test(text.slice(s.start, s.end));
  const kept = content.filter((s) => s.start < cue.end || HOLDS_QUOTATION.test(text.slice(s.start, s.end)) || joined(s)).map((s) => (s.start < cue.end || joined(s) ? s : fromQuotation(text, s)));
  return kept.length > 0 ? kept : content;
}

/** Scene words, a sentence's end, then the quotation: "conference in the parking lot … intact. |“We are not …”". */
const SCENE_THEN_QUOTE = /^[^"“”]*?[.!?]\s+(?=["“])/u;

/** A piece after the cue that runs from the scene into the next quotation, cut to start at that quotation. */
function fromQuotation(text: string, s: Span): Span {
  const m = SCENE_THEN_QUOTE.exec(text.slice(s.start, s.end));
  return m ? { start: s.start + m[0].length, end: s.end } : s;
}

/** A quotation's closing mark, then a role with its article and a comma, at a piece's end (`," the trustees' chair,`). */
const ROLE_AFTER_QUOTE = /["”]\s+((?:the|a|an|his|her|their|its)\s[^"“”.!?;:\n]{1,60}),\s*$/u;
/** How far back from a piece's end the role is looked for. */
const ROLE_REACH = 80;

/**
 * "“…,” the trustees' chair, Alan Bright, said": a plural possessive's apostrophe reads to the
 * role tagger like a quote mark, so the role before the name may end up in the claim. A claim
 * piece that closes a quotation and then runs on, over a role and its comma, right up to the
 * source, gives that role to the source.
 */
export function withApposedRoleInSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, apposedRoleMoved);
}

/** One reading with such a role moved from its claim into its source. */
function apposedRoleMoved(text: string, f: AttributionSpans): AttributionSpans {
  const source = f.source, last = f.content[f.content.length - 1];
  if (!source || !last || last.end > source.start || text.slice(last.end, source.start).trim() !== '') return f;
  const from = Math.max(last.start, last.end - ROLE_REACH);
  const m = ROLE_AFTER_QUOTE.exec(text.slice(from, last.end));
  if (!m) return f;
  const roleStart = from + m.index + m[0].indexOf(m[1]);
  const piece = { start: last.start, end: from + m.index + 1 };
  return { ...f, source: { start: roleStart, end: source.end }, content: [...f.content.slice(0, -1), piece] };
}
