/**
 * Guards from this session's code review (192 probes against the review-26 rules, by a helper)
 * and its re-scoring of the review-26 articles: each row is a passage a new rule first read worse
 * than before, kept right since.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('code review 26 guards', () => {
  it.each([
    // a person's surname that is a body's word does not take "of the" into the name
    ['Marta Bank of the Kelso Institute said the figures were wrong.', 'Marta Bank of the Kelso Institute', 'Marta Bank'],
    // after a dateline, a surname that speaks stays a name
    ['ACCRA, Ghana — Mensah said on Sunday that the vote had been fair.', 'Mensah', 'Mensah'],
    // a club's short name is the club
    ['Harwick City sacked their manager on Monday. City said a replacement would be named within a week. Fans in the city were stunned.', 'City', 'Harwick City'],
    // a trade's noun keeps a business described with a public word inside ("credit union", "department store", "University Press")
    ['The credit union Tarnside Savers said it would cut its savings rate. The lender said deposits had fallen by 8 percent.', 'The lender', 'Tarnside Savers'],
    ['Kelmartins, the department store chain, said it would close 20 shops. The retailer said 900 jobs were at risk.', 'The retailer', 'Kelmartins'],
    ['Harlow University Press said it would stop printing textbooks. The publisher said demand had collapsed.', 'The publisher', 'Harlow University Press'],
    // "the trade group" is no council or think tank
    ['Thornbury District Council opposed the plan. The trade group said it would cost jobs.', 'The trade group', 'The trade group'],
    ['The Kelby Institute, a think tank, said the levy would hurt growth. The trade group said the levy was fair.', 'The trade group', 'The trade group'],
    // "he" after a spokesperson who introduced someone is not the spokesperson
    ['A spokesman for Kelso Police said a 34-year-old man had been arrested. He told officers he had been at home, police said.', 'He', 'He'],
  ])('reads %s', (text, source, name) => {
    expect(speakerOf(text, source)?.name).toBe(name);
  });

  it('keeps a surname ending in "men" a name', () => {
    expect(speakerOf('Bregmen said the deal was off.', 'Bregmen')).toEqual({ name: 'Bregmen', type: 'named-person' });
  });

  it.each([
    'The Supreme Court ruled on a case that could reshape how elections are run.',
    'The court ruled in a dispute that began in 2019 between the two firms.',
  ])('reads no ruling before a relative "that" in %s', (text) => {
    expect(readClaims(text)).toEqual([]);
  });

  // a headline's claim does not run on past the comma that joins the subject's next verb
  it('stops a headline claim before ", propose"', () => {
    const text = "Regulators say Lumio's children's chatbot broke privacy law, propose $95 million fine\n\nWASHINGTON — The Federal Trade Commission said on Tuesday that Lumio had broken the law.";
    expect(readClaims(text)[0]).toEqual({ source: 'Regulators', cue: 'say', claim: "Lumio's children's chatbot broke privacy law" });
  });
});
