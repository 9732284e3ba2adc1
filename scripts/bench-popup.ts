/**
 * Notes benchmark. Part 1 (Node): re-finding a note's passage in a long changed page, each
 * stage against the stored-position fast path, and the approximate stage against the same
 * search without Ukkonen's cut-off. Part 2 (Chromium, built extension): time until the popup
 * shows its first screen of notes (and its conflicts section) with 0 versus 10,000 stored notes;
 * the notes are written straight into the extension's IndexedDB in one transaction so seeding
 * takes seconds. Prints medians and ratios; asserts nothing.
 *
 *   npm run bench:popup            (builds first)
 *   tsx scripts/bench-popup.ts --notes 10000 --rounds 5
 */
import { createAnchor, reanchor, searchApproximate } from '../utils/anchoring';
import { interleavedRounds, median } from './lib/bench-timing';
import { launchExtensionBrowser, startStaticServer, waitForPainted } from '../tests/e2e/support';
import { articlePage, tabIdFor } from '../tests/e2e/popup-support';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const NOTES = option('notes', 10_000);
/** Notes the popup shows before "Show more" (components/popup/popup-app.tsx PAGE_SIZE). */
const FIRST_SCREEN = 20;
const ROUNDS = option('rounds', 5);

/** Deterministic prose-like text from a small word list (no real article text). */
function syntheticText(words: number, seed = 7): string {
  const vocabulary = 'the council said a spokesperson officials budget harbour ferry plan vote would not in on of and to was had been two people familiar with talks minister report week year'.split(' ');
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out.push(vocabulary[state % vocabulary.length]);
    if (i % 17 === 16) out[out.length - 1] += '.';
  }
  return out.join(' ');
}

/** Sellers' approximate search without the cut-off: the baseline the cut-off is measured against. */
function plainSellersBestEnd(text: string, pattern: string): number {
  const column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = Infinity;
  for (let j = 0; j < text.length; j++) {
    let diagonal = 0;
    for (let i = 1; i <= pattern.length; i++) {
      const left = column[i];
      column[i] = Math.min(diagonal + (pattern[i - 1] === text[j] ? 0 : 1), left + 1, column[i - 1] + 1);
      diagonal = left;
    }
    best = Math.min(best, column[pattern.length]);
  }
  return best;
}

function anchoringBench(): void {
  const text = syntheticText(10_000);
  const passage = 'Reporters were told the harbour authority would publish its accounts in March';
  const at = Math.floor(text.length / 2);
  const original = `${text.slice(0, at)} ${passage} ${text.slice(at)}`;
  const start = at + 1;
  const anchor = createAnchor(original, start, start + passage.length);
  const shifted = `Correction appended at the top of the page. ${original}`;
  const edited = shifted.replace(passage, 'Reporters were told that the harbour authority will publish its accounts in April');
  const removed = shifted.replace(passage, '');
  const maxErrors = Math.floor(passage.length * 0.2);
  let sink = 0;
  const contenders = [
    { name: 'position (unchanged page)', run: () => void (sink += Number(reanchor(original, anchor).found)) },
    { name: 'exact quote (text shifted)', run: () => void (sink += Number(reanchor(shifted, anchor).found)) },
    { name: 'approximate (passage edited)', run: () => void (sink += Number(reanchor(edited, anchor).found)) },
    { name: 'not found (passage removed)', run: () => void (sink += Number(reanchor(removed, anchor).found)) },
    { name: 'search with cut-off', run: () => void (sink += searchApproximate(edited, passage, maxErrors).length) },
    { name: 'search without cut-off', run: () => void (sink += plainSellersBestEnd(edited, passage)) },
  ];
  const times = interleavedRounds(contenders, 2, 9);
  const ms = (name: string) => median(times.get(name)!.map((t) => t.cpuMs));
  console.log(`Re-anchoring in a page of ${original.length} characters (median CPU ms of 9 rounds):`);
  for (const { name } of contenders.slice(0, 4)) {
    console.log(`  ${name.padEnd(30)} ${ms(name).toFixed(3)} ms  (${(ms(name) / Math.max(ms(contenders[0].name), 1e-3)).toFixed(1)}x position)`);
  }
  const cut = ms('search with cut-off');
  const plain = ms('search without cut-off');
  console.log(`  approximate search: ${cut.toFixed(2)} ms with cut-off vs ${plain.toFixed(2)} ms without: ${(plain / cut).toFixed(1)}x faster`);
  if (sink < 0) console.log(sink);
}

