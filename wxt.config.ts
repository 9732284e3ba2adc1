import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** WXT builds both browsers from one source; Preact via its Vite preset keeps the UI small. */
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Sourcelight',
    description: 'Marks who says what in the news you read: named and anonymous sources, kept on your device.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'sourcelight@sourcelight.local',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
