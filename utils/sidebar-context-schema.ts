/**
 * What the sidebar's extension frame shows about the rest of the reader's history: conflicts with
 * other pages read and sources quoted elsewhere. It travels only between the background and that
 * frame (an extension page, cross-origin to the article), never to the content script, so nothing
 * about other pages is ever in a document the article's own scripts can read.
 */
import { z } from './zod-mini';
import { conflictSideSchema } from './conflict-messages';

/** A claim of this page that another page read contradicts. */
export const sidebarConflictSchema = z.object({
  conflictId: z.string(),
  attributionId: z.string(),
  /** This page's claim, as stored. */
  claim: z.string(),
  reason: z.string(),
  other: conflictSideSchema,
});

/** A named source of this page quoted on other pages read too. */
export const repeatedSourceSchema = z.object({ key: z.string(), name: z.string(), otherPages: z.number().check(z.int(), z.positive()) });

/** The frame's whole view; `page` is null until the tab's content script has reported its page. */
export const sidebarContextSchema = z.object({
  page: z.nullable(z.object({ url: z.string(), title: z.string() })),
  sources: z.array(repeatedSourceSchema),
  conflicts: z.array(sidebarConflictSchema),
  /** How many other pages this page conflicts with. */
  conflictingPages: z.number().check(z.int()),
});

/** The sidebar frame's view of a page's context. */
export type SidebarContext = z.infer<typeof sidebarContextSchema>;

/** The answer for a tab whose page is not known (yet). */
export const EMPTY_SIDEBAR_CONTEXT: SidebarContext = { page: null, sources: [], conflicts: [], conflictingPages: 0 };
