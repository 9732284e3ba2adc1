/**
 * "Harbourne's agent: Turin move is close", "Minister: talks will resume next week": a headline
 * that puts its speaker before a colon attributes the rest of the line to them, as a reader takes
 * it. Only the text's first line is read this way, only with a role ending the speaker, and never a
 * page's label ("Watch:", "Analysis:").
 */
import { headlineLine } from './headline-case';
import { isColonLabel } from './colon-labels';
import { PERSON_ROLE_NOUNS } from './source-lexicon';
import type { AttributionSpans } from './types';

/** A short speaker opening with a capital, a colon, and a claim of at least three words. */
const SPEAKER_COLON_CLAIM = /^(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}'’.&-]+){0,4}):\s+(\S+(?:\s+\S+){2,})$/u;

/** The reading of a headline "Speaker: claim", when the text opens on one. */
export function findHeadlineColonSpeaker(text: string): AttributionSpans[] {
  const line = headlineLine(text);
  // a headline: a line of its own, short, with a paragraph after it
  if (line.end - line.start > 160 || line.end >= text.length) return [];
  const headline = text.slice(line.start, line.end).trimEnd();
  const m = SPEAKER_COLON_CLAIM.exec(headline);
  if (!m) return [];
  const speaker = m[1];
  const words = speaker.split(/\s+/u);
  // a role ends the speaker ("Harbourne's agent", "Minister", "Fed chair"): a title's "X: Y" names no one
  const last = words[words.length - 1].toLowerCase();
  if (isColonLabel(last) || words.some((w) => /^\d/u.test(w)) || !PERSON_ROLE_NOUNS.has(last)) return [];
  const colon = line.start + speaker.length;
  const claimStart = line.start + m[0].length - m[2].length;
  const claim = m[2].replace(/[.!?]+$/u, '');
  return [{ source: { start: line.start, end: colon }, cue: { start: colon, end: colon + 1 }, content: [{ start: claimStart, end: claimStart + claim.length }] }];
}
