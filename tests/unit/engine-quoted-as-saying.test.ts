/**
 * "The state news agency quoted the deputy minister, Arvan Kelesh, as saying that …": the one
 * quoted speaks what follows "as saying", not the agency that quoted them.
 */
import { describe, expect, it } from 'vitest';
import { findQuotedAsSaying } from '../../utils/attribution/quoted-as-saying';
import { readClaims } from './engine-readings';

const spans = (text: string) => findQuotedAsSaying(text).map((r) => ({
  source: r.source && text.slice(r.source.start, r.source.end), cue: r.cue && text.slice(r.cue.start, r.cue.end), claim: text.slice(r.content[0].start, r.content[0].end),
}));

describe('quoted as saying', () => {
  it('reads the one quoted as the source', () => {
    const text = 'Velmar denied the report. Its state news agency, VNA, quoted the deputy defence minister, Arvan Kelesh, as saying that the units had merely returned to their posts.';
    expect(spans(text)).toEqual([{ source: 'the deputy defence minister, Arvan Kelesh', cue: 'as saying', claim: 'the units had merely returned to their posts' }]);
    expect(readClaims(text).map((r) => r.claim)).toContain('the units had merely returned to their posts');
  });

  it('reads nothing without "as saying"', () => {
    expect(spans('The paper quoted a line from the report in its editorial.')).toEqual([]);
  });
});
