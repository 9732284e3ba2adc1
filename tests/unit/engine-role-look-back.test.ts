/**
 * "The nurse", "the fly-half": a role looks back for a named person, not for a venue ("at Millbrook
 * Park") or a name opening with a word the text writes in lower case too ("Fair Pay Now" beside "a fair
 * deal"), not a given name, which is likely a slogan, a title or a place.
 */
import { describe, expect, it } from 'vitest';
import { readSources, speakerOf } from './engine-readings';

describe('a role looking back for its person', () => {
  it.each([
    ['Maria Lund joined the protest outside the hospital on Tuesday. Marchers carried banners reading Fair Pay Now, and the demand for a fair deal dominated the day.\n\nThe nurse said the offer was an insult.', 'The nurse', 'Maria Lund'],
    ['Rory Kinsella kicked the winning penalty at Ashcombe Park on Saturday.\n\nThe fly-half said he had not thought about the consequences.', 'The fly-half', 'Rory Kinsella'],
  ])('%s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-person' });
  });

  it('leaves a role given by the body it serves unnamed when no one was described so', () => {
    const text = 'Kieran Pell, 38, admitted careless driving. Passing sentence, the chair of the bench told Pell he had been lucky that nobody was hurt.';
    expect(speakerOf(text, 'the chair of the bench')).toEqual({ name: 'the chair of the bench', type: 'unnamed-person' });
  });

  it('finds the solicitor the text named with the same noun', () => {
    const text = 'Representing Pell, solicitor Graham Tewkes said his client was ashamed. He had since sought help for his drinking, the solicitor added.';
    expect(speakerOf(text, 'the solicitor')).toEqual({ name: 'Graham Tewkes', type: 'named-person' });
  });

  it.each([
    ['Coach Dave Miller said the side had worked hard. Tobi Young then scored twice for the young side.\n\nThe striker said he was delighted.', 'The striker', 'Tobi Young'],
    ['The award came after praise from Diane Lane for the script.\n\nThe actress said the film had moved her.', 'The actress', 'Diane Lane'],
  ])('keeps a person whose surname is a common word: %s', (text, source, name) => {
    expect(speakerOf(text, source)?.name).toBe(name);
  });

  it('reads "Industry watchers think" as a group, not the last speaker', () => {
    const text = 'Orvane unveiled the glasses on Tuesday, Ana Ruiz said. Industry watchers think the price could prove decisive.';
    expect(readSources(text).at(-1)).toMatchObject({ type: 'unnamed-group' });
  });
});
