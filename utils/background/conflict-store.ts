/**
 * Conflicts across the pages a reader has read. The finder's index lives in the background's
 * memory and is rebuilt from the stored claims the first time it is needed (an MV3 service
 * worker is stopped often); what it finds is written to the database, so conflicts and the
 * reader's dismissals survive restarts.
 */
import { ConflictIndex, type Claim, type Conflict } from '../conflicts';
import type { AttributionRecord, ConflictRecord, ConflictSide, PageRecord, SourcelightDb } from '../db';

/** The finder's id for a stored claim: unique across the store, and reversible. */
export function claimKey(pageUrl: string, attributionId: string): string {
  return `${pageUrl}\u0000${attributionId}`;
}

/** The sentence around a claim as far as the stored anchor shows it, so a cue like "denied that" is seen. */
export function claimInContext(record: AttributionRecord): string {
  const prefix = record.anchor.quote.prefix;
  const sentenceStart = Math.max(prefix.lastIndexOf('. '), prefix.lastIndexOf('\n'), prefix.lastIndexOf('? '), prefix.lastIndexOf('! '));
  let lead = sentenceStart >= 0 ? prefix.slice(sentenceStart + 1) : prefix.slice(prefix.indexOf(' ') + 1);
  lead = lead.replace(/^\s+/, '');
  return `${lead}${record.claim}`.trim();
}

/** A stored claim as the finder takes it; null when it has no words to compare. */
export function claimOf(record: AttributionRecord, page: PageRecord | undefined): Claim | null {
  const text = claimInContext(record);
  if (!/\p{L}/u.test(text)) return null;
  return {
    id: claimKey(record.pageUrl, record.id),
    page: record.pageUrl,
    text,
    sourceDescription: record.sourceDescription || record.sourceName || undefined,
    sourceType: record.sourceType,
    pageTitle: page?.title,
    site: page?.site,
  };
}

function sideOf(record: AttributionRecord, page: PageRecord | undefined): ConflictSide {
  return {
    pageUrl: record.pageUrl,
    attributionId: record.id,
    claim: record.claim,
    sourceName: record.sourceName,
    sourceType: record.sourceType,
    anonymous: record.anonymous,
    pageTitle: page?.title ?? record.pageUrl,
    site: page?.site ?? '',
    readAt: page?.lastVisit ?? 0,
    quote: record.anchor.quote,
  };
}

/** The stable id of a pair: the same two claims always give the same id, whichever came first. */
export function conflictId(a: string, b: string): string {
  return a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
}

/** Finds and stores conflicts; one per background, sharing the database. */
export class ConflictTracker {
  private index: Promise<ConflictIndex> | null = null;

  constructor(private readonly db: SourcelightDb) {}

  /** The index over every stored claim, built once from the database. */
  private loadIndex(): Promise<ConflictIndex> {
    this.index ??= (async () => {
      const [records, pages] = await Promise.all([this.db.attributions.toArray(), this.db.pages.toArray()]);
      const byUrl = new Map(pages.map((page) => [page.url, page]));
      const claims = records.map((record) => claimOf(record, byUrl.get(record.pageUrl))).filter((c): c is Claim => c !== null);
      return ConflictIndex.build(claims);
    })().catch((error: unknown) => {
      this.index = null;
      throw error;
    });
    return this.index;
  }

  /**
   * Compares a page's stored claims with every other page and replaces the page's conflicts with
   * what is found now. Call after the page's claims are stored. Returns the page's conflicts.
   */
  async recordPage(pageUrl: string, now: number): Promise<ConflictRecord[]> {
    const index = await this.loadIndex();
    const [records, page] = await Promise.all([this.db.attributions.where('pageUrl').equals(pageUrl).toArray(), this.db.pages.get(pageUrl)]);
    index.removePage(pageUrl);
    const claims = records.map((record) => claimOf(record, page)).filter((c): c is Claim => c !== null);
    const found = index.addPage(claims);
    return this.db.transaction('rw', [this.db.conflicts, this.db.attributions, this.db.pages], async () => {
      const previous = await this.db.conflicts.where('pages').equals(pageUrl).toArray();
      const foundAtById = new Map(previous.map((record) => [record.id, record.foundAt]));
      const stored = (await Promise.all(found.map((conflict) => this.toRecord(conflict, now)))).filter((r): r is ConflictRecord => r !== null);
      for (const record of stored) record.foundAt = foundAtById.get(record.id) ?? record.foundAt;
      await this.db.conflicts.bulkDelete(previous.map((record) => record.id));
      await this.db.conflicts.bulkPut(stored);
      return stored;
    });
  }

  private async toRecord(conflict: Conflict, now: number): Promise<ConflictRecord | null> {
    const [a, b] = await Promise.all([conflict.a, conflict.b].map((key) => this.sideOfKey(key)));
    if (!a || !b) return null;
    return { id: conflictId(conflict.a, conflict.b), a, b, kind: conflict.kind, reason: conflict.reason, score: conflict.score, foundAt: now, pages: [a.pageUrl, b.pageUrl] };
  }

  private async sideOfKey(key: string): Promise<ConflictSide | null> {
    const cut = key.indexOf('\u0000');
    const pageUrl = key.slice(0, cut);
    const record = await this.db.attributions.get([pageUrl, key.slice(cut + 1)]);
    return record ? sideOf(record, await this.db.pages.get(pageUrl)) : null;
  }

  /** Conflicts not dismissed, newest first, at most `limit`; optionally only those involving a page. */
  async list(limit: number, pageUrl: string | null = null): Promise<{ conflicts: ConflictRecord[]; total: number }> {
    const dismissed = new Set(await this.db.dismissals.toCollection().primaryKeys());
    const all = pageUrl
      ? (await this.db.conflicts.where('pages').equals(pageUrl).toArray()).sort((x, y) => y.foundAt - x.foundAt)
      : await this.db.conflicts.orderBy('foundAt').reverse().toArray();
    const open = all.filter((record) => !dismissed.has(record.id));
    return { conflicts: open.slice(0, limit), total: open.length };
  }

  /** The reader says this is not a conflict: remembered by pair id, so finding it again keeps it hidden. */
  async dismiss(id: string, now: number): Promise<boolean> {
    const exists = (await this.db.conflicts.get(id)) !== undefined;
    if (exists) await this.db.dismissals.put({ id, dismissedAt: now });
    return exists;
  }

  /** Forgets the in-memory index (after an import), so it is rebuilt from the database. */
  reset(): void {
    this.index = null;
  }
}
