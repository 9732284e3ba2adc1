/**
 * Economy and science copy: what a study or the minutes found, after the claim as well as before
 * it, a document's name cut before its noun, and the people a poll asked as the source.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('findings and polls', () => {
  it.each([
    ['People who work night shifts for more than ten years are 20 percent more likely to develop heart disease, a study has found.',
      'a study', 'People who work night shifts for more than ten years are 20 percent more likely to develop heart disease'],
    ['Night workers are more likely to develop heart disease, research suggests.', 'research', 'Night workers are more likely to develop heart disease'],
    ['Minutes of the last meeting, released two weeks ago, showed that two of the nine members had voted for a cut.',
      'Minutes of the last meeting', 'that two of the nine members had voted for a cut'],
    ['Economists polled by Reuters had expected the decision.', 'Economists polled by Reuters', 'the decision'],
  ])('%s', (text, source, claim) => {
    expect(readClaims(text).map((r) => [r.source, r.claim])).toContainEqual([source, claim]);
  });

  it('types what a study found as the study\'s', () => {
    expect(speakerOf('Night workers are more likely to develop heart disease, a study has found.', 'a study')?.type).toBe('document');
  });

  it('takes no person for a document after a findings verb', () => {
    // "found" after a person is their discovery, which the trailing rule for documents does not read
    const text = 'The missing report was in a drawer, a cleaner found.';
    expect(readClaims(text).map((r) => r.source)).not.toContain('a cleaner');
  });
});
