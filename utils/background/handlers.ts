/**
 * What the background answers, message by message: each handler validates nothing itself
 * (utils/messages.ts did) and turns a request into database work.
 */
import type { SourcelightDb } from '../db';
import { sendToTab, type MessageHandlers } from '../message-transport';
import type { RequestOf } from '../messages';
import { normalizePageUrl } from '../url';
import { showAnonymousCount, type BadgeApi } from './badge';
import type { ConflictTracker } from './conflict-store';
import { createNote, defaultNoteEnvironment, deleteNote, listNotesPage, updateNoteText, type NoteEnvironment } from './notes-store';
import { conflictingPageCount, pageContextOf } from './page-context';
import { EMPTY_SIDEBAR_CONTEXT } from '../messages';
import { pageCounts, storePageVisit } from './page-store';
import { createReportAssembler } from './report-parts';
import { explainStorageErrors } from './storage-errors';
import { exportFile, mergeImport, parseImport } from './transfer-store';
import type { TabPages } from './tab-pages';

/** Everything the handlers touch, passed in so tests and both browsers supply their own. */
export interface BackgroundDeps {
  db: SourcelightDb;
  tabPages: TabPages;
  badge: BadgeApi;
  askTab: typeof sendToTab;
  notes: NoteEnvironment;
  conflicts: ConflictTracker;
}

/** The page a content-script request is about, as stored. */
async function ensurePage(deps: BackgroundDeps, meta: RequestOf<'content:add-note'>) {
  const pageUrl = normalizePageUrl(meta.url, meta.canonicalHref);
  const now = deps.notes.now();
  const existing = await deps.db.pages.get(pageUrl);
  if (!existing) await deps.db.pages.put({ url: pageUrl, title: meta.title || pageUrl, site: meta.site, firstVisit: now, lastVisit: now });
  return { pageUrl, title: existing?.title ?? (meta.title || pageUrl) };
}

/**
 * The note behind "Add note to selection" (context menu and popup alike): asks the tab's content
 * script for its selection, anchored in the same text it reported, and stores the note.
 */
export async function addNoteToSelection(deps: BackgroundDeps, tabId: number, text: string) {
  const page = await deps.tabPages.get(tabId);
  if (!page) throw new Error('Sourcelight has not read this page yet: reload it and try again.');
  const { anchor } = await deps.askTab(tabId, 'background:get-selection-anchor', {});
  if (!anchor) throw new Error('Select some text on the page first.');
  return createNote(deps.db, { pageUrl: page.pageUrl, pageTitle: page.title, text, anchor, attributionId: null }, deps.notes);
}

/** The background's message handlers; a write refused for lack of space is explained to the reader. */
export function createBackgroundHandlers(deps: BackgroundDeps): MessageHandlers {
  const reports = createReportAssembler();
  return explainStorageErrors({
    'content:page-attributions': async (part, sender) => {
      const visit = reports.add(`${sender.tab?.id}:${sender.frameId ?? 0}`, part);
      if (!visit) return null; // more parts to come
      const pageUrl = normalizePageUrl(visit.url, visit.canonicalHref);
      const stored = await storePageVisit(deps.db, { ...visit, pageUrl }, deps.notes.now());
      await deps.conflicts.recordPage(pageUrl, deps.notes.now());
      const tabId = sender.tab?.id;
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
        await deps.tabPages.set(tabId, { pageUrl, address: visit.url, title: visit.title || pageUrl, site: visit.site });
        await showAnonymousCount(deps.badge, tabId, stored.anonymousClaims, await conflictingPageCount(deps.conflicts, pageUrl));
      }
      return stored;
    },
    'sidebar-frame:get-page-context': async (_request, sender) => {
      // The tab is the sender's (the browser fills it in), so a frame can only ask about the page it sits in.
      const tabId = sender.tab?.id;
      const page = tabId === undefined ? null : await deps.tabPages.get(tabId);
      return page ? pageContextOf(deps.db, deps.conflicts, page.pageUrl) : EMPTY_SIDEBAR_CONTEXT;
    },
    'content:add-note': async (request) => {
      const page = await ensurePage(deps, request);
      return createNote(deps.db, { pageUrl: page.pageUrl, pageTitle: page.title, text: request.text, anchor: request.anchor, attributionId: request.attributionId }, deps.notes);
    },
    'popup:get-page-summary': async ({ tabId }) => {
      const tabPage = await deps.tabPages.get(tabId);
      if (!tabPage) return { page: null, namedClaims: 0, anonymousClaims: 0, sources: 0 };
      const counts = await pageCounts(deps.db, tabPage.pageUrl);
      return { page: { url: tabPage.pageUrl, title: tabPage.title, site: tabPage.site }, ...counts };
    },
    'popup:list-notes': async ({ search, pageUrl, limit }) => listNotesPage(deps.db, search, pageUrl, limit ?? Number.MAX_SAFE_INTEGER),
    'popup:list-conflicts': async ({ limit }) => deps.conflicts.list(limit),
    'popup:dismiss-conflict': async ({ id }) => ({ dismissed: await deps.conflicts.dismiss(id, deps.notes.now()) }),
    'popup:export': async ({ format }) => exportFile(deps.db, format, new Date(deps.notes.now())),
    'popup:import': async ({ format, text }) => {
      const parsed = parseImport(format, text);
      if (!parsed.ok) throw new Error(`Nothing was imported: ${parsed.error}`);
      const summary = await mergeImport(deps.db, parsed.records);
      // Imported claims are compared with the rest of the library, as if their pages had been read.
      deps.conflicts.reset();
      for (const pageUrl of summary.pageUrls) await deps.conflicts.recordPage(pageUrl, deps.notes.now());
      return { pages: summary.pages, notes: summary.notes, claims: summary.claims };
    },
    'popup:save-note': async ({ id, tabId, text }) => {
      if (id !== null) return updateNoteText(deps.db, id, text, deps.notes.now());
      if (!text.trim()) throw new Error('Write something before saving the note.');
      const page = tabId === null ? null : await deps.tabPages.get(tabId);
      if (!page) throw new Error('Sourcelight has not read this page yet: reload it and try again.');
      return createNote(deps.db, { pageUrl: page.pageUrl, pageTitle: page.title, text, anchor: null, attributionId: null }, deps.notes);
    },
    'popup:delete-note': async ({ id }) => ({ deleted: await deleteNote(deps.db, id) }),
    'popup:add-note-to-selection': async ({ tabId, text }) => addNoteToSelection(deps, tabId, text),
  });
}

export { defaultNoteEnvironment };
