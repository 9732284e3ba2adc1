/**
 * Two people named in apposition to a plural ("The two dissenting members, Rosa Jimenez and Michael
 * Tran,") are the source together, not the last of them; so are two people joined by "and" in one
 * source phrase ("Ana Ruiz and Tom Hale", "Dan and Ellie Hartnell").
 */
import { describe, expect, it } from 'vitest';
import { readSources, speakerOf } from './engine-readings';

describe('a pair named in apposition', () => {
  it('is both people', () => {
    const text = 'The two dissenting members, Rosa Jimenez and Michael Tran, argued that the district had not done enough.';
    expect(speakerOf(text, 'The two dissenting members, Rosa Jimenez and Michael Tran,')).toEqual({ name: 'Rosa Jimenez and Michael Tran', type: 'named-person' });
  });

  it('leaves one person named in apposition to a singular alone', () => {
    const text = 'The board chair, Rosa Jimenez, argued that the district had not done enough.';
    expect(speakerOf(text, 'The board chair, Rosa Jimenez,')).toEqual({ name: 'Rosa Jimenez', type: 'named-person' });
  });
});

describe('two people joined by "and" in one source phrase', () => {
  it.each([
    ['Ana Ruiz and Tom Hale said the plan was sound.', 'Ana Ruiz and Tom Hale', 'Ana Ruiz and Tom Hale'],
    ['Dan and Ellie Hartnell, who had planned to celebrate their anniversary at the festival, said they had spent £600.', 'Dan and Ellie Hartnell, who had planned to celebrate their anniversary at the festival,', 'Dan and Ellie Hartnell'],
  ])('are both people: %s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-person' });
  });

  it.each([
    ['Procter and Gamble said sales rose.', 'Gamble'],
    ['Former Pennsylvania Gov. and Ed Rendell said the race was close.', 'Ed Rendell'],
  ])('are not a body\'s name nor a title and a person: %s', (text, name) => {
    expect(readSources(text).map((r) => r.name)).toContain(name);
  });
});
