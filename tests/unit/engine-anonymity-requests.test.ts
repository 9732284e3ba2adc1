/**
 * "…, who asked not to be named, admitted …": the request for anonymity describes the source;
 * the claim is what follows the main verb (doubled past forms such as "admitted" included).
 */
import { describe, expect, it } from 'vitest';
import { isAnonymityRequest, withoutAnonymityRequests } from '../../utils/attribution/anonymity-requests';
import { findAttributionSpans } from '../../utils/attribution/spans';
import { loadModelFromDisk } from '../../scripts/lib/model-file';
import { readSources } from './engine-readings';

const reading = (text: string, claim: string) => {
  const start = text.indexOf(claim);
  return { source: null, cue: null, content: [{ start, end: start + claim.length }] };
};

describe('isAnonymityRequest', () => {
  it.each([
    ['not to be named', true],
    ['not to be identified because the talks are private', true],
    ['not to be identified because "it would cost me my job"', false],
    ['to remain anonymous', true],
    ['anonymity', true],
    ['Not to be quoted,', true],
    ['that the budget would not be named until May', false],
    ['the plan to be named after her', false],
  ])('%s -> %s', (claim, expected) => {
    const text = `The aide asked ${claim}`;
    expect(isAnonymityRequest(text, reading(text, claim))).toBe(expected);
  });
});

describe('isAnonymityRequest on a claim split in pieces', () => {
  const text = 'A clerk, who declined to be identified, said the files were lost.';
  const piece = (claim: string) => ({ start: text.indexOf(claim), end: text.indexOf(claim) + claim.length });
  it.each([
    [['to be', 'identified'], true],
    [['to be', 'the files were lost'], false],
  ])('%j -> %s', (pieces, expected) => {
    expect(isAnonymityRequest(text, { source: null, cue: null, content: pieces.map(piece) })).toBe(expected);
  });
});

describe('through the span finder', () => {
  const model = loadModelFromDisk();
  it.each([
    ['asked not to be named, then admitted', 'A council officer, who asked not to be named, admitted that the audit had been "badly handled".', 'admitted', 'that the audit had been "badly handled"'],
    ['declined to be identified, then said', 'A second engineer, who declined to be identified, said the cracks had been visible for months.', 'said', 'the cracks had been visible for months'],
  ])('%s', (_label, text, cue, claim) => {
    const found = findAttributionSpans(text, model).map((f) => ({ cue: f.cue && text.slice(f.cue.start, f.cue.end), source: f.source && text.slice(f.source.start, f.source.end), content: f.content.map((c) => text.slice(c.start, c.end)) }));
    expect(found.filter((f) => /^(?:not )?to be|^anonymity/u.test(f.content[0] ?? ''))).toEqual([]);
    const main = found.find((f) => f.cue === cue);
    expect(main?.content).toEqual([claim]);
    expect(main?.source).toMatch(/^A (?:council officer|second engineer)/u);
  });
});

describe('withoutAnonymityRequests', () => {
  it.each([
    ['", but said" after the reason', 'A depot manager asked not to be named since the review is unfinished, but said the cranes were unsafe.', 'A depot manager'],
    ['"and said" after a bare request', 'A depot manager asked not to be named and said the cranes were unsafe.', 'A depot manager'],
    ['not over another subject', 'A depot manager asked not to be named and the union said the cranes were unsafe.', null],
  ])('passes the request’s source to the verb joined after it: %s', (_label, text, expected) => {
    const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const request = { source: span('A depot manager'), cue: span('asked'), content: [span(text.slice(text.indexOf('not to be'), text.search(/,? (?:but|and) /u)))] };
    const said = { source: null, cue: span('said'), content: [span('the cranes were unsafe')] };
    const out = withoutAnonymityRequests(text, [request, said]);
    expect(out.map((f) => f.source && text.slice(f.source.start, f.source.end))).toEqual([expected]);
  });
});

describe('a source who withholds a name', () => {
  it.each([
    'One woman, who lives in the flat below and did not want to give her name, said she had called 999 twice.',
    'A shopper, who gave only his first name, said prices had doubled.',
    'A driver, who refused to give his full name, said the road had been closed for hours.',
  ])('is anonymous: %s', (text) => {
    const opening = text.slice(0, text.indexOf(','));
    expect(readSources(text).find((r) => r.source?.startsWith(opening))?.type).toBe('anonymous-source');
  });
});

describe('a source cut after its relative pronoun', () => {
  it('takes the rest of the clause back', () => {
    const text = 'A shopper, who gave only his first name, said prices had doubled.';
    expect(readSources(text)).toContainEqual({ source: 'A shopper, who gave only his first name,', name: 'A shopper', type: 'anonymous-source' });
  });
});

