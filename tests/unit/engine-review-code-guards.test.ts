/**
 * Near misses a code review found in this session's rules, each read as a reader would: a party's
 * letters after a person's name, a verb before a title, an adverb after a source, a firm described
 * by its trade, a day before a name, and a split claim's comma.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('near misses of this session’s rules', () => {
  it.each([
    // letters in brackets that are no initials of the name: a party, not the name's acronym
    ['Angus MacNeil (SNP) said the vote was rigged. He added that he would appeal.', 'He', 'Angus MacNeil', 'named-person'],
    // a verb before the title: the sentence's subject is the police
    ['Police arrested party leader Tom Reddy and said he would be charged.', 'Police', 'Police', 'named-organization'],
    // "a third-party payments provider" is a firm: "party" in its description makes it no party
    ['Paylane Ltd, a third-party payments provider, was hit. The company said data was safe.', 'The company', 'Paylane Ltd', 'named-organization'],
    // "the Sunday" before a person's name is a day
    ['On the Sunday Tom Reddy arrived. Reddy said he was tired.', 'Reddy', 'Tom Reddy', 'named-person'],
  ])('%s', (text, source, name, type) => {
    expect(speakerOf(text, source)).toEqual({ name, type });
  });

  it('widens no source over an adverb after it', () => {
    expect(readClaims('The company however said the plan was sound.').map((r) => r.source)).toEqual(['The company']);
  });

  it('ends a split claim before the comma that precedes "but"', () => {
    const text = 'Trust chief executive Amir Shah said staff were "working flat out", but admitted the figures were unacceptable.';
    expect(readClaims(text).map((r) => r.claim)).toEqual(['staff were "working flat out"', 'the figures were unacceptable']);
  });
});
