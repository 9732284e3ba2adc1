/**
 * The person a story is about (an obituary's or a profile's subject): named far more often than
 * anyone else. A "she" paragraphs after the last speaker, with the story back on its subject in
 * between ("Dr. Hennessey said in a statement … In addition to her daughter, she is survived by …
 * Asked whether she had regrets, she said"), means that subject, not the speaker.
 */
import type { Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';

/** Least name mentions a story's subject has. */
const MIN_MENTIONS = 3;

const TOPICS = new WeakMap<MentionTimeline, Entity | null>();

/** The named person mentioned by name at least three times and twice as often as any other, else null; once per text. */
function topicPerson(timeline: MentionTimeline): Entity | null {
  const known = TOPICS.get(timeline);
  if (known !== undefined) return known;
  const counts = new Map<Entity, number>();
  for (const m of timeline.indexed()) if (m.name === true && m.entity.type === 'named-person' && !m.entity.plural) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: Entity | null = null, first = 0, second = 0;
  for (const [e, n] of counts) {
    if (n > first) {
      second = first;
      first = n;
      best = e;
    } else if (n > second) second = n;
  }
  const topic = first >= MIN_MENTIONS && first >= 2 * second ? best : null;
  TOPICS.set(timeline, topic);
  return topic;
}

/** How many paragraph breaks (runs of line breaks) lie in text[from, to). */
function paragraphBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) !== 10) breaks++;
  return breaks;
}

/**
 * The story's subject in place of `found` for a "he" or "she" of their gender, when `found` was
 * last mentioned two or more paragraph breaks before the pronoun (a paragraph between them), or not
 * within the look-back's reach; else `found`.
 */
export function preferTopic(found: Entity, gender: 'm' | 'f', pos: number, text: string, timeline: MentionTimeline): Entity {
  if (text === '') return found;
  const topic = topicPerson(timeline);
  if (topic === null || topic === found || topic.gender !== gender) return found;
  // (the last time the text named `found` in any way: "Mr. English said …" right before "He said")
  const last = timeline.findBack(pos, [], (m) => m.entity === found);
  return last === null || paragraphBreaks(text, last.end, pos) >= 2 ? topic : found;
}
