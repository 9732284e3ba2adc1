/**
 * Conflicts and export/import through the background's real handlers over fake-indexeddb:
 * what the popup and the sidebar are told, what survives a restart, what an import writes.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../utils/anchoring';
import { SourcelightDb } from '../../../utils/db';
import { frameSender, POPUP_SENDER, startBackground } from './background-harness';

const popup = POPUP_SENDER;

/** A background over `db` (a new one per call = a restarted service worker). */
function background(db: SourcelightDb) {
  return startBackground(db, { clockStart: 1_700_000_000_000, clockStep: 1000, recordColors: true });
}

const freshDb = (name: string) => new SourcelightDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });

type Said = { source: string; claim: string; anonymous?: boolean; lead?: string };
/** A page report whose claims sit in a text, each with its anchor, as the content script sends it. */
function pageReport(slug: string, title: string, said: Said[]) {
  let text = '';
  const attributions = said.map((s, i) => {
    text += s.lead ?? '';
    const start = text.length;
    text += `${s.claim}, ${s.source} said. `;
    return {
      id: `${slug}-${i}`,
      claim: s.claim,
      sourceName: s.source,
      sourceDescription: s.source,
      sourceType: s.anonymous ? ('unnamed-person' as const) : ('named-person' as const),
      anonymous: !!s.anonymous,
      anchor: createAnchor(text, start, start + s.claim.length),
    };
  });
  const url = `https://news.example/${slug}`;
  return { report: { url, canonicalHref: null, title, site: 'News Example', part: { report: slug, index: 0, count: 1 }, text, attributions }, sender: { id: 'ext', tab: { id: slug.length }, frameId: 0, url } };
}

const REPORT = pageReport('truce', 'Ceasefire agreed', [
  { source: 'Helena Varga', claim: 'Veldoria acted as the mediator in the secret ceasefire talks between Ostrana and Karsk' },
  { source: 'two diplomats', claim: 'the talks were held over four nights in a hotel near the capital', anonymous: true },
]);
const DENIAL = pageReport('denial-story', 'Veldoria plays down its role', [
  { source: 'the foreign ministry', claim: 'Veldoria did not mediate the ceasefire talks between Ostrana and Karsk' },
  { source: 'Helena Varga', claim: 'the border would reopen to trade within a month' },
]);
const UNRELATED = pageReport('orchard', 'Orchard festival moves', [
  { source: 'Lena Strand', lead: 'Lena Strand denied that ', claim: 'the move was caused by a dispute with the town council over parking fees' },
]);

