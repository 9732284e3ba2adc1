/**
 * Browser-test kit: serve fixture pages, launch Chromium with the built extension, read what it
 * painted. Typical use:
 *
 *   const server = await startStaticServer();           // tests/fixtures/articles on 127.0.0.1
 *   const browser = await launchExtensionBrowser();      // .output/chrome-mv3, headless
 *   const page = await browser.context.newPage();
 *   await page.goto(server.url('harbour-port.html'));
 *   await waitForPainted(page);
 *   const popup = await browser.openExtensionPage('popup.html');
 *   await browser.close(); await server.close();
 */
export * from './static-server';
export * from './extension-browser';
export * from './page-probes';
export * from './served-extension';
