/**
 * "Asked by Mr Okafor whether …, the officer said": in court and interview reports the one who
 * asked is named right before the answer, and is the nearest name a pronoun or role noun could
 * take; the one answering is someone else.
 */
import type { Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';

/** "Asked by Mr Okafor …, the officer said": the one who asked, right before the name. */
const ASKED_BY = /\b[Aa]sked by\s+(?:(?:the\s+)?\p{Lu}\p{Ll}{0,4}\.?\s+)?$/u;

/** Where the sentence holding `pos` starts: after the last sentence end or line break before it. */
function sentenceStart(text: string, pos: number): number {
  const from = Math.max(0, pos - 600);
  const before = text.slice(from, pos);
  let start = before.lastIndexOf('\n') + 1;
  for (const m of before.matchAll(/[.!?]["”’]?\s/gu)) start = Math.max(start, m.index + m[0].length);
  return from + start;
}

/**
 * Who asked the question the sentence at `pos` goes on to answer ("Asked by Mr Okafor whether …,
 * the officer said"): the one answering is someone else, however recently the asker spoke.
 */
export function askersAt(text: string, pos: number, timeline: MentionTimeline): Set<Entity> {
  const askers = new Set<Entity>();
  if (text === '' || !/asked by/iu.test(text.slice(Math.max(0, pos - 400), pos))) return askers;
  const from = sentenceStart(text, pos);
  timeline.findBack(pos, [], (m) => {
    if (m.start < from) return true;
    if (ASKED_BY.test(text.slice(Math.max(0, m.start - 20), m.start))) askers.add(m.entity);
    return false;
  });
  return askers;
}