describe('conflicts in the background', () => {
  it('finds the one conflict across pages, tells the popup, the sidebar and the badge, and keeps dismissals', async () => {
    const db = freshDb('conflicts');
    const { send, badges } = background(db);
    const first = await send('content:page-attributions', REPORT.report, REPORT.sender);
    // The content script shares a renderer with the page: it is told nothing about other pages.
    expect(Object.keys(first!).sort()).toEqual(['anonymousClaims', 'namedClaims', 'notes', 'pageUrl']);
    expect(await send('sidebar-frame:get-page-context', {}, frameSender(REPORT.sender.tab.id))).toEqual({
      page: { url: 'https://news.example/truce', title: 'Ceasefire agreed' },
      sources: [],
      conflicts: [],
      conflictingPages: 0,
    });
    await send('content:page-attributions', UNRELATED.report, UNRELATED.sender);
    const second = await send('content:page-attributions', DENIAL.report, DENIAL.sender);
    expect(Object.keys(second!)).not.toContain('context');
    const context = await send('sidebar-frame:get-page-context', {}, frameSender(DENIAL.sender.tab.id));
    expect(context.conflictingPages).toBe(1);
    expect(context.conflicts).toHaveLength(1);
    expect(context.conflicts[0]).toMatchObject({
      attributionId: 'denial-story-0',
      claim: DENIAL.report.attributions[0].claim,
      other: { pageUrl: 'https://news.example/truce', sourceName: 'Helena Varga' },
    });
    expect(context.sources).toEqual([{ key: 'helena varga', name: 'Helena Varga', otherPages: 1 }]);
    // Only our frame, inside a tab, may ask: not the popup, not the content script, not the frame's page opened as a tab.
    await expect(send('sidebar-frame:get-page-context', {}, popup)).rejects.toThrow(/sender is not a sidebar-frame/);
    await expect(send('sidebar-frame:get-page-context', {}, DENIAL.sender)).rejects.toThrow(/sender is not a sidebar-frame/);
    await expect(send('sidebar-frame:get-page-context', {}, { ...frameSender(DENIAL.sender.tab.id), frameId: 0 })).rejects.toThrow(/sender is not a sidebar-frame/);
    // A tab whose page was never reported gets nothing.
    expect((await send('sidebar-frame:get-page-context', {}, frameSender(424242))).page).toBeNull();
    expect(badges.at(-1)).toEqual({ tabId: DENIAL.sender.tab.id, text: '!' });
    expect(badges.at(-2)).toMatchObject({ color: '#b00020' });

    const listed = await send('popup:list-conflicts', { limit: 50 });
    expect(listed.total).toBe(1);
    const [conflict] = listed.conflicts;
    expect(conflict.a).toMatchObject({ pageUrl: 'https://news.example/truce', pageTitle: 'Ceasefire agreed', site: 'News Example', anonymous: false });
    expect(conflict.b).toMatchObject({ pageUrl: 'https://news.example/denial-story', sourceName: 'the foreign ministry' });
    expect(conflict.b.quote.exact).toBe(DENIAL.report.attributions[0].claim);
    expect(conflict.reason).toMatch(/Veldoria/);

    // A revisit finds the same pair again: no duplicate, same time found.
    await send('content:page-attributions', DENIAL.report, DENIAL.sender);
    const again = await send('popup:list-conflicts', { limit: 50 });
    expect(again.conflicts.map((c) => [c.id, c.foundAt])).toEqual([[conflict.id, conflict.foundAt]]);

    // A restarted background (new tracker, same database) still lists it, then dismisses it for good.
    const restarted = background(db);
    expect((await restarted.send('popup:list-conflicts', { limit: 50 })).total).toBe(1);
    expect(await restarted.send('popup:dismiss-conflict', { id: conflict.id })).toEqual({ dismissed: true });
    await restarted.send('content:page-attributions', REPORT.report, REPORT.sender);
    expect(await restarted.send('popup:list-conflicts', { limit: 50 })).toEqual({ conflicts: [], total: 0 });
    expect(await restarted.send('popup:dismiss-conflict', { id: 'no-such-pair' })).toEqual({ dismissed: false });
  });
});

