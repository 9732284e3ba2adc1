/**
 * The popup: highlight controls, this page's counts, notes on this page and all notes. All
 * data comes from the background over the typed protocol; settings from storage.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { NoteEditor } from '@/components/notes/note-editor';
import { NoteList } from '@/components/notes/note-list';
import type { ConflictMessage } from '@/utils/messages';
import type { NoteMessage } from '@/utils/messages';
import { sendToBackground } from '@/utils/message-transport';
import { ConflictList } from './conflict-list';
import { ExportImport } from './export-import';
import { HighlightControls } from './highlight-controls';
import { PageSummaryView, type PageSummary } from './page-summary';

/** Props: the tab described (resolved by the entrypoint). */
export interface PopupAppProps {
  tabId: number | null;
}

/** Performance mark set when the popup's first screen shows its data. */
export const POPUP_READY_MARK = 'sourcelight:popup-ready';

/** Notes and conflicts per screen: a library of thousands opens as fast as an empty one. */
export const PAGE_SIZE = 20;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The whole popup. */
export function PopupApp({ tabId }: PopupAppProps) {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [pageNotes, setPageNotes] = useState<NoteMessage[]>([]);
  const [allNotes, setAllNotes] = useState<NoteMessage[]>([]);
  const [notesShown, setNotesShown] = useState(PAGE_SIZE);
  const [moreNotes, setMoreNotes] = useState(false);
  const [conflicts, setConflicts] = useState<ConflictMessage[] | null>(null);
  const [conflictsShown, setConflictsShown] = useState(PAGE_SIZE);
  const [conflictsTotal, setConflictsTotal] = useState(0);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<NoteMessage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pageUrl = summary?.page?.url ?? null;
  const offeredBlankNote = useRef(false);

  const refresh = useCallback(async () => {
    try {
      const current = tabId === null ? null : await sendToBackground('popup:get-page-summary', { tabId });
      setSummary(current ?? { page: null, namedClaims: 0, anonymousClaims: 0, sources: 0 });
      const url = current?.page?.url ?? null;
      const [onPage, all, found] = await Promise.all([
        url ? sendToBackground('popup:list-notes', { search: '', pageUrl: url, limit: PAGE_SIZE }) : { notes: [], more: false },
        sendToBackground('popup:list-notes', { search, pageUrl: null, limit: notesShown }),
        sendToBackground('popup:list-conflicts', { limit: conflictsShown }),
      ]);
      setPageNotes(onPage.notes);
      setAllNotes(all.notes);
      setMoreNotes(all.more);
      setConflicts(found.conflicts);
      setConflictsTotal(found.total);
      // A note just made from the context menu has no text yet: open it for writing, once.
      const blank = onPage.notes.find((note) => note.text === '');
      if (blank && !offeredBlankNote.current) setEditing(blank);
      offeredBlankNote.current = true;
    } catch (e) {
      setError(message(e));
    }
  }, [tabId, search, notesShown, conflictsShown]);
  useEffect(() => void refresh(), [refresh]);
  // Marks the first screen with data on it (read by scripts/bench-popup.ts), after Preact commits it.
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || conflicts === null) return;
    marked.current = true;
    requestAnimationFrame(() => performance.mark(POPUP_READY_MARK));
  }, [conflicts]);

  const guarded = (action: () => Promise<unknown>) => async () => {
    setError(null);
    try {
      await action();
      await refresh();
    } catch (e) {
      setError(message(e));
      throw e;
    }
  };
  const save = (text: string) =>
    guarded(async () => {
      await sendToBackground('popup:save-note', { id: editing?.id ?? null, tabId, text });
      setEditing(null);
    })();
  const addToSelection = (text: string) =>
    guarded(() => (tabId === null ? Promise.reject(new Error('No tab')) : sendToBackground('popup:add-note-to-selection', { tabId, text })))();
  const remove = (note: NoteMessage) =>
    void guarded(() => sendToBackground('popup:delete-note', { id: note.id }))().catch(() => undefined);
  const dismiss = (conflict: ConflictMessage) =>
    void guarded(() => sendToBackground('popup:dismiss-conflict', { id: conflict.id }))().catch(() => undefined);

  return (
    <main class="popup">
      <h1>Sourcelight</h1>
      <HighlightControls pageUrl={pageUrl} />
      <PageSummaryView summary={summary} />
      {error && <p role="alert" class="error">{error}</p>}
      <ConflictList conflicts={conflicts} total={conflictsTotal} onDismiss={dismiss} onShowMore={() => setConflictsShown((n) => n + PAGE_SIZE)} />
      <section aria-label="Notes on this page">
        <h2>Notes on this page</h2>
        <NoteEditor key={editing?.id ?? 'new'} editing={editing} canAddToPage={pageUrl !== null} onSave={save} onAddToSelection={addToSelection} onCancel={() => setEditing(null)} />
        <NoteList label="Notes on this page" notes={pageNotes} empty="No notes on this page yet." onEdit={setEditing} onDelete={remove} />
      </section>
      <section aria-label="All notes">
        <h2>All notes</h2>
        <input type="search" aria-label="Search notes" placeholder="Search notes" value={search} onInput={(event) => setSearch(event.currentTarget.value)} />
        <NoteList label="All notes" notes={allNotes} empty={search ? 'No note matches.' : 'No notes yet.'} onEdit={setEditing} onDelete={remove} />
        {moreNotes && (
          <button type="button" onClick={() => setNotesShown((n) => n + PAGE_SIZE)}>
            Show more notes
          </button>
        )}
      </section>
      <ExportImport onImported={() => void refresh()} />
    </main>
  );
}
