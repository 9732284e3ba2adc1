/**
 * Readings a held-out review of invented articles found wrong (review 11), each read as a reader
 * would: a name apposed before a description that mentions a place, a subject after a fronted
 * "Asked about …,", a short object before ", saying", an agent read as a claim, an email "seen by"
 * a paper, a firm named again by its nation's adjective, an acronym in brackets, a school's
 * possessive name, and a listener after "to" before "that".
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';


describe('who speaks', () => {
  it.each([
    ['Its founder, Rachel Osei, a mother of three from Castleton, said the council had ignored them.',
      'Its founder, Rachel Osei, a mother of three from Castleton,', 'Rachel Osei', 'named-person'],
    ['Its founder, Rachel Osei, a teacher from Castleton, said the council had ignored them.',
      'Its founder, Rachel Osei, a teacher from Castleton,', 'Rachel Osei', 'named-person'],
    ['According to an internal email seen by the Financial Chronicle, the bank plans to cut 300 jobs.',
      'an internal email seen by the Financial Chronicle', 'an internal email seen by the Financial Chronicle', 'document'],
    ['Corvane Logistics cut its profit forecast on Tuesday. Demand had weakened in Europe, the Dutch freight group said.',
      'the Dutch freight group', 'Corvane Logistics', 'named-organization'],
    ['Nordvik Motors recalled 4,000 cars. The fault was minor, the Swedish carmaker said.',
      'the Swedish carmaker', 'Nordvik Motors', 'named-organization'],
    ['The Regional Health Protection Agency (RHPA) confirmed 14 cases on Monday. Parents criticised the response. The RHPA rejected that.',
      'The RHPA', 'the Regional Health Protection Agency', 'named-organization'],
    ['Coach Tom Hale said the team was tired. Asked about the reports, Lindgren smiled. "I read the papers too," he said.',
      'he', 'Lindgren', 'named-person'],
    // a school's name with a possessive in it is one body, not a person "Primary"
    ['The headteacher of one affected school, St Columba\'s Primary, said in a letter that the school would stay open.',
      'The headteacher of one affected school, St Columba\'s Primary,', 'The headteacher of one affected school', 'unnamed-person'],
  ])('%s', (text, source, name, type) => {
    expect(speakerOf(text, source)).toEqual({ name, type });
  });

  it.each([
    // the place the description mentions, not the one described
    ['One investor, a retired nurse from Hollingbury, said she had lost money.', 'One investor, a retired nurse from Hollingbury,', 'One investor', 'unnamed-person'],
    // one body's name the index split at its preposition stays whole or not at all, never its first half
    ['One group, Partnership for Responsible Growth, said the tax was unfair.', 'One group, Partnership for Responsible Growth,', 'One group', 'named-organization'],
    // a nation's adjective before a government names it; it is no epithet of the last body named
    ['Acme Corp said it had paid the fine. The Saudi government said it had no part in the deal.', 'The Saudi government', 'The Saudi government', 'named-organization'],
    // "known as" gives the name
    ['"There never was an order," said the base chief known as Bob, speaking for the first time.', 'the base chief known as Bob, speaking for the first time', 'Bob', 'named-person'],
  ])('near miss: %s', (text, source, name, type) => {
    expect(speakerOf(text, source)).toEqual({ name, type });
  });
});

describe('what is claimed', () => {
  it.each([
    ['A council spokeswoman denied this, saying the documents had been published three weeks before the meeting.', 'denied', 'this'],
    ['The company denied the report, saying it had never sold user data.', 'denied', 'the report'],
    ['The company denied the report, saying it had never sold user data.', 'saying', 'it had never sold user data'],
    // the listener after "to" belongs to the cue, whatever the cue
    ['The headteacher, Ann Ross, said in a letter to parents that the school would stay open.', 'said', 'that the school would stay open'],
    ['He wrote to Senator Ruiz that the bill was unfair.', 'wrote', 'that the bill was unfair'],
    // a verb after "to" opens the claim: "urged voters | to ensure that …"
    ['He urged voters to ensure that the bill passed.', 'urged', 'to ensure that the bill passed'],
  ])('%s (%s)', (text, cue, claim) => {
    expect(readClaims(text).filter((r) => r.cue === cue).map((r) => r.claim)).toEqual([claim]);
  });

  it('keeps a whole clause before ", explaining" as PolNeAR reads it', () => {
    const text = 'She made the case that taxes should rise, explaining that the deficit was large.';
    expect(readClaims(text).find((r) => r.cue === 'made the case')?.claim).toBe('that taxes should rise');
  });

  it('reads no agent after a participle as a claim', () => {
    const text = 'Headteachers said the rise in per-pupil funding announced by the education department was not enough.';
    const claims = readClaims(text);
    expect(claims.map((r) => r.cue)).toEqual(['said']);
    expect(claims[0].claim).toBe('the rise in per-pupil funding announced by the education department was not enough');
  });
});
