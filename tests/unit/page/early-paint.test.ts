import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { annotate } from '@/utils/attribution';
import { packAttributions } from '@/utils/engine-host/packed-attributions';
import { readEarly, type EarlyPort } from '@/utils/page/early-read';
import { EARLY_PAINT_WAIT_MS, paintEarly } from '@/utils/page/early-paint';
import { SETTINGS_STORAGE_KEY } from '@/utils/settings-key';
import { loadModelFromDisk } from '../../../scripts/lib/model-file';

const model = loadModelFromDisk();
const ARTICLE = readFileSync(new URL('../../fixtures/html-cli/harbour-bridge.html', import.meta.url), 'utf8');

/**
 * Where the early paint declines or fails; that it paints, and that the session adopts the paint,
 * is driven in Chromium (tests/e2e/content-highlights.test.ts): linkedom has no Range to paint.
 *
 * A linkedom page as the early paint sees one: every element displayed, and (unless `withApi` is
 * false) a Highlight registry, the browser's, not ours: a Map of names to sets of ranges.
 */
function page(withApi = true) {
  const win = parseHTML(ARTICLE) as unknown as Window & typeof globalThis;
  const registry = new Map<string, Set<unknown>>();
  Object.assign(win, {
    getComputedStyle: () => ({ display: 'block', backgroundColor: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)', colorScheme: 'normal' }),
    location: { href: 'https://news.example/harbour-bridge' },
    performance: { now: () => 1 },
    CSS: withApi ? { highlights: registry } : {},
    Highlight: withApi ? class extends Set<unknown> {} : undefined,
  });
  return { win, registry };
}

/** The host's end of the early read's port: answers (or not) with what the test says. */
function hostPort(answer: (text: string) => unknown) {
  let listener: (raw: unknown) => void = () => undefined;
  const port: EarlyPort = {
    postMessage: (m) => {
      const { id, message } = m as { id: number; message: { payload: { text: string } } };
      const reply = answer(message.payload.text);
      if (reply !== undefined) queueMicrotask(() => listener({ id, reply }));
    },
    disconnect: () => undefined,
    onMessage: { addListener: (fn) => void (listener = (raw) => fn(raw, port as never)) },
    onDisconnect: { addListener: () => undefined },
  };
  return () => port;
}

/** A host that answers only when the test calls the function it is handed. */
function lateHost(hold: (send: () => void) => void) {
  let listener: (raw: unknown) => void = () => undefined;
  const port: EarlyPort = {
    postMessage: (m) => {
      const { id, message } = m as { id: number; message: { payload: { text: string } } };
      hold(() => listener({ id, reply: answered(message.payload.text) }));
    },
    disconnect: () => undefined,
    onMessage: { addListener: (fn) => void (listener = (raw) => fn(raw, port as never)) },
    onDisconnect: { addListener: () => undefined },
  };
  return () => port;
}

const answered = (text: string) => ({ ok: true, data: { packed: packAttributions(annotate(text, model)), engineMs: 3 } });
const settings = (highlights: boolean) => Promise.resolve({ [SETTINGS_STORAGE_KEY]: { highlights, disabledSites: [] } });
/** Timers that fire only when the test says so. */
function manualTimers() {
  const due: Array<{ fn: () => void; ms: number }> = [];
  return { setTimer: (fn: () => void, ms: number) => void due.push({ fn, ms }), fire: (ms: number) => due.filter((t) => t.ms === ms).forEach((t) => t.fn()) };
}

describe('the early paint of the content script', () => {
  it('paints nothing, and says so, when highlights are off', async () => {
    const { win, registry } = page();
    const early = readEarly(win, hostPort(answered))!;
    expect(await paintEarly(early, settings(false), { win, setTimer: manualTimers().setTimer })).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('leaves the paint to the session when the page changed after the read', async () => {
    const { win, registry } = page();
    const early = readEarly(win, hostPort(answered))!;
    win.document.body.append(win.document.createElement('p'));
    await new Promise((done) => setTimeout(done, 0));
    expect(await paintEarly(early, settings(true), { win, setTimer: manualTimers().setTimer })).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('leaves a browser without the Highlight API to the session (its <mark> fallback changes the DOM)', async () => {
    const { win } = page(false);
    const early = readEarly(win, hostPort(answered))!;
    expect(await paintEarly(early, settings(true), { win, setTimer: manualTimers().setTimer })).toBeNull();
  });

  it('gives up on a host that does not answer in time, and never paints after', async () => {
    const { win, registry } = page();
    let deliver: () => void = () => undefined;
    const early = readEarly(win, lateHost((send) => (deliver = send)))!;
    const timers = manualTimers();
    const painting = paintEarly(early, settings(true), { win, setTimer: timers.setTimer });
    timers.fire(EARLY_PAINT_WAIT_MS);
    expect(await painting).toBeNull();
    deliver(); // the answer arrives after all
    expect(await early.reply).toMatchObject({ ok: true });
    expect(registry.size).toBe(0);
  });

  it('declines at once when the settings say highlights are off, without waiting for the host', async () => {
    const { win, registry } = page();
    const early = readEarly(win, hostPort(() => undefined))!; // a host that never answers
    expect(await paintEarly(early, settings(false), { win, setTimer: manualTimers().setTimer })).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('paints nothing once the content script is invalidated', async () => {
    const { win, registry } = page();
    const early = readEarly(win, hostPort(answered))!;
    const invalidated = new AbortController();
    invalidated.abort();
    expect(await paintEarly(early, settings(true), { win, setTimer: manualTimers().setTimer, signal: invalidated.signal })).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('warms the answer\'s parser on a sample of its own while the host works', async () => {
    const { win } = page();
    const early = readEarly(win, hostPort(() => undefined))!;
    const timers = manualTimers();
    void paintEarly(early, settings(false), { win, setTimer: timers.setTimer });
    expect(() => timers.fire(0)).not.toThrow(); // the sample passes the same checks a real answer does
  });

  it('rejects an answer that does not validate, with the reason, painting nothing', async () => {
    const { win, registry } = page();
    const early = readEarly(win, hostPort(() => ({ ok: true, data: { packed: { spans: 'all' }, engineMs: 1 } })))!;
    await expect(paintEarly(early, settings(true), { win, setTimer: manualTimers().setTimer })).rejects.toThrow(/content:annotate-text: invalid reply/);
    expect(registry.size).toBe(0);
  });
});
