import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { annotate } from '@/utils/attribution';
import { readArticle } from '@/utils/article';
import { packAttributions } from '@/utils/engine-host/packed-attributions';
import { hostedEngineSource, type HostSend } from '@/utils/page/engine-host-client';
import { MAX_EARLY_ELEMENTS, MAX_EARLY_PARAGRAPHS, readEarly, takenOnce, type EarlyPort } from '@/utils/page/early-read';
import type { ModelSource } from '@/utils/page/model-loader';
import { ENGINE_HOST_PORT, portReply } from '@/utils/port-envelope';
import { loadModelFromDisk } from '../../../scripts/lib/model-file';

const model = loadModelFromDisk();
const ARTICLE = readFileSync(new URL('../../fixtures/html-cli/harbour-bridge.html', import.meta.url), 'utf8');

/** A linkedom window as the early read sees a page: every element displayed. */
function pageWindow(html: string) {
  const win = parseHTML(html) as unknown as { document: Document; MutationObserver: typeof MutationObserver };
  return { document: win.document, MutationObserver: win.MutationObserver, getComputedStyle: () => ({ display: 'block' }) as CSSStyleDeclaration };
}

/** The content script's end of a port: what it posted, and a way to answer or close as the host would. */
function recordingPort() {
  const posted: unknown[] = [];
  const names: string[] = [];
  let onMessage: (raw: unknown) => void = () => undefined;
  let onDisconnect: () => void = () => undefined;
  let disconnected = false;
  const port: EarlyPort = {
    postMessage: (m) => void posted.push(structuredClone(m)),
    disconnect: () => void (disconnected = true),
    // the browser passes the port along; this content script's listeners do not read it
    onMessage: { addListener: (fn) => void (onMessage = (raw) => fn(raw, port as never)) },
    onDisconnect: { addListener: (fn) => void (onDisconnect = () => fn(port as never)) },
  };
  const connect = (name: string) => {
    names.push(name);
    return port;
  };
  return { connect, posted, names, answer: (raw: unknown) => onMessage(raw), close: () => onDisconnect(), get disconnected() { return disconnected; } };
}

const sentText = (posted: unknown[]) => (posted[0] as { message: { name: string; payload: { text: string } } }).message;

describe('the early read of the content script', () => {
  it('reads the article as the session would and sends its text on the engine port at once', async () => {
    const win = pageWindow(ARTICLE);
    const port = recordingPort();
    const read = readEarly(win, port.connect)!;
    expect(read.text).toBe(readArticle(win.document).text);
    expect(port.names).toEqual([ENGINE_HOST_PORT]);
    expect(sentText(port.posted)).toEqual({ name: 'content:annotate-text', payload: { text: read.text } });
    const { id } = port.posted[0] as { id: number };
    port.answer({ id: id + 1, reply: 'not ours' });
    port.answer({ id, reply: { ok: true, data: 'raw' } });
    expect(await read.reply).toEqual({ ok: true, data: 'raw' });
    expect(port.disconnected).toBe(true); // one request per port: done with it
    expect(read.isCurrent()).toBe(true);
  });

  it('stops being current once the page changes, and is handed to the session only then not', async () => {
    const unchanged = readEarly(pageWindow(ARTICLE), recordingPort().connect)!;
    expect(takenOnce(unchanged).take()).toBe(unchanged);
    const win = pageWindow(ARTICLE);
    const read = readEarly(win, recordingPort().connect)!;
    const once = takenOnce(read);
    win.document.body.append(win.document.createElement('p'));
    await new Promise((done) => setTimeout(done, 0));
    expect(read.isCurrent()).toBe(false);
    expect(once.take()).toBeNull();
    expect(once.take()).toBeNull();
  });

  it('leaves pages that are not articles, long pages and empty ones to the session, sending nothing', () => {
    const port = recordingPort();
    expect(readEarly(pageWindow('<html><body><nav><a href="/">Home</a></nav><p>Sign in to continue.</p></body></html>'), port.connect)).toBeNull();
    const longPage = ARTICLE.replace('</main>', `${'<p>Another paragraph of the live blog.</p>'.repeat(MAX_EARLY_PARAGRAPHS + 1)}</main>`);
    expect(readEarly(pageWindow(longPage), port.connect)).toBeNull();
    const manyElements = ARTICLE.replace('</main>', `<div>${'<span>item</span>'.repeat(MAX_EARLY_ELEMENTS)}</div></main>`);
    expect(readEarly(pageWindow(manyElements), port.connect)).toBeNull();
    expect(port.posted).toEqual([]);
  });

  it('rejects its reply with a clear reason when the host closes the port first', async () => {
    const port = recordingPort();
    const read = readEarly(pageWindow(ARTICLE), port.connect)!;
    port.close();
    await expect(read.reply).rejects.toThrow(/engine host closed the connection/);
  });
});

describe('the engine client given an early read', () => {
  const inPage: ModelSource = { start: async () => model, model, ready: () => undefined, annotate: (t) => annotate(t, model), timings: { fetchMs: 0, decodeMs: 0, engineLoadMs: 0 } };
  const TEXT = '“The ferry runs again on Monday,” said Mira Castell, the harbour master.';
  const reply = (text: string) => ({ ok: true, data: { packed: packAttributions(annotate(text, model)), engineMs: 2 } });

  it('takes the early reply for that text once, validated, and asks the host for anything else', async () => {
    const sent: string[] = [];
    const send = (async (name, payload) => {
      sent.push(name);
      return { packed: packAttributions(annotate((payload as { text: string }).text, model)), engineMs: 1 };
    }) as HostSend;
    const engine = hostedEngineSource(send, inPage, undefined, () => false, { text: TEXT, reply: Promise.resolve(reply(TEXT)) });
    expect(await engine.annotate('Nothing said.')).toEqual([]);
    expect(await engine.annotate(TEXT)).toEqual(annotate(TEXT, model));
    expect(engine.hostEngineMs).toBe(3); // 1 asked, 2 from the early reply
    expect(await engine.annotate(TEXT)).toEqual(annotate(TEXT, model));
    expect(sent).toEqual(['content:annotate-text', 'content:annotate-text']);
  });

  it('asks the host again when the early reply does not validate', async () => {
    const sent: string[] = [];
    const send = (async (name, payload) => {
      sent.push(name);
      return name === 'content:start-engine-host' ? { started: true } : { packed: packAttributions(annotate((payload as { text: string }).text, model)), engineMs: 1 };
    }) as HostSend;
    const malformed = { ok: true, data: { packed: { types: 'all of them' }, engineMs: 2 } };
    const engine = hostedEngineSource(send, inPage, undefined, () => false, { text: TEXT, reply: Promise.resolve(malformed) });
    expect(await engine.annotate(TEXT)).toEqual(annotate(TEXT, model));
    expect(engine.where).toBe('host');
    expect(sent).toEqual(['content:start-engine-host', 'content:annotate-text']);
  });

  it('reads a reply envelope off a port, and nothing else', () => {
    expect(portReply({ id: 4, reply: 1 })).toEqual({ id: 4, reply: 1 });
    expect(portReply('noise')).toBeNull();
  });
});
