/**
 * Reading what Sourcelight did to a page, from the page's side: the highlight registry
 * (`CSS.highlights` belongs to the document, so the page's world sees what the content script
 * painted), the performance marks it leaves, and its sidebar's open shadow root.
 */
import type { Page } from 'playwright-core';

/** Text of every range in each of our highlights, in document order. */
export interface PaintedTexts {
  named: string[];
  anonymous: string[];
  source: string[];
}

/** Waits until the content script has painted `times` times (one per annotation run). */
export async function waitForPainted(page: Page, times = 1, timeout = 20_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('sourcelight:painted').length >= n, times, { timeout });
}

/** The detail of the last `sourcelight:painted` mark: claims, spans, engine runs, run time, mode. */
export async function lastPaint(page: Page): Promise<{ claims: number; spans: number; engineRuns: number; runMs: number; mode: string }> {
  return page.evaluate(() => {
    const marks = performance.getEntriesByName('sourcelight:painted') as PerformanceMark[];
    return marks[marks.length - 1].detail;
  });
}

/** What each of our highlights covers now. */
export async function paintedTexts(page: Page): Promise<PaintedTexts> {
  return page.evaluate(() => {
    const read = (name: string) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return [];
      const ranges = [...(highlight as unknown as Set<Range>)] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => r.toString());
    };
    return { named: read('sourcelight-named'), anonymous: read('sourcelight-anonymous'), source: read('sourcelight-source') };
  });
}

/** For every painted range, the nearest landmark-like ancestor: shows whether anything left the article. */
export async function paintedContainers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const name of ['sourcelight-named', 'sourcelight-anonymous', 'sourcelight-source']) {
      for (const range of [...((CSS.highlights.get(name) ?? new Set()) as unknown as Set<Range>)] as Range[]) {
        const node = range.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const landmark = el?.closest('article, nav, aside, footer, header.site, #comments, .comments, .most-read, .promo, .related');
        out.push(landmark ? landmark.tagName.toLowerCase() + (landmark.id ? `#${landmark.id}` : '') + (landmark.className ? `.${landmark.className}` : '') : 'none');
      }
    }
    return out;
  });
}

/** Centre of the first client rect of the first range whose text includes `snippet`, in viewport pixels. */
export async function pointInHighlight(page: Page, snippet: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    for (const name of ['sourcelight-named', 'sourcelight-anonymous']) {
      for (const range of [...((CSS.highlights.get(name) ?? new Set()) as unknown as Set<Range>)] as Range[]) {
        if (!range.toString().includes(needle)) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, snippet);
  if (!point) throw new Error(`no highlighted claim contains "${snippet}"`);
  return point;
}

/** Waits until the content script has decided to leave the page alone `times` times. */
export async function waitForSkipped(page: Page, times = 1, timeout = 20_000): Promise<string> {
  await page.waitForFunction((n) => performance.getEntriesByName('sourcelight:skipped').length >= n, times, { timeout });
  return page.evaluate(() => {
    const marks = performance.getEntriesByName('sourcelight:skipped') as PerformanceMark[];
    return (marks[marks.length - 1].detail as { reason: string }).reason;
  });
}

/** Names of our entries in the page's highlight registry (empty when we painted nothing). */
export async function ourHighlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((k) => k.startsWith('sourcelight-')));
}
