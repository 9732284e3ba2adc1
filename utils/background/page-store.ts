/**
 * Storing what the content script read on a page: the page, its attributions and sources, and
 * re-anchoring the page's notes, all in one transaction so a page is never half-stored. A
 * revisit updates the same rows (the page key is the normalised canonical URL).
 */
import type { AttributionRecord, NoteRecord, PageRecord, SourcelightDb } from '../db';
import { sourceKeyOf, sourcesOfAttributions } from '../db';
import type { AttributionMessage } from '../messages';
import { reanchorNote } from './notes-store';

/** A page visit as validated from `content:page-attributions`, with its URL already normalised. */
export interface PageVisit {
  pageUrl: string;
  title: string;
  site: string;
  text: string;
  attributions: readonly AttributionMessage[];
}

/** Counts for the badge and the content script, and where the page's notes are now. */
export interface StoredVisit {
  pageUrl: string;
  namedClaims: number;
  anonymousClaims: number;
  notes: { id: string; text: string; start: number; end: number }[];
}

function toRecord(pageUrl: string, attribution: AttributionMessage): AttributionRecord {
  return { ...attribution, pageUrl, sourceKey: sourceKeyOf(attribution.sourceName) };
}

/** Stores one visit; attributions no longer on the page are replaced by the current ones. */
export async function storePageVisit(db: SourcelightDb, visit: PageVisit, now = Date.now()): Promise<StoredVisit> {
  const records = dedupeById(visit.attributions.map((attribution) => toRecord(visit.pageUrl, attribution)));
  return db.transaction('rw', [db.pages, db.attributions, db.sources, db.notes], async () => {
    const existing = await db.pages.get(visit.pageUrl);
    const page: PageRecord = {
      url: visit.pageUrl,
      title: visit.title || existing?.title || visit.pageUrl,
      site: visit.site || existing?.site || '',
      firstVisit: existing?.firstVisit ?? now,
      lastVisit: now,
    };
    await db.pages.put(page);
    await db.attributions.where('pageUrl').equals(visit.pageUrl).delete();
    await db.attributions.bulkPut(records);
    await db.sources.where('pageUrl').equals(visit.pageUrl).delete();
    await db.sources.bulkPut(sourcesOfAttributions(visit.pageUrl, records));
    const notes = await db.notes.where('pageUrl').equals(visit.pageUrl).toArray();
    const reanchored = notes.map((note) => reanchorNote(note, visit.text));
    const changed = reanchored.filter((note, index) => note !== notes[index]);
    if (changed.length) await db.notes.bulkPut(changed);
    return {
      pageUrl: visit.pageUrl,
      namedClaims: records.filter((record) => !record.anonymous).length,
      anonymousClaims: records.filter((record) => record.anonymous).length,
      notes: reanchored.filter(isPlaced).map((note) => ({ id: note.id, text: note.text, ...note.anchor.position })),
    };
  });
}

function isPlaced(note: NoteRecord): note is NoteRecord & { anchor: NonNullable<NoteRecord['anchor']> } {
  return note.anchorStatus === 'anchored' && note.anchor !== null;
}

/** Last one wins when the content script reports the same id twice. */
function dedupeById(records: AttributionRecord[]): AttributionRecord[] {
  return [...new Map(records.map((record) => [record.id, record])).values()];
}

/** The popup's figures for a page. */
export async function pageCounts(db: SourcelightDb, pageUrl: string) {
  const attributions = await db.attributions.where('pageUrl').equals(pageUrl).toArray();
  const sources = await db.sources.where('pageUrl').equals(pageUrl).count();
  const anonymousClaims = attributions.filter((attribution) => attribution.anonymous).length;
  return { namedClaims: attributions.length - anonymousClaims, anonymousClaims, sources };
}
