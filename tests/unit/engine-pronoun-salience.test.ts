/**
 * Whom "he" and "she" mean when the nearest name is the wrong one (names invented): a kin noun's
 * gender, an apposition of birth, a middle name, a title on a nation's word, and a story's subject
 * come back to after another speaker (r30's obituary: "she said" went to her son, then to the
 * institution's president).
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

const OBITUARY = [
  'Ruth Calloway, who mapped the seabed off Greenland, dies at 88',
  '',
  'Ruth Calloway, a marine geologist, died on Tuesday at her home in Maine. She was 88.',
  '',
  'Dr. Calloway spent four decades at the Harwick Institute, where she led the first survey of the ridge.',
  '',
  'Ruth Anne Calloway was born in Duluth, the daughter of a ship captain. She said in a 2009 interview that she had decided to study the sea at age nine.',
  '',
  'The institute\'s director, Dr. Laura Pell, said in a statement that Dr. Calloway "opened doors for everyone who came after her."',
  '',
  'In addition to her daughter, she is survived by a son, Thomas, and four grandchildren.',
  '',
  'Asked by a reporter in 2018 whether she had any regrets, she said she wished she had worried less about what others thought.',
].join('\n');

describe('pronouns whose nearest name is someone else', () => {
  it('gives a "she" in an obituary its subject, past the apposition of birth, the middle name and another speaker', () => {
    expect(speakerOf(OBITUARY, 'She')).toEqual({ name: 'Ruth Calloway', type: 'named-person' });
    // the last "she said", paragraphs after the director spoke
    expect(speakerOf(OBITUARY, 'she')).toEqual({ name: 'Ruth Calloway', type: 'named-person' });
  });

  it.each([
    // "a son, Thomas": a man, whom no "she" means
    ['Ana Ruiz died on Tuesday. She is survived by a son, Thomas. "Keep going," she said.', 'she', { name: 'Ana Ruiz', type: 'named-person' }],
    // "Her husband" is no "she"
    ['Rakeyia Moss stood by the car. Her husband stayed inside. "Don\'t shoot him," she says.', 'she', { name: 'Rakeyia Moss', type: 'named-person' }],
    // "The wife" is no man the headline named as her husband
    ['Keith Moss\'s wife pleads for his life.\n\nThe wife of a man shot by police recorded video of the encounter. "Don\'t shoot him," she says.', 'she',
      { name: 'The wife', type: 'unnamed-person' }],
    // a title makes a nation's word someone's surname
    ['"He is one of us," said Bryan English, the campaign director. Mr. English worked on the recall. "We will win," he said.', 'he',
      { name: 'Bryan English', type: 'named-person' }],
  ])('resolves by gender and title: %s', (text, source, speaker) => {
    expect(speakerOf(text, source)).toEqual(speaker);
  });

  it('keeps a speaker quoted in the next paragraph', () => {
    const text = 'Lena Park, a nurse, said the ward was full.\n\n"We had no beds," she said.\n\nMaria Ruiz runs the hospital. Maria Ruiz has run it since 2010. Maria Ruiz was not available.';
    expect(speakerOf(text, 'she')).toEqual({ name: 'Lena Park', type: 'named-person' });
  });

  it.each([
    // the subject of the last clause before, a person by full name, over the last speaker
    ['"It was easy," said Danny Moss, the striker. Harwick have now won five games, and Gary Whitfield was asked whether his side could go up. "It\'s October," he said.',
      'he', { name: 'Gary Whitfield', type: 'named-person' }],
    // never a team taking a plural verb
    ['"It was easy," said Danny Moss, the striker.\n\nHarwick have now won five games. "It\'s October," he said.', 'he', { name: 'Danny Moss', type: 'named-person' }],
  ])('finds whom the story turned to: %s', (text, source, speaker) => {
    expect(speakerOf(text, source)).toEqual(speaker);
  });
});
