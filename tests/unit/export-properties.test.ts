/**
 * Property tests over arbitrary text: whatever a note holds, the CSV parses back to it (bar the
 * formula-defusing apostrophe), Markdown carries no raw HTML, and our JSON round-trips.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, exportJson, exportMarkdown, importJson, type ExportNote } from '../../utils/export';

const now = new Date('2026-01-02T03:04:05.000Z');

function noteWith(text: string, exact: string): ExportNote {
  return {
    id: 'n1', pageUrl: 'https://example.org/story', pageTitle: text.slice(0, 40), text, createdAt: 1, updatedAt: 2,
    anchor: exact ? { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } } : null,
    attributionId: null, anchorStatus: exact ? 'anchored' : 'page',
  };
}

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '=1+1', '+SUM(A1)', '-2', '@x', '\tx', '\rx', '"a","b"\r\n', '[x](javascript:alert(1))', '</script>'),
);

describe('exports of arbitrary text', () => {
  it('CSV cells parse back to the text, formulas defused', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const rows = Papa.parse<string[]>(exportCsv({ pages: [], claims: [], notes: [noteWith(text, '')] }, now), { delimiter: ',' }).data;
        const cell = rows[1][CSV_COLUMNS.indexOf('note')];
        expect(cell).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      }),
    );
  });

  it('Markdown never contains a raw angle bracket from user text (bar its own quote markers)', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, quote) => {
        const md = exportMarkdown({ pages: [], claims: [], notes: [noteWith(text, quote.length > 0 ? quote.slice(0, 100) : '')] }, now);
        expect(md.replace(/^> /gm, '')).not.toMatch(/[<>]/);
        expect(md).not.toMatch(/\]\((?!https?:)/);
      }),
    );
  });

  it('our JSON round-trips any text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const input = { pages: [], claims: [], notes: [noteWith(text, '')] };
        const first = exportJson(input, now);
        const back = importJson(first);
        expect(back.ok && exportJson(back.records, now)).toBe(first);
      }),
    );
  });
});
