/**
 * Ordinary news sentences the engine once read wrongly, each read as a reader would: a body's
 * "It" after the statement it spoke in, an anonymous source's whole relative clause, and firms
 * whose names end in a trade ("Homes", "Water").
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { fitSourceToCue } from '../../utils/attribution/source-extent';
import { spanOf } from './span-helpers';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();
const read = (text: string) => annotate(text, model).map((a) => ({
  source: a.source && text.slice(a.source.start, a.source.end), name: a.resolvedSource.name, type: a.sourceType,
}));

describe('"It" after a body spoke in a statement', () => {
  it.each([
    ['The transport ministry said in a statement on Tuesday that talks would resume. It accused the union of delay.', 'The transport ministry'],
    ['The water company said in a letter to customers that bills would rise. It blamed the drought.', 'The water company'],
  ])('is the body: %s', (text, body) => {
    expect(read(text)).toContainEqual({ source: 'It', name: body, type: 'named-organization' });
  });
  it('stays the document a body sent, which says things itself', () => {
    const text = 'The city sent a letter on Monday. It says the advert must stop.';
    expect(read(text)).toContainEqual({ source: 'It', name: 'a letter', type: 'document' });
  });
});

describe('the rest of an open relative clause between source and cue', () => {
  it.each([
    ['A senior aide, who spoke on condition of anonymity because the talks were private, said the deal was close.', 'A senior aide, who spoke', 'A senior aide, who spoke on condition of anonymity because the talks were private,'],
    ['The inspector, who visited in May, said the wards were clean.', 'The inspector, who visited', 'The inspector, who visited in May,'],
  ])('belongs to the source: %s', (text, tagged, expected) => {
    const s = fitSourceToCue(text, spanOf(text, tagged), spanOf(text, 'said'))!;
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
  it.each([
    // a clause already closed, or a gap holding a quotation or a sentence break, is left alone
    ['The inspector, who visited in May, later said the wards were clean.', 'The inspector, who visited in May,'],
    ['The inspector, who visited. Then "we" said the wards were clean.', 'The inspector, who visited'],
  ])('leaves %s', (text, tagged) => {
    const s = fitSourceToCue(text, spanOf(text, tagged), spanOf(text, 'said'))!;
    expect(text.slice(s.start, s.end)).toBe(tagged);
  });
});

describe('a firm named for its trade', () => {
  it.each([
    ['The builder, Ashcombe Homes, said the flats would be finished by June.', 'Ashcombe Homes'],
    ['Wessex Water said the pipe had burst overnight.', 'Wessex Water'],
    ['Northline Trains said services would resume at noon.', 'Northline Trains'],
  ])('is an organisation: %s', (text, name) => {
    expect(read(text)).toContainEqual(expect.objectContaining({ name, type: 'named-organization' }));
  });
});
