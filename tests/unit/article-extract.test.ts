import { describe, expect, it } from 'vitest';
import { extractArticleText, findArticleRoot, readArticle } from '../../utils/article';
import { fixturePage, htmlDocument } from './article-helpers';

describe('readArticle on a news layout', () => {
  const { text } = readArticle(fixturePage('harbour-bridge.html'));

  it('keeps headline, body, caption, block quote and list items', () => {
    expect(text.startsWith('Harbour bridge repairs to run into spring\n\n')).toBe(true);
    expect(text).toContain('Workers inspect the corroded girders under the eastern span.');
    expect(text).toContain('"The bridge is safe for pedestrians, but we cannot yet let lorries back on it.\n\n"Every week we learn');
    expect(text).toContain('\n\nThe eastern span is closed to all traffic.\n\nBuses on route 12');
  });

  it('joins inline text as a reader sees it and collapses white space', () => {
    expect(text).toContain('said Tomás Reyes, the department\'s chief engineer.');
    expect(text).toContain('could double the original');
    expect(text).toContain('a detour of up to twenty minutes.');
    expect(text).not.toMatch(/[ \t]{2,}|\n{3,}|^\s|\s$/);
  });

  it('turns <br> into a single line break', () => {
    expect(text).toContain('cut trade.\nSome have reported');
  });

  it.each([
    ['navigation', 'Weather'],
    ['cookie banner', 'cookies'],
    ['share bar', 'Share on social'],
    ['advert', 'Advertisement'],
    ['display:none', 'hidden from readers'],
    ['aria-hidden', 'Screen-reader hidden'],
    ['article footer', 'Topics:'],
    ['most-read list', 'parking fees'],
    ['comments', 'falling apart'],
    ['promo', 'morning newsletter'],
    ['site footer', 'All rights reserved'],
    ['script', 'tracking'],
    ['noscript', 'enable JavaScript'],
    ['head', 'The Coastal Ledger'],
  ])('leaves out the %s', (_what, words) => {
    expect(text).not.toContain(words);
  });
});

