/**
 * Notices when the article may have changed: nodes or text added and removed (late paragraphs,
 * infinite scroll, a re-render) and single-page navigations. Debounced, and blind to our own
 * sidebar and fallback marks, so our painting never triggers another run.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIDEBAR_HOST_TAG as SIDEBAR_TAG } from './sidebar-ui-handoff';
import { MARK_ATTRIBUTE } from '@/utils/highlight/highlight-kinds';
import { MAX_WAIT_MS, SETTLE_MS } from './change-timing';

/** What to do when the page changed, and when the URL changed without a page load. */
export interface PageChangeHandlers {
  onContentChange(): void;
  onNavigation(): void;
}


function isOurs(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.localName === SIDEBAR_TAG || (el.localName === 'mark' && el.hasAttribute(MARK_ATTRIBUTE));
}

/** True when a mutation record touches the page's content rather than only our own elements. */
export function isPageMutation(record: MutationRecord): boolean {
  if (record.type === 'characterData') return !record.target.parentElement?.closest(SIDEBAR_TAG);
  if ((record.target as Element).closest?.(SIDEBAR_TAG)) return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  if (nodes.length > 0 && nodes.every(isOurs)) return false;
  // Splitting a text node around a fallback mark adds and removes text nodes next to our marks.
  if (record.target.nodeType === 1 && (isOurs(record.target) || nodes.every((n) => n.nodeType === 3) && Array.from((record.target as Element).children).some(isOurs))) {
    return false;
  }
  return nodes.length > 0;
}

/** Starts watching; everything stops when the context is invalidated. */
export function watchPageChanges(ctx: ContentScriptContext, doc: Document, handlers: PageChangeHandlers): void {
  let timer: number | undefined;
  let pendingSince: number | null = null;
  const clock = (doc.defaultView ?? window).performance;
  const settle = (fn: () => void) => {
    if (timer !== undefined) clearTimeout(timer);
    const now = clock.now();
    pendingSince ??= now;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      pendingSince = null;
      fn();
    }, Math.max(0, Math.min(SETTLE_MS, pendingSince + MAX_WAIT_MS - now)));
  };
  const observer = new MutationObserver((records) => {
    if (records.some(isPageMutation)) settle(handlers.onContentChange);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(doc.defaultView ?? window, 'wxt:locationchange', () => settle(handlers.onNavigation));
}
