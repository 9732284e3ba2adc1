import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { build } from 'esbuild'; // esbuild comes with tsx and vite; used here only to bundle real modules for the page
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium, startStaticServer, type StaticServer } from './support';

/**
 * The <mark> fallback for browsers without CSS Custom Highlights, run for real in Chromium: the
 * painter is given no highlight registry, so it must wrap text in marks and then restore the page.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
let server: StaticServer;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: `
        import { readArticle } from '@/utils/article';
        import { annotate } from '@/utils/attribution';
        import { emptyModel } from '@/utils/attribution/model';
        import { createHighlightPainter } from '@/utils/highlight/highlight-painter';
        import { paintSpansOf } from '@/utils/page/page-annotator';
        globalThis.sourcelightFallback = { readArticle, annotate, emptyModel, createHighlightPainter, paintSpansOf };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    alias: { '@': ROOT },
    logLevel: 'error',
  });
  bundle = result.outputFiles[0].text;
  server = await startStaticServer();
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function paintWithMarks(page: Page) {
  return page.evaluate(() => {
    const api = (globalThis as unknown as { sourcelightFallback: any }).sourcelightFallback;
    const article = document.querySelector('article')!;
    const before = { html: article.innerHTML, text: article.textContent };
    const { text, map } = api.readArticle(document);
    const found = api.annotate(text, api.emptyModel());
    const painter = api.createHighlightPainter({ document });
    const painted = painter.paint(found.flatMap(api.paintSpansOf), map);
    const marks = Array.from(document.querySelectorAll('mark[data-sourcelight]')).map((m) => [m.getAttribute('data-sourcelight'), m.textContent]);
    const rangesMatch = painted.every((p: { range: Range; start: number; end: number }) => p.range.toString() === text.slice(p.start, p.end));
    const textKept = article.textContent === before.text;
    const outside = document.querySelectorAll('nav mark, footer mark, #comments mark, aside mark').length;
    painter.clear();
    return { mode: painter.mode, marks, rangesMatch, textKept, outside, restored: article.innerHTML === before.html, left: document.querySelectorAll('mark').length };
  });
}

describe('mark fallback', () => {
  it('wraps claims in <mark data-sourcelight> without changing the text, and restores the page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('harbour-port.html'));
    await page.addScriptTag({ content: bundle });
    const result = await paintWithMarks(page);
    expect(result.mode).toBe('marks');
    const named = result.marks.filter(([kind]) => kind === 'named').map(([, text]) => text).join(' | ');
    const sources = result.marks.filter(([kind]) => kind === 'source').map(([, text]) => text).join(' | ');
    expect(named).toContain('“We will not reopen the port,”');
    expect(sources).toContain('Mara Ellison');
    expect(result.rangesMatch).toBe(true);
    expect(result.textKept).toBe(true);
    expect(result.outside).toBe(0);
    expect(result.restored).toBe(true);
    expect(result.left).toBe(0);
    await page.close();
  });
});