describe('export and import through the background', () => {
  async function library() {
    const db = freshDb('library');
    const { send } = background(db);
    await send('content:page-attributions', REPORT.report, REPORT.sender);
    await send('content:page-attributions', DENIAL.report, DENIAL.sender);
    await send('content:add-note', { ...DENIAL.report, text: 'check the ministry statement', attributionId: 'denial-story-0', anchor: DENIAL.report.attributions[0].anchor }, DENIAL.sender);
    await send('popup:save-note', { id: null, tabId: DENIAL.sender.tab.id, text: 'a page note, with "quotes", commas' });
    return { db, send };
  }
  const withoutDate = (text: string) => ({ ...JSON.parse(text), exportedAt: null });

  it('round-trips our JSON into an empty profile, and importing twice is the same as once', async () => {
    const { send } = await library();
    const exported = await send('popup:export', { format: 'json' });
    expect(exported.filename).toMatch(/^sourcelight-\d{4}-\d\d-\d\d\.sourcelight\.json$/);
    const empty = background(freshDb('empty'));
    expect(await empty.send('popup:import', { format: 'json', text: exported.text })).toEqual({ pages: 2, notes: 2, claims: 4 });
    const once = await empty.send('popup:export', { format: 'json' });
    expect(withoutDate(once.text)).toEqual(withoutDate(exported.text));
    await empty.send('popup:import', { format: 'json', text: exported.text });
    expect(withoutDate((await empty.send('popup:export', { format: 'json' })).text)).toEqual(withoutDate(exported.text));
    expect((await empty.send('popup:list-notes', { search: '', pageUrl: null })).notes.length).toBe(2);
    // Imported claims are compared like read pages: the conflict is found in the new profile too.
    expect((await empty.send('popup:list-conflicts', { limit: 10 })).total).toBe(1);
  });

  it('refuses a bad file with the path and reason, writing nothing', async () => {
    const { send } = await library();
    const bundle = JSON.parse((await send('popup:export', { format: 'json' })).text);
    const anchored = bundle.notes.findIndex((note: { anchor: unknown }) => note.anchor !== null);
    bundle.notes[anchored].anchor.quote.exact = 42;
    const empty = background(freshDb('refused'));
    await expect(empty.send('popup:import', { format: 'json', text: JSON.stringify(bundle) })).rejects.toThrow(
      new RegExp(`Nothing was imported: notes\\[${anchored}\\]\\.anchor\\.quote\\.exact: expected string`),
    );
    await expect(empty.send('popup:import', { format: 'w3c', text: '{"type":"Annotation"' })).rejects.toThrow(/not valid JSON/);
    expect((await empty.send('popup:list-notes', { search: '', pageUrl: null })).notes.length).toBe(0);
    expect(JSON.parse((await empty.send('popup:export', { format: 'json' })).text)).toMatchObject({ pages: [], notes: [], claims: [] });
  });

  it('exports every format and reads W3C JSON-LD back into notes', async () => {
    const { send } = await library();
    const files = await Promise.all((['markdown', 'csv', 'w3c', 'hypothesis'] as const).map((format) => send('popup:export', { format })));
    expect(files.map((f) => f.mime)).toEqual(['text/markdown', 'text/csv', 'application/ld+json', 'application/json']);
    expect(files[0].text).toContain('check the ministry statement');
    const w3c = files[2].text;
    const empty = background(freshDb('w3c'));
    expect(await empty.send('popup:import', { format: 'w3c', text: w3c })).toMatchObject({ notes: 2 });
    const notes = (await empty.send('popup:list-notes', { search: '', pageUrl: null })).notes;
    expect(notes.map((n) => n.text).sort()).toEqual(['a page note, with "quotes", commas', 'check the ministry statement']);
    await empty.send('popup:import', { format: 'w3c', text: w3c });
    expect((await empty.send('popup:list-notes', { search: '', pageUrl: null })).notes.length).toBe(2);
  });
});

describe('notes in screens', () => {
  it('lists the newest `limit` notes, per page or in all, and says whether more follow', async () => {
    const db = freshDb('paging');
    const note = (i: number, page: string) => ({
      id: `n${i}`, pageUrl: `https://news.example/${page}`, pageTitle: page, text: `note ${i}`,
      createdAt: i, updatedAt: 1000 + i, anchor: null, attributionId: null, anchorStatus: 'page' as const,
    });
    await db.notes.bulkPut([...Array.from({ length: 120 }, (_, i) => note(i, i % 2 ? 'odd' : 'even'))]);
    const { send } = background(db);
    const all = await send('popup:list-notes', { search: '', pageUrl: null, limit: 50 });
    expect(all.notes.map((n) => n.id)).toEqual(Array.from({ length: 50 }, (_, i) => `n${119 - i}`));
    expect(all.more).toBe(true);
    const odd = await send('popup:list-notes', { search: '', pageUrl: 'https://news.example/odd', limit: 50 });
    expect(odd.notes.map((n) => n.id)).toEqual(Array.from({ length: 50 }, (_, i) => `n${119 - 2 * i}`));
    expect((await send('popup:list-notes', { search: '', pageUrl: 'https://news.example/odd', limit: 60 })).more).toBe(false);
    expect((await send('popup:list-notes', { search: 'note 11', pageUrl: null, limit: 5 })).notes.map((n) => n.id)).toEqual(['n119', 'n118', 'n117', 'n116', 'n115']);
  });
});
