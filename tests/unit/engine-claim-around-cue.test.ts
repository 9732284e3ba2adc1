/**
 * A claim around a cue set inside it ("The increase, he told the jury, had been recommended by a
 * broker") goes on after the cue's listener or time, but only with its verb; and a claim before a
 * trailing source is not the time and place it spoke in ("…, an investigator testified Wednesday at
 * the arson trial").
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from './engine-readings';

describe('the claim around its cue', () => {
  it.each([
    ['Dana Holt spoke for an hour. The rent increase, she told the tribunal, had been agreed by the landlord.', 'The rent increase … had been agreed by the landlord'],
    ['Dana Holt spoke for an hour. The answer, she said on Monday, was a new bypass.', 'The answer … was a new bypass'],
    ['The warehouse fire was started deliberately, a state fire investigator testified Tuesday at the arson trial.', 'The warehouse fire was started deliberately'],
    ['The warehouse fire was started deliberately, a state fire investigator testified Wednesday at the arson trial.', 'The warehouse fire was started deliberately'],
  ])('%s', (text, claim) => {
    expect(readClaims(text).map((r) => r.claim)).toContain(claim);
  });

  it('leaves a trailing source whose sentence goes on in its own words', () => {
    const text = 'The levy is unfair to small shops, traders said on Friday, as they marched through the town centre.';
    expect(readClaims(text).map((r) => r.claim)).not.toContainEqual(expect.stringContaining('marched'));
  });
});
