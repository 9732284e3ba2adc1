import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../utils/attribution';
import { SourcelightDb } from '../../../utils/db';
import { MAX_CLAIMS_PER_PART } from '../../../utils/messages';
import { sendPageReport } from '../../../utils/page/page-report';
import { POPUP_SENDER, startBackground } from './background-harness';

const URL = 'https://news.example/live';
const content = { id: 'ext', tab: { id: 3 }, frameId: 0, url: URL };

/** A long page of `count` short claims, every third one from an unnamed official. */
function longPage(count: number) {
  const sentences: string[] = [];
  const attributions: Attribution[] = [];
  let text = '';
  for (let i = 0; i < count; i++) {
    const anonymous = i % 3 === 0;
    const claim = `the road number ${i} will close`;
    const sentence = `${anonymous ? 'An official' : `Mayor Number${i}`} said ${claim}. `;
    const start = text.length + sentence.indexOf(claim);
    text += sentence;
    sentences.push(sentence);
    const name = anonymous ? 'An official' : `Mayor Number${i}`;
    attributions.push({
      id: `a${i}`, content: [{ start, end: start + claim.length }], cue: null, source: null, claim,
      sourceType: anonymous ? 'unnamed-person' : 'named-person', anonymous,
      resolvedSource: { name, description: name, sourceType: anonymous ? 'unnamed-person' : 'named-person' },
    });
  }
  const { document } = parseHTML(`<html><head><title>Live updates</title></head><body><p>${sentences.join('')}</p></body></html>`);
  Object.defineProperty(document, 'location', { value: new globalThis.URL(URL) });
  return { document: document as unknown as Document, text, attributions };
}

describe('sendPageReport to the real background', () => {
  it('sends a long page in bounded parts, yields between them, and the background stores it once, whole', async () => {
    const db = new SourcelightDb('report-parts', { indexedDB: new IDBFactory(), IDBKeyRange });
    const { send } = startBackground(db);
    const page = longPage(1_234);
    const sent: { claims: number; hasText: boolean; stored: unknown }[] = [];
    let yields = 0;
    const report = (reportId: string) =>
      sendPageReport(page.document, page.text, page.attributions, {
        reportId,
        yieldToPage: async () => void yields++,
        send: async (part) => {
          const stored = await send('content:page-attributions', part, content);
          sent.push({ claims: part.attributions.length, hasText: part.text !== null, stored });
          return stored;
        },
      });
    const stored = await report('first');
    expect(sent.map((s) => s.claims)).toEqual([MAX_CLAIMS_PER_PART, MAX_CLAIMS_PER_PART, 234]);
    expect(sent.map((s) => s.hasText)).toEqual([false, false, true]);
    expect(sent.slice(0, 2).map((s) => s.stored)).toEqual([null, null]);
    expect(yields).toBe(2);
    expect(stored).toMatchObject({ pageUrl: URL, anonymousClaims: 412, namedClaims: 822 });
    // Revisiting the same page stores the same rows again: nothing duplicated.
    await report('second');
    expect(await db.attributions.count()).toBe(1_234);
    expect(await send('popup:get-page-summary', { tabId: 3 }, POPUP_SENDER)).toMatchObject({ anonymousClaims: 412, namedClaims: 822 });
  });

  it('reports a page with no claims in one part, and at most 5,000 claims of a larger one', async () => {
    const { send } = startBackground(new SourcelightDb('report-caps', { indexedDB: new IDBFactory(), IDBKeyRange }));
    const parts: number[] = [];
    const channel = (reportId: string) => ({
      reportId,
      yieldToPage: async () => {},
      send: async (part: Parameters<typeof send<'content:page-attributions'>>[1]) => {
        parts.push(part.attributions.length);
        return send('content:page-attributions', part, content);
      },
    });
    const empty = longPage(0);
    expect(await sendPageReport(empty.document, empty.text, [], channel('empty'))).toMatchObject({ namedClaims: 0, anonymousClaims: 0 });
    expect(parts).toEqual([0]);
    parts.length = 0;
    const huge = longPage(5_100);
    const stored = await sendPageReport(huge.document, huge.text, huge.attributions, channel('huge'));
    expect(parts).toHaveLength(10);
    expect(stored!.anonymousClaims + stored!.namedClaims).toBe(5_000);
  });
});
