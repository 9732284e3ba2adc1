/**
 * A capitalised word the text also writes in lower case is a common word: the lookup must see the
 * whole word only, so "ray" in "x-ray" or "rose" in "roses" does not make "Ray" or "Rose" common.
 */
import { describe, expect, it } from 'vitest';
import { writtenInLowerCase } from '../../utils/attribution/lower-case-words';

describe('writtenInLowerCase', () => {
  it.each([
    ['Election Day came. Every day counts.', 'Day', true],
    ['Ray Holt ordered an x-ray.', 'Ray', false],
    ['Rose Kent grew roses.', 'Rose', false],
    ['Rose Kent said the price rose.', 'Rose', true],
    ["Mark Ode said it's a mark's worth.", 'Mark', false],
    ['Mark Ode made a mark, he said.', 'Mark', true],
    ['Grace Ode', 'Grace', false],
    ['Ängel said the ängel sang.', 'Ängel', true],
    ['Ängel said xängel sang.', 'Ängel', false],
    ['Said 2day.', '2day', false],
  ])('%s → "%s" written in lower case: %s', (text, word, expected) => {
    expect(writtenInLowerCase(text, word)).toBe(expected);
  });

  it('answers each text on its own', () => {
    expect(writtenInLowerCase('Hope Lane spoke.', 'Hope')).toBe(false);
    expect(writtenInLowerCase('Hope Lane spoke of hope.', 'Hope')).toBe(true);
    expect(writtenInLowerCase('Hope Lane spoke.', 'Hope')).toBe(false);
  });

  it('answers a long text, whose words are listed once, as it answers a short one', () => {
    const rows: [string, string][] = [
      ['Election Day came. Every day counts.', 'Day'], ['Ray Holt ordered an x-ray.', 'Ray'],
      ['Rose Kent grew roses.', 'Rose'], ['Rose Kent said the price rose.', 'Rose'],
      ["Mark Ode said it's a mark's worth.", 'Mark'], ['Ängel said xängel sang.', 'Ängel'], ['Said 2day.', '2day'],
    ];
    const filler = ' Nothing Here Is Written Small.'.repeat(4000);
    for (const [text, word] of rows) {
      expect(writtenInLowerCase(filler + text + filler, word)).toBe(writtenInLowerCase(text, word));
    }
  });
});
