import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../utils/anchoring';
import { SourcelightDb } from '../../../utils/db';
import { POPUP_SENDER, startBackground } from './background-harness';

const TEXT = 'The mayor said the bridge will reopen in May. An official who asked not to be named said the repairs cost twice the estimate.';

function setup(selection: ReturnType<typeof createAnchor> | null) {
  return startBackground(new SourcelightDb('handlers', { indexedDB: new IDBFactory(), IDBKeyRange }), { selection });
}

const tab = { id: 4 };
const content = { id: 'ext', tab, frameId: 0, url: 'https://news.example/bridge?utm_source=x' };
const popup = POPUP_SENDER;
const claimStart = TEXT.indexOf('the repairs cost');
const report = {
  url: 'https://news.example/bridge?utm_source=x',
  canonicalHref: null,
  title: 'Bridge to reopen',
  site: 'News Example',
  part: { report: 'r1', index: 0, count: 1 },
  text: TEXT,
  attributions: [
    { id: 'c1', claim: 'the bridge will reopen in May', sourceName: 'The mayor', sourceDescription: 'The mayor', sourceType: 'named-person' as const, anonymous: false, anchor: createAnchor(TEXT, 18, 44) },
    { id: 'c2', claim: 'the repairs cost twice the estimate', sourceName: 'An official', sourceDescription: 'An official who asked not to be named', sourceType: 'unnamed-person' as const, anonymous: true, anchor: createAnchor(TEXT, claimStart, TEXT.length - 1) },
  ],
};

describe('background handlers', () => {
  it('stores a page report, sets the badge and answers the popup about that tab', async () => {
    const { send, badges } = setup(null);
    const stored = await send('content:page-attributions', report, content);
    expect(stored).toMatchObject({ pageUrl: 'https://news.example/bridge', anonymousClaims: 1, namedClaims: 1 });
    expect(badges).toEqual([{ tabId: 4, text: '1' }]);
    const summary = await send('popup:get-page-summary', { tabId: 4 }, popup);
    expect(summary).toEqual({ page: { url: 'https://news.example/bridge', title: 'Bridge to reopen', site: 'News Example' }, namedClaims: 1, anonymousClaims: 1, sources: 2 });
    expect(await send('popup:get-page-summary', { tabId: 99 }, popup)).toMatchObject({ page: null });
  });

  it('refuses a page report from an extension page and a note from a web page', async () => {
    const { send } = setup(null);
    await expect(send('content:page-attributions', report, popup)).rejects.toThrow(/not a content/);
    await expect(send('popup:delete-note', { id: 'x' }, { ...content, id: 'evil' })).rejects.toThrow(/not a extension-page/);
  });

  it('creates page notes, selection notes and claim notes', async () => {
    const quote = createAnchor(TEXT, 0, 9);
    const { send } = setup(quote);
    await expect(send('popup:save-note', { id: null, tabId: 4, text: 'x' }, popup)).rejects.toThrow(/not read this page/);
    await send('content:page-attributions', report, content);
    await expect(send('popup:save-note', { id: null, tabId: 4, text: '   ' }, popup)).rejects.toThrow(/Write something/);
    const pageNote = await send('popup:save-note', { id: null, tabId: 4, text: 'general' }, popup);
    expect(pageNote).toMatchObject({ anchorStatus: 'page', pageUrl: 'https://news.example/bridge', pageTitle: 'Bridge to reopen' });
    const selectionNote = await send('popup:add-note-to-selection', { tabId: 4, text: 'who said it?' }, popup);
    expect(selectionNote).toMatchObject({ anchorStatus: 'anchored', anchor: quote });
    const claimNote = await send('content:add-note', { ...report, text: 'doubt', attributionId: 'c2', anchor: report.attributions[1].anchor }, content);
    expect(claimNote).toMatchObject({ attributionId: 'c2', anchorStatus: 'anchored' });
    const edited = await send('popup:save-note', { id: pageNote.id, tabId: 4, text: 'general, edited' }, popup);
    expect(edited.text).toBe('general, edited');
    const { notes } = await send('popup:list-notes', { search: '', pageUrl: null }, popup);
    expect(notes.map((n) => n.id)).toEqual([edited.id, claimNote.id, selectionNote.id]);
  });

  it('explains when nothing is selected', async () => {
    const { send } = setup(null);
    await send('content:page-attributions', report, content);
    await expect(send('popup:add-note-to-selection', { tabId: 4, text: '' }, popup)).rejects.toThrow(/Select some text/);
  });
});

describe('a page report in parts', () => {
  const claims = report.attributions;
  const part = (id: string, index: number, count: number, attributions: typeof claims, text: string | null = index === count - 1 ? TEXT : null) => ({
    ...report,
    part: { report: id, index, count },
    text,
    attributions,
  });

  it('stores the page once, when the last part arrives, and a revisit in parts updates it', async () => {
    const { send } = setup(null);
    expect(await send('content:page-attributions', part('a', 0, 2, [claims[0]]), content)).toBeNull();
    expect(await send('popup:get-page-summary', { tabId: 4 }, popup)).toMatchObject({ page: null });
    expect(await send('content:page-attributions', part('a', 1, 2, [claims[1]]), content)).toMatchObject({ namedClaims: 1, anonymousClaims: 1 });
    // The same page read again, its parts differently cut: same rows, no duplicates.
    await send('content:page-attributions', part('b', 0, 3, [claims[1]]), content);
    await send('content:page-attributions', part('b', 1, 3, []), content);
    expect(await send('content:page-attributions', part('b', 2, 3, [claims[0]]), content)).toMatchObject({ namedClaims: 1, anonymousClaims: 1 });
    expect(await send('popup:get-page-summary', { tabId: 4 }, popup)).toMatchObject({ namedClaims: 1, anonymousClaims: 1, sources: 2 });
  });

  it('refuses a report whose parts did not all arrive, and lets a newer report replace an unfinished one', async () => {
    const { send } = setup(null);
    await expect(send('content:page-attributions', part('a', 1, 2, [claims[1]]), content)).rejects.toThrow(/part\(s\) 1 of 2 never arrived/);
    await send('content:page-attributions', part('old', 0, 2, [claims[0]]), content);
    // The reader reloaded: a new report starts before the old one finished; the old part is dropped.
    expect(await send('content:page-attributions', part('new', 0, 1, [claims[1]]), content)).toMatchObject({ namedClaims: 0, anonymousClaims: 1 });
    await expect(send('content:page-attributions', part('x', 0, 1, [claims[0]], null), content)).rejects.toThrow(/no page text/);
    await expect(send('content:page-attributions', part('x', 2, 2, [claims[0]]), content)).rejects.toThrow(/part 3 of 2/);
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ ...claims[0], id: `c${i}` }));
    await expect(send('content:page-attributions', part('y', 0, 1, tooMany), content)).rejects.toThrow(/invalid payload/);
  });
});
