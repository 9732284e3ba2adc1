import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashText, splitIntoChunks } from '@/utils/page/text-chunks';

const paragraph = fc.stringMatching(/^[A-Za-z ,.]{1,80}$/).map((s) => s.trim() || 'x');

describe('splitIntoChunks', () => {
  it('keeps a short article whole', () => {
    const text = 'One paragraph.\n\nAnother one.';
    expect(splitIntoChunks(text, 1_000)).toEqual([{ start: 0, end: text.length, text }]);
  });

  it('cuts only between paragraphs, covering the text in order', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 40 }), fc.integer({ min: 20, max: 400 }), (paras, max) => {
        const text = paras.join('\n\n');
        const chunks = splitIntoChunks(text, max);
        let expectedStart = 0;
        for (const chunk of chunks) {
          expect(chunk.start).toBe(expectedStart);
          expect(chunk.text).toBe(text.slice(chunk.start, chunk.end));
          if (chunk.end < text.length) expect(text.slice(chunk.end, chunk.end + 2)).toBe('\n\n');
          expectedStart = chunk.end + 2;
        }
        expect(chunks[chunks.length - 1].end).toBe(text.length);
      }),
    );
  });

  it('never separates a quotation that runs on into the next paragraph', () => {
    const text = ['Lead paragraph here.', '“The wall is old,” she said. “It was never surveyed.', '“Be careful.”', 'Last one.'].join('\n\n');
    const chunks = splitIntoChunks(text, 30);
    const holder = chunks.find((c) => c.text.includes('never surveyed'))!;
    expect(holder.text).toContain('“Be careful.”');
  });
});

describe('hashText', () => {
  it('is the same for the same text and differs when one character changes', () => {
    const a = 'The harbour commission voted on Tuesday.';
    expect(hashText(a)).toBe(hashText(`${a}`));
    expect(hashText(a)).not.toBe(hashText(a.replace('Tuesday', 'Tuesdax')));
  });
});
