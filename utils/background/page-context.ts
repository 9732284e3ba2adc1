/**
 * What the sidebar adds to a page from the rest of the reader's history: how many other pages
 * quote each of its sources, and which of its claims conflict with a claim on another page.
 */
import type { SourcelightDb } from '../db';
import type { PageContext } from '../conflict-messages';
import type { ConflictTracker } from './conflict-store';

/** Most conflicts sent to one page's sidebar; the popup lists them all. */
const MAX_PAGE_CONFLICTS = 200;

/** The page's context, read after its claims and conflicts are stored. */
export async function pageContextOf(db: SourcelightDb, conflicts: ConflictTracker, pageUrl: string): Promise<PageContext> {
  // Unnamed sources ("officials") share a name across pages without being the same people.
  const sources = (await db.sources.where('pageUrl').equals(pageUrl).toArray()).filter((source) => !source.anonymous);
  const sourcePages: Record<string, number> = {};
  await Promise.all(
    sources.map(async (source) => {
      const pages = new Set(await db.sources.where('key').equals(source.key).toArray((rows) => rows.map((row) => row.pageUrl)));
      pages.delete(pageUrl);
      if (pages.size) sourcePages[source.key] = pages.size;
    }),
  );
  const { conflicts: found } = await conflicts.list(MAX_PAGE_CONFLICTS, pageUrl);
  const sided = found.map((conflict) => {
    const [mine, other] = conflict.a.pageUrl === pageUrl ? [conflict.a, conflict.b] : [conflict.b, conflict.a];
    return { attributionId: mine.attributionId, conflictId: conflict.id, reason: conflict.reason, other };
  });
  return { sourcePages, conflicts: sided, conflictingPages: new Set(sided.map((c) => c.other.pageUrl)).size };
}
