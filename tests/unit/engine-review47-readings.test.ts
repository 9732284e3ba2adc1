/**
 * Readings found wrong by the r47 held-out review (helper's articles at a808121), fixed in
 * session 33; sentences invented here anew.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, readSources, speakerOf } from './engine-readings';

describe('session 33: more that is no statement (r47 review)', () => {
  it.each([
    ['When the council raised its housing grant to £4,000 last year, officials hoped more families would apply.', 'raised'],
    ['Not everyone is pleased about that.', 'is pleased about'],
    ['Her counsel, Maria Fenwick KC, is expected to argue that her client was misled.', 'is expected to argue'],
    ['The two men were identified by neighbours as Tomas Reyes, 41, and his brother, Luis.', 'were identified'],
    ['The review\'s report, published alongside the budget, found that waiting times had doubled.', 'published'],
  ])('reads no statement in: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).not.toContain(cue);
  });
});

describe('session 33: who speaks (r47 review)', () => {
  it.each([
    ['British toy maker Puzzleworks has agreed to be bought by Vantage Capital, the companies said on Monday.', 'the companies', 'named-organization'],
    ['A Treasury source said ministers expected the deficit to fall.', 'A Treasury source', 'anonymous-source'],
    ['Vice-chancellors have warned that many universities could be in deficit this year.', 'Vice-chancellors', 'unnamed-group'],
  ])('types the source: %s', (text, source, type) => {
    expect(speakerOf(text, source)?.type).toBe(type);
  });
});

describe('session 33: anglers and walkers are groups (r47 review)', () => {
  it('reads "who" after "many local anglers" as the anglers', () => {
    const text = '"The river is in crisis," said Dr Ellen Marsh, the agency\'s fisheries manager for the region. "Every fish counts."\n\n' +
      'The announcement has angered many local anglers, who say they are being punished for a problem they did not cause.';
    expect(speakerOf(text, 'who')?.type).toBe('unnamed-group');
  });
});

describe('session 33: "a food scientist who said" (r47 review)', () => {
  it('reads the scientist, not the sentence\'s subject, as the speaker', () => {
    const text = 'His lawyers said the meat was contaminated. They presented evidence from a food scientist who said the drug was sometimes used to fatten cattle.';
    expect(readSources(text).find((r) => r.source === 'who')?.name).toBe('a food scientist');
  });
});

describe('session 33: a farewell is no statement (r47 review)', () => {
  it('reads no statement in a headline\'s "says goodbye"', () => {
    expect(readClaims('After 52 years on air, a village radio station says goodbye\n\nThe station closes on Friday.')).toEqual([]);
  });
});

describe('session 33: "One of them, a retired banker from Surrey," (r47 review)', () => {
  it('reads one of the group, not the place in its description', () => {
    const text = 'Several collectors gave evidence. One of them, a retired teacher from Kent, said in a witness statement that he had trusted the dealer completely.';
    expect(speakerOf(text, 'One of them, a retired teacher from Kent,')?.type).toBe('unnamed-person');
  });
});

describe('session 33: a plural noun and its preposition are no cue (r47 review)', () => {
  it('reads no statement in "Fish counters on the river recorded …"', () => {
    expect(readClaims('Fish counters on the Wye recorded 300 adult salmon returning last year.').map((r) => r.cue)).not.toContain('counters on');
  });
});
