/**
 * Text a hostile page controls (claims, source names, titles, quoted passages) and text a reader
 * typed go through every exporter as data: no live HTML or script link in Markdown, no formula or
 * broken row in CSV, and the JSON formats carry it back unchanged.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, exportHypothesis, exportJson, exportMarkdown, exportWebAnnotations, importJson, importWebAnnotations, type ExportInput } from '../../utils/export';

const now = new Date('2026-02-03T04:05:06.000Z');
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(2))',
  '<a href="javascript:alert(3)">x</a>',
  '=HYPERLINK("http://bad.example","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  'line one\r\n# heading\n> quote\n| a | b |\n---',
  'nul\u0000 bell\u0007 ls\u2028 ps\u2029 rlo\u202Eevil',
  '"quoted", with, commas',
];

function library(text: string): ExportInput {
  const url = 'https://news.example/story?next=javascript:alert(1)';
  const anchor = { quote: { exact: text, prefix: text, suffix: text }, position: { start: 0, end: text.length } };
  return {
    pages: [{ url, title: text, site: 'news.example', firstVisit: 1, lastVisit: 2 }],
    claims: [{ pageUrl: url, id: 'c1', claim: text, sourceName: text, sourceDescription: text, sourceType: 'named-person', anonymous: false, sourceKey: 'k', anchor }],
    notes: [{ id: 'n1', pageUrl: url, pageTitle: text, text, createdAt: 3, updatedAt: 4, anchor, attributionId: 'c1', anchorStatus: 'anchored' }],
  };
}

describe.each(HOSTILE)('hostile text %j', (text) => {
  const input = library(text);

  it('Markdown: no raw HTML, and every link is http(s)', () => {
    const md = exportMarkdown(input, now);
    expect(md.replace(/^> /gm, '')).not.toMatch(/[<>]/);
    for (const [, target] of md.matchAll(/\]\(([^)]*)\)/g)) expect(target).toMatch(/^https?:\/\//);
    expect(md).not.toMatch(/\]\(\s*javascript:/i);
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/); // C0 controls: invisible, and NUL breaks tools
  });

  it('CSV: one row per note, no cell starts a formula, text kept', () => {
    // Delimiter and row end said explicitly: Papa would otherwise guess '|' from the text itself.
    const rows = Papa.parse<string[]>(exportCsv(input, now), { delimiter: ',', newline: '\r\n' }).data.filter((r) => r.length > 1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const cell of rows[1]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const claim = rows[1][CSV_COLUMNS.indexOf('claim')];
    expect(claim.replace(/^'/, '')).toBe(text);
  });

  it('JSON, W3C and Hypothesis: the text comes back as the same string', () => {
    const json = importJson(exportJson(input, now));
    expect(json.ok && json.records.claims[0].sourceName).toBe(text);
    expect(json.ok && json.records.notes[0].anchor?.quote.exact).toBe(text);
    const w3c = importWebAnnotations(exportWebAnnotations(input, now));
    expect(w3c.ok && w3c.records.notes[0].text).toBe(text);
    expect(JSON.stringify(JSON.parse(exportHypothesis(input, now)))).toContain(JSON.stringify(text).slice(1, -1));
  });
});
