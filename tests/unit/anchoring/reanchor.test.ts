import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnchor, reanchor, searchApproximate } from '../../../utils/anchoring';

const ORIGINAL =
  'The harbour board met on Tuesday. A spokesperson said the ferry timetable would change in spring. ' +
  'Residents were not consulted, according to two people familiar with the talks. ' +
  'The board said the ferry timetable would change in spring only if funding arrived.';

function anchorOf(text: string, passage: string, from = 0) {
  const start = text.indexOf(passage, from);
  return createAnchor(text, start, start + passage.length);
}

describe('createAnchor', () => {
  it('keeps quote, context and position', () => {
    const anchor = anchorOf(ORIGINAL, 'Residents were not consulted');
    expect(anchor.quote.exact).toBe('Residents were not consulted');
    expect(ORIGINAL.endsWith(anchor.quote.suffix) || ORIGINAL.includes(anchor.quote.suffix)).toBe(true);
    expect(anchor.quote.prefix.endsWith('in spring. ')).toBe(true);
    expect(ORIGINAL.slice(anchor.position.start, anchor.position.end)).toBe(anchor.quote.exact);
  });
  it('refuses empty or out-of-range passages', () => {
    expect(() => createAnchor(ORIGINAL, 5, 5)).toThrow(/invalid range/);
    expect(() => createAnchor(ORIGINAL, 0, ORIGINAL.length + 1)).toThrow(/invalid range/);
  });
});

describe('reanchor', () => {
  it('uses the stored position when the text is unchanged', () => {
    const anchor = anchorOf(ORIGINAL, 'according to two people');
    expect(reanchor(ORIGINAL, anchor)).toMatchObject({ found: true, method: 'position', start: anchor.position.start });
  });

  it('finds the quote after text was inserted before it', () => {
    const anchor = anchorOf(ORIGINAL, 'Residents were not consulted');
    const changed = 'UPDATED: this story has been corrected. ' + ORIGINAL;
    const result = reanchor(changed, anchor);
    expect(result).toMatchObject({ found: true, method: 'quote' });
    if (result.found) expect(changed.slice(result.start, result.end)).toBe('Residents were not consulted');
  });

  it('chooses the repeated phrase whose context matches', () => {
    const second = ORIGINAL.lastIndexOf('the ferry timetable would change in spring');
    const anchor = createAnchor(ORIGINAL, second, second + 'the ferry timetable would change in spring'.length);
    const changed = 'Breaking. ' + ORIGINAL;
    const result = reanchor(changed, anchor);
    expect(result).toMatchObject({ found: true, method: 'quote', start: second + 'Breaking. '.length });
  });

  it('finds a lightly edited passage approximately', () => {
    const anchor = anchorOf(ORIGINAL, 'Residents were not consulted, according to two people');
    const changed = ORIGINAL.replace('Residents were not consulted, according to two people', "Residents weren't consulted, according to 2 people");
    const result = reanchor(changed, anchor);
    expect(result).toMatchObject({ found: true, method: 'approximate' });
    if (result.found) expect(changed.slice(result.start, result.end)).toBe("Residents weren't consulted, according to 2 people");
  });

  it('reports not found when the passage is gone', () => {
    const anchor = anchorOf(ORIGINAL, 'Residents were not consulted, according to two people familiar with the talks.');
    const changed = ORIGINAL.replace(/Residents[^.]*\./, 'Officials declined to comment on the ferry.');
    expect(reanchor(changed, anchor)).toEqual({ found: false });
  });

  it('always returns a range holding the quote when the quote is still present (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), fc.integer({ min: 0, max: 120 }), (before, after, cut) => {
        const passage = 'familiar with the talks';
        const anchor = anchorOf(ORIGINAL, passage);
        const changed = before + ORIGINAL.slice(0, Math.min(cut, anchor.position.start)) + after + ORIGINAL.slice(anchor.position.start);
        const result = reanchor(changed, anchor);
        expect(result.found).toBe(true);
        if (result.found) expect(changed.slice(result.start, result.end)).toBe(passage);
      }),
    );
  });
});

describe('reanchor on arbitrary input', () => {
  it('never throws and only returns ranges inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ minLength: 1, maxLength: 40 }), fc.string({ maxLength: 300 }), (before, exact, after) => {
        const anchor = createAnchor(before + exact + after, before.length, before.length + exact.length);
        const result = reanchor(after + exact.slice(1) + before, anchor);
        if (result.found) {
          expect(result.start).toBeGreaterThanOrEqual(0);
          expect(result.end).toBeLessThanOrEqual(after.length + exact.length - 1 + before.length);
          expect(result.end).toBeGreaterThan(result.start);
        }
      }),
    );
  });
});

describe('searchApproximate', () => {
  it('counts edits and gives the span', () => {
    const [match] = searchApproximate('xx the quick brwn fox yy', 'the quick brown fox', 2);
    expect(match).toEqual({ start: 3, end: 21, errors: 1 });
  });
  it('finds nothing beyond the bound', () => {
    expect(searchApproximate('completely different words here', 'the quick brown fox', 3)).toEqual([]);
  });
});
