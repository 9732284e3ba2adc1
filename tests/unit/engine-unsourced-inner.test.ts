/** An agentless passive ("is expected") inside a sourced claim is that source's account, not a second attribution. */
import { describe, expect, it } from 'vitest';
import { readClaims as read } from './engine-readings';

describe('an agentless passive inside another reading’s claim', () => {
  it.each([
    ['Ruth Tennant testified for three days. Arkwright, who showed no emotion, is expected to appeal, according to a person close to his family.'],
    ['The minister is expected to resign, according to two officials.'],
  ])('is no reading of its own: %s', (text) => {
    expect(read(text).map((r) => r.cue)).not.toContain('is expected');
  });
  it.each([
    // near misses: a reading around it stays (standing alone it is no reading since session 31: engine-review40-readings)
    ['Two officials said the minister is widely expected to resign.', 'said'],
    ['The minister is expected to resign on Friday, two officials said.', 'said'],
  ])('near miss: %s', (text, cue) => {
    expect(read(text).map((r) => r.cue)).toContain(cue);
  });
});
