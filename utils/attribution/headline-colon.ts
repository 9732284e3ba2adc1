/**
 * Headlines that credit their claim with a colon ("Senator Ruiz: Budget Deal Is Dead"; "Poll:
 * Voters Split on Transit Tax"). The headline has no reporting verb, so the taggers pass it by;
 * the colon after a short name in the first line is the attribution.
 */
import type { AttributionSpans } from './types';

/** A headline is the text's first line, and a short one. */
const MAX_HEADLINE_CHARS = 220;
const MAX_SOURCE_WORDS = 4;
const MIN_CLAIM_WORDS = 3;
/** Labels that open a headline without naming anyone: "The Latest:", "Watch:", "Live Updates:". */
const LABEL_WORDS = new Set([
  'the', 'a', 'an', 'how', 'why', 'what', 'when', 'where', 'who', 'which', 'watch', 'exclusive', 'breaking', 'update', 'updates',
  'live', 'analysis', 'opinion', 'editorial', 'video', 'photos', 'review', 'latest', 'podcast', 'explainer', 'quiz', 'listen', 'read',
  'inside', 'timeline', 'recap', 'factbox', 'interview', 'letters', 'correction', 'obituary', 'daily', 'weekly', 'news', 'morning', 'evening',
]);
/** Words that make the part before the colon a phrase or a clause, not a name ("Obama on Climate"). */
const FUNCTION_WORDS = new Set([
  'on', 'in', 'of', 'to', 'for', 'at', 'with', 'over', 'and', 'or', 'is', 'are', 'was', 'were', 'has', 'have', 'vs', 'vs.', 'by',
  'from', 'as', 'after', 'before', 'about', 'against', 'into', 'out', 'up', 'not', 'no', 'it', 'its', 'this', 'that', 'be',
]);

/** The headline's "Name: claim" reading, or none: the colon is the cue, the name the source. */
export function findHeadlineColon(text: string): AttributionSpans[] {
  const lineEnd = text.indexOf('\n');
  const end = lineEnd < 0 ? text.length : lineEnd;
  if (end > MAX_HEADLINE_CHARS) return [];
  const colon = text.indexOf(': ', 0);
  if (colon <= 0 || colon >= end) return [];
  const sourceText = text.slice(0, colon);
  const words = sourceText.split(' ');
  if (words.length > MAX_SOURCE_WORDS || words.some((w) => w.length === 0)) return [];
  if (!/^\p{Lu}/u.test(words[0]) || LABEL_WORDS.has(words[0].toLowerCase())) return [];
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || !/^[\p{L}\p{N}.’'&-]+$/u.test(w))) return [];
  if (words.every((w) => w === w.toUpperCase())) return []; // "BREAKING:", "FIX IS IN:" shouting labels
  let claimStart = colon + 2;
  while (claimStart < end && text[claimStart] === ' ') claimStart++;
  let claimEnd = end;
  while (claimEnd > claimStart && /\s/.test(text[claimEnd - 1])) claimEnd--;
  // the headline's own closing period is not part of the claim; a quoted claim keeps its marks
  if (text[claimEnd - 1] === '.' && claimEnd - 1 > claimStart) claimEnd--;
  const claim = text.slice(claimStart, claimEnd);
  if (claim.split(/\s+/).length < MIN_CLAIM_WORDS) return [];
  return [{ source: { start: 0, end: colon }, cue: { start: colon, end: colon + 1 }, content: [{ start: claimStart, end: claimEnd }] }];
}
