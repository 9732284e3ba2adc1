/**
 * The background's real handlers over fake-indexeddb, reached through the real message listener:
 * one harness for every storage test, so they all exercise the same wiring as the service worker.
 */
import type { createAnchor } from '../../../utils/anchoring';
import { ConflictTracker } from '../../../utils/background/conflict-store';
import { createBackgroundHandlers, type BackgroundDeps } from '../../../utils/background/handlers';
import { createTabPages } from '../../../utils/background/tab-pages';
import type { SourcelightDb } from '../../../utils/db';
import { createMessageListener, readReply } from '../../../utils/message-transport';
import type { MessageName, RequestOf, ResponseOf } from '../../../utils/messages';

/** Who the listener believes it is: the extension's id, origin and background script. */
export const EXTENSION_SELF = {
  id: 'ext',
  origin: 'chrome-extension://ext/',
  backgroundUrls: ['chrome-extension://ext/background.js'],
  sidebarFrameUrl: 'chrome-extension://ext/sidebar-context.html',
};
/** The sidebar's extension frame inside tab `tabId` (the browser fills in tab and frame). */
export const frameSender = (tabId: number) => ({ id: 'ext', tab: { id: tabId }, frameId: 5, url: 'chrome-extension://ext/sidebar-context.html#rev=1&theme=light' });
/** A sender that is our popup page. */
export const POPUP_SENDER = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

/** A storage area with storage.session's get/set/remove contract. */
export function memoryArea() {
  const values = new Map<string, unknown>();
  return {
    get: async (key: string) => (values.has(key) ? { [key]: structuredClone(values.get(key)) } : {}),
    set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => values.set(k, structuredClone(v))),
    remove: async (key: string) => void values.delete(key),
  };
}

/** Options of one background: what the tab answers for its selection, the clock, whether badge colours are recorded. */
export interface BackgroundOptions {
  selection?: ReturnType<typeof createAnchor> | null;
  clockStart?: number;
  clockStep?: number;
  recordColors?: boolean;
}

/** A background over `db` (a new one per call = a restarted service worker). */
export function startBackground(db: SourcelightDb, options: BackgroundOptions = {}) {
  const { selection = null, clockStart = 10, clockStep = 1, recordColors = false } = options;
  const badges: { tabId?: number; text?: string; color?: string }[] = [];
  let clock = clockStart;
  let ids = 0;
  const deps: BackgroundDeps = {
    db,
    conflicts: new ConflictTracker(db),
    tabPages: createTabPages(memoryArea() as never),
    badge: {
      setBadgeText: async (details: { tabId?: number; text: string }) => void badges.push(details),
      setBadgeBackgroundColor: async (details: { tabId?: number; color: string }) => {
        if (recordColors) badges.push(details);
      },
    } as never,
    askTab: (async () => ({ anchor: selection })) as never,
    notes: { now: () => (clock += clockStep), newId: () => `n${++ids}` },
  };
  const listener = createMessageListener(createBackgroundHandlers(deps), EXTENSION_SELF);
  const send = <N extends MessageName>(name: N, payload: RequestOf<N>, sender: object = POPUP_SENDER) =>
    new Promise<ResponseOf<N>>((resolve, reject) => {
      const handled = listener({ name, payload }, sender as never, (reply) => {
        try {
          resolve(readReply(name, reply));
        } catch (error) {
          reject(error);
        }
      });
      if (!handled) reject(new Error(`${name} not handled`));
    });
  return { deps, badges, send };
}
