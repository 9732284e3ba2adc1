import { describe, expect, it } from 'vitest';
import { articlePageSignals, isArticlePage } from '../../utils/article';
import { fixturePage, htmlDocument } from './article-helpers';

const page = (head: string, body: string) => htmlDocument(`<html><head>${head}</head><body>${body}</body></html>`);
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Sentence group ${i}: the committee met again on Thursday, and members argued at length about the budget, the schedule, and the wording of the final report before adjourning late.</p>`).join('');
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('isArticlePage', () => {
  it('accepts the news fixture on its metadata', () => {
    const signals = articlePageSignals(fixturePage('harbour-bridge.html'));
    expect(signals.openGraphArticle).toBe(true);
    expect(signals.jsonLdArticle).toBe(true);
  });

  it('accepts og:type=article alone', () => {
    expect(isArticlePage(page('<meta property="og:type" content="article">', '<p>x</p>'))).toBe(true);
  });

  it.each([
    ['NewsArticle in @graph', '{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle"}]}'],
    ['ReportageNewsArticle in a type list', '[{"@type":["Thing","ReportageNewsArticle"]}]'],
    ['Article as a full IRI', '{"@type":"https://schema.org/Article"}'],
  ])('accepts JSON-LD with %s', (_label, json) => {
    expect(articlePageSignals(page(ld(json), '<p>x</p>')).jsonLdArticle).toBe(true);
  });

  it('ignores malformed and unrelated JSON-LD', () => {
    const doc = page(ld('{"@type": "NewsArticle"') + ld('{"@type":"Organization"}'), '<p>x</p>');
    expect(articlePageSignals(doc).jsonLdArticle).toBe(false);
    expect(isArticlePage(doc)).toBe(false);
  });

  it('accepts an <article> with real prose, and a long readerable page without any marking', () => {
    expect(articlePageSignals(page('', `<article>${prose(4)}</article>`)).articleElement).toBe(true);
    expect(articlePageSignals(page('', `<div>${prose(6)}</div>`)).readerable).toBe(true);
  });

  it('rejects a home page of teaser cards', () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<article><h3><a href="/${i}">Story ${i}</a></h3><p>A short teaser.</p></article>`).join('');
    const doc = page('<meta property="og:type" content="website">', `<nav><a href="/">Home</a></nav>${cards}`);
    expect(isArticlePage(doc)).toBe(false);
  });
});
