/** Datelines ("CAIRO (Reuters) - …") are the story's label, never part of a claim that opens the story. */
import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../utils/attribution/dateline';
import { findAttributionSpans } from '../../utils/attribution/spans';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('withoutDateline', () => {
  it.each([
    ['place and agency', 'OSLO (Reuters) - Ferry fares will rise in May', 'Ferry fares will rise in May'],
    ['place, region and agency, em dash', 'GREAT FALLS, Mont. (AP) — The dam held overnight', 'The dam held overnight'],
    ['place and date', 'LAGOS, March 3 — Fuel queues returned', 'Fuel queues returned'],
    ['place alone, double hyphen', 'WELLINGTON -- Schools reopen on Monday', 'Schools reopen on Monday'],
    ['a sentence is not a dateline', 'The UN - and its agencies - said little', 'The UN - and its agencies - said little'],
    ['an ordinary capitalised start stays', 'Officials said the road was closed', 'Officials said the road was closed'],
  ])('%s', (_label, text, claim) => {
    const s = withoutDateline(text, whole(text));
    expect(text.slice(s.start, s.end)).toBe(claim);
  });

  it('leaves a span alone when it does not open its paragraph', () => {
    const text = 'Earlier: OSLO (Reuters) - Ferry fares rise';
    const span = { start: 9, end: text.length };
    expect(withoutDateline(text, span)).toBe(span);
  });

  it('drops the dateline from a lead sentence attributed at its end', () => {
    const text = 'OSLO (Reuters) - Ferry fares on the west coast will rise by a fifth in May, two officials at the transport ministry said on Friday.\n';
    const found = findAttributionSpans(text, loadModelFromDisk()).find((f) => f.cue && text.slice(f.cue.start, f.cue.end).startsWith('said'));
    expect(found?.content.map((c) => text.slice(c.start, c.end))).toEqual(['Ferry fares on the west coast will rise by a fifth in May']);
  });
});
