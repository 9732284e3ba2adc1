/**
 * What the sidebar's extension frame adds to a page from the rest of the reader's history: which
 * of its named sources other pages read also quote, and which of its claims conflict with a claim
 * on another page. Answered only to that frame (see 'sidebar-frame:get-page-context' in utils/messages.ts).
 */
import type { SourcelightDb } from '../db';
import type { SidebarContext } from '../messages';
import type { ConflictTracker } from './conflict-store';

/** Most conflicts sent to one page's sidebar; the popup lists them all. */
const MAX_PAGE_CONFLICTS = 200;

/** The page's context, read after its claims and conflicts are stored. */
export async function pageContextOf(db: SourcelightDb, conflicts: ConflictTracker, pageUrl: string): Promise<SidebarContext> {
  const page = await db.pages.get(pageUrl);
  // Unnamed sources ("officials") share a name across pages without being the same people.
  const named = (await db.sources.where('pageUrl').equals(pageUrl).toArray()).filter((source) => !source.anonymous);
  const repeated = await Promise.all(
    named.map(async (source) => {
      const pages = new Set(await db.sources.where('key').equals(source.key).toArray((rows) => rows.map((row) => row.pageUrl)));
      pages.delete(pageUrl);
      return { key: source.key, name: source.name, otherPages: pages.size };
    }),
  );
  const { conflicts: found } = await conflicts.list(MAX_PAGE_CONFLICTS, pageUrl);
  const sided = found.map((conflict) => {
    const [mine, other] = conflict.a.pageUrl === pageUrl ? [conflict.a, conflict.b] : [conflict.b, conflict.a];
    return { conflictId: conflict.id, attributionId: mine.attributionId, claim: mine.claim, reason: conflict.reason, other };
  });
  return {
    page: page ? { url: page.url, title: page.title } : null,
    sources: repeated.filter((source) => source.otherPages > 0).sort((a, b) => b.otherPages - a.otherPages || a.name.localeCompare(b.name)),
    conflicts: sided,
    conflictingPages: new Set(sided.map((c) => c.other.pageUrl)).size,
  };
}

/** How many other pages read conflict with this one: all the badge needs, without the frame's details. */
export async function conflictingPageCount(conflicts: ConflictTracker, pageUrl: string): Promise<number> {
  const { conflicts: found } = await conflicts.list(MAX_PAGE_CONFLICTS, pageUrl);
  return new Set(found.map((c) => (c.a.pageUrl === pageUrl ? c.b.pageUrl : c.a.pageUrl))).size;
}
