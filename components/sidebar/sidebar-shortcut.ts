/**
 * The sidebar's keys, in one place: the page-level listener (utils/page/claim-interactions.ts)
 * and the sidebar's own panel (which stops keys from reaching the page) must agree on them.
 */

/** Alt+Shift+S toggles the sidebar; by code as well as key, since Alt changes `key` on some layouts. */
export function isSidebarShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'key' | 'code'>): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === 'S' || event.key === 's' || event.code === 'KeyS');
}

/**
 * Only the reader's own input acts: a page can reach our buttons through the open shadow root and
 * `click()` them, or dispatch keys and clicks at the document; those events are not trusted.
 */
export function isReaderEvent(event: Pick<Event, 'isTrusted'>): boolean {
  return event.isTrusted === true;
}

/** What the sidebar's extension frame asks its parent (the content script) when a key is pressed in it; carries nothing else. */
export const FRAME_KEY_MESSAGE = 'sourcelight:sidebar-frame-key';
/** The actions a key in the frame can ask for. */
export type FrameKeyAction = 'close' | 'toggle';
