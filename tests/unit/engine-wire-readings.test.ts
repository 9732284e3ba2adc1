/**
 * A wire story's readings, on invented sentences: the dateline kept out of the first source, a firm
 * described by a possessive apposition, an anonymity request with its reason, a "which" cue, and
 * "the company" after a name that a possessive place modifies.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { readPhrase } from '../../utils/attribution/source-phrase';
import { withoutClaimAfterSource, withoutLeadingJunk } from '../../utils/attribution/source-extent';
import { relativePronounBeforeCue, withSubjectBeforeCue } from '../../utils/attribution/source-relative';
import { spanOf } from './span-helpers';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();
const read = (text: string) => annotate(text, model).map((a) => ({
  source: a.source && text.slice(a.source.start, a.source.end), cue: a.cue && text.slice(a.cue.start, a.cue.end),
  name: a.resolvedSource.name, description: a.resolvedSource.description, type: a.sourceType,
}));

describe('a wire story', () => {
  const story = "OSLO (Reuters) - Fjordmark, Norway's second-largest grocer, warned on Tuesday that profit would fall. The company said it would shut nine stores.";
  it('keeps the dateline out of the first source and reads the firm with its description', () => {
    expect(read(story)[0]).toMatchObject({ source: "Fjordmark, Norway's second-largest grocer,", name: 'Fjordmark', description: "Fjordmark, Norway's second-largest grocer", type: 'named-organization' });
  });
  it('reads "The company" as that firm, not the country that describes it', () => {
    expect(read(story)[1]).toMatchObject({ source: 'The company', name: 'Fjordmark', type: 'named-organization' });
  });
  it('drops a request for anonymity given with its reason', () => {
    const text = 'One trader, who asked not to be named because his bank advises the firm, said the sale was rushed.';
    expect(read(text).map((r) => r.cue)).toEqual(['said']);
  });
  it('gives a cue right after ", which" the pronoun as its source, meaning the body before it', () => {
    const text = 'The market has been hit by high prices, according to data from research firm Tallis, which showed sales fell 3.1 percent in the 12 weeks to March 2.';
    expect(relativePronounBeforeCue(text, spanOf(text, 'showed'))).toEqual(spanOf(text, 'which'));
    expect(read(text)).toContainEqual(expect.objectContaining({ source: 'which', cue: 'showed', name: 'Tallis', type: 'named-organization' }));
  });
});

describe('a firm described by its trade', () => {
  it.each([
    ['Retailer', { kind: 'typed', type: 'named-organization' }],
    ['the carmaker', { kind: 'refer', fallback: 'named-organization' }],
    ['the regulator', { kind: 'refer', fallback: 'named-organization' }],
  ])('%s is a body', (phrase, expected) => {
    expect(readPhrase(phrase, 0, ' said.')).toMatchObject(expected);
  });
});

describe('"with" giving an -ing cue its subject', () => {
  it.each([
    ['Talks broke down, with each side accusing the other of bad faith, diplomats said.', 'each side'],
    ['Shares fell, with analysts warning that the slump could last.', 'analysts'],
  ])('%s', (text, subject) => {
    const cue = text.includes('accusing') ? 'accusing' : 'warning';
    expect(withSubjectBeforeCue(text, spanOf(text, cue))).toEqual(spanOf(text, subject));
  });
  it('leaves a cue with no "with" before it, or a verb not in -ing', () => {
    const text = 'Shares fell as analysts warned that the slump could last.';
    expect(withSubjectBeforeCue(text, spanOf(text, 'warned'))).toBeNull();
  });
});

describe('court reports', () => {
  it.each([
    ['Ian Moss, 52, took the cash from the charity over six years, Ashford Crown Court heard.', 'Ashford Crown Court', 'Ian Moss, 52, took the cash from the charity over six years'],
    ['The boiler had not been serviced for a decade, the inquest heard.', 'the inquest', 'The boiler had not been serviced for a decade'],
  ])('reads what a court heard as the court’s: %s', (text, source, claim) => {
    const found = annotate(text, model).find((a) => a.cue && text.slice(a.cue.start, a.cue.end) === 'heard');
    expect(found && text.slice(found.source!.start, found.source!.end)).toBe(source);
    expect(found?.claim).toBe(claim);
    expect(found?.sourceType).toBe('named-organization');
  });
  it('leaves what anyone else heard alone', () => {
    const text = 'The shots were fired at close range, a neighbour heard.';
    expect(annotate(text, model).filter((a) => a.cue && text.slice(a.cue.start, a.cue.end) === 'heard')).toEqual([]);
  });
});

describe('a source the taggers start on the last sentence’s full stop', () => {
  it('begins at its first word, on its own line', () => {
    const text = 'She wrote that it would be "the bigger mistake".\n\nGovernor Ada Penn defended the decision.';
    const s = withoutLeadingJunk(text, { start: text.indexOf('".') + 1, end: text.indexOf(' defended') });
    expect(text.slice(s!.start, s!.end)).toBe('Governor Ada Penn');
    expect(withoutLeadingJunk(text, { start: text.indexOf('".') + 1, end: text.indexOf('".') + 2 })).toBeNull();
  });
});

describe('a relative clause on an according-to source', () => {
  it('describes the source and is no part of its claim', () => {
    const text = 'The closure has cost hauliers an estimated £2 million, according to the Quay Traders’ Guild, which represents thirty firms at the docks.';
    const found = annotate(text, model).find((a) => a.cue && /according to/iu.test(text.slice(a.cue.start, a.cue.end)));
    expect(found?.content.map((c) => text.slice(c.start, c.end))).toEqual(['The closure has cost hauliers an estimated £2 million']);
  });
});

describe('a possessive inside a body’s name', () => {
  it.each([
    ["St. Agnes's Hospital said the patient was stable.", "St. Agnes's Hospital"],
    ["The U.S. Attorney's Office said charges would follow.", "the U.S. Attorney's Office"],
    ["The Port Users' Association said costs rose sharply in March.", "the Port Users' Association"],
  ])('keeps the name whole: %s', (text, name) => {
    expect(read(text)[0]).toMatchObject({ name, type: 'named-organization' });
  });
});

describe('a source named after its cue', () => {
  it('ends before the claim goes on with "but"', () => {
    const text = 'The results matched earlier forecasts, said Piet Vos, a geologist at Delft who was not involved, but the pace was alarming.';
    const s = withoutClaimAfterSource(text, spanOf(text, 'Piet Vos, a geologist at Delft who was not involved, but the pace was'), spanOf(text, 'said'));
    expect(s && text.slice(s.start, s.end)).toBe('Piet Vos, a geologist at Delft who was not involved');
  });
  it('leaves a source before its cue alone', () => {
    const text = 'Piet Vos, though tired, said the pace was alarming.';
    expect(withoutClaimAfterSource(text, spanOf(text, 'Piet Vos, though tired,'), spanOf(text, 'said'))).toEqual(spanOf(text, 'Piet Vos, though tired,'));
  });
});
