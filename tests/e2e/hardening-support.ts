/**
 * Shared by the hardening browser tests: hostile pages are served from their own folder, errors
 * are collected from every world of a page, and the database is read from inside the extension
 * (its service worker shares the extension origin's IndexedDB), never through our own code.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { EXTENSION_DIR } from './support';

/** Hand-written hostile pages (tests/fixtures/hostile). */
export const HOSTILE_FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'hostile');

/** Uncaught errors and console errors a page (and our content script in it) produced. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The test server has no favicon; the browser's own request for it is not ours to judge.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Every record of one table of the extension's database, read raw in the service worker (or any extension page). */
export async function storedRecords<T = Record<string, unknown>>(inExtension: Worker | Page, table: string): Promise<T[]> {
  return (inExtension as Worker).evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('sourcelight');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            done([]);
            return;
          }
          const read = db.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            db.close();
            done(read.result as T[]);
          };
          read.onerror = () => fail(read.error);
        };
      }),
    table,
  );
}

/** Polls until `read` gives a value `ok` accepts; returns the last value either way, for the assertion. */
export async function settle<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 150));
    value = await read();
  }
  return value;
}

/**
 * Where the hardening tests load the extension from: the normal build, or a snapshot named by
 * SOURCELIGHT_EXTENSION_DIR (so a long run is not broken by a rebuild of .output mid-test).
 */
export function extensionDirOption(): { extensionDir?: string } {
  const dir = process.env.SOURCELIGHT_EXTENSION_DIR;
  return dir ? { extensionDir: dir } : {};
}

/**
 * A copy of the built extension in a fresh folder with its manifest edited: an "update" on disk
 * (new version), or a variant the browser treats differently. The caller deletes the folder.
 */
export function copyBuiltExtension(editManifest: (manifest: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-build-copy-'));
  cpSync(extensionDirOption().extensionDir ?? EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  editManifest(manifest);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/**
 * Turns on developer mode, as a developer with an unpacked extension has it: without it Chromium
 * disables an unpacked extension that reloads itself ("unsupported developer extension").
 */
export async function enableDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const api = (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object, cb: () => void): void } } }).chrome;
          api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done);
        }),
    );
  } finally {
    await page.close();
  }
}
