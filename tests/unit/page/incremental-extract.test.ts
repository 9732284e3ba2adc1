import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticleText } from '@/utils/article';
import { extractIncrementally } from '@/utils/page/incremental-extract';
import type { WorkScheduler } from '@/utils/page/chunked-annotation';

function longArticle(blocks: number): Element {
  const parts: string[] = [];
  for (let i = 0; i < blocks; i++) {
    if (i % 10 === 3) parts.push(`<figure><div class="photo"></div><figcaption>Photo ${i}. Engineers said the wall moved.</figcaption></figure>`);
    else if (i % 10 === 5) parts.push(`<blockquote><p>“First part ${i},</p><p>second part.”</p></blockquote>`);
    else if (i % 10 === 7) parts.push(`<aside class="related">Related story ${i}</aside><div class="promo">Subscribe ${i}</div>`);
    else parts.push(`<p>Paragraph ${i} said  <em>the  council</em>, which\n met on Tuesday.</p>`);
    parts.push('\n  ');
  }
  const { document } = parseHTML(`<html><body><article><h1>Title</h1>\n${parts.join('')}</article></body></html>`);
  return document.querySelector('article') as unknown as Element;
}

describe('extractIncrementally', () => {
  it('gives exactly the text and map of a whole-root extraction, yielding as it goes', async () => {
    let now = 0;
    let yields = 0;
    const scheduler: WorkScheduler = { now: () => (now += 5), yieldToPage: async () => void yields++ };
    const root = longArticle(200);
    const whole = extractArticleText(root);
    const sliced = (await extractIncrementally(root, {}, scheduler, 20))!;
    expect(sliced.text).toBe(whole.text);
    expect(sliced.map.segments.map((s) => [s.start, s.end, s.nodeOffset, s.node.data])).toEqual(
      whole.map.segments.map((s) => [s.start, s.end, s.nodeOffset, s.node.data]),
    );
    expect(yields).toBeGreaterThan(10);
  });

  it('reads a short article in one piece', async () => {
    const scheduler: WorkScheduler = { now: () => 0, yieldToPage: async () => undefined };
    const root = longArticle(5);
    expect((await extractIncrementally(root, {}, scheduler))!.text).toBe(extractArticleText(root).text);
  });
});
