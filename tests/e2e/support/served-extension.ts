/**
 * The set-up most browser tests share: the fixture server and Chromium with the built extension,
 * started once before the file's (or describe block's) tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from './extension-browser';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server';

/** The running pair; read only inside tests and hooks (they exist from beforeAll on). */
export interface ServedExtension {
  readonly server: StaticServer;
  readonly browser: ExtensionBrowser;
}

/** Registers beforeAll/afterAll that start and stop a fixture server and the extension browser. */
export function useServedExtension(serverOptions: StaticServerOptions = {}, launchOptions: LaunchOptions = {}): ServedExtension {
  let server: StaticServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(serverOptions);
    browser = await launchExtensionBrowser(launchOptions);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the fixture server is not started yet: use it inside a test or hook');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started yet: use it inside a test or hook');
      return browser;
    },
  };
}
