import { describe, expect, it } from 'vitest';
import { readArticle } from '../../utils/article';
import { fixturePage, htmlDocument } from './article-helpers';

const WHITE = /[ \t\n\r\f]/;

describe('ArticleTextMap', () => {
  const { text, map } = readArticle(fixturePage('harbour-bridge.html'));

  it('maps every copied character to the same character in its text node', () => {
    let mapped = 0;
    for (const s of map.segments) {
      for (let i = s.start; i < s.end; i++) {
        const point = map.toDomPoint(i);
        expect(point).not.toBeNull();
        const inNode = point!.node.data[point!.offset];
        if (text[i] === ' ') expect(inNode).toMatch(WHITE);
        else expect(inNode).toBe(text[i]);
        mapped++;
      }
    }
    const synthetic = text.length - mapped;
    expect(synthetic).toBe((text.match(/\n/g) ?? []).length);
  });

  it('keeps segments sorted and disjoint', () => {
    for (let i = 1; i < map.segments.length; i++) expect(map.segments[i].start).toBeGreaterThanOrEqual(map.segments[i - 1].end);
  });

  it('gives the pieces of a name inside a link', () => {
    const start = text.indexOf('Tomás Reyes');
    const pieces = map.pieces(start, start + 'Tomás Reyes'.length);
    expect(pieces).toHaveLength(1);
    expect(pieces[0].node.parentNode?.nodeName.toLowerCase()).toBe('a');
    expect(pieces[0].node.data.slice(pieces[0].start, pieces[0].end)).toBe('Tomás Reyes');
  });

  it('splits a span over several nodes into pieces that spell the span without its line breaks', () => {
    const start = text.indexOf('"We found');
    const end = text.indexOf('Every week we learn') + 'Every week we learn'.length;
    const spelled = map.pieces(start, end).map((p) => p.node.data.slice(p.start, p.end).replace(/[ \t\n\r\f]+/g, ' ')).join('');
    expect(spelled).toBe(text.slice(start, end).replace(/\n+/g, ''));
  });

  it('snaps offsets in a synthetic break forward for a start and backward for an end', () => {
    const gap = text.indexOf('\n\n');
    const before = map.toDomPoint(gap, 'backward')!;
    const after = map.toDomPoint(gap + 1, 'forward')!;
    expect(before.node.data.slice(0, before.offset).trim().endsWith('spring')).toBe(true);
    expect(after.node.data.slice(after.offset).startsWith('By Mara')).toBe(true);
  });

  it('returns null beyond the text', () => {
    expect(map.toDomPoint(text.length, 'forward')).toBeNull();
    expect(map.toDomPoint(0, 'backward')).toBeNull();
    expect(map.pieces(5, 5)).toEqual([]);
  });

  it('maps a DOM point back to the same text offset', () => {
    for (const offset of [0, 17, text.indexOf('Tomás'), text.indexOf('double'), text.length - 1]) {
      const point = map.toDomPoint(offset)!;
      expect(map.toTextOffset(point.node, point.offset)).toBe(offset);
    }
  });

  it('maps a point inside collapsed white space to the kept space', () => {
    const doc = htmlDocument('<html><body><p>one    two</p></body></html>');
    const r = readArticle(doc);
    expect(r.text).toBe('one two');
    const node = r.map.segments[0].node;
    expect(r.map.toTextOffset(node, 5)).toBe(4);
    expect(r.map.toTextOffset(doc.body, 0)).toBe(0);
    expect(r.map.toTextOffset(doc.body, doc.body.childNodes.length, 'backward')).toBe(r.text.length);
  });
});

describe('ArticleTextMap.toTextOffset on element and unmapped boundary points (selections)', () => {
  const doc = htmlDocument(
    '<html><body><nav><a>Home</a></nav><article><h1>Title here</h1>\n<p id="p1">First <b>bold</b> para.</p>\n<p id="p2">Second para.</p></article><aside>Side</aside></body></html>',
  );
  const { text, map } = readArticle(doc);
  const p1 = doc.getElementById('p1')!;
  const p2 = doc.getElementById('p2')!;

  it('reads a point before a child element as the start of its text', () => {
    expect(text).toBe('Title here\n\nFirst bold para.\n\nSecond para.');
    expect(map.toTextOffset(p1, 1)).toBe(text.indexOf('bold'));
    expect(map.toTextOffset(p2, 0)).toBe(text.indexOf('Second'));
  });

  it('reads a point after the last child of an element as the end of its text (backward) or the next text (forward)', () => {
    expect(map.toTextOffset(p1, p1.childNodes.length, 'backward')).toBe(text.indexOf('para.') + 'para.'.length);
    expect(map.toTextOffset(p1, p1.childNodes.length, 'forward')).toBe(text.indexOf('Second'));
  });

  it('snaps points in unmapped white space and furniture to the article', () => {
    const between = p1.nextSibling!;
    expect(map.toTextOffset(between, 0, 'forward')).toBe(text.indexOf('Second'));
    expect(map.toTextOffset(between, 0, 'backward')).toBe(text.indexOf('Second') - 2);
    const nav = doc.querySelector('nav')!;
    expect(map.toTextOffset(nav, 0, 'forward')).toBe(0);
    expect(map.toTextOffset(doc.querySelector('aside')!, 0, 'backward')).toBe(text.length);
  });
});
