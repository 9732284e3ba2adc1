/** A claim's future keeps the day it happens on ("the talks would resume on Wednesday"); a day that dates the saying stays out. */
import { describe, expect, it } from 'vitest';
import { spanOf } from './span-helpers';
import { completeFutureDay } from '../../utils/attribution/content-completion';
import { annotate } from '../../utils/attribution/annotate';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const completed = (text: string, cue: string, claim: string): string => {
  const s = completeFutureDay(text, spanOf(text, cue), spanOf(text, claim));
  return text.slice(s.start, s.end);
};

describe('the day a claim’s future happens on', () => {
  it.each([
    ['The diplomat said the talks would resume on Wednesday.', 'said', 'the talks would resume', 'the talks would resume on Wednesday'],
    ['Officials said the bridge will reopen on Friday morning.', 'said', 'the bridge will reopen', 'the bridge will reopen on Friday morning'],
    ['The mayor said work would begin next week.', 'said', 'work would begin', 'work would begin next week'],
  ])('%s', (text, cue, claim, expected) => {
    expect(completed(text, cue, claim)).toBe(expected);
  });
  it.each([
    // near misses: the day dates the saying, or the claim goes on after it
    ['Ruiz announced her intention to vote for Clinton on Wednesday.', 'announced', 'her intention to vote for Clinton'],
    ['Officials said the bridge had reopened on Friday.', 'said', 'the bridge had reopened'],
    ['Officials said the bridge would reopen on Friday, weather permitting.', 'said', 'the bridge would reopen'],
  ])('near miss: %s', (text, cue, claim) => {
    expect(completed(text, cue, claim)).toBe(claim);
  });
});

describe('a claim cut at a number’s thousands comma runs on', () => {
  it('takes in the whole number and the rest of its clause', () => {
    const text = 'The ministry announced a fund to bring broadband to 60,000 homes by the end of 2027.';
    const claim = annotate(text, loadModelFromDisk())[0].claim;
    expect(claim).toBe('a fund to bring broadband to 60,000 homes by the end of 2027');
  });
  it('takes in the noun a number was cut from, and the rest of its clause', () => {
    const text = 'The Ministry for Digital Infrastructure today announced a £45 million fund to bring gigabit broadband to 60,000 rural homes and businesses by the end of 2027.';
    expect(annotate(text, loadModelFromDisk())[0].claim).toBe('a £45 million fund to bring gigabit broadband to 60,000 rural homes and businesses by the end of 2027');
  });
});
