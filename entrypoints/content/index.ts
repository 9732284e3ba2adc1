import '@/utils/highlight/highlights.css';
import { startSourcelight } from '@/utils/page/sourcelight-session';

/**
 * Sourcelight on every web page: it stays idle unless the page is a news article, then marks who
 * says what. All work lives in utils/page; this file only hands over the context.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSourcelight(ctx).catch((error: unknown) => console.error('Sourcelight could not start:', error));
  },
});
