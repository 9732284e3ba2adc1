/**
 * Zod's tree-shakable "mini" API, for schemas the content script bundles (messages, settings,
 * selectors, model header): full `zod` puts every method of every schema (JSON Schema export
 * included) into each bundle, ~70 KB the page pays for on every load. Same validation core.
 *
 * Mini loads no error messages of its own ("Invalid input" only); the English ones full zod
 * uses are registered here, so errors read the same wherever a schema is parsed.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

if (!z.core.globalConfig.localeError) z.config(en());
// Never probe for eval: extension pages and content scripts forbid it (MV3), so the probe could
// only throw, and zod notes that a strict CSP reports even a caught `new Function` as a violation.
z.config({ jitless: true });

/** The mini namespace, English errors already set: import it instead of 'zod' in content-script code. */
export { z };
