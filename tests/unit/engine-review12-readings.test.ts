/**
 * Readings a held-out review of ten invented articles found wrong (review 12), each read as a
 * reader would: a number's thousands comma inside a source, the "not" of an infinitive claim, a
 * document "seen by" a paper, a body serving "fire and rescue", a surname before "KC" or "Jr.", a
 * relative clause's "that" after a trailing cue, and one's publicist or wife read as oneself.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, readSources } from './engine-readings';

/** A number's thousands comma inside an according-to source, where the taggers cut it. */
const ASTHMA = 'Children who grow up near busy roads are more likely to develop asthma, according to a study of nearly 9,000 children published on Tuesday in the European Journal of Paediatric Respiration.';

/** The resolved name and type of the last reading whose source span is `source`. */
const speaker = (text: string, source: string) => {
  const found = readSources(text).filter((r) => r.source === source).at(-1);
  return found && { name: found.name, type: found.type };
};

describe('who speaks', () => {
  it.each([
    [ASTHMA, 'a study of nearly 9,000 children published on Tuesday in the European Journal of Paediatric Respiration',
      'a study of nearly 9,000 children published on Tuesday in the European Journal of Paediatric Respiration', 'document'],
    ['Dunholme Fire and Rescue Service said crews had rescued 112 people.',
      'Dunholme Fire and Rescue Service', 'Dunholme Fire and Rescue Service', 'named-organization'],
    ['Rebecca Thornhill KC, for the prosecution, said the driver was speeding. Ms Thornhill said the evidence was clear.',
      'Ms Thornhill', 'Rebecca Thornhill KC', 'named-person'],
    ['Representative Morris J. Brooks Jr. spoke first. Mr. Brooks said the deal was a mistake.',
      'Mr. Brooks', 'Morris J. Brooks Jr.', 'named-person'],
    ['Nadia Voss pulls out of festival\n\nPop singer Nadia Voss has cancelled her appearance at the festival, her publicist said on Wednesday.',
      'her publicist', 'her publicist', 'unnamed-person'],
    ['Donald Trump spoke in Ohio. His wife told him not to get too nasty in his attacks.',
      'His wife', 'His wife', 'unnamed-person'],
  ])('%s', (text, source, name, type) => {
    expect(speaker(text, source)).toEqual({ name, type });
  });

  it.each([
    // the role set beside the name, or the role the text gave them, is still them
    ['Mr. Obama pressed Israel to act. Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise talks would fail.',
      'his chief of staff', 'Rahm Emanuel'],
    ['Her husband died in 2015. She is survived by a son, Michael Bennett, and a sister.\n\nHer son said that she had been reading old letters.',
      'Her son', 'Michael Bennett'],
  ])('near miss: %s', (text, source, name) => {
    expect(speaker(text, source)?.name).toBe(name);
  });
});

describe('what is claimed', () => {
  it.each([
    ['An internal email sent on Tuesday told employees not to discuss the incident outside the company.', 'told', 'not to discuss the incident outside the company'],
    ['Pop singer Nadia Voss has cancelled her appearance at the festival this weekend, her publicist said on Wednesday, days after the release of an album that critics have called her best work.',
      'said', 'Pop singer Nadia Voss has cancelled her appearance at the festival this weekend'],
    // a "that" clause of the cue's own after a listener or a time stays the claim
    ['The minister told reporters on Monday that the talks would go on.', 'told', 'that the talks would go on'],
  ])('%s (%s)', (text, cue, claim) => {
    expect(readClaims(text).filter((r) => r.cue === cue).map((r) => r.claim)).toEqual([claim]);
  });

  it('reads no paper as the speaker of a document it saw', () => {
    const text = 'An internal email seen by the Kellport Ledger told staff that the breach was contained.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['told']);
  });

  it('keeps the rest of a source cut at a number off the claim', () => {
    expect(readClaims(ASTHMA).map((r) => r.claim)).toEqual(['Children who grow up near busy roads are more likely to develop asthma']);
  });
});
