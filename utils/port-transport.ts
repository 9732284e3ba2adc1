/**
 * Messages of utils/messages.ts over a runtime port instead of runtime.sendMessage: a port reaches
 * only the context that listens for its name, where a message reaches every extension context
 * (Chrome's service worker included). Same checks and answers as message-transport.ts.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { z } from './zod-mini';
import { protocol, type MessageName, type MessageNameFrom, type RequestOf, type ResponseOf } from './messages';
import { readReply, type createMessageListener } from './message-transport';
import { portReply, portRequest } from './port-envelope';

/** A runtime port's surface that the port transport uses (injected in tests). */
export type PortLike = Pick<Browser.runtime.Port, 'name' | 'sender' | 'postMessage' | 'disconnect'> & {
  onMessage: Pick<Browser.runtime.Port['onMessage'], 'addListener'>;
  onDisconnect: Pick<Browser.runtime.Port['onDisconnect'], 'addListener'>;
};

/**
 * Serves `listener` (from createMessageListener: same checks, same answers) on ports named `name`:
 * a content script that talks to one receiver over a port wakes no other context, where a
 * runtime message reaches every extension context (Chrome's service worker included).
 */
export function listenOnPort(onConnect: { addListener(fn: (port: PortLike) => void): void }, name: string, listener: ReturnType<typeof createMessageListener>): void {
  onConnect.addListener((port) => {
    if (port.name !== name || !port.sender) return;
    const sender = port.sender;
    port.onMessage.addListener((raw: unknown) => {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id !== 'number') return;
      let answered = false;
      const answer = (reply: unknown) => {
        answered = true;
        try {
          port.postMessage({ id, reply });
        } catch {
          // the page went away meanwhile: nobody is left to answer
        }
      };
      const waits = listener((raw as { message?: unknown }).message, sender, answer);
      if (!waits && !answered) answer(undefined); // "no receiver answered", at once instead of never
    });
  });
}

/** Sends content-script messages over one port named `name`, reconnecting after it closes; answers validated as sendToBackground's. */
export function portSender(connect: (name: string) => PortLike, name: string, lastError: () => { message?: string } | undefined = () => browser.runtime.lastError) {
  let port: PortLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve(reply: unknown): void; reject(error: Error): void }>();
  const open = (): PortLike => {
    const p = connect(name);
    p.onMessage.addListener((raw: unknown) => {
      const answer = portReply(raw);
      const w = answer && waiting.get(answer.id);
      if (!answer || !w) return;
      waiting.delete(answer.id);
      w.resolve(answer.reply);
    });
    p.onDisconnect.addListener(() => {
      // reading lastError is what tells Chrome the failure was handled (else it logs it as unchecked)
      const why = lastError()?.message ?? 'the receiver closed the connection';
      if (port === p) port = null;
      for (const w of waiting.values()) w.reject(new Error(`${name}: ${why}`));
      waiting.clear();
    });
    return p;
  };
  const send = async <N extends MessageNameFrom<'content'>>(messageName: N, payload: RequestOf<N>): Promise<ResponseOf<N>> => {
    const checked = protocol[messageName as MessageName].schemas().request.safeParse(payload);
    if (!checked.success) throw new Error(`${messageName}: invalid request: ${z.prettifyError(checked.error)}`);
    const p = (port ??= open());
    const id = nextId++;
    const reply = new Promise<unknown>((resolve, reject) => waiting.set(id, { resolve, reject }));
    try {
      p.postMessage(portRequest(id, messageName, checked.data as RequestOf<N>));
    } catch (error) {
      waiting.delete(id);
      if (port === p) port = null; // closed under us: the next message reconnects
      throw error;
    }
    return readReply(messageName, await reply);
  };
  /** Opens the port now, so the browser has joined both ends before the first message (a page that proves an article). */
  const connectNow = (): void => {
    port ??= open();
  };
  return Object.assign(send, { connect: connectNow });
}
