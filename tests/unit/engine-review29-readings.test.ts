/**
 * Readings found wrong in the r29 held-out review (a budget fight, a trial, a data breach and
 * other stories, all names invented): the titles and appositions a reader is shown.
 */
import { describe, expect, it } from 'vitest';
import { descriptionOf, readClaims, speakerOf } from './engine-readings';

describe('review 29 readings', () => {
  it.each([
    // a title's lower-case nouns before the name stay in it
    ['Chief financial officer Devendra Khatri said margins would narrow.', 'Chief financial officer Devendra Khatri', 'Chief financial officer Devendra Khatri'],
    ['The bus skidded off a mountain road, district police chief Ramesh Thapa told the Kathmandu Post.', 'district police chief Ramesh Thapa',
      'district police chief Ramesh Thapa'],
    ['Defence barrister Julian Brent suggested that the witness had a grudge.', 'Defence barrister Julian Brent', 'Defence barrister Julian Brent'],
    // a title of address never draws in the words before it
    ['Few expected the turnaround, least of all Mr. Okafor. Okafor said the plan would work.', 'Okafor', 'Mr. Okafor'],
    // an apposition with no article, and one after a fronted "In a letter …,"
    ['Marcus Hale, policy director at the Digital Hearth Coalition, said the data was a burglar\'s calendar.',
      'Marcus Hale, policy director at the Digital Hearth Coalition,', 'Marcus Hale, policy director at the Digital Hearth Coalition'],
    ["In a letter to employees seen by this newspaper, the company's chief operating officer, Viktor Lind, said the offer was generous.",
      "the company's chief operating officer, Viktor Lind,", "Viktor Lind, the company's chief operating officer"],
  ])('%s', (text, source, expected) => {
    expect(descriptionOf(text, source)).toBe(expected);
  });

  it('reads "saying in a post on X that" as saying what follows "that"', () => {
    expect(readClaims('Finance Minister Lina Borre welcomed the decision, saying in a post on X that inflation was falling.')).toContainEqual(
      { source: 'Finance Minister Lina Borre', cue: 'saying', claim: 'that inflation was falling' });
  });

  it.each([
    // a diocese is a body, and a nation's office runs on over its "of the"
    ['The Diocese of Westmere said it was in discussions with the council.', 'The Diocese of Westmere', { name: 'the Diocese of Westmere', type: 'named-organization' }],
    ["Canada's Office of the Privacy Commissioner said it had opened a formal investigation.", "Canada's Office of the Privacy Commissioner",
      { name: "Canada's Office of the Privacy Commissioner", type: 'named-organization' }],
  ])('%s', (text, source, expected) => {
    expect(speakerOf(text, source)).toEqual(expected);
  });

  it('ends a claim before the same speaker\'s "and blamed …", a statement of its own', () => {
    const text = 'Mancetti said his delegation had accepted "every reasonable compromise" put forward by the mediators, and blamed Estmar for the failure.';
    expect(readClaims(text)).toEqual([
      { source: 'Mancetti', cue: 'said', claim: 'his delegation had accepted "every reasonable compromise" put forward by the mediators' },
      { source: 'Mancetti', cue: 'blamed', claim: 'Estmar for the failure' },
    ]);
  });
});
