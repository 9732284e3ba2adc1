import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The Chromium build `npm run build` writes; every browser test loads the real extension from here. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

/** Debian's Chromium; never a test tool's own download. Throws with the fix if neither exists. */
export function findChromium(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('Chromium not found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH');
}

/** A browser with Sourcelight loaded; `close()` also deletes the throwaway profile. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id: the host of its service worker's URL. */
  extensionId: string;
  serviceWorker: Worker;
  /** Opens a page of the extension, e.g. `openExtensionPage('popup.html')`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** `headless: false` shows the window (for `npm run demo` with a display). */
export interface LaunchOptions {
  headless?: boolean;
  /** Reuse this profile folder (a browser restart keeps its data); the caller deletes it, close() does not. */
  userDataDir?: string;
  extensionDir?: string;
  viewport?: { width: number; height: number };
}

/**
 * Launches Chromium with the built extension in a fresh profile. Extensions need a persistent
 * context; the flags keep the browser quiet and offline apart from our own pages.
 */
export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sourcelight-profile-'));
  const ownsProfile = options.userDataDir === undefined;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chrome 137+ ignores --load-extension unless this feature is turned off.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ],
  });
  // tsx/esbuild wrap named functions in __name(); page.evaluate callbacks then need it in the page.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\/+/, '')}`);
        return page;
      },
      async close() {
        await context.close();
        if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
