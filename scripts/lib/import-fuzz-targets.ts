/**
 * Fuzz targets for the importers: a file from disk is untrusted, so whatever bytes it holds the
 * importer must answer with records that pass the schema or with one readable message, never a
 * throw, a hang or a partial result. Inputs are mutations of real exports plus raw noise.
 */
import fc from 'fast-check';
import {
  exportBundleSchema, exportJson, exportNoteSchema, exportWebAnnotations, importJson, importWebAnnotations,
  type ExportInput, type ImportResult,
} from '../../utils/export';
import { defineFuzzTarget, type FuzzTarget } from './fuzz-target';

const now = new Date('2026-03-04T05:06:07.000Z');

/** A small valid library, with text chosen to be awkward (markup, quotes, control characters). */
function library(text: string): ExportInput {
  const url = 'https://news.example/story';
  const anchor = { quote: { exact: 'the bridge', prefix: 'said ', suffix: ' will' }, position: { start: 5, end: 15 } };
  return {
    pages: [{ url, title: text.slice(0, 50), site: 'news.example', firstVisit: 1, lastVisit: 2 }],
    notes: [
      { id: 'n1', pageUrl: url, pageTitle: 'T', text, createdAt: 3, updatedAt: 4, anchor, attributionId: 'c1', anchorStatus: 'anchored' },
      { id: 'n2', pageUrl: url, pageTitle: 'T', text: 'page note', createdAt: 5, updatedAt: 6, anchor: null, attributionId: null, anchorStatus: 'page' },
    ],
    claims: [{ pageUrl: url, id: 'c1', claim: text, sourceName: 'A Minister', sourceDescription: 'a minister', sourceType: 'named-person', anonymous: false, sourceKey: 'a minister', anchor }],
  };
}

const awkward = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('<img src=x onerror=alert(1)>', '=HYPERLINK("x")', '"\u0000\u2028', 'javascript:alert(1)'));

/** Ways a file gets damaged: cut short, bytes changed, bytes inserted, a value swapped for junk. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), char: fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }) }),
  fc.record({ kind: fc.constant('replace-value' as const), key: fc.constantFrom('url', 'pageUrl', 'createdAt', 'anchor', 'exact', 'start', 'version', 'format', 'type', 'source', 'id', 'items'), value: fc.constantFrom('null', '-1', '"javascript:alert(1)"', '[]', '{}', '1e309', '"x"', 'true') }),
);

/** One damage as generated above. */
type Damage = { kind: string; at?: number; char?: string; key?: string; value?: string };

function applyDamage(text: string, d: Damage): string {
  const at = Math.floor((d.at ?? 0) * text.length);
  if (d.kind === 'truncate') return text.slice(0, at);
  if (d.kind === 'flip') return text.slice(0, at) + d.char + text.slice(at + 1);
  return text.replace(new RegExp(`"${d.key}": [^,\\n}\\]]+`), `"${d.key}": ${d.value}`);
}

/** The invariant for both importers: a result or a message, and any records pass the schema. */
function checkResult(result: ImportResult): void {
  if (!result.ok) {
    if (typeof result.error !== 'string' || result.error.trim() === '' || result.error.length > 5_000) throw new Error(`unclear error: ${String(result.error).slice(0, 200)}`);
    return;
  }
  exportBundleSchema.parse({ format: 'sourcelight', version: 1, exportedAt: now.toISOString(), ...result.records });
  for (const note of result.records.notes) {
    exportNoteSchema.parse(note);
    if (!/^https?:/i.test(note.pageUrl)) throw new Error(`imported a non-web URL ${note.pageUrl}`);
  }
}

const damagedJson = fc.tuple(awkward, damage).map(([text, d]) => applyDamage(exportJson(library(text), now), d));
const damagedW3c = fc.tuple(awkward, damage).map(([text, d]) => applyDamage(exportWebAnnotations(library(text), now), d));
const noise = fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), fc.json({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)));

/** Both importers on damaged exports of each format, and on raw noise and arbitrary JSON. */
export function importFuzzTargets(): FuzzTarget[] {
  return [
    defineFuzzTarget('import/json-damaged', damagedJson, (text) => checkResult(importJson(text))),
    defineFuzzTarget('import/w3c-damaged', damagedW3c, (text) => checkResult(importWebAnnotations(text))),
    defineFuzzTarget('import/noise', noise, (text) => {
      checkResult(importJson(text));
      checkResult(importWebAnnotations(text));
    }),
  ];
}
