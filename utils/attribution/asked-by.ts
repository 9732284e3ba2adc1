/**
 * "Asked by Mr Okafor whether …, the officer said": in court and interview reports the one who
 * asked is named right before the answer, and is the nearest name a pronoun or role noun could
 * take; the one answering is someone else.
 */
import { titleGender, type Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import { sentenceStartBefore } from './sentences';

/** "Asked by Mr Okafor …, the officer said": the one who asked, right before the name. */
const ASKED_BY = /\b[Aa]sked by\s+(?:the\s+)?(?:(\p{Lu}\p{Ll}{0,4})\.?\s+)?$/u;
/** A possessive right after a name. */
const POSSESSIVE_AFTER = /^['’]s/u;

/**
 * Who asked the question the sentence at `pos` goes on to answer ("Asked by Mr Okafor whether …,
 * the officer said"): the one answering is someone else, however recently the asker spoke.
 */
export function askersAt(text: string, pos: number, timeline: MentionTimeline): Map<Entity, 'm' | 'f' | null> {
  const askers = new Map<Entity, 'm' | 'f' | null>();
  if (text === '' || !/asked by/iu.test(text.slice(Math.max(0, pos - 400), pos))) return askers;
  // the sentence's start (a long one: the last 300 units of it)
  const found = sentenceStartBefore(text, pos);
  const from = found < 0 ? pos - 300 : found;
  timeline.findBack(pos, [], (m) => {
    if (m.start < from) return true;
    const before = ASKED_BY.exec(text.slice(Math.max(0, m.start - 20), m.start));
    // "Asked by Reeve's barrister": the one named owns the asker, and may well be the one answering
    if (before && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2))) {
      // the title before the name, or opening the mention ("Mr Shaw"), tells the asker's sex
      const opening = /^\p{L}+/u.exec(text.slice(m.start, m.end))?.[0] ?? '';
      askers.set(m.entity, titleGender(before[1] ?? '') ?? titleGender(opening));
    }
    return false;
  });
  return askers;
}

/**
 * Whether `e` asked the question a pronoun at `pos` answers; a "he" or "she" keeps an asker whose
 * title says the other sex ("Asked by Mr Shaw …, she said"): the pronoun's own gender test tells
 * them apart, also where the text has merged two people of one surname.
 */
export function isAskerFor(askers: Map<Entity, 'm' | 'f' | null>, e: Entity, pronounGender: 'm' | 'f' | null = null): boolean {
  if (!askers.has(e)) return false;
  const asker = askers.get(e);
  return !(pronounGender && asker && asker !== pronounGender);
}
