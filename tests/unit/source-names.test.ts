import { describe, expect, it } from 'vitest';
import { indexNames } from '../../utils/attribution/source-names';
import type { SourceType } from '../../utils/attribution/types';

/** The entity behind the first mention whose text is `name`. */
function entityAt(text: string, name: string) {
  const start = text.indexOf(name);
  const mention = indexNames(text).mentions.find((m) => m.start <= start && m.end > start);
  if (!mention) throw new Error(`no mention covers "${name}"`);
  return mention.entity;
}

describe('indexNames: person or body from the name and its surroundings', () => {
  const cases: Array<[string, string, SourceType]> = [
    ['The deal was signed by Maria Ortega on Tuesday.', 'Maria Ortega', 'named-person'],
    ['Talks ended when Mr. Velko left the room.', 'Velko', 'named-person'],
    ['A statement came from the Brellin Water Authority late on Friday.', 'Brellin Water Authority', 'named-organization'],
    ['The figures were first published by the Lantern Review last week.', 'Lantern Review', 'named-organization'],
    ['Analysts at the Institute for Coastal Studies disagreed.', 'Institute for Coastal Studies', 'named-organization'],
    ['The claim was rejected by the Kremlin within hours.', 'Kremlin', 'named-organization'],
    ['Officials in Ukraine said little.', 'Ukraine', 'named-organization'],
    ['The NTSB opened an inquiry.', 'NTSB', 'named-organization'],
    ['Many Republicans backed the measure.', 'Republicans', 'unnamed-group'],
  ];
  it.each(cases)('%s -> %s is %s', (text, name, type) => {
    expect(entityAt(text, name).type).toBe(type);
  });

  it('joins a later bare surname to the full name', () => {
    const text = 'Governor Ilse Brandt spoke first. Later, Brandt took questions.';
    const index = indexNames(text);
    const [first, second] = index.mentions.filter((m) => text.slice(m.start, m.end).includes('Brandt'));
    expect(second.entity).toBe(first.entity);
    expect(first.entity.name).toBe('Ilse Brandt');
  });

  it('keeps the title and the apposition in the description, and the title for gender', () => {
    const text = 'Mrs. Oona Fell, a spokeswoman for the harbour board, declined to comment.';
    const entity = entityAt(text, 'Oona Fell');
    expect(entity.description).toBe('Mrs. Oona Fell, a spokeswoman for the harbour board');
    expect(entity.gender).toBe('f');
  });

  it('reads a title chain before the name as the description', () => {
    const text = 'Ministry spokesman Arvo Lind said the talks continue.';
    expect(entityAt(text, 'Arvo Lind').description).toBe('Ministry spokesman Arvo Lind');
  });

  it('splits a title with "of" from the name after it', () => {
    const text = 'Secretary of State Julia Ferrant arrived in the capital.';
    expect(entityAt(text, 'Julia Ferrant').name).toBe('Julia Ferrant');
  });

  it('ignores a capitalised adverb that only ever opens sentences', () => {
    const text = 'Eventually the bridge reopened. Traffic returned.';
    expect(indexNames(text).mentions.map((m) => text.slice(m.start, m.end))).not.toContain('Eventually');
  });
});