describe('findArticleRoot without any markup help', () => {
  const teaser = (n: number) =>
    `<div class="card"><p><a href="/s${n}">Teaser ${n}: another story about the weather, the council and the port, read on.</a></p></div>`;
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the story, with enough words, commas, and clauses to look like prose, as news does.</p>`;
  const page = `<html><body><div id="top"><div class="x">${teaser(1)}${teaser(2)}</div>
    <div class="y"><h1>Ferry strike ends after talks</h1>
      <div class="z"><div class="blk">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div>
      <div class="embed"><p>Embedded map</p></div>
      <div class="blk">${paragraph(4)}${paragraph(5)}${paragraph(6)}</div></div></div>
    <div class="w">${teaser(3)}${teaser(4)}${teaser(5)}</div></div></body></html>`;
  const doc = htmlDocument(page);

  it('takes in every block of the story and the headline, but no teaser', () => {
    const { text } = extractArticleText(findArticleRoot(doc));
    for (let n = 1; n <= 6; n++) expect(text).toContain(`Paragraph ${n} of the story`);
    expect(text.startsWith('Ferry strike ends after talks')).toBe(true);
    expect(text).not.toContain('Teaser');
  });
});

describe('findArticleRoot with several <article> elements', () => {
  const body = Array.from({ length: 5 }, (_, i) => `<p>Body paragraph ${i}, long enough to count as prose for the scorer, and more.</p>`).join('');
  const card = (i: number) => `<article class="card"><h3>Card ${i}</h3><p>Short teaser text for card ${i}, linked elsewhere.</p></article>`;
  const doc = htmlDocument(`<html><body>${card(1)}<article class="main"><h1>Main story</h1>${body}</article>${card(2)}${card(3)}</body></html>`);

  it('picks the one holding the story', () => {
    const root = findArticleRoot(doc);
    expect(root.getAttribute('class')).toBe('main');
  });
});

describe('extractArticleText details', () => {
  it('keeps <pre> white space and maps it one to one', () => {
    const doc = htmlDocument('<html><body><p>Intro text.</p><pre>a  b\n  c</pre></body></html>');
    const { text } = extractArticleText(doc.body);
    expect(text).toBe('Intro text.\n\na  b\n  c');
  });

  it('honours a caller visibility check (computed style in the browser)', () => {
    const doc = htmlDocument('<html><body><p>Seen.</p><p class="collapsed">Unseen.</p></body></html>');
    const { text } = extractArticleText(doc.body, { isVisible: (el) => el.getAttribute('class') !== 'collapsed' });
    expect(text).toBe('Seen.');
  });

  it('leaves out closed <details> bodies but keeps the summary', () => {
    const doc = htmlDocument('<html><body><details><summary>More</summary><p>Inside.</p></details></body></html>');
    expect(extractArticleText(doc.body).text).toBe('More');
  });

  it('handles pages nested thousands of levels deep', () => {
    const deep = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000);
    expect(extractArticleText(htmlDocument(`<html><body>${deep}</body></html>`).body).text).toBe('deep text');
  });

  it('reads a 100,000-word page whole', () => {
    const words = Array.from({ length: 100_000 }, (_, i) => `w${i % 50}`);
    const paragraphs: string[] = [];
    for (let i = 0; i < words.length; i += 50) paragraphs.push(`<p>${words.slice(i, i + 50).join(' ')}</p>`);
    const doc = htmlDocument(`<html><body><article>${paragraphs.join('\n')}</article></body></html>`);
    const { text, map } = readArticle(doc);
    expect(text.split(/\s+/).length).toBe(100_000);
    expect(map.segments.length).toBe(2000);
  });
});

describe('readArticle on a plain layout with no helpful class names', () => {
  const { text } = readArticle(fixturePage('plain-layout.html'));

  it('reads the headline and every paragraph of both text blocks, in order', () => {
    expect(text.startsWith('Orchard growers count the cost of late frost\n\nApple and pear growers')).toBe(true);
    const order = ['Apple and pear', 'I have farmed', 'Officials at the agriculture', 'Lotte Brandt', 'Growers who invested', 'Weather forecasters'];
    const positions = order.map((words) => text.indexOf(words));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps a multi-paragraph quote as two paragraphs', () => {
    expect(text).toContain('not charity.\n\n"Growers who invested');
  });

  it('leaves out inline related links, a "Related stories" box, the "Most read" column and page furniture', () => {
    for (const words of ['Frost warning issued', 'Cider makers', 'Town hall to close', 'Valley Courier', 'Farming']) expect(text).not.toContain(words);
  });
});

describe('inline quotations', () => {
  it('shows <q> with the quote marks a browser draws, nested ones single', () => {
    const doc = htmlDocument('<html><body><p>The mayor said <q>we will <q>never</q> give up</q> on Friday.</p></body></html>');
    const { text, map } = extractArticleText(doc.body);
    expect(text).toBe('The mayor said “we will ‘never’ give up” on Friday.');
    const start = text.indexOf('“');
    const pieces = map.pieces(start, text.indexOf('”') + 1);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe('we will never give up');
  });
});

describe('findArticleRoot on a page written with <br> instead of <p>', () => {
  const line = (n: number) => `Line ${n} of the old-style story, which carries on, clause after clause, as prose does in print.`;
  const doc = htmlDocument(`<html><body><div class="menu-col"><a href="/">Home</a> <a href="/a">Archive</a></div>
    <div id="story"><div>${[1, 2, 3, 4, 5, 6].map(line).join('<br><br>')}</div></div>
    <div><ul><li><a href="/x">Other story about something else entirely, and more</a></li></ul></div></body></html>`);

  it('finds the text block and reads its lines as paragraphs', () => {
    const { text } = readArticle(doc);
    expect(text.startsWith('Line 1 of the old-style story')).toBe(true);
    expect(text).toContain('as prose does in print.\n\nLine 2');
    expect(text).not.toContain('Archive');
    expect(text).not.toContain('Other story');
  });
});
