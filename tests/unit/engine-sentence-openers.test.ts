/**
 * A sentence's first word is capitalised because it opens the sentence, not because it is a name:
 * "Since", "Despite", "Having" are no one, and "But" or "Instead," before a source is not part of it.
 */
import { describe, expect, it } from 'vitest';
import { readPhrase } from '../../utils/attribution/source-phrase';
import { withoutLeadingJunk } from '../../utils/attribution/source-extent';
import { readSources, speakerOf } from './engine-readings';

describe('a source phrase that is a sentence opener', () => {
  it.each(['Since', 'Despite', 'Having', 'Neither', 'Whenever', 'Simply', 'Nothing', 'Besides'])('reads "%s" as no name', (word) => {
    expect(readPhrase(word, 0, ' said.').kind).not.toBe('name');
  });

  it.each([
    ['Both', 'unnamed-group'],
    ['Someone', 'unnamed-person'],
    ['Everyone', 'unnamed-group'],
  ])('reads "%s" as it reads in lower case (%s)', (word, type) => {
    expect(readPhrase(word, 0, ' said.')).toMatchObject({ kind: 'typed', type });
  });

  it.each(['Sinclair', 'Bothwell', 'Amanda', 'Will Hart'])('still reads the name "%s" as a name', (name) => {
    expect(readPhrase(name, 0, ' said.').kind).toBe('name');
  });

  it('gives a fronted "Despite …" reading the speaker the text named, not "Despite"', () => {
    const text = 'Tomas Brenner, the union leader, spoke first. Despite telling members not to strike, Brenner said the vote would go ahead. He added that talks had failed.';
    expect(speakerOf(text, 'Despite')).toEqual({ name: 'Tomas Brenner', type: 'named-person' });
    expect(readSources(text).map((r) => r.name)).not.toContain('Despite');
  });
});

describe('a joining word or sentence adverb before a source', () => {
  it.each([
    ['But Lena Marsh, a spokeswoman,', 'Lena Marsh, a spokeswoman,'],
    ['And Avonside’s mayor, Pia Holt,', 'Avonside’s mayor, Pia Holt,'],
    ['Yet some residents who attended', 'some residents who attended'],
    ['Instead, the Vermont senator', 'the Vermont senator'],
    ['Meanwhile, Rihanna', 'Rihanna'],
    ['Later, the judge', 'the judge'],
  ])('is left out of "%s"', (phrase, source) => {
    const span = withoutLeadingJunk(phrase, { start: 0, end: phrase.length });
    expect(span && phrase.slice(span.start, span.end)).toBe(source);
  });

  it.each(['Andrea Butler', 'Yetunde Ade', 'Nowak', 'Andersen Consulting', 'Now TV', 'Indeed Hiring Lab', 'Or Levy'])('leaves a name that only starts like one whole: "%s"', (name) => {
    expect(withoutLeadingJunk(name, { start: 0, end: name.length })).toEqual({ start: 0, end: name.length });
  });

  it('gives the source without its "But" in a whole text', () => {
    const text = 'The council approved the plan on Monday. But Lena Marsh, a spokeswoman for the Harlow Trust, said the plan was unsound.';
    expect(readSources(text).map((r) => r.source)).toContain('Lena Marsh, a spokeswoman for the Harlow Trust,');
  });
});
