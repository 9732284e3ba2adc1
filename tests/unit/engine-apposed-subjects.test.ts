/**
 * A noun phrase set beside a name ("Her label, Bellwether Records,") is the subject of the verb after
 * it, never its claim: when the taggers read the verb's object as the source, the roles are swapped back.
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from './engine-readings';

describe('a subject set beside a name', () => {
  it.each([
    ['Her label, Bellwether Records, confirmed the tour.', 'Her label, Bellwether Records', 'the tour'],
    ['The club, Dunmore Rovers, confirmed the signing.', 'The club, Dunmore Rovers', 'the signing'],
  ])('is the source: %s', (text, source, claim) => {
    expect(readClaims(text)).toContainEqual({ source, cue: 'confirmed', claim });
  });

  it('leaves a claim before a source after its verb alone', () => {
    expect(readClaims('The deal is done, confirmed the club.')).toContainEqual({ source: 'the club', cue: 'confirmed', claim: 'The deal is done' });
  });
});
