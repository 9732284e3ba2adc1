/**
 * The one local database (IndexedDB via Dexie), opened only by the background in the extension
 * origin: content scripts run in web pages' origins and never touch it. Every schema version is
 * declared here, in order, with the upgrade that carries old data forward.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { TextAnchor } from './anchoring/selectors';
import type { SourceType } from './attribution/types';

/** A page read, keyed by its normalised canonical URL so a revisit updates it. */
export interface PageRecord {
  url: string;
  title: string;
  site: string;
  firstVisit: number;
  lastVisit: number;
}

/** One claim on one page; [pageUrl+id] is unique because the engine's ids are stable per text. */
export interface AttributionRecord {
  pageUrl: string;
  id: string;
  claim: string;
  sourceName: string;
  sourceDescription: string;
  sourceType: SourceType;
  anonymous: boolean;
  /** Lower-cased, space-collapsed source name: finds the same source across pages. */
  sourceKey: string;
  anchor: TextAnchor;
}

/** A source quoted on a page, with how many of the page's claims it carries. */
export interface SourceRecord {
  pageUrl: string;
  key: string;
  name: string;
  description: string;
  sourceType: SourceType;
  anonymous: boolean;
  claimCount: number;
}

/** Whether a note's passage was found on the last visit; 'page' notes have no passage. */
export type AnchorStatus = 'page' | 'anchored' | 'orphaned';

/** The reader's note; an orphaned note keeps its last anchor so nothing is lost. */
export interface NoteRecord {
  id: string;
  pageUrl: string;
  pageTitle: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  anchor: TextAnchor | null;
  attributionId: string | null;
  anchorStatus: AnchorStatus;
}

/** One side of a stored conflict: a copy of the claim as it was when the conflict was found. */
export interface ConflictSide {
  pageUrl: string;
  attributionId: string;
  claim: string;
  sourceName: string;
  sourceType: SourceType;
  anonymous: boolean;
  pageTitle: string;
  site: string;
  /** When the reader read the page (its last visit when the conflict was found). */
  readAt: number;
  /** The passage to scroll to (`#:~:text=`): the claim's anchored quote with its context. */
  quote: TextAnchor['quote'];
}

/** Two claims on different pages that disagree; `a` was stored first. The id is stable per pair. */
export interface ConflictRecord {
  id: string;
  a: ConflictSide;
  b: ConflictSide;
  kind: 'denial-vs-assertion' | 'opposite-polarity' | 'numeric-disagreement';
  reason: string;
  score: number;
  foundAt: number;
  /** Both page URLs, indexed so a page's conflicts are found (and replaced on a revisit). */
  pages: string[];
}

/** A conflict the reader said is not one; kept apart from conflicts so re-finding it keeps it dismissed. */
export interface DismissalRecord {
  id: string;
  dismissedAt: number;
}

/** Database name in the extension origin. */
export const DATABASE_NAME = 'sourcelight';

/** Version 1: pages, their attributions, notes. Exported so migration tests can build an old database. */
export const SCHEMA_V1 = {
  pages: 'url, site, lastVisit',
  attributions: '[pageUrl+id], pageUrl',
  notes: 'id, pageUrl, updatedAt',
} as const;

/** Version 2: a sources table, a cross-page source index on attributions, notes by creation time. */
export const SCHEMA_V2 = {
  pages: 'url, site, lastVisit',
  attributions: '[pageUrl+id], pageUrl, sourceKey',
  sources: '[pageUrl+key], pageUrl, key',
  notes: 'id, pageUrl, createdAt, updatedAt',
} as const;

/**
 * Version 3: conflicts found across pages (multi-entry index on both pages), the reader's
 * dismissals, and notes by page and time so one screen of a page's notes is read by index.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  notes: 'id, pageUrl, createdAt, updatedAt, [pageUrl+updatedAt]',
  conflicts: 'id, foundAt, *pages',
  dismissals: 'id',
} as const;

/** The key that identifies a source by name across pages. */
export function sourceKeyOf(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Groups a page's attributions into its sources, so the sources table is always derived, never typed in twice. */
export function sourcesOfAttributions(pageUrl: string, attributions: readonly AttributionRecord[]): SourceRecord[] {
  const byKey = new Map<string, SourceRecord>();
  for (const attribution of attributions) {
    const key = attribution.sourceKey || sourceKeyOf(attribution.sourceName);
    if (!key) continue;
    const known = byKey.get(key);
    if (known) known.claimCount += 1;
    else
      byKey.set(key, {
        pageUrl,
        key,
        name: attribution.sourceName,
        description: attribution.sourceDescription,
        sourceType: attribution.sourceType,
        anonymous: attribution.anonymous,
        claimCount: 1,
      });
  }
  return [...byKey.values()];
}

/** The typed database; construct with fake-indexeddb options in tests. */
export class SourcelightDb extends Dexie {
  pages!: Table<PageRecord, string>;
  attributions!: Table<AttributionRecord, [string, string]>;
  sources!: Table<SourceRecord, [string, string]>;
  notes!: Table<NoteRecord, string>;
  conflicts!: Table<ConflictRecord, string>;
  dismissals!: Table<DismissalRecord, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const attributions = tx.table<AttributionRecord, [string, string]>('attributions');
        await attributions.toCollection().modify((record) => {
          record.sourceKey = sourceKeyOf(record.sourceName ?? '');
        });
        const byPage = new Map<string, AttributionRecord[]>();
        await attributions.each((record) => {
          byPage.set(record.pageUrl, [...(byPage.get(record.pageUrl) ?? []), record]);
        });
        const sources = [...byPage].flatMap(([pageUrl, records]) => sourcesOfAttributions(pageUrl, records));
        await tx.table<SourceRecord, [string, string]>('sources').bulkPut(sources);
        await tx
          .table<NoteRecord, string>('notes')
          .toCollection()
          .modify((note) => {
            note.createdAt ??= note.updatedAt;
            note.anchorStatus ??= note.anchor ? 'anchored' : 'page';
            note.attributionId ??= null;
          });
      });
    // New tables only: conflicts are found again as pages are read, nothing to carry forward.
    this.version(3).stores(SCHEMA_V3);
  }
}

/** Opens the extension's database; the background calls this once. */
export function openDatabase(options?: DexieOptions): SourcelightDb {
  return new SourcelightDb(DATABASE_NAME, options);
}