async function popupBench(): Promise<void> {
  const pages = { 'bench.html': articlePage('Bench page', ['The mayor said the plan would go ahead.', 'Two officials said it would not.']) };
  const server = await startStaticServer({ pages });
  const empty = await launchExtensionBrowser();
  const full = await launchExtensionBrowser();
  try {
    const tabs = await Promise.all(
      [empty, full].map(async (browser) => {
        const page = await browser.context.newPage();
        await page.goto(server.url('bench.html'));
        await waitForPainted(page);
        return tabIdFor(browser.serviceWorker, server.url('bench.html'));
      }),
    );
    const seeder = await full.openExtensionPage('popup.html');
    await seeder.evaluate(
      async ({ tabId, count }) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        // One note through the real path: the background opens (and creates) the database first.
        const first = (await runtime.sendMessage({ name: 'popup:save-note', payload: { id: null, tabId, text: 'Bench note number 0 about the plan' } })) as {
          data: { pageUrl: string; pageTitle: string; createdAt: number };
        };
        const { pageUrl, pageTitle, createdAt } = first.data;
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sourcelight');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('notes', 'readwrite');
            const notes = tx.objectStore('notes');
            for (let i = 1; i < count; i++) {
              const time = createdAt - i * 1000;
              notes.put({ id: `bench-${i}`, pageUrl, pageTitle, text: `Bench note number ${i} about the plan`, createdAt: time, updatedAt: time, anchor: null, attributionId: null, anchorStatus: 'page' });
            }
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        });
      },
      { tabId: tabs[1], count: NOTES },
    );
    await seeder.close();
    const open = async (browser: typeof empty, tabId: number, expected: number) => {
      const popup = await browser.context.newPage();
      const started = performance.now();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      if (expected === 0) await popup.getByText('No notes yet.').waitFor();
      else await popup.getByRole('list', { name: 'All notes' }).getByRole('listitem').nth(Math.min(expected, FIRST_SCREEN) - 1).waitFor();
      await popup.getByRole('region', { name: 'Conflicting claims' }).getByRole('heading').waitFor();
      const wall = performance.now() - started;
      // In the page: from navigation start to the first screen with data painted (the popup's own mark).
      const ready = await popup.waitForFunction(() => performance.getEntriesByName('sourcelight:popup-ready')[0]?.startTime);
      const inPage = (await ready.jsonValue()) as number;
      await popup.close();
      return { wall, inPage };
    };
    const times: Record<'empty' | 'full', { wall: number; inPage: number }[]> = { empty: [], full: [] };
    await open(empty, tabs[0], 0);
    await open(full, tabs[1], NOTES);
    for (let round = 0; round < ROUNDS; round++) {
      times.empty.push(await open(empty, tabs[0], 0));
      times.full.push(await open(full, tabs[1], NOTES));
    }
    for (const measure of ['inPage', 'wall'] as const) {
      const a = median(times.empty.map((t) => t[measure]));
      const b = median(times.full.map((t) => t[measure]));
      const what = measure === 'inPage' ? 'navigation start to first screen painted, in the popup' : 'wall time seen by the test driver, incl. opening the tab';
      console.log(`Popup first screen (${FIRST_SCREEN} notes + conflicts), ${what} (median ms of ${ROUNDS} rounds):`);
      console.log(`  0 notes: ${a.toFixed(1)} ms   ${NOTES} notes: ${b.toFixed(1)} ms   ratio ${(b / a).toFixed(2)}x`);
    }
  } finally {
    await empty.close();
    await full.close();
    await server.close();
  }
}

anchoringBench();
await popupBench();
