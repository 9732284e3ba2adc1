/**
 * How the content script's main module (`content-main.js`) reaches the small content script every
 * page loads: the page's first task compiles and runs only that small script, and the session's
 * code is compiled in a task of its own. Types and the loader here, so both bundles can include it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extensionModuleSource, moduleHandoff, type ModuleSource } from './module-handoff';
import type { EarlyRead } from './early-read';
import type { EarlyPaint } from './early-paint';

/** Where the build puts the session module inside the extension (an unlisted script, web-accessible). */
export const SESSION_MODULE_PATH = '/content-main.js';

/**
 * What the content script started before the session's module loaded: the settings' read from
 * storage.local (raw, parsed by the session), so painting, which waits for the settings, never
 * waits for a read that began only once the module had been fetched and compiled.
 */
export interface HeadStart {
  storedSettings?: Promise<Record<string, unknown>>;
  /** The article read and sent to the engine host at the script's start (early-read.ts), on a short article. */
  early?: EarlyRead | null;
  /** The content script's paint of that read (early-paint.ts), for the session to adopt; null if it did not paint. */
  earlyPaint?: EarlyPaint | null;
}

/** What the session module provides. */
export interface SessionModule {
  startSourcelight(ctx: ContentScriptContext, win?: Window & typeof globalThis, startedAt?: number, headStart?: HeadStart): Promise<void>;
}

const handoff = moduleHandoff<SessionModule>('session', (m) => typeof m?.startSourcelight === 'function');

/** Called by the session module when it runs: leaves the session where the loader looks for it. */
export const registerSession = handoff.register;

/** How the module is fetched and run: injected so tests can load it their own way. */
export type SessionSource = ModuleSource;

/** The session module, imported once per world; rejects with a clear error if it cannot load. */
export function loadSession(source: SessionSource = extensionModuleSource(SESSION_MODULE_PATH, (path) => browser.runtime.getURL(path as '/'))): Promise<SessionModule> {
  return handoff.load(source.url(), source.importModule, source.scope);
}
