import { describe, expect, it } from 'vitest';
import { findRuleSpans } from '../../utils/attribution/rule-spans';

/** The spans as text, so a failing case reads like the sentence. */
function read(text: string) {
  return findRuleSpans(text).map((f) => ({
    source: f.source && text.slice(f.source.start, f.source.end),
    cue: f.cue && text.slice(f.cue.start, f.cue.end),
    content: f.content.map((c) => text.slice(c.start, c.end)),
  }));
}

describe('rule-based span finder (the fallback without a model)', () => {
  it.each([
    ['source, verb, that-clause', 'The mayor said that the budget would be balanced by June.',
      { source: 'The mayor', cue: 'said', content: ['that the budget would be balanced by June'] }],
    ['quote first, inverted source with apposition, split quote',
      '“The port will stay closed until Friday,” said Olena Hrytsenko, an analyst at the harbour authority. “Nobody expected this.”',
      { source: 'Olena Hrytsenko, an analyst at the harbour authority', cue: 'said', content: ['“The port will stay closed until Friday,”', '“Nobody expected this.”'] }],
    ['pronoun after the quote', '“We have no choice,” she said.', { source: 'she', cue: 'said', content: ['“We have no choice,”'] }],
    ['according to, after the content', 'Dock workers will strike on Monday, according to union leaders.',
      { source: 'union leaders', cue: 'according to', content: ['Dock workers will strike on Monday'] }],
    ['according to, before the content', 'According to the city auditor, the deficit has doubled.',
      { source: 'the city auditor', cue: 'According to', content: ['the deficit has doubled'] }],
    ['told with a listener', 'Union officials told reporters the talks had collapsed.',
      { source: 'Union officials', cue: 'told', content: ['the talks had collapsed'] }],
    ['transcript colon', 'MARTINEZ: We will not sign this contract.', { source: 'MARTINEZ', cue: ':', content: ['We will not sign this contract'] }],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('finds nothing in a sentence without a reporting verb', () => {
    expect(read('The ferry left the harbour at noon.')).toEqual([]);
  });
});
