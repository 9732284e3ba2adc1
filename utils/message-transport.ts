/**
 * How the messages of utils/messages.ts travel: every receiver `safeParse`s the envelope and the
 * payload and checks the sender, so a web page or another extension can never write to our
 * database; every caller gets a validated answer or a readable error.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { z } from './zod-mini';
import { lazy } from './lazy';
import { unwrapReply } from './reply-envelope';
import { protocol, SIDEBAR_FRAME_PATH, type MessageName, type MessageNameFrom, type RequestOf, type ResponseOf, type SenderKind } from './messages';

const envelopeSchema = lazy(() => z.object({ name: z.enum(Object.keys(protocol) as [MessageName, ...MessageName[]]), payload: z.unknown() }));

/** What identifies our own extension: injected so tests and both browsers give their own. */
export interface ExtensionIdentity {
  id: string;
  /** Ends with '/'. */
  origin: string;
  /** Addresses the background runs at (service worker script, or Firefox's generated page). */
  backgroundUrls: string[];
  /** The sidebar's extension frame page; absent means no sender is classed 'sidebar-frame'. */
  sidebarFrameUrl?: string;
}

/** Our identity from the running extension, read from the runtime and its manifest. */
export function currentIdentity(runtime: typeof browser.runtime = browser.runtime): ExtensionIdentity {
  const origin = runtime.getURL('/');
  // Chrome's offscreen document (the engine host) has runtime without getManifest: it hears content scripts only.
  const background = (typeof runtime.getManifest === 'function' ? runtime.getManifest().background : undefined) as
    | { service_worker?: string; page?: string; scripts?: string[] }
    | undefined;
  const files = [background?.service_worker, background?.page, background?.scripts ? '_generated_background_page.html' : undefined];
  return {
    id: runtime.id,
    origin,
    backgroundUrls: files.filter((file): file is string => !!file).map((file) => origin + file.replace(/^\/+/, '')),
    sidebarFrameUrl: origin + SIDEBAR_FRAME_PATH,
  };
}

/** Classifies a sender; null means "not us": a web page, another extension, or a malformed sender. */
export function classifySender(sender: Browser.runtime.MessageSender, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.id) return null;
  const url = sender.url;
  if (url === undefined) return sender.tab === undefined ? 'background' : null;
  const fromExtensionPage = url.startsWith(self.origin);
  if (!fromExtensionPage) return sender.tab?.id !== undefined ? 'content' : null;
  const page = url.replace(/[?#].*$/s, '');
  if (sender.tab === undefined && self.backgroundUrls.includes(page)) return 'background';
  // Our frame inside a tab's page (never the top frame): its tab is the page it describes.
  if (self.sidebarFrameUrl !== undefined && page === self.sidebarFrameUrl) {
    return sender.tab?.id !== undefined && (sender.frameId ?? 0) !== 0 ? 'sidebar-frame' : null;
  }
  return 'extension-page';
}

/** A handler gets a validated payload and the sender; what it returns is validated before sending. */
export type MessageHandler<N extends MessageName> = (
  payload: RequestOf<N>,
  sender: Browser.runtime.MessageSender,
) => Promise<ResponseOf<N>> | ResponseOf<N>;
/** Handlers for some messages; a listener ignores the rest so other listeners may answer them. */
export type MessageHandlers = { [N in MessageName]?: MessageHandler<N> };

/**
 * Builds a runtime.onMessage listener: checks envelope, sender and payload, runs the handler and
 * answers `{ok, data}` or `{ok:false, error}` (errors are reported, never thrown into the void).
 */
export function createMessageListener(handlers: MessageHandlers, self: ExtensionIdentity) {
  return (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): boolean => {
    const envelope = envelopeSchema().safeParse(raw);
    if (!envelope.success) return false;
    const name = envelope.data.name;
    const handler = handlers[name] as MessageHandler<MessageName> | undefined;
    if (!handler) return false;
    const spec = protocol[name];
    if (classifySender(sender, self) !== spec.from) {
      sendResponse({ ok: false, error: `${name}: refused, sender is not a ${spec.from}` });
      return false;
    }
    const { request, response } = spec.schemas();
    const payload = request.safeParse(envelope.data.payload);
    if (!payload.success) {
      sendResponse({ ok: false, error: `${name}: invalid payload: ${z.prettifyError(payload.error)}` });
      return false;
    }
    Promise.resolve()
      .then(() => handler(payload.data as RequestOf<MessageName>, sender))
      .then((data) => {
        const checked = response.safeParse(data);
        sendResponse(
          checked.success
            ? { ok: true, data: checked.data }
            : { ok: false, error: `${name}: the background's answer did not validate: ${z.prettifyError(checked.error)}` },
        );
      })
      // A handler's own error is written for the reader (e.g. "Not saved: …"), so it goes out as is;
      // the console keeps which message failed.
      .catch((error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        console.warn(`Sourcelight: ${name} failed:`, text);
        sendResponse({ ok: false, error: text });
      });
    return true;
  };
}

/** Unwraps and validates a reply, so a caller gets typed data or a thrown, readable error. */
export function readReply<N extends MessageName>(name: N, reply: unknown): ResponseOf<N> {
  return unwrapReply<unknown>(name, reply, protocol[name].schemas().response as z.ZodMiniType<unknown>) as ResponseOf<N>;
}

/** Sends a content or popup message to the background and returns its validated answer. */
export async function sendToBackground<N extends MessageNameFrom<'content' | 'extension-page' | 'sidebar-frame'>>(
  name: N,
  payload: RequestOf<N>,
  runtime: Pick<typeof browser.runtime, 'sendMessage'> = browser.runtime,
): Promise<ResponseOf<N>> {
  // safeParse, so a refused request reads as one line (a thrown ZodError's message is raw JSON).
  const checked = protocol[name as MessageName].schemas().request.safeParse(payload);
  if (!checked.success) throw new Error(`${name}: invalid request: ${z.prettifyError(checked.error)}`);
  return readReply(name, await runtime.sendMessage({ name, payload: checked.data }));
}

/** Sends a background message to one tab's content script and returns its validated answer. */
export async function sendToTab<N extends MessageNameFrom<'background'>>(
  tabId: number,
  name: N,
  payload: RequestOf<N>,
  tabs: Pick<typeof browser.tabs, 'sendMessage'> = browser.tabs,
): Promise<ResponseOf<N>> {
  const request = protocol[name as MessageName].schemas().request.parse(payload);
  return readReply(name, await tabs.sendMessage(tabId, { name, payload: request }, { frameId: 0 }));
}
