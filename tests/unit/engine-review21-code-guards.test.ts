/**
 * Readings a code review of the day's rules found wrong, each on a passage of the reviewer's kind
 * (names invented): a firm's first word many names share, a subordinate clause before a trailing
 * cue, a person named like the firm she works at, a writer's "but" after a mid-cue claim, and a
 * title-case verb ending a name outside the headline.
 */
import { describe, expect, it } from 'vitest';
import { indexNames } from '../../utils/attribution/source-names';
import { readClaims, speakerOf } from './engine-readings';

describe('code review guards', () => {
  it('keeps "United" for the club, not a utility that shares the word', () => {
    const text = 'Harbourside United said the smell came from the works next door. Harbourside United and United Utilities met on Monday. United said it would seek compensation.';
    expect(speakerOf(text, 'United')?.name).not.toBe('United Utilities');
  });

  it('reads no subject out of a subordinate clause before the cue', () => {
    const text = 'The suspect had fled, after the witness testified Tuesday at the trial.';
    expect(readClaims(text).map((r) => r.source)).not.toContain('after the witness');
  });

  it('keeps a person named like the firm she works at a person', () => {
    const text = 'The law firm Harper Lane said it would represent the families. Harper Lane, a partner at the firm, said the case was strong. She said a claim would be filed.';
    expect(speakerOf(text, 'Harper Lane, a partner at the firm,')?.type).toBe('named-person');
    expect(speakerOf(text, 'She')?.name).toBe('Harper Lane');
  });

  it('stops a mid-cue claim before the writer\'s "but"', () => {
    const text = 'Dana Holt spoke for an hour. The levy, she told the committee, would raise 2 million pounds, but the council disputes the figure.';
    expect(readClaims(text).map((r) => r.claim)).toContain('The levy … would raise 2 million pounds');
  });

  it('keeps a title-case verb in a name outside the headline', () => {
    // the name index itself: the readings still found the name through its later, whole mention
    const text = 'Toasters tested\n\nThe model failed two safety tests, said Consumer Reports.\nConsumer Reports said it had bought six.';
    const first = indexNames(text).mentions.find((m) => m.start === text.indexOf('Consumer'));
    expect(first && text.slice(first.start, first.end)).toBe('Consumer Reports');
  });
});
