/**
 * The repair that gives a speaker opening a paragraph their own clause, on readings built by hand
 * as the taggers gave them for r31's police story (the quotation closing the paragraph before read
 * back to "Police said").
 */
import { describe, expect, it } from 'vitest';
import { withParagraphOpeningClaims } from '../../utils/attribution/paragraph-opening-speaker';
import type { AttributionSpans } from '../../utils/attribution/types';

const span = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length };
};

describe('withParagraphOpeningClaims', () => {
  const text = '"I would urge anyone with footage to come forward."\n\nPolice said two other men have been released on bail.';
  const quoted: AttributionSpans = { source: span(text, 'Police'), cue: span(text, 'said'), content: [span(text, '"I would urge anyone with footage to come forward."')] };

  it('gives the speaker the clause after the cue in place of the quotation before the paragraph break', () => {
    const [mended] = withParagraphOpeningClaims(text, [quoted]);
    expect(text.slice(mended.content[0].start, mended.content[0].end)).toBe('two other men have been released on bail');
    expect(mended.content).toHaveLength(1);
  });

  it.each([
    // the usual postposed source: the quotation is theirs
    ['"I would urge anyone to come forward," Police said.', 'Police'],
    // no clause after the cue
    ['"I would urge anyone to come forward."\n\nPolice said.', 'Police'],
  ])('leaves a reading whose quotation is its own: %s', (t, source) => {
    const f: AttributionSpans = { source: span(t, source), cue: span(t, 'said'), content: [span(t, '"I would urge anyone')] };
    expect(withParagraphOpeningClaims(t, [f])).toEqual([f]);
  });
});
