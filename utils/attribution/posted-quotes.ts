/**
 * "The senator posted on X: “This bill is dead on arrival.”", "Okafor has posted on LinkedIn:
 * “Proud of this team.”": a post quoted after a colon is what its poster said. The taggers, trained
 * on print attributions, miss most of these; this reads the construction by its shape.
 */
import type { AttributionSpans } from './types';

/** Where a sentence may start: the text's start, a line break, or after a sentence's last mark. */
const SENTENCE_OPENING = String.raw`(?:^|\n|[.!?]["”]?[ \t]+)`;
/** Where a post goes up: a platform, or the poster's own site or account. */
const PLATFORM = String.raw`(?:X|Twitter|LinkedIn|Facebook|Instagram|Threads|Bluesky|TikTok|Truth Social|Telegram|Weibo|YouTube|social media|(?:its|his|her|their)\s+(?:website|blog|account|page|channel|feed))`;
/** The poster (a short subject opening its sentence), the verb of posting with its platform and colon, then the quotation. */
const POSTED_QUOTE = new RegExp(
  String.raw`${SENTENCE_OPENING}(\p{Lu}[^.!?\n"“”:;]{0,70}?)\s+((?:has\s+|had\s+)?(?:posted|wrote|tweeted|shared)\s+(?:on|to|in)\s+${PLATFORM}(?:\s+on\s+\p{Lu}\p{Ll}+day)?:)\s*(["“][^"“”\n]{2,600}["”])`,
  'dgu',
);
/** How many words a poster's subject may have. */
const MAX_SUBJECT_WORDS = 8;

/** Readings of a post quoted after its poster, the verb of posting and a colon. */
export function findPostedQuotes(text: string): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  if (!text.includes(':')) return out;
  for (const m of text.matchAll(POSTED_QUOTE)) {
    if (m[1].split(/\s+/u).length > MAX_SUBJECT_WORDS) continue;
    const [source, cue, quote] = [m.indices![1], m.indices![2], m.indices![3]];
    out.push({ source: { start: source[0], end: source[1] }, cue: { start: cue[0], end: cue[1] }, content: [{ start: quote[0], end: quote[1] }] });
  }
  return out;
}
