/**
 * Readings a held-out review of ten invented articles found wrong (review 19): a surgeon is a
 * person, a firm's name holds its ampersand, and a body's spokesperson speaks for the body however
 * it is written ("a council spokeswoman").
 */
import { describe, expect, it } from 'vitest';
import { readPhrase } from '../../utils/attribution/source-phrase';
import { readSources, speakerOf } from './engine-readings';

describe('review 19', () => {
  it.each([
    ['A surgeon said the ward was full.', 'A surgeon', 'A surgeon', 'unnamed-person'],
    ['A consultant surgeon at Dunsby General, who spoke on condition of anonymity, said theatres were left idle.', 'A consultant surgeon at Dunsby General, who spoke on condition of anonymity,', 'A consultant surgeon at Dunsby General', 'anonymous-source'],
  ])('reads a surgeon as a person: %s', (text, source, name, type) => {
    expect(speakerOf(text, source)).toEqual({ name, type });
  });

  it.each([
    ['Cascadia Power & Light, which operates the line, said it was cooperating with investigators.', 'Cascadia Power & Light'],
    ['Hale & Rook said sales rose.', 'Hale & Rook'],
  ])('keeps a firm\'s ampersand in its name: %s', (text, name) => {
    expect(readSources(text)[0]).toMatchObject({ name, type: 'named-organization' });
  });

  it.each(['a council spokeswoman', 'A county council spokeswoman', 'A police spokesman', 'a company spokesman'])('types "%s" as the body it speaks for', (phrase) => {
    expect(readPhrase(phrase, 0, ' said.')).toMatchObject({ kind: 'typed', type: 'named-organization' });
  });

  it.each(['a family spokesman', 'a senior spokesman'])('leaves "%s" a person', (phrase) => {
    expect(readPhrase(phrase, 0, ' said.')).toMatchObject({ kind: 'typed', type: 'unnamed-person' });
  });
});

describe('review 19: figures', () => {
  it.each([['Industry figures', 'unnamed-group'], ['some party figures', 'unnamed-group'], ['Official figures', 'document'], ['The latest figures', 'document']])('reads "%s" as %s', (phrase, type) => {
    expect(readPhrase(phrase, 0, ' said.')).toMatchObject({ kind: 'typed', type });
  });
});

describe('review 19: a tagged source that is only a relative clause', () => {
  it('is widened to the noun phrase opening the sentence', () => {
    const text = "Meanwhile, residents of Cobb's Ferry who remain under an evacuation warning said they were frustrated by confusing messages.";
    expect(speakerOf(text, "residents of Cobb's Ferry who remain under an evacuation warning")?.type).toBe('unnamed-group');
  });
});
