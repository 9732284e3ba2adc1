/**
 * Importers: round trips keep ids, text, anchors and dates; bad files are refused whole with a
 * message naming where and why; hostile strings stay inert text and non-http(s) links are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportBundleSchema, exportJson, exportWebAnnotations, importJson, importWebAnnotations, type ExportInput,
} from '../../utils/export';

const dir = path.resolve(__dirname, '../fixtures/export');
const input = exportBundleSchema.omit({ format: true, version: true, exportedAt: true }).parse(
  JSON.parse(fs.readFileSync(path.join(dir, 'input.json'), 'utf8')),
) as ExportInput;
const now = new Date('2026-03-05T10:00:00.000Z');

function expectError(result: ReturnType<typeof importJson>): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('our JSON', () => {
  it('round-trips: export, import, export gives the same file', () => {
    const first = exportJson(input, now);
    const imported = importJson(first);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(exportJson(imported.records, now)).toBe(first);
    expect(imported.records.notes.map((n) => n.id)).toEqual(['note-1', 'note-2', 'note-3', 'note-4']);
  });

  it('merges duplicates by id, keeping the most recently updated', () => {
    const bundle = JSON.parse(exportJson(input, now));
    const older = { ...bundle.notes[0], text: 'older', updatedAt: bundle.notes[0].updatedAt - 1 };
    bundle.notes.push(older);
    const result = importJson(JSON.stringify(bundle));
    expect(result.ok && result.records.notes.filter((n) => n.id === 'note-1').map((n) => n.text)).toEqual([input.notes[0].text]);
  });

  it('refuses a truncated file', () => {
    const text = exportJson(input, now);
    expect(expectError(importJson(text.slice(0, text.length / 2)))).toMatch(/^not valid JSON/);
    expect(expectError(importJson(''))).toBe('the file is empty');
  });

  it('names the path and reason of a wrong type', () => {
    const bundle = JSON.parse(exportJson(input, now));
    bundle.notes[3].anchor.position.start = 'twelve';
    expect(expectError(importJson(JSON.stringify(bundle)))).toMatch(/^notes\[3\]\.anchor\.position\.start: .*number/);
  });

  it('refuses javascript: and data: page links', () => {
    const bundle = JSON.parse(exportJson(input, now));
    bundle.notes[1].pageUrl = 'javascript:alert(1)';
    expect(expectError(importJson(JSON.stringify(bundle)))).toBe('notes[1].pageUrl: expected an http(s) URL');
    bundle.notes[1].pageUrl = input.notes[1].pageUrl;
    bundle.pages[0].url = 'data:text/html,<script>alert(1)</script>';
    expect(expectError(importJson(JSON.stringify(bundle)))).toBe('pages[0].url: expected an http(s) URL');
  });

  it('refuses another format or version by name', () => {
    expect(expectError(importJson('{"format":"sourcelight","version":2}'))).toMatch(/version 2/);
    expect(expectError(importJson('[1,2]'))).toMatch(/^\(root\)/);
  });

  it('keeps hostile text as text', () => {
    const result = importJson(exportJson(input, now));
    expect(result.ok && result.records.notes.find((n) => n.id === 'note-2')!.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('W3C Web Annotation JSON-LD', () => {
  it('imports what it exports: ids, text, anchors and dates', () => {
    const result = importWebAnnotations(exportWebAnnotations(input, now));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const original of input.notes) {
      const back = result.records.notes.find((n) => n.id === original.id)!;
      expect(back).toMatchObject({
        pageUrl: original.pageUrl, text: original.text, anchor: original.anchor,
        createdAt: original.createdAt, updatedAt: original.updatedAt,
      });
    }
  });

  it('accepts a single annotation and a bare array', () => {
    const items = JSON.parse(exportWebAnnotations(input, now)).first.items;
    expect(importWebAnnotations(JSON.stringify(items[0]))).toMatchObject({ ok: true });
    const arr = importWebAnnotations(JSON.stringify(items));
    expect(arr.ok && arr.records.notes).toHaveLength(4);
  });

  it('names a selector list without a TextQuoteSelector', () => {
    const doc = JSON.parse(exportWebAnnotations(input, now));
    doc.first.items[3].target.selector = [{ type: 'CssSelector', value: '#x' }];
    expect(expectError(importWebAnnotations(JSON.stringify(doc)))).toBe('first.items[3].target.selector: expected TextQuoteSelector');
  });

  it('names a wrong type, a missing body type and a javascript: target', () => {
    const doc = JSON.parse(exportWebAnnotations(input, now));
    doc.first.items[0].type = 'Highlight';
    expect(expectError(importWebAnnotations(JSON.stringify(doc)))).toMatch(/^first\.items\[0\]\.type: /);
    const doc2 = JSON.parse(exportWebAnnotations(input, now));
    doc2.first.items[1].body.type = 'Image';
    expect(expectError(importWebAnnotations(JSON.stringify(doc2)))).toMatch(/^first\.items\[1\]\.body/);
    const doc3 = JSON.parse(exportWebAnnotations(input, now));
    doc3.first.items[2].target.source = 'javascript:alert(document.cookie)';
    expect(expectError(importWebAnnotations(JSON.stringify(doc3)))).toMatch(/^first\.items\[2\]\.target/);
  });

  it('refuses a truncated file and produces nothing', () => {
    const text = exportWebAnnotations(input, now);
    const result = importWebAnnotations(text.slice(0, 300));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
  });
});
