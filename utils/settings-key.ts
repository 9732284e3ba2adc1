/**
 * Where the reader's settings live in browser.storage.local, in a module with no zod: the small
 * content script every page runs starts their read at once (utils/settings.ts parses them).
 */

/** The storage.local key; namespaced so other features' keys cannot collide. */
export const SETTINGS_STORAGE_KEY = 'sourcelight.settings';
