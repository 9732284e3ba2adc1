/**
 * Common nouns capitalised as a sentence's or headline's first word ("Minister denies report",
 * "Lawmaker urges …") and plurals of peoples and faiths ("Saudis", "Muslims", "Latinos") are
 * unnamed people, never named ones; a role that is also a surname ("King said") stays a name. A
 * quotation after a group is its claim: "close to" inside it marks no anonymous source.
 */
import { describe, expect, it } from 'vitest';
import { readPhrase } from '../../utils/attribution/source-phrase';
import { speakerOf } from './engine-readings';

describe('a capitalised common noun', () => {
  it.each([
    ['Minister', 'unnamed-person'],
    ['Lawmaker', 'unnamed-person'],
    ['President', 'unnamed-person'],
    ['Saudis', 'unnamed-group'],
    ['Muslims', 'unnamed-group'],
    ['Latinos', 'unnamed-group'],
    ['The Russians', 'unnamed-group'],
  ])('reads "%s" as %s', (phrase, type) => {
    expect(readPhrase(phrase, 0, ' said.')).toMatchObject({ kind: 'typed', type });
  });

  it.each(['King', 'Judge', 'Baker'])('keeps "%s", a surname too, a name', (phrase) => {
    expect(readPhrase(phrase, 0, ' said.').kind).toBe('name');
  });

  it('still resolves "King" to the King the text named', () => {
    expect(speakerOf('Talk-show host Larry King spoke first. King said the interview had gone well.', 'King')).toEqual({ name: 'Larry King', type: 'named-person' });
  });
});

describe('a quotation after a group', () => {
  it('marks no anonymity by the words inside it', () => {
    const text = 'Lamenting their luck, Mexicans often say, "Poor Mexico, so far from God and so close to the United States."';
    expect(speakerOf(text, 'Mexicans')?.type).toBe('unnamed-group');
  });

  it('leaves an anonymity clause before any quotation as it was', () => {
    const text = 'Residents close to the plant, who asked not to be named, said "the smell is unbearable."';
    expect(speakerOf(text, 'Residents close to the plant, who asked not to be named,')?.type).toBe('anonymous-source');
  });
});
