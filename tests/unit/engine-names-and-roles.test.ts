/**
 * Who a name or a second mention stands for, in news of kinds the dev set has few of: a firm by
 * its first word after its full name with a legal form, a police force, "the 23-year-old" past a
 * club named in between, and "she" after a person introduced by role first.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { model, readSources as read } from './engine-readings';

describe('a firm or force by its name', () => {
  it.each([
    ['Torvik Bank AG is weighing a sale of its fund unit. In a statement, Torvik said it reviews its portfolio regularly.', 'Torvik', 'Torvik Bank AG'],
    ['Lindqvist Motors said profits fell. Lindqvist said the strike had hurt output.', 'Lindqvist', 'Lindqvist Motors'],
  ])('reads the first word alone as the firm: %s', (text, source, firm) => {
    expect(read(text)).toContainEqual({ source, name: firm, type: 'named-organization' });
  });
  it('reads a constabulary as a body', () => {
    const text = 'Eastmoor Constabulary says it has dealt with more than 200 calls since midnight.';
    expect(read(text)).toContainEqual({ source: 'Eastmoor Constabulary', name: 'Eastmoor Constabulary', type: 'named-organization' });
  });
});

describe('"the 23-year-old"', () => {
  it('is the person last named, not a club named in between', () => {
    const text = 'Daniel Okoro scored twice.\n\nOkoro, who joined Ashcombe from Kirkby Town in the summer, said the second goal was the best of his career.\n\n"I just hit it and hoped," the 23-year-old said.';
    expect(read(text)).toContainEqual({ source: 'the 23-year-old', name: 'Daniel Okoro', type: 'named-person' });
  });
});

describe('"she" after a person introduced by role, then name', () => {
  it('is that person, not an earlier speaker', () => {
    const text = 'Westgrid said crews were working to restore power.\n\nThe head of the National Weather Office, Dr Fiona Gallacher, said the storm was the strongest in a decade. She said gusts of 94mph were recorded at Ardnish Point.';
    expect(read(text)).toContainEqual({ source: 'She', name: 'Fiona Gallacher', type: 'named-person' });
  });
});

describe('the group of anonymous sources, mentioned again', () => {
  const text = 'Torvik Bank AG is exploring a sale of its fund unit, three people familiar with the matter said. The talks are at an early stage, the people said, asking not to be named because the talks are private.\n\nOne of the people said a deal could be signed by March. Another cautioned that no decision had been made.';
  const found = annotate(text, model).map((a) => ({ source: a.source && text.slice(a.source.start, a.source.end), description: a.resolvedSource.description, type: a.sourceType, claim: a.claim }));
  it('is "the people", still anonymous, and their reason for it is no claim', () => {
    expect(found).toContainEqual({ source: 'the people', description: 'three people familiar with the matter', type: 'anonymous-source', claim: 'The talks are at an early stage' });
  });
  it.each(['One of the people', 'Another'])('has "%s" as one of them, speaking as that group', (source) => {
    expect(found.find((f) => f.source === source)).toMatchObject({ description: 'three people familiar with the matter', type: 'anonymous-source' });
  });
});

describe('British titles and readers named by first name', () => {
  it('reads "Cllr" as a title, so the councillor is one person', () => {
    const text = 'Cllr Margaret Odhiambo, the cabinet member for culture, said the library would close. Cllr Odhiambo told the meeting that she would meet campaigners.';
    expect(read(text).map((r) => r.name)).toEqual(['Margaret Odhiambo', 'Margaret Odhiambo']);
  });
  it.each([
    ['Laura from Kilmorran writes: "Our garden fence has gone."', 'Laura'],
    ['Tom, a reader in Eastmoor, writes: "Power is back here."', 'Tom'],
  ])('reads a reader by first name, not the place: %s', (text, name) => {
    expect(read(text)[0]).toMatchObject({ name, type: 'named-person' });
  });
  it('leaves a given name that opens a question a word', () => {
    const text = 'Mark Lund chairs the board. Will the council act? He said it would.';
    expect(read(text)).toContainEqual({ source: 'He', name: 'Mark Lund', type: 'named-person' });
  });
});

describe('where the new readings must not reach (found by review)', () => {
  it('reads "One of them" as one of the group named just before, not the group that spoke earlier', () => {
    const text = 'Three officials said the ministry would cut 500 jobs. Hundreds of protesters gathered outside on Friday. One of them said she had worked there for 20 years.';
    expect(read(text)).toContainEqual({ source: 'One of them', name: 'protesters', type: 'unnamed-person' });
  });
  it('reads "The 34-year-old" as the defendant even when no list knows the given name', () => {
    const text = 'Darius Vell appeared at Leeds Crown Court on Monday. The 34-year-old told the court he had been nowhere near the shop.';
    expect(read(text)).toContainEqual({ source: 'The 34-year-old', name: 'Darius Vell', type: 'named-person' });
  });
  it.each([
    ['Qatar Airways Group reported record profits. Qatar said it would host the ceasefire talks.', 'Qatar'],
    ['Police SA said two men had been arrested. Police said the men were released.', 'Police'],
  ])('leaves a country or a plain word its own: %s', (text, source) => {
    expect(read(text)).toContainEqual({ source, name: source, type: 'named-organization' });
  });
  it('gives a word two firms share to neither', () => {
    const text = 'Siemens Energy AG and Siemens AG both reported results. Siemens said demand was strong.';
    expect(read(text).find((r) => r.source === 'Siemens')?.name).toBe('Siemens');
  });
  it('reads no given name that opens a sentence as a reader unless a message follows', () => {
    const text = 'Senator Ann Cole spoke on Monday. Grace in defeat was never her strength, critics say. She said she would run again.';
    expect(read(text)).toContainEqual({ source: 'She', name: 'Ann Cole', type: 'named-person' });
  });
  it.each([
    ['PC World said its sales had fallen by a fifth.', 'PC World'],
    ['The Inspector General said the audit was complete.', 'the Inspector General'],
  ])('takes no title out of a name that is not a person\'s: %s', (text, name) => {
    expect(read(text)[0].name).toBe(name);
  });
});

describe('"the lawyers" of a body', () => {
  it('stay typed as the body they speak for, not a group of people looked back for', () => {
    const text = 'Lawyers for the Rivera campaign filed a petition on Monday. "These errors should not stop the voters," the lawyers stated.';
    expect(read(text)[0]).toMatchObject({ source: 'the lawyers', type: 'named-organization' });
  });
});
