/**
 * Assembles the export bundle from plain records and tidies imported ones: sorted and
 * de-duplicated, so the same data always exports to the same bytes (golden files, round trips).
 */
import type { ExportBundle, ExportClaim, ExportNote, ExportPage, ImportedRecords } from './schema';

/** Plain data the exporters take; the caller reads it from the database. */
export interface ExportInput {
  pages: readonly ExportPage[];
  notes: readonly ExportNote[];
  claims: readonly ExportClaim[];
}

function latestBy<T>(items: readonly T[], key: (t: T) => string, time: (t: T) => number): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const known = byKey.get(k);
    if (!known || time(item) >= time(known)) byKey.set(k, item);
  }
  return [...byKey.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** One record per id (the most recently changed wins), in a stable order. */
export function dedupeRecords(input: ExportInput): ImportedRecords {
  return {
    pages: latestBy(input.pages, (p) => p.url, (p) => p.lastVisit),
    notes: latestBy(input.notes, (n) => n.id, (n) => n.updatedAt),
    claims: latestBy(input.claims, (c) => `${c.pageUrl}\u0000${c.id}`, () => 0),
  };
}

/** The bundle every format is written from; `now` is passed in so tests fix the date. */
export function buildBundle(input: ExportInput, now: Date = new Date()): ExportBundle {
  const records = dedupeRecords(input);
  return { format: 'sourcelight', version: 1, exportedAt: now.toISOString(), ...records };
}

/** Looks up a note's page title: the page record's if known, else the note's own copy. */
export function pageTitleOf(bundle: ExportBundle, pageUrl: string, fallback: string): string {
  return bundle.pages.find((p) => p.url === pageUrl)?.title || fallback;
}
