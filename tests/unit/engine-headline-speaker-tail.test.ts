/**
 * Headlines that put their speaker after the claim ("…, Thornbury Bank Admits", "…, poll shows",
 * "…, warns union"): read on the text's first line, and the title-case verb kept out of the name.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, readSources } from './engine-readings';

describe('a headline whose speaker comes last', () => {
  it.each([
    ['Card Details Of 12,000 Savers Exposed, Harlow Building Society Admits\n\nHarlow Building Society said on Friday that the leak had been contained.',
      { source: 'Harlow Building Society', cue: 'Admits', claim: 'Card Details Of 12,000 Savers Exposed' }],
    ['Most tenants back the rent cap, survey shows\n\nA survey published on Monday found broad support for the plan.',
      { source: 'survey', cue: 'shows', claim: 'Most tenants back the rent cap' }],
    ['Winter ferry timetable is unsafe, warns union\n\nThe union said crews were being asked to work longer shifts.',
      { source: 'union', cue: 'warns', claim: 'Winter ferry timetable is unsafe' }],
    ['\n\nMost tenants back the rent cap, survey shows\n\nA survey published on Monday found broad support.',
      { source: 'survey', cue: 'shows', claim: 'Most tenants back the rent cap' }],
  ])('reads %s', (text, reading) => {
    expect(readClaims(text)).toContainEqual(reading);
  });

  it('keeps the verb out of the name a later mention resolves to', () => {
    const text = 'Ferry Operator Will Cut Winter Sailings, Union Warns\n\nThe cuts start in November. The union said crews had not been consulted.';
    expect(readSources(text).map((r) => r.name)).not.toContain('Union Warns');
  });

  it.each([
    'Prices rose again in March, and nobody says otherwise\n\nShops reported a slow month.',
    'The long road back to the coast, by train and boat\n\nThe journey takes two days.',
    // a first line of sentences is a paragraph, no headline ("…, Larchmere said it rejected the claims")
    'Larchmere Care Group runs 60 homes. In a statement, Larchmere said it rejected the claims.',
    // a noun phrase or a clause after the comma, not a speaker
    'Ten years on, what the data shows\n\nThe town has changed.',
    'Edinburgh Fringe 2026, shows you cannot miss\n\nOur critics pick the best.',
    'Life on the land, reports from rural Wales\n\nFarmers told us about the year.',
  ])('reads no headline speaker in %s', (text) => {
    expect(readClaims(text).filter((r) => r.claim.startsWith(text.slice(0, 10)))).toEqual([]);
  });
});
