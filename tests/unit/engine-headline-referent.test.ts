/**
 * A headline names its speaker by role and the story names them after ("…, publicist confirms"
 * then "publicist Dominic Ashgrove said"): the headline's source is that person.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('a headline speaker the story names after', () => {
  it('is the person the story describes with the same noun', () => {
    const text = 'Singer cancels autumn tour to rest, publicist confirms\n\nThe singer Lola Reyes has cancelled the rest of her tour. In a short statement, publicist Tomas Arden said she needed time to recover.';
    expect(speakerOf(text, 'publicist')).toEqual({ name: 'Tomas Arden', type: 'named-person' });
  });

  it('stays the role when the story never names anyone so', () => {
    const text = 'Bridge will stay shut all winter, engineer warns\n\nThe council said repairs would start in spring.';
    expect(speakerOf(text, 'engineer')?.type).toBe('unnamed-person');
  });
});
