import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../utils/anchoring';
import { SCHEMA_V1, SourcelightDb, type NoteRecord } from '../../../utils/db';
import type { AttributionMessage } from '../../../utils/messages';
import { createNote, deleteNote, listNotes, updateNoteText } from '../../../utils/background/notes-store';
import { pageCounts, storePageVisit } from '../../../utils/background/page-store';

/** A fresh, real (in-memory) IndexedDB per test. */
const freshIdb = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

const TEXT =
  'The council approved the plan on Monday, the mayor said. Two officials who asked not to be named ' +
  'said the vote had been arranged in advance. The opposition leader called it a rushed decision.';

function attribution(id: string, claim: string, sourceName: string, anonymous: boolean): AttributionMessage {
  const start = TEXT.indexOf(claim);
  return {
    id,
    claim,
    sourceName,
    sourceDescription: sourceName,
    sourceType: anonymous ? 'unnamed-person' : 'named-person',
    anonymous,
    anchor: createAnchor(TEXT, start, start + claim.length),
  };
}

const ATTRIBUTIONS = [
  attribution('a1', 'The council approved the plan on Monday', 'the mayor', false),
  attribution('a2', 'the vote had been arranged in advance', 'Two officials', true),
  attribution('a3', 'a rushed decision', 'The opposition leader', false),
];

let clock = 1_000;
let counter = 0;
const env = { now: () => ++clock, newId: () => `note-${++counter}` };

describe('SourcelightDb', () => {
  it('migrates a version 1 database without losing data, deriving sources', async () => {
    const idb = freshIdb();
    const old = new Dexie('sourcelight-migration', idb);
    old.version(1).stores(SCHEMA_V1);
    await old.table('pages').put({ url: 'https://n.example/a', title: 'A', site: 'n.example', firstVisit: 1, lastVisit: 2 });
    await old.table('attributions').bulkPut(
      ATTRIBUTIONS.map(({ id, claim, sourceName, sourceDescription, sourceType, anonymous, anchor }) => ({
        pageUrl: 'https://n.example/a', id, claim, sourceName, sourceDescription, sourceType, anonymous, anchor,
      })),
    );
    await old.table('notes').put({ id: 'n1', pageUrl: 'https://n.example/a', pageTitle: 'A', text: 'kept', updatedAt: 5, anchor: null });
    old.close();

    const db = new SourcelightDb('sourcelight-migration', idb);
    expect(await db.pages.count()).toBe(1);
    expect(await db.attributions.where('sourceKey').equals('two officials').count()).toBe(1);
    expect(await db.sources.where('pageUrl').equals('https://n.example/a').count()).toBe(3);
    expect(await db.notes.get('n1')).toMatchObject({ text: 'kept', createdAt: 5, anchorStatus: 'page', attributionId: null });
    db.close();
  });

  it('updates a revisited page instead of duplicating it', async () => {
    const db = new SourcelightDb('revisit', freshIdb());
    const visit = { pageUrl: 'https://n.example/a', title: 'A', site: 'n.example', text: TEXT, attributions: ATTRIBUTIONS };
    const first = await storePageVisit(db, visit, 100);
    const second = await storePageVisit(db, { ...visit, attributions: ATTRIBUTIONS.slice(0, 2) }, 200);
    expect(first).toMatchObject({ namedClaims: 2, anonymousClaims: 1 });
    expect(second).toMatchObject({ namedClaims: 1, anonymousClaims: 1 });
    expect(await db.pages.toArray()).toEqual([{ url: visit.pageUrl, title: 'A', site: 'n.example', firstVisit: 100, lastVisit: 200 }]);
    expect(await db.attributions.count()).toBe(2);
    expect(await pageCounts(db, visit.pageUrl)).toEqual({ namedClaims: 1, anonymousClaims: 1, sources: 2 });
    db.close();
  });

  it('re-anchors notes on a changed page and keeps unfound ones as orphaned', async () => {
    const db = new SourcelightDb('notes', freshIdb());
    const pageUrl = 'https://n.example/a';
    const quoteStart = TEXT.indexOf('arranged in advance');
    const anchored = await createNote(db, { pageUrl, pageTitle: 'A', text: 'check this', anchor: createAnchor(TEXT, quoteStart, quoteStart + 19), attributionId: null }, env);
    const lost = await createNote(db, { pageUrl, pageTitle: 'A', text: 'about the leader', anchor: createAnchor(TEXT, TEXT.indexOf('The opposition'), TEXT.length), attributionId: 'a3' }, env);
    const changedText = 'Correction appended. ' + TEXT.replace(/The opposition leader[^.]*\./, 'No one else commented.');
    const stored = await storePageVisit(db, { pageUrl, title: 'A', site: '', text: changedText, attributions: [] });
    expect(stored.notes).toEqual([{ id: anchored.id, text: 'check this', start: quoteStart + 21, end: quoteStart + 40 }]);
    expect(await db.notes.get(lost.id)).toMatchObject<Partial<NoteRecord>>({ anchorStatus: 'orphaned', text: 'about the leader' });
    expect((await db.notes.get(lost.id))?.anchor?.quote.exact).toContain('opposition leader');
    db.close();
  });

  it('edits, deletes, searches and orders notes newest first', async () => {
    const db = new SourcelightDb('list', freshIdb());
    const a = await createNote(db, { pageUrl: 'https://n.example/a', pageTitle: 'Harbour story', text: 'ferry costs', anchor: null, attributionId: null }, env);
    const b = await createNote(db, { pageUrl: 'https://n.example/b', pageTitle: 'Budget story', text: 'tax rise', anchor: null, attributionId: null }, env);
    expect((await listNotes(db, '', null)).map((n) => n.id)).toEqual([b.id, a.id]);
    await updateNoteText(db, a.id, 'ferry costs doubled', env.now());
    expect((await listNotes(db, '', null)).map((n) => n.id)).toEqual([a.id, b.id]);
    expect((await listNotes(db, 'budget TAX', null)).map((n) => n.id)).toEqual([b.id]);
    expect((await listNotes(db, '', 'https://n.example/a')).map((n) => n.text)).toEqual(['ferry costs doubled']);
    expect(await deleteNote(db, b.id)).toBe(true);
    expect(await deleteNote(db, b.id)).toBe(false);
    await expect(updateNoteText(db, b.id, 'x')).rejects.toThrow(/not found/);
    db.close();
  });
});
