/**
 * Readings found wrong by the r32 held-out review (16 new articles a helper wrote and hand-scored;
 * names invented here anew).
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from './engine-readings';

describe('review 32 readings', () => {
  it.each([
    // a verb of saying takes the clause after it, whose subject is no part of the cue
    ['The club said questions about Okafor would not be taken.', 'said', 'questions about Okafor would not be taken'],
    ['Polls suggest public support for the plan is falling.', 'suggest', 'public support for the plan is falling'],
    // a stance idiom keeps its noun
    ['His campaign showed no sign of backing down.', 'showed no sign of', 'backing down'],
  ])('keeps the clause after a verb of saying out of the cue: %s', (text, cue, claim) => {
    expect(readClaims(text).map((r) => [r.cue, r.claim])).toEqual([[cue, claim]]);
  });
});
