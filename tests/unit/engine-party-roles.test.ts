/**
 * Party politics on election night: one subject for two joined verbs, a role modified by its own
 * party, and a party figure who asked not to be named (invented sentences from a review of new genres).
 */
import { describe, expect, it } from 'vitest';
import { readSources } from './engine-readings';

describe('roles in party politics', () => {
  it('a second verb joined by "and said" keeps the whole subject, not the start of it', () => {
    const text = 'In a brief speech, the Civic Party candidate thanked his volunteers and said voters had sent a clear message.';
    expect(readSources(text).map((r) => r.source)).toEqual(expect.arrayContaining(['the Civic Party candidate']));
    expect(readSources(text).map((r) => r.source)).not.toContain('the Civic Party');
  });

  it('"The Labour candidate" is not the Civic Party candidate described before', () => {
    const text = 'The Civic Party candidate said the count was fair. The Labour candidate said he was delighted.';
    expect(readSources(text).find((r) => r.source === 'The Labour candidate')?.name).toBe('The Labour candidate');
  });

  it('near miss: "the Labour candidate" is the person named as the Labour candidate', () => {
    const text = 'Ana Ruiz, the Labour candidate, won by 312 votes. The Labour candidate said she was happy.';
    expect(readSources(text).find((r) => r.source === 'The Labour candidate')?.name).toBe('Ana Ruiz');
  });

  it('near miss: a place before the head may be left out of the name ("the U.S. ambassador")', () => {
    const text = 'Ambassador Samantha Power spoke first. The U.S. ambassador said the vote was a disgrace.';
    expect(readSources(text).find((r) => r.source === 'The U.S. ambassador')?.name).toBe('Samantha Power');
  });

  it('a party figure speaking on condition of anonymity is an anonymous source, not the party', () => {
    const text = 'One senior Civic Party figure, speaking on condition of anonymity, said the result was a disaster.';
    expect(readSources(text)[0]).toMatchObject({ type: 'anonymous-source', name: 'One senior Civic Party figure' });
  });
});
