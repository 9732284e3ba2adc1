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
  'gu',
);
/** How many words a poster's subject may have. */
const MAX_SUBJECT_WORDS = 8;

/** Readings of a post quoted after its poster, the verb of posting and a colon. */
export function findPostedQuotes(text: string): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  if (!text.includes(':')) return out;
  for (const m of text.matchAll(POSTED_QUOTE)) {
    const [whole, subject, cue, quote] = m;
    if (subject.split(/\s+/u).length > MAX_SUBJECT_WORDS) continue;
    const sourceStart = m.index + whole.indexOf(subject);
    const cueStart = sourceStart + subject.length + whole.slice(whole.indexOf(subject) + subject.length).indexOf(cue);
    const quoteStart = m.index + whole.length - quote.length;
    out.push({ source: { start: sourceStart, end: sourceStart + subject.length }, cue: { start: cueStart, end: cueStart + cue.length }, content: [{ start: quoteStart, end: quoteStart + quote.length }] });
  }
  return out;
}
