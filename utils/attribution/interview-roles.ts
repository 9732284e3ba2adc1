/**
 * A printed interview's "Q:" and "A:" turns: the interviewer asks, and the answers are the words of
 * the one interviewed, the person the piece names most (who is named in its headline or intro).
 */
import type { Entity, Mention } from './source-entity';
import type { Span } from './types';

/** Which side of the interview a source span is: its label "Q" or "A" before a colon, else null. */
export function interviewSide(text: string, span: Span): 'Q' | 'A' | null {
  if (span.end - span.start !== 1 || text.charCodeAt(span.end) !== 58) return null;
  const label = text[span.start];
  return label === 'Q' || label === 'A' ? label : null;
}

/** The interviewer: someone of the outlet, unnamed in the text. */
export function interviewer(): Entity {
  return { name: 'the interviewer', description: 'the interviewer', type: 'unnamed-person', plural: false, gender: null, person: true };
}

/**
 * The one interviewed: the named person the headline and intro (before the first turn, at `before`)
 * mention most, else the one the whole piece mentions most, else someone unnamed.
 */
export function interviewee(mentions: readonly Mention[], before: number): Entity {
  return mostMentioned(mentions.filter((m) => m.end <= before)) ?? mostMentioned(mentions) ??
    { name: 'the interviewee', description: 'the interviewee', type: 'unnamed-person', plural: false, gender: null, person: true };
}

/** The named person with the most mentions (the first to reach that count on a tie). */
function mostMentioned(mentions: readonly Mention[]): Entity | null {
  const counts = new Map<Entity, number>();
  let best: Entity | null = null;
  for (const m of mentions) {
    if (m.name !== true || m.entity.type !== 'named-person' || m.entity.plural) continue;
    const n = (counts.get(m.entity) ?? 0) + 1;
    counts.set(m.entity, n);
    if (best === null || n > counts.get(best)!) best = m.entity;
  }
  return best;
}
