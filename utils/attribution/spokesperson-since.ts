/**
 * "A Department for Transport spokesman said …. He said": news goes on about the spokesperson it
 * last quoted, whom coreference.ts prefers for "he" or "she" over a person named further back.
 */
import type { Mention } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { headNounGender } from './name-gender';

/** A spokesperson's noun in a source, with the gender it gives. */
const SPOKES_WORD = /\bspokes(?:man|woman|person)\b/u;

/**
 * The mention of a spokesperson who spoke after `found` and within a paragraph of `pos`, of a
 * gender `gender` allows: news goes on about the one it last quoted as "he" or "she".
 */
export function spokespersonSince(text: string, found: Mention, gender: 'm' | 'f', pos: number, skip: Span[], timeline: MentionTimeline): Mention | null {
  // (the walk stops at `found` or 400 characters back, whichever comes first: one short walk per pronoun)
  const spokes = timeline.findBack(pos, skip, (m) => {
    if (m.end <= found.end || pos - m.end > 400) return true;
    if (m.spoke !== true || m.entity.type !== 'named-organization') return false;
    const word = SPOKES_WORD.exec(text.slice(m.start, m.end))?.[0];
    const said = word === undefined ? undefined : headNounGender(word);
    return said !== undefined && (said === null || said === gender);
  });
  return spokes !== null && spokes.end > found.end && pos - spokes.end <= 400 ? spokes : null;
}
