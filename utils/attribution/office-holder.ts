import type { MentionTimeline } from './mention-timeline';
import type { Entity } from './source-entity';
import { PERSON_ROLE_NOUNS } from './source-lexicon';

/**
 * The person named after an office written in capitals and a comma ("Vindhara's Chief Electoral
 * Officer, Sunil Deshmukh,"; "The First Minister of Wales, Rhodri Bevan,"): the office's last word,
 * or its word before "of"/"for", is a person's role.
 */
export function officeHolder(phrase: string, start: number, end: number, timeline: MentionTimeline): Entity | null {
  const comma = phrase.indexOf(',');
  if (comma < 0) return null;
  const written = phrase.slice(0, comma).split(/\s+/u);
  // an office opens on its article or its owner ("The", "Vindhara's"): "Charlie King," is a name, not a king
  if (written.length < 2 || !/^(?:the|a|an)$|['’]s$/iu.test(written[0])) return null;
  const office = written.map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
  const of = office.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const role = of > 0 ? office[of - 1] : office[office.length - 1];
  if (!PERSON_ROLE_NOUNS.has(role)) return null;
  const at = start + comma;
  return timeline.findBack(end, [], (m) => m.start > at && m.end <= end && m.name === true && m.entity.type === 'named-person')?.entity ?? null;
}
