/**
 * Export and import against the database: the pure exporters and importers (utils/export) do
 * the formats; this reads the records for them and merges imported records in one transaction,
 * so a bad file writes nothing and importing the same file twice is the same as once.
 */
import type { AttributionRecord, NoteRecord, PageRecord, SourcelightDb } from '../db';
import { sourceKeyOf, sourcesOfAttributions } from '../db';
import {
  exportCsv, exportHypothesis, exportJson, exportMarkdown, exportWebAnnotations, importJson, importWebAnnotations,
  type ExportInput, type ImportedRecords, type ImportResult,
} from '../export';

/** The formats offered by "Export"; the first two can be imported back. */
export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'w3c', 'hypothesis'] as const;
/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats "Import" reads. */
export const IMPORT_FORMATS = ['json', 'w3c'] as const;
/** One of IMPORT_FORMATS. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const FILES: Record<ExportFormat, { extension: string; mime: string; write: (input: ExportInput, now: Date) => string }> = {
  json: { extension: 'sourcelight.json', mime: 'application/json', write: exportJson },
  markdown: { extension: 'md', mime: 'text/markdown', write: exportMarkdown },
  csv: { extension: 'csv', mime: 'text/csv', write: exportCsv },
  w3c: { extension: 'jsonld', mime: 'application/ld+json', write: exportWebAnnotations },
  hypothesis: { extension: 'hypothesis.json', mime: 'application/json', write: exportHypothesis },
};

/** Everything that is exported, read in one transaction so the file is a consistent snapshot. */
export async function readExportInput(db: SourcelightDb): Promise<ExportInput> {
  return db.transaction('r', [db.pages, db.notes, db.attributions], async () => {
    const [pages, notes, claims] = await Promise.all([db.pages.toArray(), db.notes.toArray(), db.attributions.toArray()]);
    return { pages, notes, claims };
  });
}

/** The export file: its name, type and text, ready for a download. */
export async function exportFile(db: SourcelightDb, format: ExportFormat, now: Date = new Date()) {
  const spec = FILES[format];
  const text = spec.write(await readExportInput(db), now);
  const day = now.toISOString().slice(0, 10);
  return { filename: `sourcelight-${day}.${spec.extension}`, mime: spec.mime, text };
}

/** Parses and validates a file; nothing is written here. */
export function parseImport(format: ImportFormat, text: string): ImportResult {
  return format === 'json' ? importJson(text) : importWebAnnotations(text);
}

/** A page known twice: the earliest first visit and the latest last visit; the title of the later one. */
function mergePage(known: PageRecord | undefined, incoming: PageRecord): PageRecord {
  if (!known) return incoming;
  const later = incoming.lastVisit > known.lastVisit ? incoming : known;
  return { ...later, firstVisit: Math.min(known.firstVisit, incoming.firstVisit), lastVisit: Math.max(known.lastVisit, incoming.lastVisit) };
}

/** A note known twice: the one edited last wins (ties keep what is stored). */
function mergeNote(known: NoteRecord | undefined, incoming: NoteRecord): NoteRecord | null {
  if (known && known.updatedAt >= incoming.updatedAt) return null;
  return incoming;
}

/** What a merge changed, for the popup to report. */
export interface ImportSummary {
  pages: number;
  notes: number;
  claims: number;
  /** Pages whose claims were added: their conflicts are looked for again. */
  pageUrls: string[];
}

/** Merges validated records in one transaction; any failure rolls the whole import back. */
export async function mergeImport(db: SourcelightDb, records: ImportedRecords): Promise<ImportSummary> {
  return db.transaction('rw', [db.pages, db.notes, db.attributions, db.sources], async () => {
    const knownPages = await db.pages.bulkGet(records.pages.map((page) => page.url));
    const pages = records.pages.map((page, i) => mergePage(knownPages[i], page));
    await db.pages.bulkPut(pages);
    const knownNotes = await db.notes.bulkGet(records.notes.map((note) => note.id));
    const notes = records.notes.map((note, i) => mergeNote(knownNotes[i], note)).filter((n): n is NoteRecord => n !== null);
    await db.notes.bulkPut(notes);
    const claims: AttributionRecord[] = records.claims.map((claim) => ({ ...claim, sourceKey: claim.sourceKey || sourceKeyOf(claim.sourceName) }));
    await db.attributions.bulkPut(claims);
    const pageUrls = [...new Set(claims.map((claim) => claim.pageUrl))];
    for (const pageUrl of pageUrls) {
      const onPage = await db.attributions.where('pageUrl').equals(pageUrl).toArray();
      await db.sources.where('pageUrl').equals(pageUrl).delete();
      await db.sources.bulkPut(sourcesOfAttributions(pageUrl, onPage));
    }
    return { pages: pages.length, notes: notes.length, claims: claims.length, pageUrls };
  });
}
