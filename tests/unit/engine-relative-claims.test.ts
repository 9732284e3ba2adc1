/**
 * A claim made in a relative clause on its source ("customers who allege that …", "a new poll that
 * suggests …") is read, with the phrase the clause describes as its source; inside a source read
 * after "according to", that clause is cut off the source.
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from './engine-readings';

describe('a relative clause that makes a claim', () => {
  it.each([
    ['Harbin Locks was sued on Monday by a group of customers who allege that a software flaw in its door lock let strangers in.', 'a group of customers', 'allege', 'a software flaw in its door lock let strangers in'],
    ['Work on the bypass was paused in March, weeks before a council survey that shows most residents oppose the scheme.', 'a council survey', 'shows', 'most residents oppose the scheme'],
  ])('is read: %s', (text, source, cue, claim) => {
    expect(readClaims(text)).toContainEqual({ source, cue, claim });
  });

  it('cuts the clause off a source read after "according to", and reads it as the poll\'s own claim', () => {
    const text = 'Labour leads by two points, according to a new poll that suggests the race is now too close to call.';
    expect(readClaims(text)).toEqual([
      { source: 'a new poll', cue: 'according to', claim: 'Labour leads by two points' },
      { source: 'a new poll', cue: 'suggests', claim: 'the race is now too close to call' },
    ]);
  });

  it.each([
    'If you mean strains in the party that suggest that I am disloyal, you are wrong.',
    'Kell leads by four points in a Harwell poll published on Thursday that showed the mayor gaining ground.',
  ])('reads no source for a clause that may be on a phrase before a preposition: %s', (text) => {
    expect(readClaims(text).map((r) => r.source)).not.toContain('the party');
    expect(readClaims(text).map((r) => r.source)).not.toContain('Thursday');
  });
});
