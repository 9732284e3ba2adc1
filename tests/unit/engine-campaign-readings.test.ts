/**
 * Local news with campaigns in it: a campaign's title-case name, a claim posted on social media
 * by a group described before its name, and a headline whose noun the cue tagger took for a verb.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('campaigns and headlines', () => {
  it.each([
    ['"We will keep fighting," campaign group Save Our Harbour posted on social media on Wednesday.',
      'campaign group Save Our Harbour', 'Save Our Harbour', 'named-organization'],
    ['Save Our Schools said the cuts were wrong.', 'Save Our Schools', 'Save Our Schools', 'named-organization'],
  ])('%s', (text, source, name, type) => {
    expect(speakerOf(text, source)).toEqual({ name, type });
  });

  it('reads no cue in "Harbour plan approved despite protests"', () => {
    const text = 'Harbour plan approved despite protests\n\nCouncillors in Port Elwyn approved the harbour redevelopment on Tuesday night.';
    expect(readClaims(text)).toEqual([]);
  });

  it('reads a plan the writer reports as no statement (session 35: the reviews grade "plans to" MAJOR)', () => {
    const text = 'The council plans to close the library in May.';
    expect(readClaims(text).map((r) => r.cue)).not.toContain('plans');
  });

  it('takes no listener after "informed" for the source', () => {
    const text = 'In a memo before the attack, Eric Nordstrom, the regional security director, informed regional director James Bacigalupo that he would be glad to talk.';
    expect(readClaims(text).map((r) => r.source)).not.toContain('regional director James Bacigalupo');
  });
});
