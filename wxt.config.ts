import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

/**
 * Firefox wants an id and (since 2025) a data-collection declaration: we collect nothing.
 * Declared apart because WXT's manifest type predates `data_collection_permissions`.
 */
const firefoxSettings = {
  gecko: {
    id: 'sourcelight@sourcelight.local',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  // Firefox for Android reads the data-collection key from 142 on.
  gecko_android: { strict_min_version: '142.0' },
};

/** WXT builds both browsers from one source; Preact via its Vite preset keeps the UI small. */
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The model ships as a file the content script fetches at run time, never bundled into it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve(import.meta.dirname, 'assets/model/attribution.bin'), relativeDest: 'model/attribution.bin' });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Marks who says what in the news you read: named and anonymous sources, kept on your device.',
    // Chrome: `offscreen` opens the engine host (engine-host.html, a worker that keeps the engine warm,
    // off the pages' main threads); Firefox runs that worker from its background page instead.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn Sourcelight highlights on or off' },
    },
    // A content script's fetch of an extension file counts as the page's: the model must be listed here.
    // The sidebar frame (cross-page details, kept out of the page's reach) must be embeddable in pages.
    // The session's module (content-main.js), the sidebar's UI module (sidebar-ui.js) and the engine (engine.js) are imported by the content script, so they too.
    web_accessible_resources: [{ resources: ['model/attribution.bin', 'sidebar-context.html', 'sidebar-ui.js', 'engine.js', 'content-main.js'], matches: ['http://*/*', 'https://*/*'] }],
    browser_specific_settings: firefoxSettings,
    // runtime.getContexts (finding the engine host's offscreen document) arrived in Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
  }),
});
