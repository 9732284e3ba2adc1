/**
 * Readings a final held-out review of ten invented articles found wrong (review 14): a second verb
 * of saying joined by "but" or "and" that no reading had, a Sunday paper's name, and the one
 * "quoted by" an outlet "as saying".
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('review 14', () => {
  it('splits a claim run over a second verb of saying into two readings of the same source', () => {
    const text = 'Trust chief executive Amir Shah said staff were "working flat out" but admitted the figures were unacceptable.';
    expect(readClaims(text)).toEqual([
      { source: 'Trust chief executive Amir Shah', cue: 'said', claim: 'staff were "working flat out"' },
      { source: 'Trust chief executive Amir Shah', cue: 'admitted', claim: 'the figures were unacceptable' },
    ]);
  });

  it('keeps a "but" inside the source\'s own quotation', () => {
    const text = 'Shah said: "We are working flat out, but admitted failures will be fixed."';
    expect(readClaims(text).map((r) => r.cue)).not.toContain('admitted');
  });

  it('takes the one "quoted by the Herald as saying" for the speaker, not the outlet', () => {
    const text = 'Teodor Brusk, the interior minister, was quoted by the Korvany Herald as saying that the border would stay closed.';
    expect(speakerOf(text, 'Teodor Brusk, the interior minister')).toEqual({ name: 'Teodor Brusk', type: 'named-person' });
  });

  it('takes no charity the text named for "the firm"', () => {
    const text = 'Castlegate Living raised rents by 12%. A survey by the housing charity Homeward found that renters were struggling. The firm said in a statement that its rents were fair.';
    expect(speakerOf(text, 'The firm')?.name).not.toBe('Homeward');
  });

  it.each([
    ['The Sunday Courier reported that the minister had failed to declare the gift.', 'The Sunday Courier', 'the Sunday Courier'],
    ['The Kellport Ledger reported that the bank would cut jobs.', 'The Kellport Ledger', 'the Kellport Ledger'],
  ])('%s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-organization' });
  });
});
