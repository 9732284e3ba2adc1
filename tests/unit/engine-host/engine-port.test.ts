import { describe, expect, it } from 'vitest';
import { annotate } from '@/utils/attribution';
import { loadModelFromDisk } from '../../../scripts/lib/model-file';
import { createMessageListener, type ExtensionIdentity } from '@/utils/message-transport';
import { listenOnPort, portSender } from '@/utils/port-transport';
import { packAttributions, unpackAttributions } from '@/utils/engine-host/packed-attributions';

const model = loadModelFromDisk();
const TEXT = '“The bridge will reopen in May,” said Ines Moreau, the city engineer.';
const self: ExtensionIdentity = { id: 'our-extension', origin: 'chrome-extension://our-extension/', backgroundUrls: [] };

type Listener = (message: unknown) => void;
/** Two ends of a runtime port as the browser joins them: messages cloned across, disconnect seen by the other end. */
function portPair(name: string, sender: object) {
  const make = () => ({ name, sender: undefined as object | undefined, messages: [] as Listener[], closes: [] as Array<() => void>, other: null as unknown as { messages: Listener[]; closes: Array<() => void> } });
  const a = make(), b = make();
  a.other = b; b.other = a;
  b.sender = sender;
  const end = (e: typeof a) => ({
    name, sender: e.sender as never,
    postMessage: (m: unknown) => { const copy = structuredClone(m); setTimeout(() => e.other.messages.forEach((l) => l(copy)), 0); },
    disconnect: () => setTimeout(() => e.other.closes.forEach((l) => l()), 0),
    onMessage: { addListener: (l: Listener) => void e.messages.push(l) },
    onDisconnect: { addListener: (l: () => void) => void e.closes.push(l) },
  });
  return { client: end(a), server: end(b) };
}

function serve(sender: object) {
  const connects: Array<(port: never) => void> = [];
  listenOnPort({ addListener: (fn) => void connects.push(fn as never) }, 'engine', createMessageListener({
    'content:annotate-text': ({ text }) => ({ packed: packAttributions(annotate(text, model)), engineMs: 1 }),
  }, self));
  const ends: Array<ReturnType<typeof portPair>> = [];
  const connect = (name: string) => {
    const pair = portPair(name, sender);
    ends.push(pair);
    connects.forEach((fn) => fn(pair.server as never));
    return pair.client as never;
  };
  return { connect, ends };
}

describe('the engine host port', () => {
  it('carries annotate-text from our content script and brings back the validated answer', async () => {
    const { connect } = serve({ id: self.id, url: 'https://news.example/story', tab: { id: 3 }, frameId: 0 });
    const send = portSender(connect, 'engine', () => undefined);
    const reply = await send('content:annotate-text', { text: TEXT });
    expect(unpackAttributions(reply.packed, TEXT)).toEqual(annotate(TEXT, model));
    expect((await send('content:annotate-text', { text: 'Nothing said.' })).packed.types).toEqual([]); // same port, reused
  });

  it('refuses a sender that is not our content script, and a request that does not validate', async () => {
    const other = serve({ id: 'another-extension', url: 'https://news.example/story', tab: { id: 3 }, frameId: 0 });
    await expect(portSender(other.connect, 'engine', () => undefined)('content:annotate-text', { text: TEXT })).rejects.toThrow(/refused, sender is not a content/);
    const ours = serve({ id: self.id, url: 'https://news.example/story', tab: { id: 3 }, frameId: 0 });
    await expect(portSender(ours.connect, 'engine', () => undefined)('content:annotate-text', { text: 42 } as never)).rejects.toThrow(/invalid request/);
  });

  it('joins the port ahead of the first text when asked, and sends that text over the same port', async () => {
    const { connect, ends } = serve({ id: self.id, url: 'https://news.example/story', tab: { id: 3 }, frameId: 0 });
    const send = portSender(connect, 'engine', () => undefined);
    expect(ends.length).toBe(0);
    send.connect();
    send.connect(); // once is enough: a second call keeps the open port
    expect(ends.length).toBe(1);
    const reply = await send('content:annotate-text', { text: TEXT });
    expect(unpackAttributions(reply.packed, TEXT)).toEqual(annotate(TEXT, model));
    expect(ends.length).toBe(1);
  });

  it('fails what was waiting when the host goes away, with the browser’s reason, and reconnects for the next text', async () => {
    const { connect, ends } = serve({ id: self.id, url: 'https://news.example/story', tab: { id: 3 }, frameId: 0 });
    const send = portSender(connect, 'engine', () => ({ message: 'Receiving end does not exist.' }));
    const waiting = send('content:annotate-text', { text: TEXT });
    ends[0].server.disconnect();
    await expect(waiting).rejects.toThrow(/engine: Receiving end does not exist/);
    await send('content:annotate-text', { text: TEXT });
    expect(ends.length).toBe(2);
  });
});
