/**
 * Readings a held-out review of ten invented articles found wrong (review 12), each read as a
 * reader would: a number's thousands comma inside a source, the "not" of an infinitive claim, a
 * document "seen by" a paper, a body serving "fire and rescue", a surname before "KC" or "Jr.", a
 * relative clause's "that" after a trailing cue, one's publicist or wife read as oneself, a
 * dateline's agency, a family or a side in court read as a body, a firm read as a person, a
 * source cut inside "state news agency", an anonymity clause's reason and a run-on claim.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

/** A number's thousands comma inside an according-to source, where the taggers cut it. */
const ASTHMA = 'Children who grow up near busy roads are more likely to develop asthma, according to a study of nearly 9,000 children published on Tuesday in the European Journal of Paediatric Respiration.';

/** A match report with a headline in title case and a striker named by role (from the review's own article). */
const SPORTS = 'Late Okonkwo header rescues point for leaders Castleford\n\nEmeka Okonkwo\'s header in the fourth minute of stoppage time earned Castleford Rovers a 2-2 draw at Dunmore Athletic on Saturday.\n\n' +
  'Okonkwo, 34, has now scored in five consecutive games. The veteran striker said afterwards that he had "no intention" of retiring at the end of the season, when his contract expires.\n\n' +
  '"I feel as fit as I did at 25," the Nigerian said.';


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
    // wire copy: the firm the claim opens with, not the agency in the dateline
    ['OSLO, May 12 (Reuters) - Norwegian packaging maker Halvard Group agreed on Monday to buy Danish rival Brenmark, the company said in a statement.',
      'the company', 'Halvard Group', 'named-organization'],
    ['OSLO, May 12 (Reuters) - Profits fell at the lender. A spokesman said the plan was sound. The company said costs rose.',
      'The company', 'The company', 'named-organization'],
    // a family is no body named before
    ['Daniel Ellesmere was a member of the Society of Civic Architects for 40 years. A memorial service will be held in June, the family said.',
      'the family', 'the family', 'unnamed-group'],
    // a side in court is its lawyers, never the victim named before
    ['Laura Finch, 29, died at the scene. Mr Asante told the jury his client was devastated. The defence says the low sun dazzled Mr Pike.',
      'The defence', 'The defence', 'unnamed-group'],
    // a name first given as a firm stays one at a sentence's start
    ['Vantrix, one of the region\'s largest payment processors, was hit by an attack. Vantrix said in a brief statement on Thursday that it was investigating.',
      'Vantrix', 'Vantrix', 'named-organization'],
    ['Voss\'s record label, Lantern Hill Music, said the album had sold 68,000 copies.',
      'Voss\'s record label, Lantern Hill Music,', 'Lantern Hill Music', 'named-organization'],
    // a headline's "Late" is no given name, and "The veteran | striker said" gives the noun back to the source
    [SPORTS, 'the Nigerian', 'Emeka Okonkwo', 'named-person'],
    [SPORTS, 'The veteran striker', 'Emeka Okonkwo', 'named-person'],
    // "it" is never a plural body ("the relevant authorities")
    ['Vantrix, a payment processor, said on Thursday that it had notified the relevant authorities. It said there was no evidence that card data had been taken.',
      'It', 'Vantrix', 'named-organization'],
    ['Meruva\'s state news agency, MNA, quoted a senior government official as saying that the proposal would cut the river\'s flow.',
      'Meruva\'s state news agency, MNA,', 'MNA', 'named-organization'],
  ])('%s', (text, source, name, type) => {
    expect(speakerOf(text, source)).toEqual({ name, type });
  });

  it.each([
    // the role set beside the name, or the role the text gave them, is still them
    // (the participle now takes the whole subject, the name with its role, as "urged" does)
    ['Mr. Obama pressed Israel to act. Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise talks would fail.',
      'Rahm Emanuel, his chief of staff', 'Rahm Emanuel'],
    ['Her husband died in 2015. She is survived by a son, Michael Bennett, and a sister.\n\nHer son said that she had been reading old letters.',
      'Her son', 'Michael Bennett'],
  ])('near miss: %s', (text, source, name) => {
    expect(speakerOf(text, source)?.name).toBe(name);
  });
});

describe('what is claimed', () => {
  it.each([
    ['An internal email sent on Tuesday told employees not to discuss the incident outside the company.', 'told', 'not to discuss the incident outside the company'],
    ['Pop singer Nadia Voss has cancelled her appearance at the festival this weekend, her publicist said on Wednesday, days after the release of an album that critics have called her best work.',
      'said', 'Pop singer Nadia Voss has cancelled her appearance at the festival this weekend'],
    // the reason a source gave for staying unnamed is no claim
    ['A person briefed on the talks, who asked not to be named because the discussions are private, said the lawyers had asked for more time.',
      'said', 'the lawyers had asked for more time'],
    // a clause with its own subject after ", and" is the writer's report
    ['The national weather service said a further 40 millimetres of rain could fall on Friday, and it extended an amber warning for the region until midnight.',
      'said', 'a further 40 millimetres of rain could fall on Friday'],
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
