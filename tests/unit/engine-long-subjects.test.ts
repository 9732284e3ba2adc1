/**
 * Sources with long descriptions the sentence-shape reading used to give up on: a passive verb of
 * saying inside the description ("because staff have been told not to speak"), and a document
 * described between commas ("Internal party research, seen by the Herald, shows").
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from './engine-readings';

describe('a long subject before its cue', () => {
  it('keeps a passive "been told" inside the description out of the cue', () => {
    const text = 'A council employee who worked alongside Finchley, and who asked not to be named because staff have been told not to speak to the press, said colleagues had long wondered how he afforded two holidays a year.';
    expect(readClaims(text)).toContainEqual({
      source: 'A council employee who worked alongside Finchley, and who asked not to be named because staff have been told not to speak to the press,',
      cue: 'said', claim: 'colleagues had long wondered how he afforded two holidays a year',
    });
  });

  it.each([
    ['Internal party research, seen by the Herald, shows support for the bypass has fallen below 30 per cent in three marginal seats.', 'Internal party research, seen by the Herald,'],
    ['An internal report, obtained by the Courier, shows the ward missed its targets.', 'An internal report, obtained by the Courier,'],
    // two participle phrases joined by "and": the paper that saw it is no speaker
    ['A preliminary assessment, prepared for the district council and seen by the Marsh Courier, suggests that the pier could close by 2031.', 'A preliminary assessment, prepared for the district council and seen by the Marsh Courier,'],
  ])('reads a document described between commas: %s', (text, source) => {
    expect(readClaims(text).map((r) => r.source)).toContain(source);
  });
});
