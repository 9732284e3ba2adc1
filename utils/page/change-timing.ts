/**
 * How often the content script may re-read a changing page: kept apart from the observer so the
 * tests that bound our work on a live ticker read the same numbers the extension uses.
 */

/** How long the page must be quiet before we re-read it. */
export const SETTLE_MS = 400;

/** Longest a stream of changes may postpone a re-read: a page that is never quiet (a live ticker) is still re-read. */
export const MAX_WAIT_MS = 2_000;
