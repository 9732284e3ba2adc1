/**
 * Readings found wrong by the r39 held-out review (16 new articles written and hand-scored by a
 * helper at 6a90ce9; names invented here anew or changed), beyond those in engine-session31-readings.
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from './engine-readings';

describe('session 31: a poll\'s finding holds its respondents\' words (r39 review)', () => {
  it('reads the whole finding, and the respondents with their number', () => {
    const text = 'A poll by Ipsala last year found that 38 per cent of British adults said they went to bed at "very different times" on weekdays and weekends.';
    const readings = readClaims(text);
    expect(readings[0].claim).toBe('that 38 per cent of British adults said they went to bed at "very different times" on weekdays and weekends');
    expect(readings[1].source).toBe('38 per cent of British adults');
  });
});

describe('session 31: an "according to" source gives back the clause it ran into (r39 review)', () => {
  it('ends the source at its comma when a clause follows', () => {
    const text = 'One fan, a bus driver who said he had followed the club since 1981, wept as he described the last final he had attended. "I was nine," he said. "My dad took me. I wish he\'d been here."\n\n' +
      'According to figures from the league, the match drew a crowd of 41,200, the largest for a semi-final in a decade.';
    expect(readClaims(text).at(-1)).toMatchObject({ source: 'figures from the league', claim: 'the match drew a crowd of 41,200, the largest for a semi-final in a decade' });
  });
});
