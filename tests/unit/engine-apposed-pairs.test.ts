/**
 * Two people named in apposition to a plural ("The two dissenting members, Rosa Jimenez and Michael
 * Tran,") are the source together, not the last of them.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('a pair named in apposition', () => {
  it('is both people', () => {
    const text = 'The two dissenting members, Rosa Jimenez and Michael Tran, argued that the district had not done enough.';
    expect(speakerOf(text, 'The two dissenting members, Rosa Jimenez and Michael Tran,')).toEqual({ name: 'Rosa Jimenez and Michael Tran', type: 'named-person' });
  });

  it('leaves one person named in apposition to a singular alone', () => {
    const text = 'The board chair, Rosa Jimenez, argued that the district had not done enough.';
    expect(speakerOf(text, 'The board chair, Rosa Jimenez,')).toEqual({ name: 'Rosa Jimenez', type: 'named-person' });
  });
});
