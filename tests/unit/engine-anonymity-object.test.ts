/**
 * "…, three officials with knowledge of the talks said on Friday, though gaps remain": the source
 * is the officials, not "the talks" their knowledge is of, and the claim is the clause before them,
 * not the time they spoke nor the writer's concession after it.
 */
import { describe, expect, it } from 'vitest';
import { widenAnonymityObject } from '../../utils/attribution/anonymity-object';
import { readClaims } from './engine-readings';

describe('a source cut to the object of its anonymity phrase', () => {
  it.each([
    ['The deal is close, three officials with knowledge of the talks said.', 'the talks', 'three officials with knowledge of the talks'],
    ['Two people familiar with the matter said the bid would fail.', 'the matter', 'Two people familiar with the matter'],
    ['The vote was delayed, according to one aide briefed on the plan, who said more.', 'the plan', 'one aide briefed on the plan'],
  ])('is widened to the people: %s', (text, cut, whole) => {
    const start = text.indexOf(cut);
    const cue = /said|who/u.exec(text.slice(start))!;
    const span = widenAnonymityObject(text, { start, end: start + cut.length }, { start: start + cue.index, end: start + cue.index + cue[0].length });
    expect(span && text.slice(span.start, span.end)).toBe(whole);
  });

  it('leaves a source with no anonymity phrase before it', () => {
    const text = 'The deal is close, the talks said.';
    const start = text.indexOf('the talks');
    expect(widenAnonymityObject(text, { start, end: start + 9 }, { start: start + 10, end: start + 14 })).toEqual({ start, end: start + 9 });
  });

  it.each([
    ['The two sides have agreed on a draft text, three officials with knowledge of the talks said on Friday.', 'The two sides have agreed on a draft text'],
    ['The two sides have agreed on a draft text, three officials with knowledge of the talks said on Friday, though significant gaps remain over water rights.', 'The two sides have agreed on a draft text'],
  ])('gives the officials the clause before them: %s', (text, claim) => {
    expect(readClaims(text)).toContainEqual({ source: 'three officials with knowledge of the talks', cue: 'said', claim });
  });
});
