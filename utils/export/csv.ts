/**
 * One row per note for spreadsheets. RFC 4180 quoting with CRLF rows; cells that a spreadsheet
 * would run as a formula are defused with a leading apostrophe.
 */
import { buildBundle, pageTitleOf, type ExportInput } from './bundle';
import { csvField, defuseFormula } from './text-safety';

/** Column order of the CSV; kept stable so spreadsheets built on it keep working. */
export const CSV_COLUMNS = [
  'note_id', 'page_url', 'page_title', 'note', 'quote', 'prefix', 'suffix', 'start', 'end',
  'anchor_status', 'claim', 'source', 'created', 'updated',
] as const;

/** Writes the notes as CSV with a header row. */
export function exportCsv(input: ExportInput, now: Date = new Date()): string {
  const bundle = buildBundle(input, now);
  const claims = new Map(bundle.claims.map((c) => [`${c.pageUrl}\u0000${c.id}`, c]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const note of bundle.notes) {
    const claim = note.attributionId ? claims.get(`${note.pageUrl}\u0000${note.attributionId}`) : undefined;
    rows.push([
      note.id,
      note.pageUrl,
      pageTitleOf(bundle, note.pageUrl, note.pageTitle),
      note.text,
      note.anchor?.quote.exact ?? '',
      note.anchor?.quote.prefix ?? '',
      note.anchor?.quote.suffix ?? '',
      note.anchor ? String(note.anchor.position.start) : '',
      note.anchor ? String(note.anchor.position.end) : '',
      note.anchorStatus,
      claim?.claim ?? '',
      claim?.sourceDescription || claim?.sourceName || '',
      new Date(note.createdAt).toISOString(),
      new Date(note.updatedAt).toISOString(),
    ]);
  }
  return rows.map((row) => row.map((cell) => csvField(defuseFormula(cell))).join(',')).join('\r\n') + '\r\n';
}
