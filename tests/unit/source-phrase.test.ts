import { describe, expect, it } from 'vitest';
import { readPhrase, type PhraseReading } from '../../utils/attribution/source-phrase';

const read = (phrase: string, after = ' said.'): PhraseReading => readPhrase(phrase, 0, after);

describe('readPhrase: what the words of a source phrase make it', () => {
  const typed: Array<[string, string, string]> = [
    ['a senior official', ' said.', 'anonymous-source'],
    ['officials', ' said.', 'anonymous-source'],
    ['a lawmaker', ', who asked not to be named, said.', 'anonymous-source'],
    ['a person involved in the talks', ' said.', 'anonymous-source'],
    ['one of the mayor\'s advisers', ' said.', 'anonymous-source'],
    ['experts', ' say.', 'unnamed-group'],
    ['elected officials', ' said.', 'unnamed-group'],
    ['regional leaders and diplomats', ' said.', 'unnamed-group'],
    ['many residents of the valley', ' said.', 'unnamed-group'],
    ['42 percent of respondents', ' said.', 'unnamed-group'],
    ['a witness', ' said.', 'unnamed-person'],
    ['a new survey', ' found.', 'document'],
    ['an audit released by the council', ' found.', 'document'],
    ['police', ' said.', 'named-organization'],
    ['a Harbour Board spokeswoman', ' said.', 'named-organization'],
    ['her attorneys', ' argued.', 'named-organization'],
  ];
  it.each(typed)('"%s" is %s', (phrase, after, type) => {
    const reading = read(phrase, after);
    expect(reading.kind).toBe('typed');
    if (reading.kind === 'typed') expect(reading.type).toBe(type);
  });

  it('leaves a definite role to coreference, with a fallback type', () => {
    expect(read('the diplomat')).toEqual({ kind: 'refer', head: 'diplomat', fallback: 'anonymous-source', plural: false });
    expect(read('the newspaper')).toMatchObject({ kind: 'refer', head: 'newspaper', fallback: 'named-organization' });
    expect(read('the report')).toMatchObject({ kind: 'refer', head: 'report', fallback: 'document' });
  });

  it('sends pronouns and names on to resolution', () => {
    expect(read('she')).toEqual({ kind: 'pronoun', word: 'she' });
    expect(read('Sen. Ada Voss (D-Ore.)')).toMatchObject({ kind: 'name' });
  });

  it('refuses clauses and circumstances the span finder may pass as sources', () => {
    expect(read('in a statement')).toEqual({ kind: 'loose' });
    expect(read('thousands of voters are expected to')).toEqual({ kind: 'loose' });
    expect(read('reportedly told')).toEqual({ kind: 'loose' });
  });
});
