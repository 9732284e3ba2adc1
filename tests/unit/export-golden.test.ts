/**
 * Golden files for every export format, written from our own fixture data, plus parse checks:
 * the CSV through papaparse, the JSON-LD for the W3C required fields, the Hypothesis shape.
 * Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  ANNO_CONTEXT, CSV_COLUMNS, exportBundleSchema, exportCsv, exportHypothesis, exportJson, exportMarkdown,
  exportWebAnnotations, type ExportInput,
} from '../../utils/export';

const dir = path.resolve(__dirname, '../fixtures/export');
const input = exportBundleSchema.omit({ format: true, version: true, exportedAt: true }).parse(
  JSON.parse(fs.readFileSync(path.join(dir, 'input.json'), 'utf8')),
) as ExportInput;
const now = new Date('2026-03-05T10:00:00.000Z');

function golden(name: string, actual: string): void {
  const file = path.join(dir, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('export golden files', () => {
  it('JSON', () => golden('expected.json', exportJson(input, now)));
  it('Markdown', () => golden('expected.md', exportMarkdown(input, now)));
  it('CSV', () => golden('expected.csv', exportCsv(input, now)));
  it('W3C JSON-LD', () => golden('expected.jsonld', exportWebAnnotations(input, now)));
  it('Hypothesis', () => golden('expected.hypothesis.json', exportHypothesis(input, now)));
});

describe('CSV parses back to the notes', () => {
  const parsed = Papa.parse<string[]>(exportCsv(input, now), { delimiter: ',', skipEmptyLines: true });
  it('has the header and one row per note', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(1 + input.notes.length);
  });
  it('keeps text with commas, quotes and newlines intact', () => {
    const row = parsed.data.find((r) => r[0] === 'note-4')!;
    expect(row[CSV_COLUMNS.indexOf('quote')]).toBe("'-12% on line 2,\nsee \"table\" @ end");
  });
  it('defuses formulas with a leading apostrophe', () => {
    const cells = parsed.data.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const row = parsed.data.find((r) => r[0] === 'note-3')!;
    expect(row[CSV_COLUMNS.indexOf('note')]).toBe('\'=HYPERLINK("http://evil.example","click")');
  });
});

describe('W3C Web Annotation', () => {
  const doc = JSON.parse(exportWebAnnotations(input, now));
  it('has the required fields on every annotation', () => {
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc.first.items).toHaveLength(input.notes.length);
    for (const a of doc.first.items) {
      expect(a['@context']).toBe(ANNO_CONTEXT);
      expect(a.type).toBe('Annotation');
      expect(typeof a.id).toBe('string');
      expect(['commenting', 'highlighting']).toContain(a.motivation);
      expect(Date.parse(a.created)).not.toBeNaN();
      expect(Date.parse(a.modified)).not.toBeNaN();
      expect(a.target.source).toMatch(/^https:\/\//);
    }
  });
  it('gives anchored notes both selectors and a TextualBody for comments', () => {
    const a = doc.first.items.find((x: { id: string }) => x.id.endsWith('note-1'));
    expect(a.body).toMatchObject({ type: 'TextualBody', value: input.notes[0].text });
    expect(a.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const highlight = doc.first.items.find((x: { id: string }) => x.id.endsWith('note-4'));
    expect(highlight.motivation).toBe('highlighting');
    expect(highlight.body).toBeUndefined();
  });
});

describe('Hypothesis JSON', () => {
  const doc = JSON.parse(exportHypothesis(input, now));
  it('has export_date and annotations with uri, text, tags and target', () => {
    expect(doc.export_date).toBe(now.toISOString());
    expect(doc.annotations).toHaveLength(input.notes.length);
    for (const a of doc.annotations) {
      expect(a.uri).toMatch(/^https:\/\//);
      expect(typeof a.text).toBe('string');
      expect(Array.isArray(a.tags)).toBe(true);
      expect(a.target[0].source).toBe(a.uri);
    }
    const linked = doc.annotations.find((a: { id: string }) => a.id === 'note-1');
    expect(linked.tags).toContain('Mara Lindqvist');
  });
});

describe('Markdown', () => {
  const md = exportMarkdown(input, now);
  it('groups notes under a linked heading per page, quoting the passage', () => {
    expect(md).toContain('## [Harbour bridge to close for repairs, council says](https://news.example.org/2026/03/harbour-bridge-closure)');
    expect(md).toContain('> the bridge will close for about six weeks from June');
    expect(md.indexOf('note-1')).toBe(-1);
  });
  it('escapes user text so no HTML or link survives', () => {
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).toContain('\\*six\\* weeks');
  });
});
