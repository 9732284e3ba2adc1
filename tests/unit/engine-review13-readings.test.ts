/**
 * Readings a held-out review of ten invented articles found wrong (review 13): a school named
 * before "where" someone studies, a knight named again by title and given name, a name apposed to
 * the source before the cue, a barrister's fronted "Representing …", "the judge" for "Mr Justice
 * …", a chamber of commerce named again as "the chamber", a union given its acronym, and a family.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('who speaks', () => {
  it.each([
    ['A spokesperson for Brackenford Academy, where Maisie is in Year 11, said staff were thinking of her.',
      'A spokesperson for Brackenford Academy, where Maisie is in Year 11,', 'Brackenford Academy', 'named-organization'],
    ['Sir Malcolm Greaves chaired the hearing. After the hearing, Sir Malcolm said he had been "far from reassured".',
      'Sir Malcolm', 'Malcolm Greaves', 'named-person'],
    ['The Conservatives held the seat. Their candidate, Hugh Tennant-Blyth, described the evening as "difficult".',
      'Their candidate, Hugh Tennant-Blyth,', 'Hugh Tennant-Blyth', 'named-person'],
    ['Representing Ms Delahunt, Rosamund Eke KC argued that the posts were an honest opinion.',
      'Rosamund Eke KC', 'Rosamund Eke KC', 'named-person'],
    ['The case is being heard by Mr Justice Farrow. In an earlier ruling, the judge found that the posts were defamatory.',
      'the judge', 'Farrow', 'named-person'],
    ['The Veldmark Chamber of Commerce published its survey. The chamber said the figures pointed to "persistent pressure".',
      'The chamber', 'the Veldmark Chamber of Commerce', 'named-organization'],
    // a name given its letters in brackets is a body, whatever its head
    ['The Associated Locomotive Workers (ALW) said the strike would go ahead.',
      'The Associated Locomotive Workers (ALW)', 'the Associated Locomotive Workers', 'named-organization'],
    // a sentence's subject after its title, for a cue the taggers gave no source
    ['Opposition finance spokeswoman Beatrix Lohm accused the bank of "sleepwalking into a recession" and said households were already struggling.',
      'Opposition finance spokeswoman Beatrix Lohm', 'Beatrix Lohm', 'named-person'],
    // "the company" after a claim about a product is the story's firm, not the rival named in passing, nor the product
    ['SAN TERESA, Oct 14 - Lumora Inc on Tuesday unveiled a folding tablet, as the company tries to win back customers from its larger rival Orrin Systems.\n\n' +
      'The Lumora Fold, which opens into a 12-inch screen, will ship in November in six markets, the company said at a launch event at its headquarters.',
      'the company', 'Lumora Inc', 'named-organization'],
    // a source read inside an anonymity clause is the phrase the clause describes
    ['Two former members of the professor\'s lab, speaking on condition of anonymity because they feared for their careers, said that they had raised concerns in 2022.',
      'Two former members of the professor\'s lab, speaking on condition of anonymity because they feared for their careers,', 'Two former members of the professor\'s lab', 'anonymous-source'],
    // one's family is a group of people, never a body
    ['Maisie\'s family said they were "desperate" for news.', 'Maisie\'s family', 'Maisie\'s family', 'unnamed-group'],
  ])('%s', (text, source, name, type) => {
    expect(speakerOf(text, source)).toEqual({ name, type });
  });

  it('takes no apposed name for the source when more than a name stands before the cue', () => {
    const text = 'The Conservatives held the seat. Their candidate, who lost in 2019, described the evening as "difficult".';
    expect(speakerOf(text, 'Their candidate, who lost in 2019,')?.name).not.toBe('Conservatives');
  });
});
