/**
 * The reader's notes in the database: create, edit, delete, list and re-anchor. A note is never
 * deleted or blanked by the extension itself: a passage that cannot be found marks it orphaned.
 */
import Dexie from 'dexie';
import { createAnchor } from '../anchoring/create';
import { reanchor } from '../anchoring/reanchor';
import type { TextAnchor } from '../anchoring/selectors';
import type { NoteRecord, SourcelightDb } from '../db';

/** What a new note needs; ids and times are added here. */
export interface NewNote {
  pageUrl: string;
  pageTitle: string;
  text: string;
  anchor: TextAnchor | null;
  attributionId: string | null;
}

/** Clock and id source, injected so tests are deterministic. */
export interface NoteEnvironment {
  now: () => number;
  newId: () => string;
}

/** Real clock and random UUIDs. */
export const defaultNoteEnvironment: NoteEnvironment = { now: () => Date.now(), newId: () => crypto.randomUUID() };

/** Stores a new note and returns it. */
export async function createNote(db: SourcelightDb, input: NewNote, env = defaultNoteEnvironment): Promise<NoteRecord> {
  const time = env.now();
  const note: NoteRecord = {
    id: env.newId(),
    ...input,
    createdAt: time,
    updatedAt: time,
    anchorStatus: input.anchor ? 'anchored' : 'page',
  };
  await db.notes.add(note);
  return note;
}

/** Replaces a note's text; throws when the note does not exist, so an edit is never silently dropped. */
export async function updateNoteText(db: SourcelightDb, id: string, text: string, now = Date.now()): Promise<NoteRecord> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Error(`note ${id} not found`);
    const updated = { ...note, text, updatedAt: now };
    await db.notes.put(updated);
    return updated;
  });
}

/** Deletes a note at the reader's request; false when it was already gone. */
export async function deleteNote(db: SourcelightDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const existed = (await db.notes.get(id)) !== undefined;
    await db.notes.delete(id);
    return existed;
  });
}

/** Notes newest (last edited) first, optionally one page's, matching every word of `search`. */
export async function listNotes(db: SourcelightDb, search: string, pageUrl: string | null): Promise<NoteRecord[]> {
  const notes = pageUrl ? await db.notes.where('pageUrl').equals(pageUrl).toArray() : await db.notes.toArray();
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = notes.filter((note) => {
    const haystack = [note.text, note.pageTitle, note.pageUrl, note.anchor?.quote.exact ?? ''].join('\n').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  return matching.sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
}

/**
 * A note after looking for its passage in the page's current text: found moves the anchor to
 * where the passage is now; not found keeps the old anchor and marks the note orphaned.
 */
export function reanchorNote(note: NoteRecord, text: string): NoteRecord {
  if (!note.anchor) return note;
  const result = reanchor(text, note.anchor);
  if (!result.found) return note.anchorStatus === 'orphaned' ? note : { ...note, anchorStatus: 'orphaned' };
  try {
    return { ...note, anchor: createAnchor(text, result.start, result.end), anchorStatus: 'anchored' };
  } catch {
    // The match grew past the longest storable quote: keep the stored selectors, which still find it.
    return { ...note, anchorStatus: 'anchored' };
  }
}

/**
 * One screen of notes and whether more follow: the popup shows the first `limit` so a library of
 * thousands opens at once. Without a search it reads only `limit + 1` rows by index; it never
 * counts (an IndexedDB index count walks every entry, ~0.1 s for 10,000 notes of one page).
 */
export async function listNotesPage(
  db: SourcelightDb,
  search: string,
  pageUrl: string | null,
  limit: number,
): Promise<{ notes: NoteRecord[]; more: boolean }> {
  if (!search.trim()) {
    const newest =
      pageUrl === null
        ? db.notes.orderBy('updatedAt').reverse()
        : db.notes.where('[pageUrl+updatedAt]').between([pageUrl, Dexie.minKey], [pageUrl, Dexie.maxKey]).reverse();
    // IndexedDB limits are unsigned 32-bit: a larger limit means "all".
    const rows = await (limit < 2 ** 32 - 1 ? newest.limit(limit + 1) : newest).toArray();
    const sorted = rows.sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
    return { notes: sorted.slice(0, limit), more: sorted.length > limit };
  }
  const all = await listNotes(db, search, pageUrl);
  return { notes: all.slice(0, limit), more: all.length > limit };
}
