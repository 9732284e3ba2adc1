import { describe, expect, it } from 'vitest';
import { emptyModel } from '../../utils/attribution/model';
import { findAttributionSpans } from '../../utils/attribution/spans';
import type { AttributionModel } from '../../utils/attribution/model';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const shipped = loadModelFromDisk();

/** The spans as text, so a failing case reads like the sentence. */
function read(text: string, model: AttributionModel = shipped) {
  return findAttributionSpans(text, model).map((f) => ({
    source: f.source && text.slice(f.source.start, f.source.end),
    cue: f.cue && text.slice(f.cue.start, f.cue.end),
    content: f.content.map((c) => text.slice(c.start, c.end)),
  }));
}

describe('findAttributionSpans with the shipped model', () => {
  it('cuts a second speaker joined to a source off it, and keeps the first speaker', () => {
    const text = '“We are ready,” said Ana Ruiz, and Bo Lund agreed. “The plan works.”';
    const said = read(text).find((f) => f.cue === 'said');
    expect(said?.source).toBe('Ana Ruiz');
    expect(said?.content[0]).toBe('“We are ready,”');
  });

  it('is a trained model, not the rule fallback', () => {
    expect(shipped.cue).not.toBeNull();
    expect(shipped.role).not.toBeNull();
  });

  it.each([
    ['source, verb, that-clause', 'The mayor said that the budget would be balanced by June.',
      [{ source: 'The mayor', cue: 'said', content: ['that the budget would be balanced by June'] }]],
    ['quote first, inverted source with apposition, then the quote goes on',
      '“The port will stay closed until Friday,” said Olena Hrytsenko, an analyst at the harbour authority. “Nobody expected this.”',
      [{ source: 'Olena Hrytsenko, an analyst at the harbour authority', cue: 'said', content: ['“The port will stay closed until Friday,”', '“Nobody expected this.”'] }]],
    ['pronoun after the quote', '“We have no choice,” she said.', [{ source: 'she', cue: 'said', content: ['“We have no choice,”'] }]],
    ['according to, after the content', 'Dock workers will strike on Monday, according to union leaders.',
      [{ source: 'union leaders', cue: 'according to', content: ['Dock workers will strike on Monday'] }]],
    ['relative clause inside the source', 'City Council member Ana Ruiz, who chairs the finance committee, warned that the shortfall could reach $40 million.',
      [{ source: 'City Council member Ana Ruiz, who chairs the finance committee,', cue: 'warned', content: ['that the shortfall could reach $40 million'] }]],
    ['according to, before the content', 'According to the city auditor, the deficit has doubled.',
      [{ source: 'the city auditor', cue: 'According to', content: ['the deficit has doubled'] }]],
    ['told with a listener and no "that"', 'Union officials told reporters the talks had collapsed.',
      [{ source: 'Union officials', cue: 'told', content: ['the talks had collapsed'] }]],
    ['headline with the source last', 'Port strike to end Friday, union says',
      [{ source: 'union', cue: 'says', content: ['Port strike to end Friday'] }]],
    ['acknowledged', 'Officials acknowledged that the bridge repairs were behind schedule.',
      [{ source: 'Officials', cue: 'acknowledged', content: ['that the bridge repairs were behind schedule'] }]],
    ['insisted without "that"', 'The mayor insisted the budget was sound.',
      [{ source: 'The mayor', cue: 'insisted', content: ['the budget was sound'] }]],
    ['relative clause after an inverted source, quote continued',
      '“We are not going back to work,” said Tomas Berg, who leads the dockers’ union. “Not until the contract is signed.”',
      [{ source: 'Tomas Berg, who leads the dockers’ union', cue: 'said', content: ['“We are not going back to work,”', '“Not until the contract is signed.”'] }]],
    ['anonymous source with a relative clause that ends in an adverb',
      'Repairs will not come cheap. A city official who was not authorised to speak publicly said the budget would be cut for road maintenance.',
      [{ source: 'A city official who was not authorised to speak publicly', cue: 'said', content: ['the budget would be cut for road maintenance'] }]],
    ['anonymity granted in a participle phrase between source and cue',
      'Two council officers, speaking on condition of anonymity because they were not allowed to discuss the plans, said the list of branches had been drawn up in a week.',
      [{ source: 'Two council officers, speaking on condition of anonymity because they were not allowed to discuss the plans,', cue: 'said', content: ['the list of branches had been drawn up in a week'] }]],
    // the adverb may join the cue, as PolNeAR's annotators often mark it ("said Thursday", "repeatedly says")
    ['an adverb after the verb is no second attribution', 'Some doctors said privately that they worried about the price.',
      [{ source: 'Some doctors', cue: 'said privately', content: ['that they worried about the price'] }]],
    ['inverted with a long claim: speaker and claim not swapped',
      'After reviewing three bids for the ferry contract, the remaining members could not agree on a winner, said two people familiar with the board’s talks.',
      [{ source: 'two people familiar with the board’s talks', cue: 'said', content: ['After reviewing three bids for the ferry contract, the remaining members could not agree on a winner'] }]],
    ['transcript turns', 'RUIZ: We will not raise taxes this year.\n\nMORENO: Then how will you close the gap?',
      [{ source: 'RUIZ', cue: ':', content: ['We will not raise taxes this year.'] }, { source: 'MORENO', cue: ':', content: ['Then how will you close the gap?'] }]],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('finds nothing in plain narration', () => {
    expect(read('The ferry left the harbour at noon. Cranes stood still along the quay.')).toEqual([]);
  });
});

describe('findAttributionSpans on any input', () => {
  it('uses the rules when the model has no taggers', () => {
    expect(read('The mayor said that the budget would be balanced by June.', emptyModel())).toEqual([
      { source: 'The mayor', cue: 'said', content: ['that the budget would be balanced by June'] },
    ]);
  });

  it.each([
    ['empty text', ''],
    ['only quote marks and commas', '"“,”, ,"'.repeat(500)],
    ['lone surrogates', '\ud800 said \udc00 “x,” she said \ud83d'],
  ])('returns valid spans on %s', (_label, text) => {
    for (const f of findAttributionSpans(text, shipped)) {
      for (const s of [...f.content, ...(f.source ? [f.source] : []), ...(f.cue ? [f.cue] : [])]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.start).toBeLessThan(s.end);
      }
    }
  });
});
