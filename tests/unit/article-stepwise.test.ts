import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticleText, findArticleRoot, findArticleRootSteps, memoisedExclusion, runInSlices, runToEnd, type Slicer } from '../../utils/article';
import { benchArticleHtml } from '../../scripts/lib/bench-pages';
import { fixturePage, htmlDocument } from './article-helpers';

/** A slicer on a fake clock: every reading of the clock "takes" `step` ms. */
function fakeSlicer(step: number) {
  let now = 0;
  let yields = 0;
  const slicer: Slicer = { now: () => (now += step), yieldToPage: async () => void yields++ };
  return { slicer, yields: () => yields };
}

const pages = readdirSync(new URL('../fixtures/html-cli/', import.meta.url)).filter((name) => name.endsWith('.html'));

describe('finding the article root in slices', () => {
  it.each(pages)('finds the same root as the single pass on %s', async (name) => {
    const doc = fixturePage(name);
    const { slicer } = fakeSlicer(3);
    expect(await runInSlices(findArticleRootSteps(doc), slicer, 10)).toBe(findArticleRoot(doc));
  });

  it('pauses many times on a long page, and the same page read in one go agrees', async () => {
    const doc = htmlDocument(benchArticleHtml(20_000));
    const clock = fakeSlicer(5);
    const sliced = await runInSlices(findArticleRootSteps(doc), clock.slicer, 12);
    expect(clock.yields()).toBeGreaterThan(20);
    expect(sliced).toBe(runToEnd(findArticleRootSteps(doc)));
    expect(sliced?.localName).toBe('article');
  });

  it('stops with null when cancelled after a pause', async () => {
    const doc = htmlDocument(benchArticleHtml(5_000));
    const { slicer } = fakeSlicer(50);
    expect(await runInSlices(findArticleRootSteps(doc), slicer, 10, () => true)).toBeNull();
  });

  it('measures paragraphs by their collapsed length, counting any Unicode white space as space', () => {
    // Two candidate blocks: the one whose paragraphs are long only through white space must lose.
    const padded = `<p>${'word\u00a0\u2003\u3000 \t'.repeat(2)}, short.</p>`.repeat(6);
    const real = '<p>Councillors said, after a long meeting on Tuesday, that the budget would be cut by a third.</p>'.repeat(3);
    const doc = htmlDocument(`<html><body><div id="padded">${padded}</div><div id="real">${real}</div></body></html>`);
    expect(findArticleRoot(doc).id).toBe('real');
  });
});

describe('one exclusion answer per element, shared by the root search and the text', () => {
  it.each(pages)('reads the same root and text with the shared answers on %s', (name) => {
    const doc = fixturePage(name);
    const root = findArticleRoot(doc);
    const shared = { isExcluded: memoisedExclusion() };
    expect(findArticleRoot(doc, shared)).toBe(root);
    expect(extractArticleText(root, shared).text).toBe(extractArticleText(root).text);
  });

  it('asks about each element once across both', () => {
    const doc = htmlDocument(benchArticleHtml(600));
    const asked = new Map<Element, number>();
    const isVisible = (el: Element) => (asked.set(el, (asked.get(el) ?? 0) + 1), true);
    const shared = { isVisible, isExcluded: memoisedExclusion(isVisible) };
    extractArticleText(findArticleRoot(doc, shared), shared);
    expect(asked.size).toBeGreaterThan(20);
    expect(Math.max(...asked.values())).toBe(1);
  });
});
