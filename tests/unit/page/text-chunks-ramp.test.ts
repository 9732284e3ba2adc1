import { describe, expect, it } from 'vitest';
import { splitIntoChunks } from '@/utils/page/text-chunks';

const paragraph = (i: number) => `Paragraph ${i} says the council met on Tuesday and agreed the budget for the year.`;
const text = Array.from({ length: 200 }, (_, i) => paragraph(i)).join('\n\n');

describe('splitIntoChunks with a ramp', () => {
  it('keeps the first chunks under the ramp sizes, then the usual size, covering the text exactly', () => {
    const chunks = splitIntoChunks(text, 2_500, [400, 800, 1_600]);
    expect(chunks.slice(0, 3).map((c) => c.text.length <= [400, 800, 1_600][chunks.indexOf(c)])).toEqual([true, true, true]);
    expect(chunks[0].text.length).toBeGreaterThan(200);
    expect(Math.max(...chunks.slice(3).map((c) => c.text.length))).toBeGreaterThan(1_600);
    for (const c of chunks) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(chunks.map((c) => c.text).join('\n\n')).toBe(text);
  });

  it('changes nothing without a ramp', () => {
    expect(splitIntoChunks(text, 2_500, [])).toEqual(splitIntoChunks(text, 2_500));
  });
});
